// Parser entry points, error reporting, node heights and statements.
// Expressions are in parser_expr.cc, string literals in parser_string.cc.

#include "runtime/frontend/parser.h"

#include <algorithm>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/frontend/lexer.h"
#include "runtime/frontend/parser_internal.h"

namespace interp {
namespace parser_internal {
namespace {

int H(const ast::ExprPtr& e) { return e ? e->height : 0; }
int H(const std::vector<ast::ExprPtr>& v) {
  int h = 0;
  for (const auto& e : v) h = std::max(h, H(e));
  return h;
}
int H(const ast::Arguments& a) {
  int h = std::max(H(a.defaults), H(a.kw_defaults));
  for (const auto& x : a.posonlyargs) h = std::max(h, H(x.annotation));
  for (const auto& x : a.args) h = std::max(h, H(x.annotation));
  for (const auto& x : a.kwonlyargs) h = std::max(h, H(x.annotation));
  if (a.vararg) h = std::max(h, H(a.vararg->annotation));
  if (a.kwarg) h = std::max(h, H(a.kwarg->annotation));
  return h + 1;  // the Arguments/Arg level
}
int H(const std::vector<ast::Keyword>& v) {
  int h = 0;
  for (const auto& k : v) h = std::max(h, H(k.value) + 1);
  return h;
}
int H(const std::vector<ast::Comprehension>& v) {
  int h = 0;
  for (const auto& c : v) {
    h = std::max({h, H(c.target) + 1, H(c.iter) + 1, H(c.ifs) + 1});
  }
  return h;
}
int H(const ast::StmtList& v) {
  int h = 0;
  for (const auto& s : v) h = std::max(h, static_cast<int>(s->height));
  return h;
}

int H(const ast::PatternPtr& p) { return p ? p->height : 0; }
int H(const std::vector<ast::PatternPtr>& v) {
  int h = 0;
  for (const auto& p : v) h = std::max(h, H(p));
  return h;
}

}  // namespace

int ChildHeight(const ast::Pattern& p) {
  return std::max({H(p.value), H(p.patterns), H(p.keys), H(p.kwd_patterns)});
}

namespace {

int ChildHeight(const ast::Expr& e) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::kConstant:
    case K::kName:
      return 0;
    case K::kAttribute:
      return H(e.As<ast::Attribute>().value);
    case K::kSubscript: {
      const auto& s = e.As<ast::Subscript>();
      return std::max(H(s.value), H(s.slice));
    }
    case K::kSlice: {
      const auto& s = e.As<ast::Slice>();
      return std::max({H(s.lower), H(s.upper), H(s.step)});
    }
    case K::kCall: {
      const auto& c = e.As<ast::Call>();
      return std::max({H(c.func), H(c.args), H(c.keywords)});
    }
    case K::kBinOp: {
      const auto& b = e.As<ast::BinOp>();
      return std::max(H(b.left), H(b.right));
    }
    case K::kUnaryOp:
      return H(e.As<ast::UnaryOp>().operand);
    case K::kBoolOp:
      return H(e.As<ast::BoolOp>().values);
    case K::kCompare: {
      const auto& c = e.As<ast::Compare>();
      return std::max(H(c.left), H(c.comparators));
    }
    case K::kIfExp: {
      const auto& i = e.As<ast::IfExp>();
      return std::max({H(i.test), H(i.body), H(i.orelse)});
    }
    case K::kNamedExpr: {
      const auto& n = e.As<ast::NamedExpr>();
      return std::max(H(n.target), H(n.value));
    }
    case K::kLambda: {
      const auto& l = e.As<ast::Lambda>();
      return std::max(H(l.args), H(l.body));
    }
    case K::kList:
      return H(e.As<ast::List>().elts);
    case K::kTuple:
      return H(e.As<ast::Tuple>().elts);
    case K::kSet:
      return H(e.As<ast::Set>().elts);
    case K::kDict: {
      const auto& d = e.As<ast::Dict>();
      return std::max(H(d.keys), H(d.values));
    }
    case K::kListComp: {
      const auto& c = e.As<ast::ListComp>();
      return std::max(H(c.elt), H(c.generators));
    }
    case K::kSetComp: {
      const auto& c = e.As<ast::SetComp>();
      return std::max(H(c.elt), H(c.generators));
    }
    case K::kDictComp: {
      const auto& c = e.As<ast::DictComp>();
      return std::max({H(c.key), H(c.value), H(c.generators)});
    }
    case K::kJoinedStr:
      return H(e.As<ast::JoinedStr>().values);
    case K::kFormattedValue: {
      const auto& f = e.As<ast::FormattedValue>();
      return std::max(H(f.value), H(f.format_spec));
    }
    case K::kStarred:
      return H(e.As<ast::Starred>().value);
    case K::kGeneratorExp: {
      const auto& c = e.As<ast::GeneratorExp>();
      return std::max(H(c.elt), H(c.generators));
    }
    case K::kYield:
      return H(e.As<ast::Yield>().value);
    case K::kYieldFrom:
      return H(e.As<ast::YieldFrom>().value);
    case K::kAwait:
      return H(e.As<ast::Await>().value);
  }
  return 0;
}

}  // namespace

int ChildHeight(const ast::Stmt& s) {
  using K = ast::StmtKind;
  switch (s.kind) {
    case K::kExprStmt:
      return H(s.As<ast::ExprStmt>().value);
    case K::kAssign: {
      const auto& a = s.As<ast::Assign>();
      return std::max(H(a.targets), H(a.value));
    }
    case K::kAugAssign: {
      const auto& a = s.As<ast::AugAssign>();
      return std::max(H(a.target), H(a.value));
    }
    case K::kAnnAssign: {
      const auto& a = s.As<ast::AnnAssign>();
      return std::max({H(a.target), H(a.annotation), H(a.value)});
    }
    case K::kIf: {
      const auto& i = s.As<ast::If>();
      return std::max({H(i.test), H(i.body), H(i.orelse)});
    }
    case K::kWhile: {
      const auto& w = s.As<ast::While>();
      return std::max({H(w.test), H(w.body), H(w.orelse)});
    }
    case K::kFor: {
      const auto& f = s.As<ast::For>();
      return std::max({H(f.target), H(f.iter), H(f.body), H(f.orelse)});
    }
    case K::kBreak:
    case K::kContinue:
    case K::kPass:
    case K::kGlobal:
    case K::kNonlocal:
    case K::kImport:
    case K::kImportFrom:
      return 0;
    case K::kFunctionDef: {
      const auto& f = s.As<ast::FunctionDef>();
      return std::max(
          {H(f.args), H(f.body), H(f.decorator_list), H(f.returns)});
    }
    case K::kReturn:
      return H(s.As<ast::Return>().value);
    case K::kClassDef: {
      const auto& c = s.As<ast::ClassDef>();
      return std::max(
          {H(c.bases), H(c.keywords), H(c.body), H(c.decorator_list)});
    }
    case K::kTry: {
      const auto& t = s.As<ast::Try>();
      int h = std::max({H(t.body), H(t.orelse), H(t.finalbody)});
      for (const auto& handler : t.handlers) {
        h = std::max({h, H(handler.type) + 1, H(handler.body) + 1});
      }
      return h;
    }
    case K::kRaise: {
      const auto& r = s.As<ast::Raise>();
      return std::max(H(r.exc), H(r.cause));
    }
    case K::kAssert: {
      const auto& a = s.As<ast::Assert>();
      return std::max(H(a.test), H(a.msg));
    }
    case K::kDelete:
      return H(s.As<ast::Delete>().targets);
    case K::kMatch: {
      const auto& m = s.As<ast::Match>();
      int h = H(m.subject);
      for (const auto& c : m.cases) {
        h = std::max({h, H(c.pattern) + 1, H(c.guard) + 1, H(c.body) + 1});
      }
      return h;
    }
    case K::kWith: {
      const auto& w = s.As<ast::With>();
      int h = H(w.body);
      for (const auto& item : w.items) {
        h = std::max({h, H(item.context_expr) + 1, H(item.optional_vars) + 1});
      }
      return h;
    }
  }
  return 0;
}

namespace {

bool IsCompoundKeyword(Tok k) {
  switch (k) {
    case Tok::kIf:
    case Tok::kWhile:
    case Tok::kFor:
    case Tok::kTry:
    case Tok::kWith:
    case Tok::kDef:
    case Tok::kClass:
    case Tok::kAt:
    case Tok::kAsync:
      return true;
    default:
      return false;
  }
}

}  // namespace

Parser::Parser(std::string_view source, std::string_view filename,
               std::vector<Token> tokens, int base_depth, bool in_fstring)
    : src_(source),
      filename_(filename),
      toks_(std::move(tokens)),
      depth_(base_depth),
      in_fstring_(in_fstring) {
  if (toks_.empty()) toks_.emplace_back();  // kEndMarker
}

// ---------------------------------------------------------------------------
// Errors

void Parser::Error(std::string msg, const Span& where, const char* type) {
  if (failed_) return;
  failed_ = true;
  err_tok_ = pos_;
  err_.type = type;
  bool prefix = in_fstring_ && !absl::StartsWith(msg, "f-string");
  err_.message = prefix ? absl::StrCat("f-string: ", msg) : std::move(msg);
  err_.filename = filename_;
  err_.line = where.line;
  err_.col = where.col + 1;
  err_.end_line = where.end_line;
  err_.end_col = where.end_col < 0 ? where.end_col : where.end_col + 1;
  err_.text = std::string(SourceLine(src_, where.line));
}

Span Parser::EofSpan() const {
  // The last line, not counting the empty "line" after a final newline.
  int line = 1;
  for (size_t i = 0; i < src_.size(); ++i) {
    char c = src_[i];
    if (c == '\n' ||
        (c == '\r' && (i + 1 >= src_.size() || src_[i + 1] != '\n'))) {
      if (i + 1 < src_.size()) ++line;
    }
  }
  int col = static_cast<int>(SourceLine(src_, line).size());
  return {line, col, line, -1};
}

bool Parser::CanStartExpression(const Token& t) const {
  switch (t.kind) {
    case Tok::kName:
    case Tok::kInt:
    case Tok::kFloat:
    case Tok::kString:
    case Tok::kLParen:
    case Tok::kLBracket:
    case Tok::kLBrace:
    case Tok::kNone:
    case Tok::kTrue:
    case Tok::kFalse:
    case Tok::kLambda:
    case Tok::kNot:
    case Tok::kTilde:
    case Tok::kMinus:
    case Tok::kPlus:
    case Tok::kEllipsis:
    case Tok::kAwait:
      return true;
    default:
      return false;
  }
}

void Parser::ErrorUnsupported(const Token& t) {
  switch (t.kind) {
    default:
      ErrorAt(t, "invalid syntax");
      return;
  }
}

void Parser::ErrorInvalidSyntax() {
  if (failed_) return;
  const Token& t = Cur();
  switch (t.kind) {
    case Tok::kIndent:
      Error("unexpected indent", {t.line, t.end_col - 1, t.line, -1},
            "IndentationError");
      return;
    case Tok::kDedent:
      Error("unexpected unindent", {t.line, t.col, t.line, -1},
            "IndentationError");
      return;
    case Tok::kColonEqual:
      ErrorAt(t, "invalid syntax");
      return;
    default:
      break;
  }
  // "Perhaps you forgot a comma?": inside brackets, an expression directly
  // followed by the start of another one.
  int depth = t.depth + (in_fstring_ ? 1 : 0);
  if (depth > 0 && last_disj_end_ == pos_ && last_disj_start_ < pos_ &&
      CanStartExpression(t) && t.kind != Tok::kMinus && t.kind != Tok::kPlus &&
      t.kind != Tok::kLParen && t.kind != Tok::kLBracket) {
    const Token& a = toks_[last_disj_start_];
    bool excluded =
        (a.kind == Tok::kName &&
         (Text(a) == "match" || Text(a) == "case" || Text(a) == "_")) ||
        (a.kind == Tok::kName &&
         toks_[last_disj_start_ + 1].kind == Tok::kString);
    if (!excluded) {
      Snapshot snap = Save();
      ast::ExprPtr b = ParseExpression();
      bool ok = b != nullptr && !failed_;
      Span end = ok ? SpanOf(*b) : Span{};
      Restore(snap);
      if (ok) {
        Error("invalid syntax. Perhaps you forgot a comma?",
              Join(SpanOf(a), end));
        return;
      }
    }
  }
  ErrorAt(t, "invalid syntax");
}

bool Parser::Expect(Tok k) {
  if (Accept(k)) return true;
  ErrorInvalidSyntax();
  return false;
}

bool Parser::ExpectColon(bool forced) {
  if (Accept(Tok::kColon)) return true;
  if (forced || At(Tok::kNewline)) {
    ErrorAt(Cur(), "expected ':'");
  } else {
    ErrorInvalidSyntax();
  }
  return false;
}

ast::ExprPtr Parser::Seal(ast::ExprPtr e) {
  if (!e || failed_) return nullptr;
  int h = ChildHeight(*e) + 1;
  if (h > kMaxNesting) {
    Error("too many nested expressions", SpanOf(*e));
    return nullptr;
  }
  e->height = static_cast<uint16_t>(h);
  return e;
}

ast::StmtPtr Parser::Seal(ast::StmtPtr s) {
  if (!s || failed_) return nullptr;
  int h = ChildHeight(*s) + 1;
  if (h > ast::kMaxAstDepth) {
    Error("too many nested statements", SpanOf(*s));
    return nullptr;
  }
  s->height = static_cast<uint16_t>(h);
  return s;
}

// ---------------------------------------------------------------------------
// Module

std::unique_ptr<ast::Module> Parser::ParseModule(ParseMode mode) {
  auto module = std::make_unique<ast::Module>();
  module->filename = filename_;
  int statements = 0;
  while (!At(Tok::kEndMarker) && !failed_) {
    if (Accept(Tok::kNewline)) continue;
    if (mode == ParseMode::kInteractive && statements > 0) {
      ErrorAt(Cur(),
              "multiple statements found while compiling a single statement");
      break;
    }
    if (!ParseStatement(&module->body)) break;
    ++statements;
  }
  if (failed_) return nullptr;
  return module;
}

ast::ExprPtr Parser::ParseFStringField() {
  ast::ExprPtr e = ParseStarExpressions();
  if (!e) return nullptr;
  if (e->kind == ast::ExprKind::kStarred) {
    Error("cannot use starred expression here", SpanOf(*e));
    return nullptr;
  }
  if (!At(Tok::kEndMarker)) {
    ErrorInvalidSyntax();
    return nullptr;
  }
  return e;
}

}  // namespace parser_internal

// ---------------------------------------------------------------------------
// Public API

namespace {

// CPython reports error columns in code points; we track bytes.
void BytesToChars(SyntaxErrorInfo* e) {
  auto convert = [&](int line, int col) {
    if (col <= 1) return col;
    std::string_view text =
        line == e->line ? std::string_view(e->text) : std::string_view();
    if (text.empty()) return col;
    size_t bytes = std::min(static_cast<size_t>(col - 1), text.size());
    int chars = Utf8Length(text.substr(0, bytes));
    return chars + 1 + static_cast<int>(col - 1 - bytes);
  };
  e->col = convert(e->line, e->col);
  if (e->end_line == e->line) e->end_col = convert(e->end_line, e->end_col);
}

}  // namespace

ParseResult Parse(std::string_view source, std::string_view filename,
                  ParseMode mode) {
  ParseResult result;
  if (source.size() > UINT32_MAX - 16) {
    result.error.type = "SyntaxError";
    result.error.message = "source code too large";
    result.error.filename = std::string(filename);
    return result;
  }
  if (!ValidateSourceEncoding(source, filename, &result.error)) return result;
  Lexer lexer(source, filename);
  std::vector<Token> tokens;
  if (!lexer.Tokenize(&tokens)) {
    result.error = lexer.error();
    // CPython tokenizes lazily: an unexpected indent that the parser meets
    // before the bad token is reported instead of the tokenizer error.
    Token end;
    if (!tokens.empty()) {
      end.line = tokens.back().end_line;
      end.col = end.end_col = tokens.back().end_col;
      end.end_line = end.line;
    }
    tokens.push_back(end);
    parser_internal::Parser partial(source, filename, std::move(tokens), 0,
                                    false);
    if (!partial.ParseModule(mode) &&
        partial.error().type == "IndentationError" &&
        absl::StartsWith(partial.error().message, "unexpected ")) {
      result.error = partial.error();
    }
    BytesToChars(&result.error);
    return result;
  }
  std::optional<Token> unclosed = lexer.unclosed_bracket();
  parser_internal::Parser parser(source, filename, std::move(tokens), 0, false);
  result.module = parser.ParseModule(mode);
  if (!result.module) {
    result.error = parser.error();
    // CPython reports the bracket when its parser had read up to the end
    // of input (its tokenizer fails there) or past the bracket's line.
    size_t n = parser.token_count();
    size_t furthest = parser.furthest_token();
    bool at_eof = furthest + 2 >= n;
    bool past_line =
        parser.token(furthest).line > (unclosed ? unclosed->line : 0);
    if (unclosed && (past_line || at_eof)) {
      const char* open = unclosed->kind == Tok::kLParen     ? "("
                         : unclosed->kind == Tok::kLBracket ? "["
                                                            : "{";
      result.error.type = "SyntaxError";
      result.error.message = absl::StrFormat("'%s' was never closed", open);
      result.error.line = unclosed->line;
      result.error.col = unclosed->col + 1;
      result.error.end_line = unclosed->line;
      result.error.end_col = 0;
      result.error.text = std::string(SourceLine(source, unclosed->line));
    }
    BytesToChars(&result.error);
  }
  return result;
}

bool IsIncompleteInput(std::string_view source) {
  SyntaxErrorInfo ignored;
  if (!ValidateSourceEncoding(source, "<stdin>", &ignored)) return false;
  Lexer lexer(source, "<stdin>");
  std::vector<Token> tokens;
  if (!lexer.Tokenize(&tokens)) return lexer.error_at_eof();
  if (lexer.unclosed_bracket()) return true;
  // The last real token of the input.
  Tok last = Tok::kEndMarker;
  Tok first = Tok::kEndMarker;
  for (const Token& t : tokens) {
    if (t.kind == Tok::kNewline || t.kind == Tok::kIndent ||
        t.kind == Tok::kDedent || t.kind == Tok::kEndMarker) {
      continue;
    }
    if (first == Tok::kEndMarker) first = t.kind;
    last = t.kind;
  }
  if (first == Tok::kEndMarker) return false;
  if (last == Tok::kColon) return true;
  // A compound statement continues until a blank line.
  bool compound = parser_internal::IsCompoundKeyword(first);
  if (!compound) return false;
  // Ends with an empty (or whitespace-only) line?
  size_t end = source.size();
  while (end > 0 && (source[end - 1] == ' ' || source[end - 1] == '\t')) --end;
  if (end == 0) return false;
  if (source[end - 1] != '\n' && source[end - 1] != '\r') return true;
  size_t prev = end - 1;
  if (source[prev] == '\n' && prev > 0 && source[prev - 1] == '\r') --prev;
  size_t line_end = prev;
  size_t b = line_end;
  while (b > 0 && (source[b - 1] == ' ' || source[b - 1] == '\t')) --b;
  return !(b == 0 || source[b - 1] == '\n' || source[b - 1] == '\r');
}

}  // namespace interp
