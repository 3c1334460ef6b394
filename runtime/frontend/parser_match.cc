// The match statement (PEP 634): `match` and `case` are soft keywords, so a
// line starting with `match` is a match statement only when it looks like
// one (Parser::LooksLikeMatchStatement); patterns have their own grammar,
// close to expressions but not a subset of them (`as`, `*rest`, `**rest`).
// The checks CPython's compiler makes on patterns (names bound once, one
// starred name, unreachable cases, repeated keyword attributes) are made
// here, with CPython's messages and locations.

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_format.h"
#include "runtime/frontend/parser_internal.h"

namespace interp::parser_internal {

namespace {

ast::PatternPtr NewPattern(ast::PatternKind kind, const Token& start) {
  auto p = std::make_unique<ast::Pattern>();
  p->kind = kind;
  p->line = start.line;
  p->col = start.col;
  return p;
}

ast::PatternPtr NewPattern(ast::PatternKind kind, const ast::Node& start) {
  auto p = std::make_unique<ast::Pattern>();
  p->kind = kind;
  p->line = start.line;
  p->col = start.col;
  return p;
}

// A capture or the wildcard, with anything bound under it: matches every
// subject (CPython's "irrefutable" pattern).
bool Irrefutable(const ast::Pattern& p) {
  if (p.kind == ast::PatternKind::kAs) {
    return p.patterns.empty() || Irrefutable(*p.patterns[0]);
  }
  if (p.kind == ast::PatternKind::kOr) {
    return std::any_of(
        p.patterns.begin(), p.patterns.end(),
        [](const ast::PatternPtr& a) { return Irrefutable(*a); });
  }
  return false;
}

// The capture name that makes `p` irrefutable (empty for the wildcard).
const ast::Pattern& IrrefutableCore(const ast::Pattern& p) {
  if (p.kind == ast::PatternKind::kAs && !p.patterns.empty() &&
      Irrefutable(*p.patterns[0]) && p.name.empty()) {
    return IrrefutableCore(*p.patterns[0]);
  }
  return p;
}

}  // namespace

ast::PatternPtr Parser::SealPattern(ast::PatternPtr p) {
  if (!p || failed_) return nullptr;
  int h = ChildHeight(*p) + 1;
  if (h > kMaxNesting) {
    Error("too many nested expressions", SpanOf(*p));
    return nullptr;
  }
  p->height = static_cast<uint16_t>(h);
  return p;
}

ast::StmtPtr Parser::ParseMatch() {
  const Token& kw = Cur();
  auto m = New<ast::Match>(kw);
  Advance();  // `match`
  m->subject = ParseMatchSubject();
  if (!m->subject || !ExpectColon(false)) return nullptr;
  if (!At(Tok::kNewline)) {
    // `match x: case 1: ...` on one line.
    ErrorAt(Cur(), "invalid syntax");
    return nullptr;
  }
  Advance();
  if (!At(Tok::kIndent)) {
    std::string msg = absl::StrFormat(
        "expected an indented block after 'match' statement on line %d",
        kw.line);
    Error(std::move(msg),
          At(Tok::kEndMarker) || At(Tok::kDedent) ? EofSpan() : SpanOf(Cur()),
          "IndentationError");
    return nullptr;
  }
  Advance();
  while (!At(Tok::kDedent) && !At(Tok::kEndMarker)) {
    if (!AtName("case")) {
      ErrorAt(Cur(), "invalid syntax");
      return nullptr;
    }
    ast::MatchCase c;
    if (!ParseMatchCase(&c)) return nullptr;
    m->cases.push_back(std::move(c));
  }
  Accept(Tok::kDedent);
  for (size_t i = 0; i + 1 < m->cases.size(); ++i) {
    const ast::MatchCase& c = m->cases[i];
    if (c.guard != nullptr || !Irrefutable(*c.pattern)) continue;
    const ast::Pattern& core = IrrefutableCore(*c.pattern);
    if (core.name.empty()) {
      Error("wildcard makes remaining patterns unreachable", SpanOf(core));
    } else {
      Error(absl::StrFormat(
                "name capture '%s' makes remaining patterns unreachable",
                core.name),
            SpanOf(core));
    }
    return nullptr;
  }
  ast::Match* raw = m.get();
  return FinishCompound(std::move(m), raw->cases.back().body);
}

// `match a, *b:` is a tuple; `match (x := f()):` a named expression.
ast::ExprPtr Parser::ParseMatchSubject() {
  const Token& start = Cur();
  ast::ExprPtr first = ParseStarNamedExpression();
  if (!first) return nullptr;
  if (!At(Tok::kComma)) {
    if (first->Is<ast::Starred>()) {
      ErrorAt(Cur(), "invalid syntax");
      return nullptr;
    }
    return first;
  }
  auto t = New<ast::Tuple>(start);
  t->elts.push_back(std::move(first));
  while (Accept(Tok::kComma)) {
    if (At(Tok::kColon)) break;
    ast::ExprPtr e = ParseStarNamedExpression();
    if (!e) return nullptr;
    t->elts.push_back(std::move(e));
  }
  return Finish(std::move(t));
}

bool Parser::ParseMatchCase(ast::MatchCase* out) {
  const Token& kw = Cur();
  out->line = kw.line;
  out->col = kw.col;
  Advance();  // `case`
  out->pattern = ParsePatterns();
  if (!out->pattern) return false;
  if (Accept(Tok::kIf)) {
    out->guard = ParseNamedExpression();
    if (!out->guard) return false;
  }
  if (!ExpectColon(false)) return false;
  std::vector<std::string> names;
  if (!CheckPatternNames(*out->pattern, &names)) return false;
  if (!ParseBlock(&out->body, "'case' statement", kw.line)) return false;
  EndAtPrev(out);
  return true;
}

ast::PatternPtr Parser::ParsePatterns() {
  const Token& start = Cur();
  ast::PatternPtr first = ParseMaybeStarPattern();
  if (!first) return nullptr;
  if (!At(Tok::kComma)) {
    if (first->kind == ast::PatternKind::kStar) {
      ErrorAt(Cur(), "invalid syntax");
      return nullptr;
    }
    return first;
  }
  auto seq = NewPattern(ast::PatternKind::kSequence, start);
  seq->patterns.push_back(std::move(first));
  while (Accept(Tok::kComma)) {
    if (At(Tok::kColon) || At(Tok::kIf)) break;
    ast::PatternPtr p = ParseMaybeStarPattern();
    if (!p) return nullptr;
    seq->patterns.push_back(std::move(p));
  }
  EndAtPrev(seq.get());
  return SealPattern(std::move(seq));
}

ast::PatternPtr Parser::ParseMaybeStarPattern() {
  if (!At(Tok::kStar)) return ParsePattern();
  const Token& star = Cur();
  Advance();
  if (!At(Tok::kName)) {
    ErrorAt(Cur(), "invalid syntax");
    return nullptr;
  }
  auto p = NewPattern(ast::PatternKind::kStar, star);
  if (Text(Cur()) != "_") p->name = std::string(Text(Cur()));
  Advance();
  EndAtPrev(p.get());
  return SealPattern(std::move(p));
}

ast::PatternPtr Parser::ParsePattern() {
  DepthGuard guard(this);
  if (!guard.ok()) return nullptr;
  ast::PatternPtr alt = ParseOrPattern();
  if (!alt || !At(Tok::kAs)) return alt;
  Advance();
  if (!At(Tok::kName)) {
    ErrorAt(Cur(), "invalid syntax");
    return nullptr;
  }
  if (Text(Cur()) == "_") {
    ErrorAt(Cur(), "cannot use '_' as a target");
    return nullptr;
  }
  auto as = NewPattern(ast::PatternKind::kAs, *alt);
  as->name = std::string(Text(Cur()));
  Advance();
  as->patterns.push_back(std::move(alt));
  EndAtPrev(as.get());
  return SealPattern(std::move(as));
}

ast::PatternPtr Parser::ParseOrPattern() {
  ast::PatternPtr first = ParseClosedPattern();
  if (!first || !At(Tok::kVBar)) return first;
  auto alt = NewPattern(ast::PatternKind::kOr, *first);
  alt->patterns.push_back(std::move(first));
  while (Accept(Tok::kVBar)) {
    ast::PatternPtr p = ParseClosedPattern();
    if (!p) return nullptr;
    alt->patterns.push_back(std::move(p));
  }
  EndAtPrev(alt.get());
  return SealPattern(std::move(alt));
}

ast::ExprPtr Parser::ParseNameOrAttr() {
  const Token& t = Cur();
  auto n = New<ast::Name>(t);
  n->id = std::string(Text(t));
  Advance();
  ast::ExprPtr e = Finish(std::move(n));
  while (e && At(Tok::kDot)) {
    Advance();
    if (!At(Tok::kName)) {
      ErrorAt(Cur(), "invalid syntax");
      return nullptr;
    }
    auto a = New<ast::Attribute>(*e);
    a->value = std::move(e);
    a->attr = std::string(Text(Cur()));
    Advance();
    e = Finish(std::move(a));
  }
  return e;
}

// A number, optionally negated: `1`, `-2.5`, `-3j`, or a complex literal
// `real +/- imaginary` (`1+2j`, `-1.5-0j`).
ast::ExprPtr Parser::ParseLiteralPatternValue() {
  const Token& start = Cur();
  bool negative = Accept(Tok::kMinus);
  if (!At(Tok::kInt) && !At(Tok::kFloat)) {
    ErrorAt(Cur(), "invalid syntax");
    return nullptr;
  }
  ast::ExprPtr number = ParseAtom();
  if (!number) return nullptr;
  if (negative) {
    auto u = New<ast::UnaryOp>(start);
    u->op = ast::UnaryOpKind::kUSub;
    u->operand = std::move(number);
    number = Finish(std::move(u));
    if (!number) return nullptr;
  }
  if (At(Tok::kPlus) || At(Tok::kMinus)) {
    const ast::Expr* real = number.get();
    if (real->Is<ast::UnaryOp>()) real = real->As<ast::UnaryOp>().operand.get();
    if (real->As<ast::Constant>().ckind == ast::ConstKind::kComplex) {
      Error("real number required in complex literal", SpanOf(*real));
      return nullptr;
    }
    bool minus = At(Tok::kMinus);
    Advance();
    if (!At(Tok::kFloat) || !(Cur().flags & Token::kFloatImaginary)) {
      ErrorAt(Cur(), At(Tok::kInt) || At(Tok::kFloat)
                         ? "imaginary number required in complex literal"
                         : "invalid syntax");
      return nullptr;
    }
    ast::ExprPtr imag = ParseAtom();
    if (!imag) return nullptr;
    auto b = New<ast::BinOp>(start);
    b->left = std::move(number);
    b->op = minus ? ast::BinOpKind::kSub : ast::BinOpKind::kAdd;
    b->right = std::move(imag);
    number = Finish(std::move(b));
  }
  return number;
}

ast::PatternPtr Parser::ParseClosedPattern() {
  DepthGuard guard(this);
  if (!guard.ok()) return nullptr;
  const Token& t = Cur();
  switch (t.kind) {
    case Tok::kInt:
    case Tok::kFloat:
    case Tok::kMinus: {
      auto p = NewPattern(ast::PatternKind::kValue, t);
      p->value = ParseLiteralPatternValue();
      if (!p->value) return nullptr;
      EndAtPrev(p.get());
      return SealPattern(std::move(p));
    }
    case Tok::kString: {
      auto p = NewPattern(ast::PatternKind::kValue, t);
      p->value = ParseStrings();
      if (!p->value) return nullptr;
      if (p->value->Is<ast::JoinedStr>()) {
        Error("patterns may only match literals and attribute lookups",
              SpanOf(*p->value));
        return nullptr;
      }
      EndAtPrev(p.get());
      return SealPattern(std::move(p));
    }
    case Tok::kNone:
    case Tok::kTrue:
    case Tok::kFalse: {
      auto p = NewPattern(ast::PatternKind::kSingleton, t);
      p->value = ParseAtom();
      if (!p->value) return nullptr;
      EndAtPrev(p.get());
      return SealPattern(std::move(p));
    }
    case Tok::kName: {
      if (Text(t) == "_" && !(Peek(1).kind == Tok::kDot) &&
          !(Peek(1).kind == Tok::kLParen)) {
        auto p = NewPattern(ast::PatternKind::kAs, t);
        Advance();
        EndAtPrev(p.get());
        return SealPattern(std::move(p));
      }
      ast::ExprPtr e = ParseNameOrAttr();
      if (!e) return nullptr;
      if (At(Tok::kLParen)) return ParseClassPattern(std::move(e));
      if (e->Is<ast::Attribute>()) {
        auto p = NewPattern(ast::PatternKind::kValue, *e);
        p->value = std::move(e);
        EndAtPrev(p.get());
        return SealPattern(std::move(p));
      }
      auto p = NewPattern(ast::PatternKind::kAs, *e);
      p->name = e->As<ast::Name>().id;
      EndAtPrev(p.get());
      return SealPattern(std::move(p));
    }
    case Tok::kLParen: {
      Advance();
      if (Accept(Tok::kRParen)) {
        auto p = NewPattern(ast::PatternKind::kSequence, t);
        EndAtPrev(p.get());
        return SealPattern(std::move(p));
      }
      ast::PatternPtr first = ParseMaybeStarPattern();
      if (!first) return nullptr;
      if (first->kind != ast::PatternKind::kStar && Accept(Tok::kRParen)) {
        return first;  // a group: `(p)` is p
      }
      auto p = NewPattern(ast::PatternKind::kSequence, t);
      p->patterns.push_back(std::move(first));
      if (!At(Tok::kComma)) {
        ErrorAt(Cur(), "invalid syntax");
        return nullptr;
      }
      Advance();
      if (!ParseSequencePatternItems(Tok::kRParen, &p->patterns)) {
        return nullptr;
      }
      EndAtPrev(p.get());
      return SealPattern(std::move(p));
    }
    case Tok::kLBracket: {
      Advance();
      auto p = NewPattern(ast::PatternKind::kSequence, t);
      if (!ParseSequencePatternItems(Tok::kRBracket, &p->patterns)) {
        return nullptr;
      }
      EndAtPrev(p.get());
      return SealPattern(std::move(p));
    }
    case Tok::kLBrace:
      return ParseMappingPattern();
    default:
      ErrorAt(t, "invalid syntax");
      return nullptr;
  }
}

bool Parser::ParseSequencePatternItems(Tok close,
                                       std::vector<ast::PatternPtr>* out) {
  while (!At(close)) {
    ast::PatternPtr p = ParseMaybeStarPattern();
    if (!p) return false;
    out->push_back(std::move(p));
    if (!Accept(Tok::kComma)) break;
  }
  if (!At(close)) {
    ErrorAt(Cur(), "invalid syntax");
    return false;
  }
  Advance();
  return true;
}

ast::PatternPtr Parser::ParseMappingPattern() {
  auto p = NewPattern(ast::PatternKind::kMapping, Cur());
  Advance();  // `{`
  while (!At(Tok::kRBrace)) {
    if (At(Tok::kDoubleStar)) {
      Advance();
      if (!At(Tok::kName) || Text(Cur()) == "_") {
        ErrorAt(Cur(), "invalid syntax");
        return nullptr;
      }
      p->name = std::string(Text(Cur()));
      Advance();
      Accept(Tok::kComma);
      if (!At(Tok::kRBrace)) {
        ErrorAt(Cur(), "invalid syntax");
        return nullptr;
      }
      break;
    }
    ast::ExprPtr key;
    switch (Cur().kind) {
      case Tok::kInt:
      case Tok::kFloat:
      case Tok::kMinus:
        key = ParseLiteralPatternValue();
        break;
      case Tok::kString:
        key = ParseStrings();
        if (key && key->Is<ast::JoinedStr>()) {
          Error("patterns may only match literals and attribute lookups",
                SpanOf(*key));
          return nullptr;
        }
        break;
      case Tok::kNone:
      case Tok::kTrue:
      case Tok::kFalse:
        key = ParseAtom();
        break;
      case Tok::kName:
        key = ParseNameOrAttr();
        if (key && !key->Is<ast::Attribute>()) {
          ErrorAt(Cur(), "invalid syntax");
          return nullptr;
        }
        break;
      default:
        ErrorAt(Cur(), "invalid syntax");
        return nullptr;
    }
    if (!key) return nullptr;
    if (!At(Tok::kColon)) {
      ErrorAt(Cur(), "invalid syntax");
      return nullptr;
    }
    Advance();
    ast::PatternPtr value = ParsePattern();
    if (!value) return nullptr;
    p->keys.push_back(std::move(key));
    p->patterns.push_back(std::move(value));
    if (!Accept(Tok::kComma)) break;
  }
  if (!At(Tok::kRBrace)) {
    ErrorAt(Cur(), "invalid syntax");
    return nullptr;
  }
  Advance();
  EndAtPrev(p.get());
  return SealPattern(std::move(p));
}

ast::PatternPtr Parser::ParseClassPattern(ast::ExprPtr cls) {
  auto p = NewPattern(ast::PatternKind::kClass, *cls);
  p->value = std::move(cls);
  Advance();  // `(`
  while (!At(Tok::kRParen)) {
    if (At(Tok::kName) && Peek(1).kind == Tok::kEqual) {
      std::string attr(Text(Cur()));
      Advance();
      Advance();
      ast::PatternPtr value = ParsePattern();
      if (!value) return nullptr;
      if (std::find(p->kwd_attrs.begin(), p->kwd_attrs.end(), attr) !=
          p->kwd_attrs.end()) {
        Error("attribute name repeated in class pattern: " + attr,
              SpanOf(*value));
        return nullptr;
      }
      p->kwd_attrs.push_back(std::move(attr));
      p->kwd_patterns.push_back(std::move(value));
    } else {
      ast::PatternPtr value = ParsePattern();
      if (!value) return nullptr;
      if (!p->kwd_patterns.empty()) {
        Error("positional patterns follow keyword patterns", SpanOf(*value));
        return nullptr;
      }
      p->patterns.push_back(std::move(value));
    }
    if (!Accept(Tok::kComma)) break;
  }
  if (!At(Tok::kRParen)) {
    ErrorAt(Cur(), "invalid syntax");
    return nullptr;
  }
  Advance();
  EndAtPrev(p.get());
  return SealPattern(std::move(p));
}

bool Parser::CheckPatternNames(const ast::Pattern& p,
                               std::vector<std::string>* names) {
  auto bind = [&](const std::string& name) {
    if (name.empty()) return true;
    if (std::find(names->begin(), names->end(), name) != names->end()) {
      Error(
          absl::StrFormat("multiple assignments to name '%s' in pattern", name),
          SpanOf(p));
      return false;
    }
    names->push_back(name);
    return true;
  };
  switch (p.kind) {
    case ast::PatternKind::kValue:
    case ast::PatternKind::kSingleton:
      return true;
    case ast::PatternKind::kStar:
      return bind(p.name);
    case ast::PatternKind::kAs:
      for (const auto& sub : p.patterns) {
        if (!CheckPatternNames(*sub, names)) return false;
      }
      return bind(p.name);
    case ast::PatternKind::kSequence: {
      int stars = 0;
      for (const auto& sub : p.patterns) {
        stars += sub->kind == ast::PatternKind::kStar;
      }
      if (stars > 1) {
        Error("multiple starred names in sequence pattern", SpanOf(p));
        return false;
      }
      for (const auto& sub : p.patterns) {
        if (!CheckPatternNames(*sub, names)) return false;
      }
      return true;
    }
    case ast::PatternKind::kMapping:
      for (const auto& sub : p.patterns) {
        if (!CheckPatternNames(*sub, names)) return false;
      }
      return bind(p.name);
    case ast::PatternKind::kClass:
      for (const auto& sub : p.patterns) {
        if (!CheckPatternNames(*sub, names)) return false;
      }
      for (const auto& sub : p.kwd_patterns) {
        if (!CheckPatternNames(*sub, names)) return false;
      }
      return true;
    case ast::PatternKind::kOr: {
      // Every alternative binds the same names; only the last may be
      // irrefutable.
      std::vector<std::string> first;
      for (size_t i = 0; i < p.patterns.size(); ++i) {
        const ast::Pattern& alt = *p.patterns[i];
        if (i + 1 < p.patterns.size() && Irrefutable(alt)) {
          const ast::Pattern& core = IrrefutableCore(alt);
          if (core.name.empty()) {
            Error("wildcard makes remaining patterns unreachable",
                  SpanOf(core));
          } else {
            Error(absl::StrFormat(
                      "name capture '%s' makes remaining patterns unreachable",
                      core.name),
                  SpanOf(core));
          }
          return false;
        }
        std::vector<std::string> alt_names = *names;
        if (!CheckPatternNames(alt, &alt_names)) return false;
        std::vector<std::string> bound(alt_names.begin() + names->size(),
                                       alt_names.end());
        std::sort(bound.begin(), bound.end());
        if (i == 0) {
          first = std::move(bound);
        } else if (bound != first) {
          Error("alternative patterns bind different names", SpanOf(alt));
          return false;
        }
      }
      names->insert(names->end(), first.begin(), first.end());
      return true;
    }
  }
  return true;
}

}  // namespace interp::parser_internal
