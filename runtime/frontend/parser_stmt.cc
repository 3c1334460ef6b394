// Statement parsing (simple statements, compound statements, blocks).

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/frontend/parser_internal.h"

namespace interp::parser_internal {

// ---------------------------------------------------------------------------
// Statements

bool Parser::LooksLikeMatchStatement() const {
  if (!AtName("match")) return false;
  switch (Peek(1).kind) {
    case Tok::kEqual:
    case Tok::kColon:
    case Tok::kDot:
    case Tok::kComma:
    case Tok::kNewline:
    case Tok::kSemi:
    case Tok::kEndMarker:
    case Tok::kPlusEqual:
    case Tok::kMinusEqual:
    case Tok::kStarEqual:
    case Tok::kSlashEqual:
    case Tok::kDoubleSlashEqual:
    case Tok::kPercentEqual:
    case Tok::kDoubleStarEqual:
    case Tok::kAtEqual:
    case Tok::kVBarEqual:
    case Tok::kAmperEqual:
    case Tok::kCircumflexEqual:
    case Tok::kLeftShiftEqual:
    case Tok::kRightShiftEqual:
      return false;
    default:
      break;
  }
  // Like CPython's grammar: `match <subject>:` then the end of the line
  // (or `case` on the same line, an error reported there). An assignment
  // or annotation (`match[i]: int = 0`, `match[i] = lambda: 0`) is not.
  for (size_t i = pos_ + 1; i < toks_.size(); ++i) {
    const Token& t = toks_[i];
    if (t.kind == Tok::kNewline || t.kind == Tok::kEndMarker ||
        t.kind == Tok::kErrorToken ||
        ((t.kind == Tok::kEqual || t.kind == Tok::kSemi) && t.depth == 0))
      break;
    if (t.kind == Tok::kColon && t.depth == 0) {
      if (i + 1 >= toks_.size()) return false;
      const Token& next = toks_[i + 1];
      return next.kind == Tok::kNewline ||
             (next.kind == Tok::kName && Text(next) == "case");
    }
  }
  return false;
}

bool Parser::ParseStatement(ast::StmtList* out) {
  DepthGuard guard(this);
  if (!guard.ok()) return false;
  ast::StmtPtr s;
  switch (Cur().kind) {
    case Tok::kIf:
      s = ParseIf();
      break;
    case Tok::kWhile:
      s = ParseWhile();
      break;
    case Tok::kFor:
      s = ParseFor();
      break;
    case Tok::kTry:
      s = ParseTry();
      break;
    case Tok::kWith:
      s = ParseWith();
      break;
    case Tok::kDef:
      s = ParseFunctionDef({});
      break;
    case Tok::kClass:
      s = ParseClassDef({});
      break;
    case Tok::kAt:
      s = ParseDecorated();
      break;
    case Tok::kAsync:
      s = ParseAsyncStatement({});
      break;
    case Tok::kIndent:
    case Tok::kDedent:
      ErrorInvalidSyntax();
      return false;
    default:
      if (LooksLikeMatchStatement()) {
        s = ParseMatch();
        break;
      }
      return ParseSimpleStatements(out);
  }
  if (!s) return false;
  out->push_back(std::move(s));
  return true;
}

bool Parser::ParseSimpleStatements(ast::StmtList* out) {
  while (true) {
    ast::StmtPtr s = ParseSimpleStatement();
    if (!s) return false;
    bool is_expr = s->kind == ast::StmtKind::kExprStmt;
    out->push_back(std::move(s));
    if (Accept(Tok::kSemi)) {
      if (At(Tok::kNewline)) break;
      continue;
    }
    if (At(Tok::kNewline)) break;
    // `print x`: the classic Python 2 statement.
    if (is_expr && CanStartExpression(Cur())) {
      const ast::Expr& e = *out->back()->As<ast::ExprStmt>().value;
      if (e.kind == ast::ExprKind::kName) {
        const std::string& id = e.As<ast::Name>().id;
        if (id == "print" || id == "exec") {
          Snapshot snap = Save();
          ast::ExprPtr arg = ParseStarExpressions();
          bool ok = arg != nullptr && !failed_;
          Span end = ok ? SpanOf(*arg) : Span{};
          Restore(snap);
          if (ok) {
            Error(absl::StrFormat("Missing parentheses in call to '%s'. Did "
                                  "you mean %s(...)?",
                                  id, id),
                  Join(SpanOf(e), end));
            return false;
          }
        }
      }
    }
    ErrorInvalidSyntax();
    return false;
  }
  Advance();  // NEWLINE
  return true;
}

ast::StmtPtr Parser::ParseSimpleStatement() {
  const Token& start = Cur();
  switch (start.kind) {
    case Tok::kPass: {
      Advance();
      return FinishStmt(New<ast::Pass>(start));
    }
    case Tok::kBreak: {
      Advance();
      return FinishStmt(New<ast::Break>(start));
    }
    case Tok::kContinue: {
      Advance();
      return FinishStmt(New<ast::Continue>(start));
    }
    case Tok::kReturn: {
      auto r = New<ast::Return>(start);
      Advance();
      if (!At(Tok::kNewline) && !At(Tok::kSemi)) {
        if (At(Tok::kYield)) {
          ErrorUnsupported(Cur());
          return nullptr;
        }
        r->value = ParseStarExpressions();
        if (!r->value) return nullptr;
        CheckNoStarredValue(r->value.get());
      }
      return FinishStmt(std::move(r));
    }
    case Tok::kRaise: {
      auto r = New<ast::Raise>(start);
      Advance();
      if (!At(Tok::kNewline) && !At(Tok::kSemi)) {
        r->exc = ParseExpression();
        if (!r->exc) return nullptr;
        if (Accept(Tok::kFrom)) {
          r->cause = ParseExpression();
          if (!r->cause) return nullptr;
        }
      }
      return FinishStmt(std::move(r));
    }
    case Tok::kGlobal:
    case Tok::kNonlocal: {
      std::vector<std::string> names;
      Advance();
      do {
        if (!At(Tok::kName)) {
          ErrorInvalidSyntax();
          return nullptr;
        }
        names.emplace_back(Text(Cur()));
        Advance();
      } while (Accept(Tok::kComma));
      if (start.kind == Tok::kGlobal) {
        auto g = New<ast::Global>(start);
        g->names = std::move(names);
        return FinishStmt(std::move(g));
      }
      auto n = New<ast::Nonlocal>(start);
      n->names = std::move(names);
      return FinishStmt(std::move(n));
    }
    case Tok::kDel: {
      auto d = New<ast::Delete>(start);
      Advance();
      do {
        if (At(Tok::kNewline) || At(Tok::kSemi)) break;
        ast::ExprPtr t = ParseStarTarget();
        if (!t) return nullptr;
        if (!SetTargetContext(t.get(), TargetUse::kDelete)) return nullptr;
        d->targets.push_back(std::move(t));
      } while (Accept(Tok::kComma));
      if (d->targets.empty()) {
        ErrorInvalidSyntax();
        return nullptr;
      }
      return FinishStmt(std::move(d));
    }
    case Tok::kAssert: {
      auto a = New<ast::Assert>(start);
      Advance();
      a->test = ParseExpression();
      if (!a->test) return nullptr;
      if (Accept(Tok::kComma)) {
        a->msg = ParseExpression();
        if (!a->msg) return nullptr;
      }
      return FinishStmt(std::move(a));
    }
    case Tok::kImport:
      return ParseImport();
    case Tok::kFrom:
      return ParseFromImport();
    case Tok::kAsync:
      ErrorAt(start, "invalid syntax");
      return nullptr;
    default:
      return ParseExpressionStatement();
  }
}

namespace {

bool AugOp(Tok t, ast::BinOpKind* op) {
  using B = ast::BinOpKind;
  switch (t) {
    case Tok::kPlusEqual:
      *op = B::kAdd;
      return true;
    case Tok::kMinusEqual:
      *op = B::kSub;
      return true;
    case Tok::kStarEqual:
      *op = B::kMult;
      return true;
    case Tok::kAtEqual:
      *op = B::kMatMult;
      return true;
    case Tok::kSlashEqual:
      *op = B::kDiv;
      return true;
    case Tok::kDoubleSlashEqual:
      *op = B::kFloorDiv;
      return true;
    case Tok::kPercentEqual:
      *op = B::kMod;
      return true;
    case Tok::kDoubleStarEqual:
      *op = B::kPow;
      return true;
    case Tok::kLeftShiftEqual:
      *op = B::kLShift;
      return true;
    case Tok::kRightShiftEqual:
      *op = B::kRShift;
      return true;
    case Tok::kVBarEqual:
      *op = B::kBitOr;
      return true;
    case Tok::kCircumflexEqual:
      *op = B::kBitXor;
      return true;
    case Tok::kAmperEqual:
      *op = B::kBitAnd;
      return true;
    default:
      return false;
  }
}

bool IsSimpleTarget(const ast::Expr& e) {
  return e.kind == ast::ExprKind::kName ||
         e.kind == ast::ExprKind::kAttribute ||
         e.kind == ast::ExprKind::kSubscript;
}

}  // namespace

ast::StmtPtr Parser::ParseExpressionStatement() {
  const Token& start = Cur();
  ast::ExprPtr first = ParseStarExpressionsOrYield();
  if (!first) return nullptr;

  if (At(Tok::kEqual)) {
    std::vector<ast::ExprPtr> parts;
    parts.push_back(std::move(first));
    while (Accept(Tok::kEqual)) {
      ast::ExprPtr v = ParseStarExpressionsOrYield();
      if (!v) return nullptr;
      parts.push_back(std::move(v));
    }
    ast::ExprPtr value = std::move(parts.back());
    parts.pop_back();
    if (parts.size() == 1 && IsBitwiseOrExpr(*parts[0]) &&
        !IsSimpleTarget(*parts[0])) {
      Error(
          absl::StrFormat(
              "cannot assign to %s here. Maybe you meant '==' instead of '='?",
              ExprName(*parts[0])),
          SpanOf(*parts[0]));
      return nullptr;
    }
    for (auto& t : parts) {
      if (!SetTargetContext(t.get(), TargetUse::kAssign)) return nullptr;
    }
    CheckNoStarredValue(value.get());
    if (failed_) return nullptr;
    auto a = New<ast::Assign>(start);
    a->targets = std::move(parts);
    a->value = std::move(value);
    return FinishStmt(std::move(a));
  }

  ast::BinOpKind op;
  if (AugOp(Cur().kind, &op)) {
    if (!IsSimpleTarget(*first)) {
      const char* name = first->kind == ast::ExprKind::kTuple ? "tuple"
                         : first->kind == ast::ExprKind::kList
                             ? "list"
                             : ExprName(*first);
      Error(absl::StrFormat(
                "'%s' is an illegal expression for augmented assignment", name),
            SpanOf(*first));
      return nullptr;
    }
    Advance();
    ast::ExprPtr value = ParseStarExpressionsOrYield();
    if (!value) return nullptr;
    CheckNoStarredValue(value.get());
    if (!SetTargetContext(first.get(), TargetUse::kAssign)) return nullptr;
    auto a = New<ast::AugAssign>(start);
    a->target = std::move(first);
    a->op = op;
    a->value = std::move(value);
    return FinishStmt(std::move(a));
  }

  if (At(Tok::kColon)) {
    // Annotated assignment.
    if (first->kind == ast::ExprKind::kTuple) {
      Error("only single target (not tuple) can be annotated", SpanOf(*first));
      return nullptr;
    }
    if (first->kind == ast::ExprKind::kList) {
      Error("only single target (not list) can be annotated", SpanOf(*first));
      return nullptr;
    }
    if (!IsSimpleTarget(*first)) {
      Error("illegal target for annotation", SpanOf(*first));
      return nullptr;
    }
    bool simple =
        first->kind == ast::ExprKind::kName && start.kind == Tok::kName;
    Advance();
    ast::ExprPtr annotation = ParseExpression();
    if (!annotation) return nullptr;
    ast::ExprPtr value;
    if (Accept(Tok::kEqual)) {
      value = ParseStarExpressionsOrYield();
      if (!value) return nullptr;
      CheckNoStarredValue(value.get());
    }
    if (!SetTargetContext(first.get(), TargetUse::kAssign)) return nullptr;
    auto a = New<ast::AnnAssign>(start);
    a->target = std::move(first);
    a->annotation = std::move(annotation);
    a->value = std::move(value);
    a->simple = simple;
    return FinishStmt(std::move(a));
  }

  CheckNoStarredValue(first.get());
  if (failed_) return nullptr;
  auto s = New<ast::ExprStmt>(start);
  s->value = std::move(first);
  return FinishStmt(std::move(s));
}

bool Parser::ParseDottedName(std::string* out) {
  if (!At(Tok::kName)) {
    ErrorInvalidSyntax();
    return false;
  }
  out->assign(Text(Cur()));
  Advance();
  while (At(Tok::kDot)) {
    Advance();
    if (!At(Tok::kName)) {
      ErrorInvalidSyntax();
      return false;
    }
    out->push_back('.');
    out->append(Text(Cur()));
    Advance();
  }
  return true;
}

ast::StmtPtr Parser::ParseImport() {
  auto imp = New<ast::Import>(Cur());
  Advance();
  do {
    ast::Alias alias;
    alias.line = Cur().line;
    alias.col = Cur().col;
    if (!ParseDottedName(&alias.name)) return nullptr;
    if (Accept(Tok::kAs)) {
      if (!At(Tok::kName)) {
        ErrorInvalidSyntax();
        return nullptr;
      }
      alias.asname = std::string(Text(Cur()));
      Advance();
    }
    EndAtPrev(&alias);
    imp->names.push_back(std::move(alias));
  } while (Accept(Tok::kComma));
  return FinishStmt(std::move(imp));
}

ast::StmtPtr Parser::ParseFromImport() {
  const Token& start = Cur();
  auto imp = New<ast::ImportFrom>(start);
  Advance();
  int level = 0;
  while (At(Tok::kDot) || At(Tok::kEllipsis)) {
    level += At(Tok::kDot) ? 1 : 3;
    Advance();
  }
  if (!At(Tok::kImport) || level == 0) {
    if (!ParseDottedName(&imp->module)) return nullptr;
  }
  if (!At(Tok::kImport)) {
    ErrorInvalidSyntax();
    return nullptr;
  }
  Advance();
  imp->level = level;
  if (At(Tok::kStar)) {
    ast::Alias alias;
    alias.line = Cur().line;
    alias.col = Cur().col;
    alias.name = "*";
    Advance();
    EndAtPrev(&alias);
    imp->names.push_back(std::move(alias));
    return FinishStmt(std::move(imp));
  }
  bool parens = Accept(Tok::kLParen);
  while (true) {
    if (!At(Tok::kName)) {
      ErrorInvalidSyntax();
      return nullptr;
    }
    ast::Alias alias;
    alias.line = Cur().line;
    alias.col = Cur().col;
    alias.name = std::string(Text(Cur()));
    Advance();
    if (Accept(Tok::kAs)) {
      if (!At(Tok::kName)) {
        ErrorInvalidSyntax();
        return nullptr;
      }
      alias.asname = std::string(Text(Cur()));
      Advance();
    }
    EndAtPrev(&alias);
    imp->names.push_back(std::move(alias));
    if (!Accept(Tok::kComma)) break;
    if (parens && At(Tok::kRParen)) break;
    if (!parens && (At(Tok::kNewline) || At(Tok::kSemi))) {
      ErrorAt(Cur(),
              "trailing comma not allowed without surrounding parentheses");
      return nullptr;
    }
  }
  if (parens && !Expect(Tok::kRParen)) return nullptr;
  return FinishStmt(std::move(imp));
}

bool Parser::ParseBlock(ast::StmtList* body, const char* what,
                        int header_line) {
  if (!At(Tok::kNewline)) return ParseSimpleStatements(body);
  Advance();
  if (!At(Tok::kIndent)) {
    std::string msg = absl::StrFormat(
        "expected an indented block after %s on line %d", what, header_line);
    if (At(Tok::kEndMarker) || At(Tok::kDedent)) {
      Error(std::move(msg), EofSpan(), "IndentationError");
    } else {
      Error(std::move(msg), SpanOf(Cur()), "IndentationError");
    }
    return false;
  }
  Advance();
  while (!At(Tok::kDedent) && !At(Tok::kEndMarker)) {
    if (!ParseStatement(body)) return false;
  }
  if (body->empty()) {
    // Only reachable with a truncated token stream (see Parse()).
    ErrorInvalidSyntax();
    return false;
  }
  Accept(Tok::kDedent);
  return true;
}

ast::StmtPtr Parser::ParseIf() {
  // elif chains are built iteratively (no recursion per elif); heights are
  // fixed up from the innermost If outwards at the end.
  std::vector<ast::If*> chain;
  ast::StmtPtr root;
  ast::StmtList* slot = nullptr;
  const char* what = "'if' statement";
  while (true) {
    const Token& kw = Cur();
    auto node = New<ast::If>(kw);
    ast::If* raw = node.get();
    Advance();
    node->test = ParseNamedExpression();
    if (!node->test || !ExpectColon(false)) return nullptr;
    if (!ParseBlock(&node->body, what, kw.line)) return nullptr;
    chain.push_back(raw);
    if (slot == nullptr) {
      root = std::move(node);
    } else {
      slot->push_back(std::move(node));
    }
    slot = &raw->orelse;
    if (At(Tok::kElif)) {
      what = "'elif' statement";
      continue;
    }
    if (At(Tok::kElse)) {
      int line = Cur().line;
      Advance();
      if (!ExpectColon(true)) return nullptr;
      if (!ParseBlock(slot, "'else' statement", line)) return nullptr;
    }
    break;
  }
  for (size_t i = chain.size(); i-- > 0;) {
    ast::If* n = chain[i];
    const ast::Stmt& last =
        n->orelse.empty() ? *n->body.back() : *n->orelse.back();
    n->end_line = last.end_line;
    n->end_col = last.end_col;
    int h = ChildHeight(*n) + 1;
    if (h > ast::kMaxAstDepth) {
      Error("too many nested statements", SpanOf(*n));
      return nullptr;
    }
    n->height = static_cast<uint16_t>(h);
  }
  return root;
}

ast::StmtPtr Parser::ParseWhile() {
  const Token& kw = Cur();
  auto w = New<ast::While>(kw);
  Advance();
  w->test = ParseNamedExpression();
  if (!w->test || !ExpectColon(false)) return nullptr;
  if (!ParseBlock(&w->body, "'while' statement", kw.line)) return nullptr;
  if (At(Tok::kElse)) {
    int line = Cur().line;
    Advance();
    if (!ExpectColon(true) ||
        !ParseBlock(&w->orelse, "'else' statement", line)) {
      return nullptr;
    }
  }
  ast::StmtList* last = w->orelse.empty() ? &w->body : &w->orelse;
  return FinishCompound(std::move(w), *last);
}

ast::StmtPtr Parser::ParseFor() {
  const Token& kw = Cur();
  auto f = New<ast::For>(kw);
  Advance();
  f->target = ParseTargetList(TargetUse::kFor);
  if (!f->target) return nullptr;
  if (!At(Tok::kIn)) {
    ErrorInvalidSyntax();
    return nullptr;
  }
  Advance();
  f->iter = ParseStarExpressions();
  if (!f->iter) return nullptr;
  CheckNoStarredValue(f->iter.get());
  if (failed_ || !ExpectColon(false)) return nullptr;
  if (!ParseBlock(&f->body, "'for' statement", kw.line)) return nullptr;
  if (At(Tok::kElse)) {
    int line = Cur().line;
    Advance();
    if (!ExpectColon(true) ||
        !ParseBlock(&f->orelse, "'else' statement", line)) {
      return nullptr;
    }
  }
  ast::StmtList* last = f->orelse.empty() ? &f->body : &f->orelse;
  return FinishCompound(std::move(f), *last);
}

ast::StmtPtr Parser::ParseTry() {
  const Token& kw = Cur();
  auto t = New<ast::Try>(kw);
  Advance();
  if (!ExpectColon(true)) return nullptr;
  if (!ParseBlock(&t->body, "'try' statement", kw.line)) return nullptr;
  const ast::ExceptHandler* bare = nullptr;
  while (At(Tok::kExcept)) {
    if (bare != nullptr) {
      Error("default 'except:' must be last", SpanOf(*bare));
      return nullptr;
    }
    const Token& ex = Cur();
    Advance();
    bool star = Accept(Tok::kStar);
    if (!t->handlers.empty() && star != t->is_star) {
      Error("cannot have both 'except' and 'except*' on the same 'try'",
            Span{ex.line, ex.col, ex.line, ex.col + (star ? 7 : 6)});
      return nullptr;
    }
    t->is_star = star;
    if (star && (At(Tok::kColon) || At(Tok::kNewline))) {
      ErrorAt(Cur(), "expected one or more exception types");
      return nullptr;
    }
    ast::ExceptHandler h;
    h.line = ex.line;
    h.col = ex.col;
    if (!At(Tok::kColon) && !At(Tok::kNewline)) {
      h.type = ParseExpression();
      if (!h.type) return nullptr;
      if (At(Tok::kComma)) {
        Snapshot snap = Save();
        Advance();
        ast::ExprPtr more = ParseExpression();
        bool ok = more && !failed_;
        Span end = ok ? SpanOf(*more) : Span{};
        Restore(snap);
        if (ok) {
          Error("multiple exception types must be parenthesized",
                Join(SpanOf(*h.type), end));
          return nullptr;
        }
      }
      if (Accept(Tok::kAs)) {
        if (!At(Tok::kName)) {
          ErrorInvalidSyntax();
          return nullptr;
        }
        h.name = std::string(Text(Cur()));
        Advance();
      }
    }
    if (!ExpectColon(false)) return nullptr;
    if (!ParseBlock(&h.body,
                    star ? "'except*' statement" : "'except' statement",
                    ex.line)) {
      return nullptr;
    }
    h.end_line = h.body.back()->end_line;
    h.end_col = h.body.back()->end_col;
    t->handlers.push_back(std::move(h));
    if (!t->handlers.back().type) bare = &t->handlers.back();
  }
  if (At(Tok::kElse) && !t->handlers.empty()) {
    int line = Cur().line;
    Advance();
    if (!ExpectColon(true) ||
        !ParseBlock(&t->orelse, "'else' statement", line)) {
      return nullptr;
    }
  }
  if (At(Tok::kFinally)) {
    int line = Cur().line;
    Advance();
    if (!ExpectColon(true) ||
        !ParseBlock(&t->finalbody, "'finally' statement", line)) {
      return nullptr;
    }
  }
  if (t->handlers.empty() && t->finalbody.empty()) {
    if (At(Tok::kEndMarker) || At(Tok::kDedent)) {
      Error("expected 'except' or 'finally' block", EofSpan());
    } else {
      ErrorAt(Cur(), "expected 'except' or 'finally' block");
    }
    return nullptr;
  }
  return FinishStmt(std::move(t));
}

ast::StmtPtr Parser::ParseWith() {
  const Token& kw = Cur();
  auto w = New<ast::With>(kw);
  Advance();
  if (At(Tok::kAsync)) {
    ErrorAt(Cur(), "invalid syntax");
    return nullptr;
  }
  auto parse_items = [&](bool parenthesized) -> bool {
    while (true) {
      ast::WithItem item;
      item.line = Cur().line;
      item.col = Cur().col;
      item.context_expr = ParseExpression();
      if (!item.context_expr) return false;
      if (Accept(Tok::kAs)) {
        item.optional_vars = ParseStarTarget();
        if (!item.optional_vars) return false;
        if (!SetTargetContext(item.optional_vars.get(), TargetUse::kWith)) {
          return false;
        }
      }
      EndAtPrev(&item);
      w->items.push_back(std::move(item));
      if (!Accept(Tok::kComma)) break;
      if (parenthesized && At(Tok::kRParen)) break;
    }
    return true;
  };
  bool done = false;
  if (At(Tok::kLParen)) {
    // `with (a as b, c as d):` -- try the parenthesized form first.
    Snapshot snap = Save();
    Advance();
    if (parse_items(true) && Accept(Tok::kRParen) && At(Tok::kColon)) {
      done = true;
    } else {
      Restore(snap);
      w->items.clear();
    }
  }
  if (!done && !parse_items(false)) return nullptr;
  if (!ExpectColon(false)) return nullptr;
  if (!ParseBlock(&w->body, "'with' statement", kw.line)) return nullptr;
  ast::StmtList* last = &w->body;
  return FinishCompound(std::move(w), *last);
}

ast::StmtPtr Parser::ParseDecorated() {
  std::vector<ast::ExprPtr> decorators;
  while (Accept(Tok::kAt)) {
    ast::ExprPtr d = ParseNamedExpression();
    if (!d) return nullptr;
    decorators.push_back(std::move(d));
    if (!Expect(Tok::kNewline)) return nullptr;
  }
  if (At(Tok::kDef)) return ParseFunctionDef(std::move(decorators));
  if (At(Tok::kClass)) return ParseClassDef(std::move(decorators));
  if (At(Tok::kAsync) && Peek(1).kind == Tok::kDef) {
    return ParseAsyncStatement(std::move(decorators));
  }
  ErrorInvalidSyntax();
  return nullptr;
}

// `async def`, `async for`, `async with`: the statement starts at `async`
// (as CPython's AsyncFunctionDef/AsyncFor/AsyncWith nodes do).
ast::StmtPtr Parser::ParseAsyncStatement(std::vector<ast::ExprPtr> decorators) {
  const Token& kw = Cur();
  Advance();  // `async`
  ast::StmtPtr s;
  switch (Cur().kind) {
    case Tok::kDef:
      s = ParseFunctionDef(std::move(decorators));
      if (s) s->As<ast::FunctionDef>().is_async = true;
      break;
    case Tok::kFor:
      s = ParseFor();
      if (s) s->As<ast::For>().is_async = true;
      break;
    case Tok::kWith:
      s = ParseWith();
      if (s) s->As<ast::With>().is_async = true;
      break;
    default:
      ErrorInvalidSyntax();
      return nullptr;
  }
  if (s) {
    s->line = kw.line;
    s->col = kw.col;
  }
  return s;
}

ast::StmtPtr Parser::ParseFunctionDef(std::vector<ast::ExprPtr> decorators) {
  const Token& kw = Cur();
  auto f = New<ast::FunctionDef>(kw);
  f->decorator_list = std::move(decorators);
  Advance();
  if (!At(Tok::kName)) {
    ErrorInvalidSyntax();
    return nullptr;
  }
  f->name = std::string(Text(Cur()));
  Advance();
  if (!At(Tok::kLParen)) {
    ErrorAt(Cur(), "expected '('");
    return nullptr;
  }
  Advance();
  if (!ParseParameters(&f->args, /*is_lambda=*/false)) return nullptr;
  if (!Expect(Tok::kRParen)) return nullptr;
  if (Accept(Tok::kArrow)) {
    f->returns = ParseExpression();
    if (!f->returns) return nullptr;
  }
  if (!ExpectColon(true)) return nullptr;
  if (!ParseBlock(&f->body, "function definition", kw.line)) return nullptr;
  // Like CPython's end_lineno: the function ends with its last statement,
  // so the implicit `return None` (and anything a crash report could show
  // for it) never names a line of the code that follows the def.
  ast::StmtList* last = &f->body;
  return FinishCompound(std::move(f), *last);
}

ast::StmtPtr Parser::ParseClassDef(std::vector<ast::ExprPtr> decorators) {
  const Token& kw = Cur();
  auto c = New<ast::ClassDef>(kw);
  c->decorator_list = std::move(decorators);
  Advance();
  if (!At(Tok::kName)) {
    ErrorInvalidSyntax();
    return nullptr;
  }
  c->name = std::string(Text(Cur()));
  Advance();
  if (Accept(Tok::kLParen)) {
    if (!ParseCallArguments(&c->bases, &c->keywords)) return nullptr;
  }
  if (!ExpectColon(false)) return nullptr;
  if (!ParseBlock(&c->body, "class definition", kw.line)) return nullptr;
  ast::StmtList* last = &c->body;
  return FinishCompound(std::move(c), *last);
}

}  // namespace interp::parser_internal
