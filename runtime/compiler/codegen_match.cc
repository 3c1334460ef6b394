// The match statement (PEP 634). The subject is evaluated once into a
// temporary; each case's pattern compiles to tests that jump to the case's
// failure label, binding captures as they succeed (a failed case may leave
// some names bound, which PEP 634 allows). The type tests, lengths, mapping
// lookups and class attribute fetches are the kMatch instruction's
// sub-operations (vm/pattern_match.cc); everything else reuses ordinary
// instructions (comparisons, unpacking, stores).

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/compiler/codegen.h"
#include "runtime/objects/protocols.h"

namespace interp::compiler {

void Compiler::EmitMatch(MatchOp op, int a, int b, int c, int n) {
  EmitABC(Op::kMatch, a, b, c);
  EmitExtra(static_cast<uint32_t>(op) | (static_cast<uint32_t>(n) << 8));
}

void Compiler::NamesTupleTo(const std::vector<std::string>& names, int reg) {
  std::vector<const std::string*> ptrs;
  ptrs.reserve(names.size());
  for (const std::string& n : names) ptrs.push_back(&n);
  EmitABx(Op::kLoadK, reg, KwnamesConst(ptrs));
}

void Compiler::MatchStmt(const ast::Match& s) {
  int mark = fs_->top;
  int subject = AllocTemp();
  ExprTo(*s.subject, subject);
  int end = NewLabel();
  const RegSet s0 = fs_->assigned;
  const bool u0 = fs_->unreachable;
  std::vector<std::pair<RegSet, bool>> ends;
  for (const ast::MatchCase& c : s.cases) {
    fs_->assigned = s0;
    fs_->unreachable = u0;
    int fail = NewLabel();
    {
      LineScope ls(this, fs_, *c.pattern);
      PatternMatch(*c.pattern, subject, fail);
    }
    if (c.guard != nullptr) {
      LineScope ls(this, fs_, *c.guard);
      CondJump(*c.guard, false, fail);
    }
    Body(c.body);
    ends.emplace_back(fs_->assigned, fs_->unreachable);
    if (!fs_->unreachable) EmitJump(end);
    Bind(fail);
  }
  // No case matched: the state before the statement.
  fs_->assigned = s0;
  fs_->unreachable = u0;
  Bind(end);
  for (const auto& [assigned, unreachable] : ends) {
    MergeState(assigned, unreachable);
  }
  FreeTo(mark);
}

void Compiler::PatternMatch(const ast::Pattern& p, int subject, int fail) {
  if (failed()) return;
  int mark = fs_->top;
  switch (p.kind) {
    case ast::PatternKind::kValue:
    case ast::PatternKind::kSingleton: {
      int v = AllocTemp();
      ExprTo(*p.value, v);
      SetSpan(p);
      EmitCmpJump(Op::kJumpIfNotCmp, subject, v,
                  p.kind == ast::PatternKind::kValue ? CmpOp::kEq : CmpOp::kIs,
                  fail);
      break;
    }
    case ast::PatternKind::kAs:
      if (!p.patterns.empty()) PatternMatch(*p.patterns[0], subject, fail);
      if (!p.name.empty()) StoreNameFrom(p.name, subject);
      break;
    case ast::PatternKind::kStar:
      // Only inside a sequence pattern (the parser guarantees it).
      if (!p.name.empty()) StoreNameFrom(p.name, subject);
      break;
    case ast::PatternKind::kSequence:
      SequencePattern(p, subject, fail);
      break;
    case ast::PatternKind::kMapping:
      MappingPattern(p, subject, fail);
      break;
    case ast::PatternKind::kClass:
      ClassPattern(p, subject, fail);
      break;
    case ast::PatternKind::kOr:
      OrPattern(p, subject, fail);
      break;
  }
  FreeTo(mark);
}

void Compiler::SequencePattern(const ast::Pattern& p, int subject, int fail) {
  const size_t n = p.patterns.size();
  int star = -1;
  for (size_t i = 0; i < n; ++i) {
    if (p.patterns[i]->kind == ast::PatternKind::kStar)
      star = static_cast<int>(i);
  }
  if (n > static_cast<size_t>(kMaxDisplayRegs) * 4) {
    FailComplex();
    return;
  }
  int test = AllocTemp();
  SetSpan(p);
  EmitMatch(MatchOp::kIsSequence, test, subject, 0);
  EmitJumpIf(false, test, fail);
  // `[*_]` matches any sequence: no length test, nothing to unpack.
  if (n == 1 && star == 0 && p.patterns[0]->name.empty()) return;
  int want = AllocTemp();
  EmitMatch(MatchOp::kLen, test, subject, 0);
  EmitAsBx(Op::kLoadInt, want, static_cast<int>(star < 0 ? n : n - 1));
  EmitCmpJump(Op::kJumpIfNotCmp, test, want, star < 0 ? CmpOp::kEq : CmpOp::kGe,
              fail);
  if (n == 0) return;
  int base = AllocTemps(static_cast<int>(n));
  if (star < 0) {
    EmitABC(Op::kUnpack, base, subject, static_cast<int>(n));
  } else {
    uint32_t before = static_cast<uint32_t>(star);
    uint32_t after = static_cast<uint32_t>(n) - before - 1;
    EmitABC(Op::kUnpackEx, base, subject, 0);
    EmitExtra(before | (after << 8));
  }
  for (size_t i = 0; i < n; ++i) {
    PatternMatch(*p.patterns[i], base + static_cast<int>(i), fail);
  }
}

void Compiler::MappingPattern(const ast::Pattern& p, int subject, int fail) {
  const size_t n = p.keys.size();
  if (n > static_cast<size_t>(kMaxDisplayRegs) * 4) {
    FailComplex();
    return;
  }
  // Literal keys given twice are a compile-time error, as in CPython.
  for (size_t i = 0; i < n; ++i) {
    if (!p.keys[i]->Is<ast::Constant>()) continue;
    const auto& a = p.keys[i]->As<ast::Constant>();
    for (size_t j = 0; j < i; ++j) {
      if (!p.keys[j]->Is<ast::Constant>()) continue;
      const auto& b = p.keys[j]->As<ast::Constant>();
      bool same = a.ckind == b.ckind && a.int_value == b.int_value &&
                  a.str_value == b.str_value &&
                  ((a.ckind != ast::ConstKind::kFloat &&
                    a.ckind != ast::ConstKind::kComplex) ||
                   a.float_value == b.float_value);
      if (!same) continue;
      std::string shown = "...";
      if (a.ckind == ast::ConstKind::kStr) {
        Value r = Repr(ts_, Value::Obj(Intern(a.str_value)));
        if (r.IsObject()) shown = std::string(As<Str>(r)->view());
      } else if (a.ckind == ast::ConstKind::kInt) {
        shown = absl::StrCat(a.int_value);
      } else if (a.ckind == ast::ConstKind::kNone) {
        shown = "None";
      } else if (a.ckind == ast::ConstKind::kTrue) {
        shown = "True";
      } else if (a.ckind == ast::ConstKind::kFalse) {
        shown = "False";
      }
      Fail(p,
           absl::StrCat("mapping pattern checks duplicate key (", shown, ")"));
      return;
    }
  }
  int test = AllocTemp();
  SetSpan(p);
  EmitMatch(MatchOp::kIsMapping, test, subject, 0);
  EmitJumpIf(false, test, fail);
  if (n == 0 && p.name.empty()) return;
  int keys = AllocTemp();
  int key_base = AllocTemps(static_cast<int>(n));
  for (size_t i = 0; i < n; ++i) {
    ExprTo(*p.keys[i], key_base + static_cast<int>(i));
  }
  SetSpan(p);
  EmitABC(Op::kBuildTuple, keys, key_base, static_cast<int>(n));
  if (n > 0) {
    int want = key_base;  // the keys are in the tuple now
    EmitMatch(MatchOp::kLen, test, subject, 0);
    EmitAsBx(Op::kLoadInt, want, static_cast<int>(n));
    EmitCmpJump(Op::kJumpIfNotCmp, test, want, CmpOp::kGe, fail);
    EmitMatch(MatchOp::kKeys, test, subject, keys);
    int none = key_base;
    EmitABC(Op::kLoadNone, none, 0, 0);
    EmitCmpJump(Op::kJumpIfNotCmp, test, none, CmpOp::kIsNot, fail);
    EmitABC(Op::kUnpack, key_base, test, static_cast<int>(n));
    for (size_t i = 0; i < n; ++i) {
      PatternMatch(*p.patterns[i], key_base + static_cast<int>(i), fail);
    }
  }
  if (!p.name.empty()) {
    SetSpan(p);
    EmitMatch(MatchOp::kRest, test, subject, keys);
    StoreNameFrom(p.name, test);
  }
}

void Compiler::ClassPattern(const ast::Pattern& p, int subject, int fail) {
  const size_t npos = p.patterns.size();
  const size_t total = npos + p.kwd_patterns.size();
  if (total > static_cast<size_t>(kMaxDisplayRegs) * 4 || npos > 0xffff) {
    FailComplex();
    return;
  }
  int pair = AllocTemps(2);  // subject, class: kMatch kClass reads both
  EmitMove(pair, subject);
  ExprTo(*p.value, pair + 1);
  int names = AllocTemp();
  NamesTupleTo(p.kwd_attrs, names);
  int result = AllocTemp();
  SetSpan(p);
  EmitMatch(MatchOp::kClass, result, pair, names, static_cast<int>(npos));
  EmitABC(Op::kLoadNone, names, 0, 0);
  EmitCmpJump(Op::kJumpIfNotCmp, result, names, CmpOp::kIsNot, fail);
  if (total == 0) return;
  int base = AllocTemps(static_cast<int>(total));
  EmitABC(Op::kUnpack, base, result, static_cast<int>(total));
  for (size_t i = 0; i < npos; ++i) {
    PatternMatch(*p.patterns[i], base + static_cast<int>(i), fail);
  }
  for (size_t i = 0; i < p.kwd_patterns.size(); ++i) {
    PatternMatch(*p.kwd_patterns[i], base + static_cast<int>(npos + i), fail);
  }
}

void Compiler::OrPattern(const ast::Pattern& p, int subject, int fail) {
  int success = NewLabel();
  const RegSet before = fs_->assigned;
  const bool unreachable_before = fs_->unreachable;
  std::vector<std::pair<RegSet, bool>> ends;
  for (size_t i = 0; i < p.patterns.size(); ++i) {
    fs_->assigned = before;
    fs_->unreachable = unreachable_before;
    bool last = i + 1 == p.patterns.size();
    int alt_fail = last ? fail : NewLabel();
    PatternMatch(*p.patterns[i], subject, alt_fail);
    ends.emplace_back(fs_->assigned, fs_->unreachable);
    if (!last) {
      EmitJump(success);
      Bind(alt_fail);
    }
  }
  Bind(success);
  fs_->assigned = ends.back().first;
  fs_->unreachable = ends.back().second;
  for (size_t i = 0; i + 1 < ends.size(); ++i) {
    MergeState(ends[i].first, ends[i].second);
  }
}

}  // namespace interp::compiler
