// The match statement (PEP 634), lowered by the parser to the statements
// the compiler already has, so no new bytecode is needed:
//
//   match <subject>:                 match-subject = <subject>
//       case <p1> if <g1>: <b1>      if <test p1> and <g1>: <b1>
//       case <p2>: <b2>              elif <test p2>: <b2>
//
// A pattern's test is an expression that is true when the subject matches
// and binds the pattern's names with `:=` as it goes (CPython too may leave
// names bound by a failed case). Structural checks that plain expressions
// cannot make safely (is it a sequence? a mapping? the class's
// __match_args__) are made by three builtins whose names are not
// identifiers, so scripts cannot shadow them (builtins/match_helpers.cc):
//
//   match-seq(s, n, exact)    the items of s as a list when s is a sequence
//                             (not str/bytes/bytearray) with len == n
//                             (exact) or >= n; else None
//   match-map(s, keys, rest)  the values of `keys` in mapping s as a tuple
//                             (plus a dict of the other items when `rest`);
//                             None when s is no mapping or lacks a key
//   match-class(s, cls, n, kw)  the n positional attributes (through
//                             cls.__match_args__, or s itself for int, str,
//                             ... with one) and the keyword attributes of s
//                             as a tuple; None when s is not an instance of
//                             cls or lacks an attribute
//
// Their results live in temporaries named match-t<depth> (one per pattern
// nesting level; a finished sibling's temporary is free for the next).
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/frontend/parser_internal.h"

namespace interp::parser_internal {

namespace {

constexpr char kSubjectName[] = "match-subject";

}  // namespace

// One parsed pattern.
struct Parser::Pattern {
  enum class Kind {
    kWildcard,  // _
    kCapture,   // name
    kValue,     // literal or dotted name: subject == value
    kIdentity,  // None/True/False: subject is value
    kSequence,  // [p, *rest, q] / (p, q)
    kMapping,   // {k: p, **rest}
    kClass,     // Cls(p, k=q)
    kOr,        // p | q
    kAs,        // p as name
    kStar,      // *name / *_ (inside a sequence only)
  };
  Kind kind = Kind::kWildcard;
  Span span;
  std::string name;            // capture, as, star ("" for *_), mapping rest
  ast::ExprPtr value;          // value/identity; class: the class expr
  std::vector<Pattern> items;  // sequence/or/as(1)/class positional
  std::vector<ast::ExprPtr> keys;     // mapping keys
  std::vector<std::string> kw_names;  // class keyword names
  std::vector<Pattern> kw_patterns;   // class keyword patterns
  bool has_rest = false;              // mapping `**rest`
};

// ---------------------------------------------------------------------------
// Parsing

bool Parser::ParseMatch(ast::StmtList* out) {
  const Token& kw = Cur();
  Advance();  // `match`
  ast::ExprPtr subject = ParseStarExpressions();
  if (!subject || !ExpectColon(false)) return false;
  if (!Expect(Tok::kNewline)) return false;
  if (!At(Tok::kIndent)) {
    Error(absl::StrCat("expected an indented block after 'match' statement "
                       "on line ",
                       kw.line),
          SpanOf(Cur()), "IndentationError");
    return false;
  }
  Advance();
  struct Case {
    Pattern pattern;
    ast::ExprPtr guard;
    ast::StmtList body;
    Span span;
  };
  std::vector<Case> cases;
  while (!At(Tok::kDedent) && !At(Tok::kEndMarker)) {
    if (!AtName("case")) {
      ErrorInvalidSyntax();
      return false;
    }
    const Token& ckw = Cur();
    Advance();
    Case c;
    c.span = SpanOf(ckw);
    if (!ParsePatterns(&c.pattern)) return false;
    if (Accept(Tok::kIf)) {
      c.guard = ParseNamedExpression();
      if (!c.guard) return false;
    }
    if (!ExpectColon(false)) return false;
    if (!ParseBlock(&c.body, "'case' statement", ckw.line)) return false;
    cases.push_back(std::move(c));
  }
  Accept(Tok::kDedent);
  // An irrefutable case before others is CPython's SyntaxError.
  for (size_t i = 0; i + 1 < cases.size(); ++i) {
    const Pattern& p = cases[i].pattern;
    if (cases[i].guard) continue;
    if (p.kind == Pattern::Kind::kCapture) {
      Error(absl::StrCat("name capture '", p.name,
                         "' makes remaining patterns unreachable"),
            p.span);
      return false;
    }
    if (p.kind == Pattern::Kind::kWildcard) {
      Error("wildcard makes remaining patterns unreachable", p.span);
      return false;
    }
  }

  // match-subject = <subject>
  auto assign = std::make_unique<ast::Assign>();
  SetSpan(assign.get(), SpanOf(*subject));
  assign->targets.push_back(
      MatchName(kSubjectName, SpanOf(*subject), ast::ExprContext::kStore));
  assign->value = std::move(subject);
  ast::StmtPtr a = Seal(ast::StmtPtr(std::move(assign)));
  if (!a) return false;
  out->push_back(std::move(a));

  // The if/elif chain, built from the last case outwards.
  ast::StmtList tail;
  for (size_t i = cases.size(); i-- > 0;) {
    Case& c = cases[i];
    auto subj = [this, span = c.pattern.span] {
      return MatchName(kSubjectName, span, ast::ExprContext::kLoad);
    };
    ast::ExprPtr test = PatternTest(c.pattern, subj, 0);
    if (!test) return false;
    if (c.guard) {
      std::vector<ast::ExprPtr> parts;
      parts.push_back(std::move(test));
      parts.push_back(std::move(c.guard));
      test =
          MatchBoolOp(ast::BoolOpKind::kAnd, std::move(parts), c.pattern.span);
      if (!test) return false;
    }
    auto node = std::make_unique<ast::If>();
    SetSpan(node.get(), c.span);
    node->test = std::move(test);
    node->body = std::move(c.body);
    node->orelse = std::move(tail);
    const ast::Stmt& last =
        node->orelse.empty() ? *node->body.back() : *node->orelse.back();
    node->end_line = last.end_line;
    node->end_col = last.end_col;
    ast::StmtPtr s = Seal(ast::StmtPtr(std::move(node)));
    if (!s) return false;
    tail.clear();
    tail.push_back(std::move(s));
  }
  for (ast::StmtPtr& s : tail) out->push_back(std::move(s));
  return true;
}

// patterns: open_sequence_pattern | pattern
bool Parser::ParsePatterns(Pattern* out) {
  const Token& start = Cur();
  Pattern first;
  if (!ParseMaybeStarPattern(&first)) return false;
  if (!At(Tok::kComma)) {
    if (first.kind == Pattern::Kind::kStar) {
      ErrorAt(start, "invalid syntax");
      return false;
    }
    *out = std::move(first);
    return true;
  }
  out->kind = Pattern::Kind::kSequence;
  out->items.push_back(std::move(first));
  while (Accept(Tok::kComma)) {
    if (At(Tok::kColon) || At(Tok::kIf)) break;
    Pattern p;
    if (!ParseMaybeStarPattern(&p)) return false;
    out->items.push_back(std::move(p));
  }
  out->span = {start.line, start.col, Prev().end_line, Prev().end_col};
  return true;
}

bool Parser::ParseMaybeStarPattern(Pattern* out) {
  const Token& start = Cur();
  if (Accept(Tok::kStar)) {
    if (!At(Tok::kName)) {
      ErrorInvalidSyntax();
      return false;
    }
    out->kind = Pattern::Kind::kStar;
    std::string_view n = Text(Cur());
    out->name = n == "_" ? "" : std::string(n);
    Advance();
    out->span = {start.line, start.col, Prev().end_line, Prev().end_col};
    return true;
  }
  return ParsePattern(out);
}

// pattern: or_pattern ['as' NAME]
bool Parser::ParsePattern(Pattern* out) {
  DepthGuard guard(this);
  if (!guard.ok()) return false;
  const Token& start = Cur();
  Pattern alt;
  if (!ParseClosedPattern(&alt)) return false;
  if (At(Tok::kVBar)) {
    Pattern orp;
    orp.kind = Pattern::Kind::kOr;
    orp.items.push_back(std::move(alt));
    while (Accept(Tok::kVBar)) {
      Pattern p;
      if (!ParseClosedPattern(&p)) return false;
      orp.items.push_back(std::move(p));
    }
    orp.span = {start.line, start.col, Prev().end_line, Prev().end_col};
    alt = std::move(orp);
  }
  if (Accept(Tok::kAs)) {
    if (!At(Tok::kName) || Text(Cur()) == "_") {
      ErrorAt(Cur(), At(Tok::kName) ? "cannot use '_' as a target"
                                    : "invalid pattern target");
      return false;
    }
    Pattern as;
    as.kind = Pattern::Kind::kAs;
    as.name = std::string(Text(Cur()));
    Advance();
    as.items.push_back(std::move(alt));
    as.span = {start.line, start.col, Prev().end_line, Prev().end_col};
    *out = std::move(as);
    return true;
  }
  *out = std::move(alt);
  return true;
}

bool Parser::ParseClosedPattern(Pattern* out) {
  const Token& t = Cur();
  auto finish = [&] {
    out->span = {t.line, t.col, Prev().end_line, Prev().end_col};
    return true;
  };
  switch (t.kind) {
    case Tok::kNone:
    case Tok::kTrue:
    case Tok::kFalse:
      out->kind = Pattern::Kind::kIdentity;
      out->value = ParseAtom();
      return out->value != nullptr && finish();
    case Tok::kString:
    case Tok::kInt:
    case Tok::kFloat:
      out->kind = Pattern::Kind::kValue;
      out->value = ParseAtom();
      return out->value != nullptr && finish();
    case Tok::kMinus: {
      out->kind = Pattern::Kind::kValue;
      Advance();
      if (!At(Tok::kInt) && !At(Tok::kFloat)) {
        ErrorInvalidSyntax();
        return false;
      }
      auto neg = New<ast::UnaryOp>(t);
      neg->op = ast::UnaryOpKind::kUSub;
      neg->operand = ParseAtom();
      if (!neg->operand) return false;
      out->value = Finish(std::move(neg));
      return out->value != nullptr && finish();
    }
    case Tok::kLParen:
    case Tok::kLBracket: {
      Tok close = t.kind == Tok::kLParen ? Tok::kRParen : Tok::kRBracket;
      Advance();
      std::vector<Pattern> items;
      bool comma = false;
      while (!At(close)) {
        Pattern p;
        if (!ParseMaybeStarPattern(&p)) return false;
        items.push_back(std::move(p));
        if (!Accept(Tok::kComma)) break;
        comma = true;
      }
      if (!Expect(close)) return false;
      if (close == Tok::kRParen && items.size() == 1 && !comma &&
          items[0].kind != Pattern::Kind::kStar) {
        *out = std::move(items[0]);  // a group
        return true;
      }
      out->kind = Pattern::Kind::kSequence;
      out->items = std::move(items);
      return finish();
    }
    case Tok::kLBrace: {
      Advance();
      out->kind = Pattern::Kind::kMapping;
      while (!At(Tok::kRBrace)) {
        if (Accept(Tok::kDoubleStar)) {
          if (!At(Tok::kName)) {
            ErrorInvalidSyntax();
            return false;
          }
          out->has_rest = true;
          out->name = std::string(Text(Cur()));
          Advance();
          Accept(Tok::kComma);
          break;
        }
        Pattern key;
        if (!ParseClosedPattern(&key)) return false;
        if (key.kind != Pattern::Kind::kValue &&
            key.kind != Pattern::Kind::kIdentity) {
          Error(
              "mapping pattern keys may only match literals and attribute "
              "lookups",
              key.span);
          return false;
        }
        if (!Expect(Tok::kColon)) return false;
        Pattern value;
        if (!ParsePattern(&value)) return false;
        out->keys.push_back(std::move(key.value));
        out->items.push_back(std::move(value));
        if (!Accept(Tok::kComma)) break;
      }
      if (!Expect(Tok::kRBrace)) return false;
      return finish();
    }
    case Tok::kName: {
      std::string_view first = Text(t);
      ast::ExprPtr name_expr;
      auto n = New<ast::Name>(t);
      n->id = std::string(first);
      Advance();
      name_expr = Finish(std::move(n));
      bool dotted = false;
      while (At(Tok::kDot) && Peek(1).kind == Tok::kName) {
        Advance();
        auto attr = New<ast::Attribute>(t);
        attr->value = std::move(name_expr);
        attr->attr = std::string(Text(Cur()));
        Advance();
        name_expr = Finish(std::move(attr));
        if (!name_expr) return false;
        dotted = true;
      }
      if (At(Tok::kLParen))
        return ParseClassPattern(std::move(name_expr), t, out);
      if (dotted) {
        out->kind = Pattern::Kind::kValue;
        out->value = std::move(name_expr);
        return finish();
      }
      if (first == "_") {
        out->kind = Pattern::Kind::kWildcard;
        return finish();
      }
      out->kind = Pattern::Kind::kCapture;
      out->name = std::string(first);
      return finish();
    }
    default:
      ErrorInvalidSyntax();
      return false;
  }
}

bool Parser::ParseClassPattern(ast::ExprPtr cls, const Token& start,
                               Pattern* out) {
  Advance();  // (
  out->kind = Pattern::Kind::kClass;
  out->value = std::move(cls);
  while (!At(Tok::kRParen)) {
    if (At(Tok::kName) && Peek(1).kind == Tok::kEqual) {
      out->kw_names.push_back(std::string(Text(Cur())));
      Advance();
      Advance();
      Pattern p;
      if (!ParsePattern(&p)) return false;
      out->kw_patterns.push_back(std::move(p));
    } else {
      if (!out->kw_names.empty()) {
        ErrorAt(Cur(), "positional patterns follow keyword patterns");
        return false;
      }
      Pattern p;
      if (!ParsePattern(&p)) return false;
      out->items.push_back(std::move(p));
    }
    if (!Accept(Tok::kComma)) break;
  }
  if (!Expect(Tok::kRParen)) return false;
  out->span = {start.line, start.col, Prev().end_line, Prev().end_col};
  return true;
}

// ---------------------------------------------------------------------------
// Lowering

void Parser::SetSpan(ast::Node* n, const Span& s) {
  n->line = s.line;
  n->col = s.col;
  n->end_line = s.end_line;
  n->end_col = s.end_col;
}

ast::ExprPtr Parser::MatchName(std::string_view id, const Span& s,
                               ast::ExprContext ctx) {
  auto n = std::make_unique<ast::Name>();
  SetSpan(n.get(), s);
  n->id = std::string(id);
  n->ctx = ctx;
  return Seal(ast::ExprPtr(std::move(n)));
}

ast::ExprPtr Parser::MatchBoolOp(ast::BoolOpKind op,
                                 std::vector<ast::ExprPtr> values,
                                 const Span& s) {
  if (values.size() == 1) return std::move(values[0]);
  auto b = std::make_unique<ast::BoolOp>();
  SetSpan(b.get(), s);
  b->op = op;
  b->values = std::move(values);
  return Seal(ast::ExprPtr(std::move(b)));
}

ast::ExprPtr Parser::MatchConst(const Span& s, ast::ConstKind kind, int64_t i) {
  auto c = std::make_unique<ast::Constant>();
  SetSpan(c.get(), s);
  c->ckind = kind;
  c->int_value = i;
  return Seal(ast::ExprPtr(std::move(c)));
}

// `((name := value),)`: binds and is true.
ast::ExprPtr Parser::MatchBind(std::string_view name, ast::ExprPtr value,
                               const Span& s) {
  auto ne = std::make_unique<ast::NamedExpr>();
  SetSpan(ne.get(), s);
  ne->target = MatchName(name, s, ast::ExprContext::kStore);
  ne->value = std::move(value);
  ast::ExprPtr bound = Seal(ast::ExprPtr(std::move(ne)));
  if (!bound) return nullptr;
  auto t = std::make_unique<ast::Tuple>();
  SetSpan(t.get(), s);
  t->elts.push_back(std::move(bound));
  return Seal(ast::ExprPtr(std::move(t)));
}

ast::ExprPtr Parser::MatchIndex(ast::ExprPtr value, ast::ExprPtr index,
                                const Span& s) {
  auto sub = std::make_unique<ast::Subscript>();
  SetSpan(sub.get(), s);
  sub->value = std::move(value);
  sub->slice = std::move(index);
  return Seal(ast::ExprPtr(std::move(sub)));
}

// `(temp := helper(args...)) is not None`
ast::ExprPtr Parser::MatchHelperCall(const char* helper,
                                     std::vector<ast::ExprPtr> args,
                                     const std::string& temp, const Span& s) {
  auto call = std::make_unique<ast::Call>();
  SetSpan(call.get(), s);
  call->func = MatchName(helper, s, ast::ExprContext::kLoad);
  call->args = std::move(args);
  ast::ExprPtr c = Seal(ast::ExprPtr(std::move(call)));
  if (!c) return nullptr;
  auto ne = std::make_unique<ast::NamedExpr>();
  SetSpan(ne.get(), s);
  ne->target = MatchName(temp, s, ast::ExprContext::kStore);
  ne->value = std::move(c);
  ast::ExprPtr bound = Seal(ast::ExprPtr(std::move(ne)));
  if (!bound) return nullptr;
  auto cmp = std::make_unique<ast::Compare>();
  SetSpan(cmp.get(), s);
  cmp->left = std::move(bound);
  cmp->ops.push_back(ast::CmpOpKind::kIsNot);
  cmp->comparators.push_back(MatchConst(s, ast::ConstKind::kNone, 0));
  return Seal(ast::ExprPtr(std::move(cmp)));
}

ast::ExprPtr Parser::CloneValue(const ast::Expr& e) {
  // Values in patterns are literals, negated numbers and dotted names.
  switch (e.kind) {
    case ast::ExprKind::kConstant: {
      const auto& src = e.As<ast::Constant>();
      auto c = std::make_unique<ast::Constant>();
      SetSpan(c.get(), SpanOf(e));
      c->ckind = src.ckind;
      c->int_value = src.int_value;
      c->float_value = src.float_value;
      c->str_value = src.str_value;
      return Seal(ast::ExprPtr(std::move(c)));
    }
    case ast::ExprKind::kName:
      return MatchName(e.As<ast::Name>().id, SpanOf(e),
                       ast::ExprContext::kLoad);
    case ast::ExprKind::kAttribute: {
      const auto& src = e.As<ast::Attribute>();
      auto a = std::make_unique<ast::Attribute>();
      SetSpan(a.get(), SpanOf(e));
      a->value = CloneValue(*src.value);
      a->attr = src.attr;
      if (!a->value) return nullptr;
      return Seal(ast::ExprPtr(std::move(a)));
    }
    case ast::ExprKind::kUnaryOp: {
      const auto& src = e.As<ast::UnaryOp>();
      auto u = std::make_unique<ast::UnaryOp>();
      SetSpan(u.get(), SpanOf(e));
      u->op = src.op;
      u->operand = CloneValue(*src.operand);
      if (!u->operand) return nullptr;
      return Seal(ast::ExprPtr(std::move(u)));
    }
    default:
      Error("invalid pattern value", SpanOf(e));
      return nullptr;
  }
}

ast::ExprPtr Parser::PatternTest(const Pattern& p, const SubjectFn& subject,
                                 int depth) {
  using K = Pattern::Kind;
  const Span& s = p.span;
  const std::string temp = absl::StrCat("match-t", depth);
  switch (p.kind) {
    case K::kWildcard:
      return MatchConst(s, ast::ConstKind::kTrue, 0);
    case K::kCapture:
      return MatchBind(p.name, subject(), s);
    case K::kValue:
    case K::kIdentity: {
      auto cmp = std::make_unique<ast::Compare>();
      SetSpan(cmp.get(), s);
      cmp->left = subject();
      cmp->ops.push_back(p.kind == K::kValue ? ast::CmpOpKind::kEq
                                             : ast::CmpOpKind::kIs);
      cmp->comparators.push_back(CloneValue(*p.value));
      if (!cmp->left || !cmp->comparators[0]) return nullptr;
      return Seal(ast::ExprPtr(std::move(cmp)));
    }
    case K::kOr: {
      std::vector<ast::ExprPtr> alts;
      for (const Pattern& a : p.items) {
        alts.push_back(PatternTest(a, subject, depth));
        if (!alts.back()) return nullptr;
      }
      return MatchBoolOp(ast::BoolOpKind::kOr, std::move(alts), s);
    }
    case K::kAs: {
      std::vector<ast::ExprPtr> parts;
      parts.push_back(PatternTest(p.items[0], subject, depth));
      parts.push_back(MatchBind(p.name, subject(), s));
      if (!parts[0] || !parts[1]) return nullptr;
      return MatchBoolOp(ast::BoolOpKind::kAnd, std::move(parts), s);
    }
    case K::kStar:
      Error("can't use starred expression here", s);
      return nullptr;
    case K::kSequence: {
      int star = -1;
      for (size_t i = 0; i < p.items.size(); ++i) {
        if (p.items[i].kind != K::kStar) continue;
        if (star >= 0) {
          Error("multiple starred names in sequence pattern", p.items[i].span);
          return nullptr;
        }
        star = static_cast<int>(i);
      }
      int64_t n = static_cast<int64_t>(p.items.size()) - (star >= 0 ? 1 : 0);
      std::vector<ast::ExprPtr> args;
      args.push_back(subject());
      args.push_back(MatchConst(s, ast::ConstKind::kInt, n));
      args.push_back(MatchConst(
          s, star >= 0 ? ast::ConstKind::kFalse : ast::ConstKind::kTrue, 0));
      std::vector<ast::ExprPtr> parts;
      parts.push_back(MatchHelperCall("match-seq", std::move(args), temp, s));
      if (!parts.back()) return nullptr;
      int64_t after = star >= 0 ? n - star : 0;
      for (size_t i = 0; i < p.items.size(); ++i) {
        const Pattern& item = p.items[i];
        if (static_cast<int>(i) == star) {
          if (item.name.empty()) continue;
          auto sl = std::make_unique<ast::Slice>();
          SetSpan(sl.get(), item.span);
          sl->lower = MatchConst(item.span, ast::ConstKind::kInt, star);
          if (after > 0) {
            sl->upper = MatchConst(item.span, ast::ConstKind::kInt, -after);
          }
          ast::ExprPtr slice = Seal(ast::ExprPtr(std::move(sl)));
          parts.push_back(MatchBind(
              item.name,
              MatchIndex(MatchName(temp, item.span, ast::ExprContext::kLoad),
                         std::move(slice), item.span),
              item.span));
          if (!parts.back()) return nullptr;
          continue;
        }
        int64_t index = static_cast<int64_t>(i);
        if (star >= 0 && static_cast<int>(i) > star) {
          index =
              static_cast<int64_t>(i) - static_cast<int64_t>(p.items.size());
        }
        auto sub = [this, temp, index, span = item.span] {
          return MatchIndex(MatchName(temp, span, ast::ExprContext::kLoad),
                            MatchConst(span, ast::ConstKind::kInt, index),
                            span);
        };
        if (item.kind == K::kWildcard) continue;
        parts.push_back(PatternTest(item, sub, depth + 1));
        if (!parts.back()) return nullptr;
      }
      return MatchBoolOp(ast::BoolOpKind::kAnd, std::move(parts), s);
    }
    case K::kMapping: {
      auto keys = std::make_unique<ast::Tuple>();
      SetSpan(keys.get(), s);
      for (const ast::ExprPtr& k : p.keys) {
        keys->elts.push_back(CloneValue(*k));
        if (!keys->elts.back()) return nullptr;
      }
      std::vector<ast::ExprPtr> args;
      args.push_back(subject());
      args.push_back(Seal(ast::ExprPtr(std::move(keys))));
      args.push_back(MatchConst(
          s, p.has_rest ? ast::ConstKind::kTrue : ast::ConstKind::kFalse, 0));
      std::vector<ast::ExprPtr> parts;
      parts.push_back(MatchHelperCall("match-map", std::move(args), temp, s));
      if (!parts.back()) return nullptr;
      for (size_t i = 0; i <= p.items.size(); ++i) {
        if (i == p.items.size() && !p.has_rest) break;
        auto sub = [this, temp, i, s] {
          return MatchIndex(
              MatchName(temp, s, ast::ExprContext::kLoad),
              MatchConst(s, ast::ConstKind::kInt, static_cast<int64_t>(i)), s);
        };
        if (i == p.items.size()) {
          parts.push_back(MatchBind(p.name, sub(), s));
        } else {
          if (p.items[i].kind == K::kWildcard) continue;
          parts.push_back(PatternTest(p.items[i], sub, depth + 1));
        }
        if (!parts.back()) return nullptr;
      }
      return MatchBoolOp(ast::BoolOpKind::kAnd, std::move(parts), s);
    }
    case K::kClass: {
      auto kws = std::make_unique<ast::Tuple>();
      SetSpan(kws.get(), s);
      for (const std::string& k : p.kw_names) {
        auto c = std::make_unique<ast::Constant>();
        SetSpan(c.get(), s);
        c->ckind = ast::ConstKind::kStr;
        c->str_value = k;
        kws->elts.push_back(Seal(ast::ExprPtr(std::move(c))));
      }
      std::vector<ast::ExprPtr> args;
      args.push_back(subject());
      args.push_back(CloneValue(*p.value));
      args.push_back(MatchConst(s, ast::ConstKind::kInt,
                                static_cast<int64_t>(p.items.size())));
      args.push_back(Seal(ast::ExprPtr(std::move(kws))));
      for (const ast::ExprPtr& a : args) {
        if (!a) return nullptr;
      }
      std::vector<ast::ExprPtr> parts;
      parts.push_back(MatchHelperCall("match-class", std::move(args), temp, s));
      if (!parts.back()) return nullptr;
      size_t total = p.items.size() + p.kw_patterns.size();
      for (size_t i = 0; i < total; ++i) {
        const Pattern& item =
            i < p.items.size() ? p.items[i] : p.kw_patterns[i - p.items.size()];
        if (item.kind == K::kWildcard) continue;
        auto sub = [this, temp, i, span = item.span] {
          return MatchIndex(
              MatchName(temp, span, ast::ExprContext::kLoad),
              MatchConst(span, ast::ConstKind::kInt, static_cast<int64_t>(i)),
              span);
        };
        parts.push_back(PatternTest(item, sub, depth + 1));
        if (!parts.back()) return nullptr;
      }
      return MatchBoolOp(ast::BoolOpKind::kAnd, std::move(parts), s);
    }
  }
  return nullptr;
}

}  // namespace interp::parser_internal
