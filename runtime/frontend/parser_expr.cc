// Expression parsing: precedence levels of the Python grammar, displays,
// comprehensions, calls, parameters and assignment targets.

#include <cstdint>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_format.h"
#include "runtime/frontend/parser_internal.h"

namespace interp::parser_internal {

const char* ExprName(const ast::Expr& e) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::kAttribute:
      return "attribute";
    case K::kSubscript:
      return "subscript";
    case K::kStarred:
      return "starred";
    case K::kName:
      return "name";
    case K::kList:
      return "list";
    case K::kTuple:
      return "tuple";
    case K::kLambda:
      return "lambda";
    case K::kCall:
      return "function call";
    case K::kBoolOp:
    case K::kBinOp:
    case K::kUnaryOp:
      return "expression";
    case K::kListComp:
      return "list comprehension";
    case K::kSetComp:
      return "set comprehension";
    case K::kDictComp:
      return "dict comprehension";
    case K::kGeneratorExp:
      return "generator expression";
    case K::kYield:
    case K::kYieldFrom:
      return "yield expression";
    case K::kDict:
      return "dict literal";
    case K::kSet:
      return "set display";
    case K::kJoinedStr:
    case K::kFormattedValue:
      return "f-string expression";
    case K::kConstant:
      switch (e.As<ast::Constant>().ckind) {
        case ast::ConstKind::kNone:
          return "None";
        case ast::ConstKind::kTrue:
          return "True";
        case ast::ConstKind::kFalse:
          return "False";
        case ast::ConstKind::kEllipsis:
          return "ellipsis";
        default:
          return "literal";
      }
    case K::kCompare:
      return "comparison";
    case K::kIfExp:
      return "conditional expression";
    case K::kNamedExpr:
      return "named expression";
    case K::kSlice:
      return "slice";
  }
  return "expression";
}

namespace {

ast::ExprPtr MakeConstant(const Token& t, ast::ConstKind kind) {
  auto c = std::make_unique<ast::Constant>();
  c->line = t.line;
  c->col = t.col;
  c->end_line = t.end_line;
  c->end_col = t.end_col;
  c->ckind = kind;
  return c;
}

}  // namespace

// ---------------------------------------------------------------------------
// Targets

bool Parser::SetTargetContext(ast::Expr* e, TargetUse use) {
  using K = ast::ExprKind;
  ast::ExprContext ctx = use == TargetUse::kDelete ? ast::ExprContext::kDel
                                                   : ast::ExprContext::kStore;
  const char* verb = use == TargetUse::kDelete ? "delete" : "assign to";
  switch (e->kind) {
    case K::kName:
      e->As<ast::Name>().ctx = ctx;
      if (e->As<ast::Name>().id == "__debug__") {
        Error(absl::StrFormat("cannot %s __debug__", verb), SpanOf(*e));
        return false;
      }
      return true;
    case K::kAttribute:
      e->As<ast::Attribute>().ctx = ctx;
      return true;
    case K::kSubscript:
      e->As<ast::Subscript>().ctx = ctx;
      return true;
    case K::kTuple:
    case K::kList: {
      auto& elts = e->kind == K::kTuple ? e->As<ast::Tuple>().elts
                                        : e->As<ast::List>().elts;
      if (e->kind == K::kTuple) {
        e->As<ast::Tuple>().ctx = ctx;
      } else {
        e->As<ast::List>().ctx = ctx;
      }
      int stars = 0;
      for (auto& elt : elts) {
        if (elt->kind == K::kStarred) {
          if (use == TargetUse::kDelete) {
            Error("cannot delete starred", SpanOf(*elt));
            return false;
          }
          ++stars;
          auto& s = elt->As<ast::Starred>();
          s.ctx = ctx;
          if (!SetTargetContext(s.value.get(), use)) return false;
          if (s.value->kind == K::kStarred) {
            Error("cannot assign to starred", SpanOf(*s.value));
            return false;
          }
          continue;
        }
        if (!SetTargetContext(elt.get(), use)) return false;
      }
      if (stars > 1) {
        Error("multiple starred expressions in assignment", SpanOf(*e));
        return false;
      }
      return true;
    }
    case K::kStarred:
      if (use == TargetUse::kDelete) {
        Error("cannot delete starred", SpanOf(*e));
        return false;
      }
      Error("starred assignment target must be in a list or tuple", SpanOf(*e));
      return false;
    case K::kCompare:
      // `for x in y in z` style mistakes: CPython blames the left side.
      if (use == TargetUse::kFor || use == TargetUse::kComprehension) {
        auto& c = e->As<ast::Compare>();
        if (!c.ops.empty() && c.ops[0] == ast::CmpOpKind::kIn) {
          return SetTargetContext(c.left.get(), use);
        }
      }
      [[fallthrough]];
    default:
      if ((e->kind == K::kYield || e->kind == K::kYieldFrom) &&
          use == TargetUse::kAssign) {
        Error("assignment to yield expression not possible", SpanOf(*e));
        return false;
      }
      Error(absl::StrFormat("cannot %s %s", verb, ExprName(*e)), SpanOf(*e));
      return false;
  }
}

void Parser::CheckNoStarredValue(const ast::Expr* e) {
  if (e && e->kind == ast::ExprKind::kStarred) {
    Error("can't use starred expression here", SpanOf(*e));
  }
}

ast::ExprPtr Parser::ParseStarTarget() {
  if (At(Tok::kStar)) {
    DepthGuard guard(this);
    if (!guard.ok()) return nullptr;
    const Token& star = Cur();
    Advance();
    auto s = New<ast::Starred>(star);
    s->value = ParseStarTarget();
    if (!s->value) return nullptr;
    return Finish(std::move(s));
  }
  return ParseBitOr();
}

ast::ExprPtr Parser::ParseTargetList(TargetUse use) {
  const Token& start = Cur();
  ast::ExprPtr first = ParseStarTarget();
  if (!first) return nullptr;
  ast::ExprPtr result;
  if (At(Tok::kComma)) {
    auto t = New<ast::Tuple>(start);
    t->elts.push_back(std::move(first));
    while (Accept(Tok::kComma)) {
      if (At(Tok::kIn)) break;
      ast::ExprPtr e = ParseStarTarget();
      if (!e) return nullptr;
      t->elts.push_back(std::move(e));
    }
    result = Finish(std::move(t));
    if (!result) return nullptr;
  } else {
    result = std::move(first);
  }
  if (!SetTargetContext(result.get(), use)) return nullptr;
  return result;
}

// ---------------------------------------------------------------------------
// Expression lists

ast::ExprPtr Parser::ParseStarExpression() {
  if (At(Tok::kStar)) {
    const Token& star = Cur();
    Advance();
    auto s = New<ast::Starred>(star);
    s->value = ParseBitOr();
    if (!s->value) return nullptr;
    return Finish(std::move(s));
  }
  return ParseExpression();
}

ast::ExprPtr Parser::ParseStarExpressions() {
  const Token& start = Cur();
  ast::ExprPtr first = ParseStarExpression();
  if (!first) return nullptr;
  if (!At(Tok::kComma)) return first;
  auto t = New<ast::Tuple>(start);
  t->elts.push_back(std::move(first));
  while (Accept(Tok::kComma)) {
    if (!CanStartExpression(Cur()) && !At(Tok::kStar)) break;
    ast::ExprPtr e = ParseStarExpression();
    if (!e) return nullptr;
    t->elts.push_back(std::move(e));
  }
  return Finish(std::move(t));
}

ast::ExprPtr Parser::ParseStarNamedExpression() {
  if (At(Tok::kStar)) return ParseStarExpression();
  return ParseNamedExpression();
}

// `name := value`, with the parsed `name` in `target`.
ast::ExprPtr Parser::ParseWalrus(ast::ExprPtr target) {
  if (target->kind != ast::ExprKind::kName) {
    Error(absl::StrFormat("cannot use assignment expressions with %s",
                          ExprName(*target)),
          SpanOf(*target));
    return nullptr;
  }
  auto n = std::make_unique<ast::NamedExpr>();
  n->line = target->line;
  n->col = target->col;
  target->As<ast::Name>().ctx = ast::ExprContext::kStore;
  Advance();
  n->value = ParseExpression();
  if (!n->value) return nullptr;
  n->target = std::move(target);
  EndAtPrev(n.get());
  return n;
}

ast::ExprPtr Parser::ParseNamedExpression() {
  size_t start = pos_;
  ast::ExprPtr e = ParseExpression();
  if (!e) return nullptr;
  if (At(Tok::kColonEqual)) return ParseWalrus(std::move(e));
  if (At(Tok::kEqual) && IsBitwiseOrExpr(*e)) {
    // `if x = 1:` -- a likely typo for `==`.
    Snapshot snap = Save();
    Advance();
    ast::ExprPtr rhs = ParseBitOr();
    bool ok = rhs && !failed_ && !At(Tok::kEqual) && !At(Tok::kColonEqual);
    Span rhs_span = ok ? SpanOf(*rhs) : Span{};
    Restore(snap);
    if (ok) {
      if (e->kind == ast::ExprKind::kName && toks_[start].kind == Tok::kName &&
          pos_ == start + 1) {
        Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
              Join(SpanOf(*e), rhs_span));
      } else {
        Error(absl::StrFormat("cannot assign to %s here. Maybe you meant '==' "
                              "instead of '='?",
                              ExprName(*e)),
              SpanOf(*e));
      }
      return nullptr;
    }
  }
  return e;
}

bool Parser::IsBitwiseOrExpr(const ast::Expr& e) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::kBoolOp:
    case K::kCompare:
    case K::kIfExp:
    case K::kLambda:
    case K::kList:
    case K::kTuple:
    case K::kStarred:
    case K::kGeneratorExp:
    case K::kYield:
    case K::kYieldFrom:
      return false;
    case K::kUnaryOp:
      return e.As<ast::UnaryOp>().op != ast::UnaryOpKind::kNot;
    case K::kConstant: {
      ast::ConstKind c = e.As<ast::Constant>().ckind;
      return c != ast::ConstKind::kNone && c != ast::ConstKind::kTrue &&
             c != ast::ConstKind::kFalse;
    }
    default:
      return true;
  }
}

// ---------------------------------------------------------------------------
// Precedence levels

ast::ExprPtr Parser::ParseExpression() {
  DepthGuard guard(this);
  if (!guard.ok()) return nullptr;
  if (At(Tok::kLambda)) return ParseLambda();
  const Token& start = Cur();
  ast::ExprPtr body = ParseDisjunction();
  if (!body) return nullptr;
  if (!At(Tok::kIf)) return body;
  Advance();
  ast::ExprPtr test = ParseDisjunction();
  if (!test) return nullptr;
  if (!At(Tok::kElse)) {
    if (At(Tok::kNewline) || At(Tok::kRParen) || At(Tok::kRBracket) ||
        At(Tok::kRBrace) || At(Tok::kComma) || At(Tok::kEndMarker) ||
        At(Tok::kSemi) || At(Tok::kColon)) {
      Error("expected 'else' after 'if' expression",
            Join(SpanOf(start), SpanOf(*test)));
    } else {
      ErrorInvalidSyntax();
    }
    return nullptr;
  }
  Advance();
  ast::ExprPtr orelse = ParseExpression();
  if (!orelse) return nullptr;
  auto n = New<ast::IfExp>(*body);
  n->test = std::move(test);
  n->body = std::move(body);
  n->orelse = std::move(orelse);
  return Finish(std::move(n));
}

ast::ExprPtr Parser::ParseLambda() {
  const Token& kw = Cur();
  Advance();
  auto l = New<ast::Lambda>(kw);
  if (!ParseParameters(&l->args, /*is_lambda=*/true)) return nullptr;
  if (!ExpectColon(false)) return nullptr;
  if (At(Tok::kYield)) {
    ErrorUnsupported(Cur());
    return nullptr;
  }
  l->body = ParseExpression();
  if (!l->body) return nullptr;
  return Finish(std::move(l));
}

ast::ExprPtr Parser::ParseDisjunction() {
  size_t start_index = pos_;
  ast::ExprPtr first = ParseConjunction();
  if (!first) return nullptr;
  if (At(Tok::kOr)) {
    auto b = New<ast::BoolOp>(*first);
    b->op = ast::BoolOpKind::kOr;
    b->values.push_back(std::move(first));
    while (Accept(Tok::kOr)) {
      ast::ExprPtr v = ParseConjunction();
      if (!v) return nullptr;
      b->values.push_back(std::move(v));
    }
    first = Finish(std::move(b));
    if (!first) return nullptr;
  }
  last_disj_start_ = start_index;
  last_disj_end_ = pos_;
  return first;
}

ast::ExprPtr Parser::ParseConjunction() {
  ast::ExprPtr first = ParseInversion();
  if (!first) return nullptr;
  if (!At(Tok::kAnd)) return first;
  auto b = New<ast::BoolOp>(*first);
  b->op = ast::BoolOpKind::kAnd;
  b->values.push_back(std::move(first));
  while (Accept(Tok::kAnd)) {
    ast::ExprPtr v = ParseInversion();
    if (!v) return nullptr;
    b->values.push_back(std::move(v));
  }
  return Finish(std::move(b));
}

ast::ExprPtr Parser::ParseInversion() {
  if (!At(Tok::kNot)) return ParseComparison();
  DepthGuard guard(this);
  if (!guard.ok()) return nullptr;
  const Token& kw = Cur();
  Advance();
  auto u = New<ast::UnaryOp>(kw);
  u->op = ast::UnaryOpKind::kNot;
  u->operand = ParseInversion();
  if (!u->operand) return nullptr;
  return Finish(std::move(u));
}

ast::ExprPtr Parser::ParseComparison() {
  ast::ExprPtr left = ParseBitOr();
  if (!left) return nullptr;
  std::unique_ptr<ast::Compare> cmp;
  while (true) {
    ast::CmpOpKind op;
    int len = 1;
    switch (Cur().kind) {
      case Tok::kEqEqual:
        op = ast::CmpOpKind::kEq;
        break;
      case Tok::kNotEqual:
        op = ast::CmpOpKind::kNotEq;
        break;
      case Tok::kLess:
        op = ast::CmpOpKind::kLt;
        break;
      case Tok::kLessEqual:
        op = ast::CmpOpKind::kLtE;
        break;
      case Tok::kGreater:
        op = ast::CmpOpKind::kGt;
        break;
      case Tok::kGreaterEqual:
        op = ast::CmpOpKind::kGtE;
        break;
      case Tok::kIn:
        op = ast::CmpOpKind::kIn;
        break;
      case Tok::kIs:
        if (Peek(1).kind == Tok::kNot) {
          op = ast::CmpOpKind::kIsNot;
          len = 2;
        } else {
          op = ast::CmpOpKind::kIs;
        }
        break;
      case Tok::kNot:
        if (Peek(1).kind != Tok::kIn) goto done;
        op = ast::CmpOpKind::kNotIn;
        len = 2;
        break;
      default:
        goto done;
    }
    for (int i = 0; i < len; ++i) Advance();
    if (!cmp) {
      cmp = New<ast::Compare>(*left);
      cmp->left = std::move(left);
    }
    cmp->ops.push_back(op);
    {
      ast::ExprPtr right = ParseBitOr();
      if (!right) return nullptr;
      cmp->comparators.push_back(std::move(right));
    }
  }
done:
  if (!cmp) return left;
  return Finish(std::move(cmp));
}

namespace {

// Binary operator precedence (higher binds tighter); 0 = not a binary op.
int BinaryPrecedence(Tok t, ast::BinOpKind* op) {
  using B = ast::BinOpKind;
  switch (t) {
    case Tok::kVBar:
      *op = B::kBitOr;
      return 1;
    case Tok::kCircumflex:
      *op = B::kBitXor;
      return 2;
    case Tok::kAmper:
      *op = B::kBitAnd;
      return 3;
    case Tok::kLeftShift:
      *op = B::kLShift;
      return 4;
    case Tok::kRightShift:
      *op = B::kRShift;
      return 4;
    case Tok::kPlus:
      *op = B::kAdd;
      return 5;
    case Tok::kMinus:
      *op = B::kSub;
      return 5;
    case Tok::kStar:
      *op = B::kMult;
      return 6;
    case Tok::kSlash:
      *op = B::kDiv;
      return 6;
    case Tok::kDoubleSlash:
      *op = B::kFloorDiv;
      return 6;
    case Tok::kPercent:
      *op = B::kMod;
      return 6;
    case Tok::kAt:
      *op = B::kMatMult;
      return 6;
    default:
      return 0;
  }
}

}  // namespace

ast::ExprPtr Parser::ParseBinary(int min_prec) {
  ast::ExprPtr left = ParseFactor();
  if (!left) return nullptr;
  while (true) {
    ast::BinOpKind op;
    int prec = BinaryPrecedence(Cur().kind, &op);
    if (prec == 0 || prec < min_prec) return left;
    Advance();
    // Left associative: the right operand only takes tighter operators.
    ast::ExprPtr right = prec < 6 ? ParseBinary(prec + 1) : ParseFactor();
    if (!right) return nullptr;
    auto b = New<ast::BinOp>(*left);
    b->left = std::move(left);
    b->op = op;
    b->right = std::move(right);
    left = Finish(std::move(b));
    if (!left) return nullptr;
  }
}

ast::ExprPtr Parser::ParseFactor() {
  ast::UnaryOpKind op;
  switch (Cur().kind) {
    case Tok::kMinus:
      op = ast::UnaryOpKind::kUSub;
      break;
    case Tok::kPlus:
      op = ast::UnaryOpKind::kUAdd;
      break;
    case Tok::kTilde:
      op = ast::UnaryOpKind::kInvert;
      break;
    default:
      return ParsePower();
  }
  DepthGuard guard(this);
  if (!guard.ok()) return nullptr;
  const Token& start = Cur();
  // -9223372036854775808 is only representable folded.
  if (op == ast::UnaryOpKind::kUSub && Peek(1).kind == Tok::kInt &&
      (Peek(1).flags & Token::kIntMinMagnitude)) {
    Tok after = Peek(2).kind;
    if (after != Tok::kDoubleStar && after != Tok::kDot &&
        after != Tok::kLParen && after != Tok::kLBracket) {
      Advance();
      const Token& lit = Cur();
      Advance();
      auto c = std::make_unique<ast::Constant>();
      c->line = start.line;
      c->col = start.col;
      c->end_line = lit.end_line;
      c->end_col = lit.end_col;
      c->ckind = ast::ConstKind::kInt;
      c->int_value = INT64_MIN;
      return Seal(std::move(c));
    }
  }
  Advance();
  auto u = New<ast::UnaryOp>(start);
  u->op = op;
  u->operand = ParseFactor();
  if (!u->operand) return nullptr;
  return Finish(std::move(u));
}

ast::ExprPtr Parser::ParsePower() {
  ast::ExprPtr base;
  if (At(Tok::kAwait)) {
    // await_primary: `await x ** 2` is `(await x) ** 2`.
    const Token& kw = Cur();
    Advance();
    ast::ExprPtr operand = ParsePrimary();
    if (!operand) return nullptr;
    auto a = New<ast::Await>(kw);
    a->value = std::move(operand);
    base = Finish(std::move(a));
  } else {
    base = ParsePrimary();
  }
  if (!base) return nullptr;
  if (!At(Tok::kDoubleStar)) return base;
  DepthGuard guard(this);  // right-associative: recursion per `**`
  if (!guard.ok()) return nullptr;
  Advance();
  ast::ExprPtr exp = ParseFactor();
  if (!exp) return nullptr;
  auto b = New<ast::BinOp>(*base);
  b->left = std::move(base);
  b->op = ast::BinOpKind::kPow;
  b->right = std::move(exp);
  return Finish(std::move(b));
}

ast::ExprPtr Parser::ParsePrimary() {
  ast::ExprPtr e = ParseAtom();
  if (!e) return nullptr;
  while (true) {
    if (At(Tok::kDot)) {
      Advance();
      if (!At(Tok::kName)) {
        ErrorInvalidSyntax();
        return nullptr;
      }
      auto a = New<ast::Attribute>(*e);
      a->value = std::move(e);
      a->attr = std::string(Text(Cur()));
      Advance();
      e = Finish(std::move(a));
    } else if (At(Tok::kLParen)) {
      Advance();
      auto c = New<ast::Call>(*e);
      c->func = std::move(e);
      if (!ParseCallArguments(&c->args, &c->keywords)) return nullptr;
      e = Finish(std::move(c));
    } else if (At(Tok::kLBracket)) {
      e = ParseSubscript(std::move(e));
    } else {
      return e;
    }
    if (!e) return nullptr;
  }
}

ast::ExprPtr Parser::ParseSlice() {
  const Token& start = Cur();
  ast::ExprPtr lower;
  if (!At(Tok::kColon)) {
    lower = ParseStarNamedExpression();
    if (!lower) return nullptr;
    if (!At(Tok::kColon)) return lower;
  }
  auto s = lower ? New<ast::Slice>(*lower) : New<ast::Slice>(start);
  s->lower = std::move(lower);
  if (s->lower && s->lower->kind == ast::ExprKind::kStarred) {
    ErrorInvalidSyntax();
    return nullptr;
  }
  Advance();  // ':'
  if (!At(Tok::kColon) && !At(Tok::kComma) && !At(Tok::kRBracket)) {
    s->upper = ParseExpression();
    if (!s->upper) return nullptr;
  }
  if (Accept(Tok::kColon)) {
    if (!At(Tok::kComma) && !At(Tok::kRBracket)) {
      s->step = ParseExpression();
      if (!s->step) return nullptr;
    }
  }
  return Finish(std::move(s));
}

ast::ExprPtr Parser::ParseSubscript(ast::ExprPtr value) {
  Advance();  // '['
  auto sub = New<ast::Subscript>(*value);
  sub->value = std::move(value);
  const Token& first_tok = Cur();
  ast::ExprPtr first = ParseSlice();
  if (!first) return nullptr;
  if (At(Tok::kComma)) {
    auto t = New<ast::Tuple>(first_tok);
    t->elts.push_back(std::move(first));
    while (Accept(Tok::kComma)) {
      if (At(Tok::kRBracket)) break;
      ast::ExprPtr e = ParseSlice();
      if (!e) return nullptr;
      t->elts.push_back(std::move(e));
    }
    first = Finish(std::move(t));
    if (!first) return nullptr;
  } else if (first->kind == ast::ExprKind::kStarred) {
    // `a[*b]` is a one-element tuple in 3.11.
    auto t = New<ast::Tuple>(*first);
    t->end_line = first->end_line;
    t->end_col = first->end_col;
    t->elts.push_back(std::move(first));
    first = Seal(std::move(t));
    if (!first) return nullptr;
  }
  sub->slice = std::move(first);
  if (!Expect(Tok::kRBracket)) return nullptr;
  return Finish(std::move(sub));
}

bool Parser::ParseCallArguments(std::vector<ast::ExprPtr>* args,
                                std::vector<ast::Keyword>* keywords) {
  const Token& open = Prev();  // the call's '('
  bool seen_keyword = false;
  bool seen_double_star = false;
  const char* positional_after_keyword = nullptr;
  absl::flat_hash_set<std::string> names;
  while (!At(Tok::kRParen)) {
    const Token& start = Cur();
    if (At(Tok::kStar)) {
      Advance();
      if (seen_double_star) {
        ErrorAt(
            start,
            "iterable argument unpacking follows keyword argument unpacking");
        return false;
      }
      auto s = New<ast::Starred>(start);
      s->value = ParseExpression();
      if (!s->value) return false;
      ast::ExprPtr e = Finish(std::move(s));
      if (!e) return false;
      args->push_back(std::move(e));
    } else if (At(Tok::kDoubleStar)) {
      Advance();
      ast::Keyword k;
      k.line = start.line;
      k.col = start.col;
      k.value = ParseExpression();
      if (!k.value) return false;
      EndAtPrev(&k);
      keywords->push_back(std::move(k));
      seen_double_star = true;
    } else if (At(Tok::kName) && Peek(1).kind == Tok::kEqual) {
      ast::Keyword k;
      k.line = start.line;
      k.col = start.col;
      k.arg = std::string(Text(start));
      Advance();
      Advance();
      k.value = ParseExpression();
      if (!k.value) return false;
      EndAtPrev(&k);
      if (!names.insert(k.arg).second) {
        Error("keyword argument repeated: " + k.arg, SpanOf(k));
        return false;
      }
      keywords->push_back(std::move(k));
      seen_keyword = true;
    } else {
      ast::ExprPtr e = ParseExpression();
      if (!e) return false;
      if (At(Tok::kColonEqual)) {
        e = ParseWalrus(std::move(e));
        if (!e) return false;
      }
      if (At(Tok::kEqual)) {
        Span span = Join(SpanOf(*e), SpanOf(Cur()));
        if (e->kind == ast::ExprKind::kConstant &&
            (e->As<ast::Constant>().ckind == ast::ConstKind::kTrue ||
             e->As<ast::Constant>().ckind == ast::ConstKind::kFalse ||
             e->As<ast::Constant>().ckind == ast::ConstKind::kNone)) {
          Error(absl::StrFormat("cannot assign to %s", ExprName(*e)), span);
        } else {
          Error(
              "expression cannot contain assignment, perhaps you meant \"==\"?",
              span);
        }
        return false;
      }
      if (At(Tok::kFor) || At(Tok::kAsync)) {
        // A generator expression is the call's parentheses only when it
        // is the sole argument; its span then includes them, as in CPython.
        const bool sole = args->empty() && keywords->empty();
        auto g = New<ast::GeneratorExp>(*e);
        g->elt = std::move(e);
        if (!ParseComprehensionClauses(&g->generators)) return false;
        EndAtPrev(g.get());
        if (!sole || !At(Tok::kRParen)) {
          Error("Generator expression must be parenthesized", SpanOf(*g));
          return false;
        }
        g->line = open.line;
        g->col = open.col;
        g->end_line = Cur().end_line;
        g->end_col = Cur().end_col;
        e = Seal(ast::ExprPtr(std::move(g)));
        if (!e) return false;
      }
      if ((seen_keyword || seen_double_star) && !positional_after_keyword) {
        // CPython reports it at the end of the argument list.
        positional_after_keyword =
            seen_double_star
                ? "positional argument follows keyword argument unpacking"
                : "positional argument follows keyword argument";
      }
      args->push_back(std::move(e));
    }
    if (!Accept(Tok::kComma)) break;
  }
  if (positional_after_keyword && At(Tok::kRParen)) {
    ErrorAt(Cur(), positional_after_keyword);
    return false;
  }
  return Expect(Tok::kRParen);
}

bool Parser::ParseComprehensionClauses(std::vector<ast::Comprehension>* out) {
  while (At(Tok::kFor) || At(Tok::kAsync)) {
    ast::Comprehension c;
    c.line = Cur().line;
    c.col = Cur().col;
    if (Accept(Tok::kAsync)) {
      c.is_async = true;
      if (!At(Tok::kFor)) {
        ErrorInvalidSyntax();
        return false;
      }
    }
    Advance();
    c.target = ParseTargetList(TargetUse::kComprehension);
    if (!c.target) return false;
    if (!At(Tok::kIn)) {
      ErrorInvalidSyntax();
      return false;
    }
    Advance();
    c.iter = ParseDisjunction();
    if (!c.iter) return false;
    while (Accept(Tok::kIf)) {
      ast::ExprPtr cond = ParseDisjunction();
      if (!cond) return false;
      c.ifs.push_back(std::move(cond));
    }
    EndAtPrev(&c);
    out->push_back(std::move(c));
  }
  return true;
}

// ---------------------------------------------------------------------------
// Atoms

ast::ExprPtr Parser::ParseAtom() {
  const Token& t = Cur();
  switch (t.kind) {
    case Tok::kName: {
      auto n = New<ast::Name>(t);
      n->id = std::string(Text(t));
      Advance();
      return Finish(std::move(n));
    }
    case Tok::kTrue:
      Advance();
      return Seal(MakeConstant(t, ast::ConstKind::kTrue));
    case Tok::kFalse:
      Advance();
      return Seal(MakeConstant(t, ast::ConstKind::kFalse));
    case Tok::kNone:
      Advance();
      return Seal(MakeConstant(t, ast::ConstKind::kNone));
    case Tok::kEllipsis:
      Advance();
      return Seal(MakeConstant(t, ast::ConstKind::kEllipsis));
    case Tok::kInt: {
      if (t.flags & (Token::kIntOverflow | Token::kIntMinMagnitude)) {
        // Beyond 64 bits: the compiler makes the int from the text.
        ast::ExprPtr c = MakeConstant(t, ast::ConstKind::kBigInt);
        c->As<ast::Constant>().str_value = std::string(Text(t));
        Advance();
        return Seal(std::move(c));
      }
      ast::ExprPtr c = MakeConstant(t, ast::ConstKind::kInt);
      c->As<ast::Constant>().int_value = t.int_value;
      Advance();
      return Seal(std::move(c));
    }
    case Tok::kFloat: {
      ast::ExprPtr c = MakeConstant(t, (t.flags & Token::kFloatImaginary)
                                           ? ast::ConstKind::kComplex
                                           : ast::ConstKind::kFloat);
      c->As<ast::Constant>().float_value = t.float_value;
      Advance();
      return Seal(std::move(c));
    }
    case Tok::kString:
      return ParseStrings();
    case Tok::kLParen:
      return ParseParenthesized();
    case Tok::kLBracket:
      return ParseListDisplay();
    case Tok::kLBrace:
      return ParseBraceDisplay();
    case Tok::kAwait:
    case Tok::kAsync:
      ErrorAt(t, "invalid syntax");
      return nullptr;
    default:
      ErrorInvalidSyntax();
      return nullptr;
  }
}

ast::ExprPtr Parser::ParseYieldExpr() {
  DepthGuard guard(this);
  if (!guard.ok()) return nullptr;
  const Token& kw = Cur();
  Advance();
  if (Accept(Tok::kFrom)) {
    auto y = New<ast::YieldFrom>(kw);
    y->value = ParseExpression();
    if (!y->value) return nullptr;
    return Finish(std::move(y));
  }
  auto y = New<ast::Yield>(kw);
  if (CanStartExpression(Cur()) || At(Tok::kStar)) {
    y->value = ParseStarExpressions();
    if (!y->value) return nullptr;
  }
  return Finish(std::move(y));
}

ast::ExprPtr Parser::ParseStarExpressionsOrYield() {
  if (At(Tok::kYield)) return ParseYieldExpr();
  return ParseStarExpressions();
}

ast::ExprPtr Parser::ParseParenthesized() {
  DepthGuard guard(this);
  if (!guard.ok()) return nullptr;
  const Token& open = Cur();
  Advance();
  if (At(Tok::kRParen)) {
    Advance();
    return Finish(New<ast::Tuple>(open));
  }
  if (At(Tok::kYield)) {
    ast::ExprPtr y = ParseYieldExpr();
    if (!y) return nullptr;
    if (!Expect(Tok::kRParen)) return nullptr;
    return y;
  }
  ast::ExprPtr first = ParseStarNamedExpression();
  if (!first) return nullptr;
  if (At(Tok::kFor) || At(Tok::kAsync)) {
    if (first->kind == ast::ExprKind::kStarred) {
      Error("iterable unpacking cannot be used in comprehension",
            SpanOf(*first));
      return nullptr;
    }
    auto g = New<ast::GeneratorExp>(open);
    g->elt = std::move(first);
    if (!ParseComprehensionClauses(&g->generators)) return nullptr;
    if (!Expect(Tok::kRParen)) return nullptr;
    return Finish(std::move(g));
  }
  if (At(Tok::kRParen)) {
    if (first->kind == ast::ExprKind::kStarred) {
      Error("cannot use starred expression here", SpanOf(*first));
      return nullptr;
    }
    Advance();
    group_start_[first.get()] =
        GroupStart{first->line, first->col, open.line, open.col};
    return first;  // a group keeps the inner node's position, like CPython
  }
  if (!At(Tok::kComma)) {
    ErrorInvalidSyntax();
    return nullptr;
  }
  auto t = New<ast::Tuple>(open);
  t->elts.push_back(std::move(first));
  while (Accept(Tok::kComma)) {
    if (At(Tok::kRParen)) break;
    ast::ExprPtr e = ParseStarNamedExpression();
    if (!e) return nullptr;
    t->elts.push_back(std::move(e));
  }
  if (!Expect(Tok::kRParen)) return nullptr;
  return Finish(std::move(t));
}

ast::ExprPtr Parser::ParseListDisplay() {
  DepthGuard guard(this);
  if (!guard.ok()) return nullptr;
  const Token& open = Cur();
  Advance();
  if (At(Tok::kRBracket)) {
    Advance();
    return Finish(New<ast::List>(open));
  }
  ast::ExprPtr first = ParseStarNamedExpression();
  if (!first) return nullptr;
  if (At(Tok::kFor) || At(Tok::kAsync)) {
    if (first->kind == ast::ExprKind::kStarred) {
      Error("iterable unpacking cannot be used in comprehension",
            SpanOf(*first));
      return nullptr;
    }
    auto c = New<ast::ListComp>(open);
    c->elt = std::move(first);
    if (!ParseComprehensionClauses(&c->generators)) return nullptr;
    if (!Expect(Tok::kRBracket)) return nullptr;
    return Finish(std::move(c));
  }
  auto l = New<ast::List>(open);
  l->elts.push_back(std::move(first));
  while (Accept(Tok::kComma)) {
    if (At(Tok::kRBracket)) break;
    ast::ExprPtr e = ParseStarNamedExpression();
    if (!e) return nullptr;
    l->elts.push_back(std::move(e));
  }
  if (!Expect(Tok::kRBracket)) return nullptr;
  return Finish(std::move(l));
}

bool Parser::ValueAfterDictColon() {
  const Token& colon = Cur();
  Advance();
  if (At(Tok::kRBrace) || At(Tok::kComma)) {
    ErrorAt(colon, "expression expected after dictionary key and ':'");
    return false;
  }
  return true;
}

ast::ExprPtr Parser::ParseBraceDisplay() {
  DepthGuard guard(this);
  if (!guard.ok()) return nullptr;
  const Token& open = Cur();
  Advance();
  if (At(Tok::kRBrace)) {
    Advance();
    return Finish(New<ast::Dict>(open));
  }
  // Dict: key: value or **mapping entries.
  auto parse_dict_rest = [&](std::unique_ptr<ast::Dict> d) -> ast::ExprPtr {
    while (Accept(Tok::kComma)) {
      if (At(Tok::kRBrace)) break;
      if (Accept(Tok::kDoubleStar)) {
        ast::ExprPtr v = ParseBitOr();
        if (!v) return nullptr;
        d->keys.push_back(nullptr);
        d->values.push_back(std::move(v));
        continue;
      }
      ast::ExprPtr k = ParseExpression();
      if (!k) return nullptr;
      if (!At(Tok::kColon)) {
        if (At(Tok::kComma) || At(Tok::kRBrace)) {
          // CPython points at the key's last character (its end column,
          // on the key's first line).
          Span at = SpanOf(*k);
          at.col = std::max(0, at.end_col - 1);
          at.end_col = at.col + 1;
          Error("':' expected after dictionary key", at);
          if (err_.message == "':' expected after dictionary key") {
            err_.end_col = 0;  // CPython reports no end here
          }
        } else {
          ErrorInvalidSyntax();
        }
        return nullptr;
      }
      if (!ValueAfterDictColon()) return nullptr;
      ast::ExprPtr v = ParseExpression();
      if (!v) return nullptr;
      d->keys.push_back(std::move(k));
      d->values.push_back(std::move(v));
    }
    if (!Expect(Tok::kRBrace)) return nullptr;
    return Finish(std::move(d));
  };
  if (At(Tok::kDoubleStar)) {
    const Token& star = Cur();
    Advance();
    ast::ExprPtr v = ParseBitOr();
    if (!v) return nullptr;
    if (At(Tok::kFor) || At(Tok::kAsync)) {
      Error("dict unpacking cannot be used in dict comprehension",
            Join(SpanOf(star), SpanOf(*v)));
      return nullptr;
    }
    auto d = New<ast::Dict>(open);
    d->keys.push_back(nullptr);
    d->values.push_back(std::move(v));
    return parse_dict_rest(std::move(d));
  }
  ast::ExprPtr first = ParseStarNamedExpression();
  if (!first) return nullptr;
  if (At(Tok::kColon) && first->kind != ast::ExprKind::kStarred) {
    if (!ValueAfterDictColon()) return nullptr;
    ast::ExprPtr value = ParseExpression();
    if (!value) return nullptr;
    if (At(Tok::kFor) || At(Tok::kAsync)) {
      auto c = New<ast::DictComp>(open);
      c->key = std::move(first);
      c->value = std::move(value);
      if (!ParseComprehensionClauses(&c->generators)) return nullptr;
      if (!Expect(Tok::kRBrace)) return nullptr;
      return Finish(std::move(c));
    }
    auto d = New<ast::Dict>(open);
    d->keys.push_back(std::move(first));
    d->values.push_back(std::move(value));
    return parse_dict_rest(std::move(d));
  }
  if (At(Tok::kFor) || At(Tok::kAsync)) {
    if (first->kind == ast::ExprKind::kStarred) {
      Error("iterable unpacking cannot be used in comprehension",
            SpanOf(*first));
      return nullptr;
    }
    auto c = New<ast::SetComp>(open);
    c->elt = std::move(first);
    if (!ParseComprehensionClauses(&c->generators)) return nullptr;
    if (!Expect(Tok::kRBrace)) return nullptr;
    return Finish(std::move(c));
  }
  auto s = New<ast::Set>(open);
  s->elts.push_back(std::move(first));
  while (Accept(Tok::kComma)) {
    if (At(Tok::kRBrace)) break;
    ast::ExprPtr e = ParseStarNamedExpression();
    if (!e) return nullptr;
    s->elts.push_back(std::move(e));
  }
  if (!Expect(Tok::kRBrace)) return nullptr;
  return Finish(std::move(s));
}

// ---------------------------------------------------------------------------
// Parameters

bool Parser::ParseParameters(ast::Arguments* args, bool is_lambda) {
  Tok end = is_lambda ? Tok::kColon : Tok::kRParen;
  bool seen_slash = false;
  bool seen_star = false;
  bool seen_default = false;
  bool seen_kwarg = false;
  absl::flat_hash_set<std::string> names;
  auto parse_arg = [&](ast::Arg* arg) -> bool {
    const Token& name = Cur();
    if (!At(Tok::kName)) {
      ErrorInvalidSyntax();
      return false;
    }
    arg->line = name.line;
    arg->col = name.col;
    arg->name = std::string(Text(name));
    Advance();
    if (!is_lambda && Accept(Tok::kColon)) {
      if (At(Tok::kStar)) {
        ErrorInvalidSyntax();
        return false;
      }
      arg->annotation = ParseExpression();
      if (!arg->annotation) return false;
    }
    EndAtPrev(arg);
    if (!names.insert(arg->name).second) {
      Error(absl::StrFormat("duplicate argument '%s' in function definition",
                            arg->name),
            SpanOf(name));
      return false;
    }
    return true;
  };
  while (!At(end)) {
    const Token& t = Cur();
    if (seen_kwarg) {
      ErrorAt(t, "arguments cannot follow var-keyword argument");
      return false;
    }
    if (At(Tok::kSlash)) {
      if (seen_slash) {
        ErrorAt(t, "/ may appear only once");
        return false;
      }
      if (seen_star) {
        ErrorAt(t, "/ must be ahead of *");
        return false;
      }
      if (args->args.empty()) {
        ErrorAt(t, "at least one argument must precede /");
        return false;
      }
      Advance();
      seen_slash = true;
      for (auto& a : args->args) args->posonlyargs.push_back(std::move(a));
      args->args.clear();
    } else if (At(Tok::kStar)) {
      if (seen_star) {
        ErrorAt(t, "* argument may appear only once");
        return false;
      }
      seen_star = true;
      Advance();
      if (At(Tok::kName)) {
        args->vararg = std::make_unique<ast::Arg>();
        if (!parse_arg(args->vararg.get())) return false;
        if (At(Tok::kEqual)) {
          ErrorAt(Cur(), "var-positional argument cannot have default value");
          return false;
        }
      } else {
        // Bare `*` needs at least one keyword-only parameter after it.
        bool next_is_param = At(Tok::kComma) && Peek(1).kind == Tok::kName;
        if (!next_is_param) {
          if (At(Tok::kComma) || At(end) || At(Tok::kDoubleStar)) {
            ErrorAt(t, "named arguments must follow bare *");
          } else {
            ErrorInvalidSyntax();
          }
          return false;
        }
      }
    } else if (At(Tok::kDoubleStar)) {
      Advance();
      args->kwarg = std::make_unique<ast::Arg>();
      if (!parse_arg(args->kwarg.get())) return false;
      if (At(Tok::kEqual)) {
        ErrorAt(Cur(), "var-keyword argument cannot have default value");
        return false;
      }
      seen_kwarg = true;
    } else if (At(Tok::kName)) {
      ast::Arg arg;
      if (!parse_arg(&arg)) return false;
      ast::ExprPtr def;
      if (Accept(Tok::kEqual)) {
        def = ParseExpression();
        if (!def) return false;
      }
      if (seen_star) {
        args->kwonlyargs.push_back(std::move(arg));
        args->kw_defaults.push_back(std::move(def));
      } else {
        if (def) {
          seen_default = true;
          args->defaults.push_back(std::move(def));
        } else if (seen_default) {
          ErrorAt(t, "non-default argument follows default argument");
          return false;
        }
        args->args.push_back(std::move(arg));
      }
    } else {
      ErrorInvalidSyntax();
      return false;
    }
    if (!Accept(Tok::kComma)) break;
  }
  if (!At(end)) {
    if (is_lambda) {
      ErrorInvalidSyntax();
    }
    // def: the caller's Expect(')') reports it.
    return is_lambda ? false : true;
  }
  return true;
}

}  // namespace interp::parser_internal
