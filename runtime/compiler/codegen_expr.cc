// Expressions: compiled into a destination register (ExprTo), into any
// register that holds the value (ExprAny: a bound local's own register
// costs nothing), or straight into control flow (CondJump: fused
// compare-and-branch for `if a < b:` / `while i < n:`).
#include <string>
#include <vector>

#include "runtime/compiler/codegen.h"
#include "runtime/objects/tuple.h"

namespace interp::compiler {

namespace {

bool HasStarred(const std::vector<ast::ExprPtr>& elts) {
  for (const ast::ExprPtr& e : elts) {
    if (e->Is<ast::Starred>()) return true;
  }
  return false;
}

// Expressions that write their destination before they are done reading
// their operands; compiled into a temporary when the destination is a
// named variable that an operand might read (`x = y and x`).
bool SafeForNamedDest(const ast::Expr& e) {
  switch (e.kind) {
    case ast::ExprKind::kBoolOp:
    case ast::ExprKind::kIfExp:
    case ast::ExprKind::kNamedExpr:
      return false;
    case ast::ExprKind::kCompare:
      return e.As<ast::Compare>().ops.size() == 1;
    case ast::ExprKind::kList: {
      const auto& l = e.As<ast::List>();
      return !HasStarred(l.elts) &&
             l.elts.size() <= static_cast<size_t>(kMaxDisplayRegs);
    }
    case ast::ExprKind::kTuple: {
      const auto& t = e.As<ast::Tuple>();
      return !HasStarred(t.elts) &&
             t.elts.size() <= static_cast<size_t>(kMaxDisplayRegs);
    }
    case ast::ExprKind::kSet: {
      const auto& s = e.As<ast::Set>();
      return !HasStarred(s.elts) &&
             s.elts.size() <= static_cast<size_t>(kMaxDisplayRegs);
    }
    case ast::ExprKind::kDict: {
      const auto& d = e.As<ast::Dict>();
      for (const ast::ExprPtr& k : d.keys) {
        if (k == nullptr) return false;
      }
      return d.keys.size() <= static_cast<size_t>(kMaxDisplayRegs / 2);
    }
    default:
      return true;
  }
}

// Truthiness of a literal, when the expression is one.
bool ConstTruth(const ast::Expr& e, bool* truth) {
  FoldedConst fc;
  if (FoldConstant(e, &fc)) {
    *truth = fc.kind == FoldedConst::kInt ? fc.i != 0 : fc.f != 0.0;
    return true;
  }
  if (!e.Is<ast::Constant>()) return false;
  const auto& c = e.As<ast::Constant>();
  switch (c.ckind) {
    case ast::ConstKind::kNone:
    case ast::ConstKind::kFalse:
      *truth = false;
      return true;
    case ast::ConstKind::kTrue:
    case ast::ConstKind::kEllipsis:
      *truth = true;
      return true;
    case ast::ConstKind::kStr:
    case ast::ConstKind::kBytes:
      *truth = !c.str_value.empty();
      return true;
    default:
      return false;
  }
}

int ConversionFlags(int conversion) {
  switch (conversion) {
    case 's':
      return 1;
    case 'r':
      return 2;
    case 'a':
      return 3;
    default:
      return 0;
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// Names

std::string Compiler::Mangled(std::string_view id) const {
  return Mangle(fs_->scope->private_name, id);
}

int Compiler::AttrIndex(std::string_view attr) {
  return NameIndex(Mangled(attr));
}

const Symbol* Compiler::Lookup(const std::string& id) const {
  return fs_->scope->Find(Mangled(id));
}

NameKind Compiler::KindOf(const std::string& id) const {
  if (const Symbol* s = Lookup(id)) return s->kind;
  return fs_->scope->kind == ScopeKind::kClass ? NameKind::kName
                                               : NameKind::kGlobal;
}

void Compiler::EnsureBound(int reg) {
  if (fs_->unreachable || fs_->assigned.test(reg)) return;
  EmitABx(Op::kCheckBound, reg, reg);
  fs_->assigned.set(reg);
}

int Compiler::LocalReg(const std::string& id) {
  const Symbol* s = Lookup(id);
  if (s == nullptr || s->kind != NameKind::kLocal) return -1;
  EnsureBound(s->reg);
  return s->reg;
}

void Compiler::LoadNameTo(const std::string& source_id, int dest) {
  std::string id = Mangled(source_id);
  const Symbol* s = Lookup(id);
  switch (KindOf(id)) {
    case NameKind::kLocal:
      EnsureBound(s->reg);
      EmitMove(dest, s->reg);
      break;
    case NameKind::kCell:
      EmitABC(Op::kLoadDeref, dest, s->reg, 1);
      break;
    case NameKind::kFree:
      EmitABC(Op::kLoadDeref, dest, s->reg, 0);
      break;
    case NameKind::kGlobal:
      EmitABx(Op::kLoadGlobal, dest, NameIndex(id));
      EmitExtra(static_cast<uint32_t>(GlobalIC(NameIndex(id))));
      break;
    case NameKind::kName:
      EmitABx(Op::kLoadName, dest, NameIndex(id));
      break;
  }
}

void Compiler::StoreNameFrom(const std::string& source_id, int src) {
  std::string id = Mangled(source_id);
  const Symbol* s = Lookup(id);
  switch (KindOf(id)) {
    case NameKind::kLocal:
      EmitMove(s->reg, src);
      fs_->assigned.set(s->reg);
      break;
    case NameKind::kCell:
    case NameKind::kFree:
      EmitABC(Op::kStoreDeref, s->reg, src, 0);
      break;
    case NameKind::kGlobal:
      EmitABx(Op::kStoreGlobal, src, NameIndex(id));
      break;
    case NameKind::kName:
      EmitABx(Op::kStoreName, src, NameIndex(id));
      break;
  }
}

void Compiler::DeleteName(const std::string& source_id) {
  std::string id = Mangled(source_id);
  const Symbol* s = Lookup(id);
  switch (KindOf(id)) {
    case NameKind::kLocal:
      EmitABx(Op::kDelLocal, s->reg, s->reg);
      fs_->assigned.reset(s->reg);
      break;
    case NameKind::kCell:
      EmitABC(Op::kDelDeref, s->reg, 0, 1);
      break;
    case NameKind::kFree:
      EmitABC(Op::kDelDeref, s->reg, 0, 0);
      break;
    case NameKind::kGlobal:
      EmitABx(Op::kDelGlobal, 0, NameIndex(id));
      break;
    case NameKind::kName:
      EmitABx(Op::kDelName, 0, NameIndex(id));
      break;
  }
}

// ---------------------------------------------------------------------------
// Operands

int Compiler::SmallConstOperand(const ast::Expr& e) {
  int k = -1;
  FoldedConst fc;
  if (FoldConstant(e, &fc)) {
    k = fc.kind == FoldedConst::kInt ? IntConst(fc.i) : FloatConst(fc.f);
  } else if (e.Is<ast::Constant>()) {
    const auto& c = e.As<ast::Constant>();
    switch (c.ckind) {
      case ast::ConstKind::kNone:
        k = NoneConst();
        break;
      case ast::ConstKind::kTrue:
      case ast::ConstKind::kFalse:
        k = BoolConst(c.ckind == ast::ConstKind::kTrue);
        break;
      case ast::ConstKind::kStr:
        k = StrConst(c.str_value);
        break;
      default:
        break;
    }
  }
  return k >= 0 && k <= 255 ? k : -1;
}

int Compiler::SmallIndex(const ast::Expr& e) {
  if (!e.Is<ast::Constant>()) return -1;
  const auto& c = e.As<ast::Constant>();
  if (c.ckind != ast::ConstKind::kInt || c.int_value < 0 || c.int_value > 255) {
    return -1;
  }
  return static_cast<int>(c.int_value);
}

// ---------------------------------------------------------------------------
// Entry points

int Compiler::LocalRegOrNeg(const ast::Expr& e) const {
  if (!e.Is<ast::Name>()) return -1;
  const Symbol* s = Lookup(e.As<ast::Name>().id);
  return s != nullptr && s->kind == NameKind::kLocal ? s->reg : -1;
}

int Compiler::OperandInto(const ast::Expr& e, int dest) {
  if (LocalRegOrNeg(e) >= 0 || !IsTemp(dest)) return ExprAny(e);
  ExprTo(e, dest);
  return dest;
}

int Compiler::ExprAny(const ast::Expr& e) {
  if (e.Is<ast::Name>()) {
    const Symbol* s = Lookup(e.As<ast::Name>().id);
    if (s != nullptr && s->kind == NameKind::kLocal) {
      LineScope ls(this, fs_, e);
      EnsureBound(s->reg);
      return s->reg;
    }
  }
  int t = AllocTemp();
  ExprTo(e, t);
  return t;
}

void Compiler::ExprTo(const ast::Expr& e, int dest) {
  LineScope ls(this, fs_, e);
  int mark = fs_->top;
  bool display = e.Is<ast::List>() || e.Is<ast::Tuple>() || e.Is<ast::Set>() ||
                 e.Is<ast::Dict>();
  if (!IsTemp(dest) &&
      (!SafeForNamedDest(e) || (display && HighPressure(kMaxDisplayRegs)))) {
    int t = AllocTemp();
    ExprDispatch(e, t);
    EmitMove(dest, t);
  } else {
    ExprDispatch(e, dest);
  }
  FreeTo(mark);
}

void Compiler::ExprDispatch(const ast::Expr& e, int dest) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::kConstant:
      ConstantTo(e.As<ast::Constant>(), dest);
      break;
    case K::kName:
      LoadNameTo(e.As<ast::Name>().id, dest);
      break;
    case K::kAttribute: {
      const auto& a = e.As<ast::Attribute>();
      int obj = OperandInto(*a.value, dest);
      SetSpan(AttrSpan(e, a));
      EmitABC(Op::kGetAttr, dest, obj, 0);
      EmitExtra(AttrExtra(Op::kGetAttr, AttrIndex(a.attr)));
      break;
    }
    case K::kSubscript: {
      const auto& s = e.As<ast::Subscript>();
      int obj = OperandInto(*s.value, dest);
      int idx = SmallIndex(*s.slice);
      if (idx >= 0) {
        EmitABC(Op::kGetItemI, dest, obj, idx);
      } else {
        int key = ExprAny(*s.slice);
        EmitABC(Op::kGetItem, dest, obj, key);
      }
      break;
    }
    case K::kSlice: {
      const auto& s = e.As<ast::Slice>();
      int base = AllocTemps(3);
      const ast::Expr* parts[3] = {s.lower.get(), s.upper.get(), s.step.get()};
      for (int i = 0; i < 3; ++i) {
        if (parts[i] != nullptr) {
          ExprTo(*parts[i], base + i);
        } else {
          EmitABC(Op::kLoadNone, base + i, 0, 0);
        }
      }
      EmitABC(Op::kBuildSlice, dest, base, 0);
      break;
    }
    case K::kCall:
      CallTo(e.As<ast::Call>(), dest);
      break;
    case K::kBinOp:
      BinOpTo(e.As<ast::BinOp>(), dest);
      break;
    case K::kUnaryOp: {
      const auto& u = e.As<ast::UnaryOp>();
      FoldedConst fc;
      if (FoldConstant(e, &fc)) {
        if (fc.kind == FoldedConst::kInt && fc.i >= -32767 && fc.i <= 32768) {
          EmitAsBx(Op::kLoadInt, dest, static_cast<int>(fc.i));
        } else {
          EmitABx(
              Op::kLoadK, dest,
              fc.kind == FoldedConst::kInt ? IntConst(fc.i) : FloatConst(fc.f));
        }
        break;
      }
      int r = OperandInto(*u.operand, dest);
      Op op = Op::kNot;
      switch (u.op) {
        case ast::UnaryOpKind::kNot:
          op = Op::kNot;
          break;
        case ast::UnaryOpKind::kUSub:
          op = Op::kNeg;
          break;
        case ast::UnaryOpKind::kUAdd:
          op = Op::kPos;
          break;
        case ast::UnaryOpKind::kInvert:
          op = Op::kInvert;
          break;
      }
      EmitABC(op, dest, r, 0);
      break;
    }
    case K::kBoolOp: {
      const auto& b = e.As<ast::BoolOp>();
      int end = NewLabel();
      for (size_t i = 0; i < b.values.size(); ++i) {
        ExprTo(*b.values[i], dest);
        if (i + 1 < b.values.size()) {
          EmitJumpIf(b.op == ast::BoolOpKind::kOr, dest, end);
        }
      }
      Bind(end);
      break;
    }
    case K::kCompare:
      CompareTo(e.As<ast::Compare>(), dest);
      break;
    case K::kNamedExpr: {
      const auto& n = e.As<ast::NamedExpr>();
      ExprTo(*n.value, dest);
      StoreNameFrom(n.target->As<ast::Name>().id, dest);
      break;
    }
    case K::kIfExp: {
      const auto& i = e.As<ast::IfExp>();
      int orelse = NewLabel(), end = NewLabel();
      CondJump(*i.test, false, orelse);
      ExprTo(*i.body, dest);
      EmitJump(end);
      Bind(orelse);
      ExprTo(*i.orelse, dest);
      Bind(end);
      break;
    }
    case K::kLambda: {
      const auto& l = e.As<ast::Lambda>();
      Scope* child = scopes_->ScopeOf(&e);
      if (child == nullptr) {
        FailComplex();
        break;
      }
      int code = CompileLambdaCode(child, l);
      MakeFunctionTo(child, &l.args, code, dest);
      break;
    }
    case K::kList:
      ListTo(e.As<ast::List>().elts, dest);
      break;
    case K::kTuple:
      TupleTo(e.As<ast::Tuple>(), dest);
      break;
    case K::kSet:
      SetTo(e.As<ast::Set>(), dest);
      break;
    case K::kDict:
      DictTo(e.As<ast::Dict>(), dest);
      break;
    case K::kListComp:
      ComprehensionTo(e, e.As<ast::ListComp>().generators, dest);
      break;
    case K::kSetComp:
      ComprehensionTo(e, e.As<ast::SetComp>().generators, dest);
      break;
    case K::kDictComp:
      ComprehensionTo(e, e.As<ast::DictComp>().generators, dest);
      break;
    case K::kJoinedStr:
      JoinedStrTo(e.As<ast::JoinedStr>(), dest);
      break;
    case K::kFormattedValue:
      FormattedTo(e.As<ast::FormattedValue>(), dest);
      break;
    case K::kStarred:
      Fail(e, "can't use starred expression here");
      break;
    case K::kGeneratorExp:
      ComprehensionTo(e, e.As<ast::GeneratorExp>().generators, dest);
      break;
    case K::kYield: {
      const auto& y = e.As<ast::Yield>();
      int mark = fs_->top;
      int v;
      if (y.value) {
        v = ExprAny(*y.value);
      } else {
        v = AllocTemp();
        EmitABC(Op::kLoadNone, v, 0, 0);
      }
      SetSpan(e);
      if (fs_->scope->is_async_generator) {
        // The value goes to the consumer, marked so that the __anext__
        // awaitable tells it from what an `await` inside passes up.
        int w = AllocTemp();
        EmitABC(Op::kAsync, w, v, static_cast<int>(AsyncOp::kWrapValue));
        v = w;
      }
      EmitABC(Op::kYield, v, dest, 0);
      FreeTo(mark);
      break;
    }
    case K::kAwait: {
      int mark = fs_->top;
      int it = AllocTemp();
      ExprTo(*e.As<ast::Await>().value, it);
      SetSpan(e);
      EmitAwait(it);
      EmitMove(dest, it);
      FreeTo(mark);
      break;
    }
    case K::kYieldFrom: {
      int mark = fs_->top;
      int it = AllocTemp();
      ExprTo(*e.As<ast::YieldFrom>().value, it);
      SetSpan(e);
      EmitABC(Op::kGetIter, it, it, 0);
      int r = AllocTemp();
      EmitABC(Op::kLoadNone, r, 0, 0);
      EmitABC(Op::kYieldFrom, it, r, 0);
      EmitMove(dest, r);
      FreeTo(mark);
      break;
    }
  }
}

// ---------------------------------------------------------------------------
// Leaves and operators

void Compiler::ConstantTo(const ast::Constant& c, int dest) {
  switch (c.ckind) {
    case ast::ConstKind::kNone:
      EmitABC(Op::kLoadNone, dest, 0, 0);
      break;
    case ast::ConstKind::kTrue:
      EmitABC(Op::kLoadBool, dest, 1, 0);
      break;
    case ast::ConstKind::kFalse:
      EmitABC(Op::kLoadBool, dest, 0, 0);
      break;
    case ast::ConstKind::kInt:
      if (c.int_value >= -32767 && c.int_value <= 32768) {
        EmitAsBx(Op::kLoadInt, dest, static_cast<int>(c.int_value));
      } else {
        EmitABx(Op::kLoadK, dest, IntConst(c.int_value));
      }
      break;
    case ast::ConstKind::kFloat:
      EmitABx(Op::kLoadK, dest, FloatConst(c.float_value));
      break;
    case ast::ConstKind::kStr:
      EmitABx(Op::kLoadK, dest, StrConst(c.str_value));
      break;
    case ast::ConstKind::kEllipsis:
      EmitABx(Op::kLoadBuiltin, dest, NameIndex("Ellipsis"));
      break;
    case ast::ConstKind::kBigInt:
      if (!BigIntLiteralFits(c)) break;
      EmitABx(Op::kLoadK, dest, BigIntConst(c.str_value));
      break;
    case ast::ConstKind::kBytes:
      EmitABx(Op::kLoadK, dest, BytesConst(c.str_value));
      break;
    case ast::ConstKind::kComplex:
      EmitABx(Op::kLoadK, dest, ImaginaryConst(c.float_value));
      break;
  }
}

void Compiler::BinOpTo(const ast::BinOp& b, int dest) {
  FoldedConst fc;
  if (FoldConstant(b, &fc)) {
    if (fc.kind == FoldedConst::kInt && fc.i >= -32767 && fc.i <= 32768) {
      EmitAsBx(Op::kLoadInt, dest, static_cast<int>(fc.i));
    } else {
      EmitABx(Op::kLoadK, dest,
              fc.kind == FoldedConst::kInt ? IntConst(fc.i) : FloatConst(fc.f));
    }
    return;
  }
  if (b.op == ast::BinOpKind::kMatMult) {
    // matmul-op(left, right): a builtin runs the protocol (no opcode).
    int mark = fs_->top;
    int base = IsTopTemp(dest) ? dest : AllocTemp();
    EmitABx(Op::kLoadGlobal, base, NameIndex("matmul-op"));
    EmitExtra(static_cast<uint32_t>(GlobalIC(NameIndex("matmul-op"))));
    ExprTo(*b.left, AllocTemp());
    ExprTo(*b.right, AllocTemp());
    SetSpan(b);
    EmitABC(Op::kCall, base, 2, 0);
    EmitMove(dest, base);
    FreeTo(mark);
    return;
  }
  int op = static_cast<int>(ToBinOp(b.op));
  // Accumulating into a temporary destination keeps left-nested chains
  // (a + b + c + ...) at one temporary instead of one per operator.
  int l = OperandInto(*b.left, dest);
  // The K forms cover + - * / // % ** (BinOp order = opcode order).
  if (op <= static_cast<int>(BinOp::kPow)) {
    int k = SmallConstOperand(*b.right);
    if (k >= 0) {
      EmitABC(static_cast<Op>(static_cast<int>(Op::kAddK) + op), dest, l, k);
      return;
    }
  }
  int r = ExprAny(*b.right);
  EmitABC(static_cast<Op>(static_cast<int>(Op::kAdd) + op), dest, l, r);
}

void Compiler::CompareTo(const ast::Compare& c, int dest) {
  int l = ExprAny(*c.left);
  int end = c.ops.size() > 1 ? NewLabel() : -1;
  for (size_t i = 0; i < c.ops.size(); ++i) {
    int r = ExprAny(*c.comparators[i]);
    EmitABC(Op::kCompare, dest, l, r);
    EmitExtra(static_cast<uint32_t>(ToCmpOp(c.ops[i])));
    if (i + 1 < c.ops.size()) EmitJumpIf(false, dest, end);
    l = r;
  }
  if (end >= 0) Bind(end);
}

// Positions follow CPython 3.11: the truth tests of a condition are
// reported at the construct that tests it (the current span: statement,
// conditional expression, comprehension), since `not` and `and`/`or` have
// no position of their own there; but compiling a comparison leaves its
// position as the current one for what follows in that construct, so
// `if a == b and c:` reports c's truth test at `a == b` (and a failing
// `assert x == 1` at `x == 1`). The enclosing LineScope ends the effect.
void Compiler::CondJump(const ast::Expr& e, bool jump_if, int label) {
  int mark = fs_->top;
  bool truth;
  if (e.Is<ast::UnaryOp>() &&
      e.As<ast::UnaryOp>().op == ast::UnaryOpKind::kNot) {
    CondJump(*e.As<ast::UnaryOp>().operand, !jump_if, label);
  } else if (e.Is<ast::BoolOp>()) {
    const auto& b = e.As<ast::BoolOp>();
    bool is_or = b.op == ast::BoolOpKind::kOr;
    size_t n = b.values.size();
    if (is_or == jump_if) {
      // `a or b` jumping when true / `a and b` jumping when false: any
      // operand decides.
      for (const ast::ExprPtr& v : b.values) CondJump(*v, jump_if, label);
    } else {
      int skip = NewLabel();
      for (size_t i = 0; i + 1 < n; ++i) CondJump(*b.values[i], !jump_if, skip);
      CondJump(*b.values[n - 1], jump_if, label);
      Bind(skip);
    }
  } else if (e.Is<ast::Compare>()) {
    const auto& c = e.As<ast::Compare>();
    SetSpan(e);  // not restored: see above
    int fail = jump_if ? NewLabel() : label;
    int l = ExprAny(*c.left);
    for (size_t i = 0; i < c.ops.size(); ++i) {
      CmpOp op = ToCmpOp(c.ops[i]);
      bool last = i + 1 == c.ops.size();
      int k = last ? SmallConstOperand(*c.comparators[i]) : -1;
      if (k >= 0) {
        EmitCmpJump(Op::kJumpIfNotCmpK, l, k, op, fail);
      } else {
        int r = ExprAny(*c.comparators[i]);
        EmitCmpJump(Op::kJumpIfNotCmp, l, r, op, fail);
        l = r;
      }
    }
    if (jump_if) {
      EmitJump(label);
      Bind(fail);
    }
  } else if (ConstTruth(e, &truth)) {
    if (truth == jump_if) EmitJump(label);
  } else {
    int r = ExprAny(e);
    EmitJumpIf(jump_if, r, label);
  }
  FreeTo(mark);
}

// ---------------------------------------------------------------------------
// Calls

bool Compiler::ZeroArgSuper(const ast::Call& c, int base) {
  if (!c.args.empty() || !c.keywords.empty() || !c.func->Is<ast::Name>() ||
      c.func->As<ast::Name>().id != "super") {
    return false;
  }
  Scope* s = fs_->scope;
  if (!s->IsFunction() || KindOf("super") != NameKind::kGlobal) return false;
  const Symbol* cls = s->Find("__class__");
  if (cls == nullptr || cls->kind != NameKind::kFree || s->num_positional < 1) {
    return false;
  }
  LoadNameTo("super", base);
  int t = AllocTemp();
  EmitABC(Op::kLoadDeref, t, cls->reg, 0);
  int self = AllocTemp();
  LoadNameTo(s->params[0], self);
  EmitABC(Op::kCall, base, 2, 0);
  return true;
}

void Compiler::BuildCallExArgs(const ast::Call& c, int base) {
  int pos = AllocTemp();
  int kw = AllocTemp();
  if (c.args.empty()) {
    EmitABC(Op::kBuildTuple, pos, 0, 0);
  } else {
    // CPython names the callee only when `*x` is the sole positional part.
    ListTo(c.args, pos, c.args.size() == 1 ? pos - base : 0);
  }
  if (c.keywords.empty()) {
    EmitABC(Op::kLoadNone, kw, 0, 0);
    return;
  }
  EmitABC(Op::kBuildDict, kw, 0, 0);
  // Every keyword goes through kDictUpdate with the callee operand, so a
  // name given twice (`f(x=1, **{'x': 2})`) is caught like CPython does;
  // runs of named keywords are first collected into one small dict.
  size_t i = 0;
  while (i < c.keywords.size()) {
    int m = fs_->top;
    const ast::Keyword& k = c.keywords[i];
    LineScope ls(this, fs_, k.line);
    if (k.arg.empty()) {
      int v = ExprAny(*k.value);
      SetSpan(c);  // a failed merge is reported at the call, like CPython
      EmitABC(Op::kDictUpdate, kw, v, kw - base);
      ++i;
    } else {
      size_t j = i;
      while (j < c.keywords.size() && !c.keywords[j].arg.empty() &&
             j - i < static_cast<size_t>(kMaxDisplayRegs / 2) &&
             !HighPressure(2 * static_cast<int>(j - i) + 3)) {
        ++j;
      }
      if (j == i) j = i + 1;
      int group = AllocTemp();
      int pairs = AllocTemps(2 * static_cast<int>(j - i));
      for (size_t t = i; t < j; ++t) {
        int slot = pairs + 2 * static_cast<int>(t - i);
        EmitABx(Op::kLoadK, slot, StrConst(c.keywords[t].arg));
        ExprTo(*c.keywords[t].value, slot + 1);
      }
      EmitABC(Op::kBuildDict, group, pairs, static_cast<int>(j - i));
      SetSpan(c);
      EmitABC(Op::kDictUpdate, kw, group, kw - base);
      i = j;
    }
    FreeTo(m);
  }
}

void Compiler::CallTo(const ast::Call& c, int dest) {
  int mark = fs_->top;
  int base = IsTopTemp(dest) ? dest : AllocTemp();
  bool spread = HasStarred(c.args);
  for (const ast::Keyword& k : c.keywords) spread |= k.arg.empty();
  // Calls with more arguments than fit the B/C operands go through a list.
  if (c.args.size() + c.keywords.size() > 200 ||
      HighPressure(static_cast<int>(c.args.size() + c.keywords.size()) + 2)) {
    spread = true;
  }
  size_t nargs = c.args.size(), nkw = c.keywords.size();
  std::vector<const std::string*> kwnames;
  for (const ast::Keyword& k : c.keywords) kwnames.push_back(&k.arg);

  if (spread) {
    ExprTo(*c.func, base);
    BuildCallExArgs(c, base);
    SetLine(c.line);
    EmitABC(Op::kCallEx, base, 0, 0);
  } else if (ZeroArgSuper(c, base)) {
    // Done: super(__class__, <first argument>).
  } else if (c.func->Is<ast::Attribute>()) {
    const auto& at = c.func->As<ast::Attribute>();
    int m = fs_->top;
    int obj = ExprAny(*at.value);
    if (fs_->top == m) AllocTemp();  // the self slot, base + 1
    {
      // A missing method is reported at `obj.m`, not the whole call.
      LineScope ls(this, fs_, AttrSpan(*c.func, at));
      EmitABC(Op::kLoadMethod, base, obj, 0);
      EmitExtra(AttrExtra(Op::kLoadMethod, AttrIndex(at.attr)));
    }
    for (const ast::ExprPtr& a : c.args) ExprTo(*a, AllocTemp());
    for (const ast::Keyword& k : c.keywords) ExprTo(*k.value, AllocTemp());
    SetSpan(AttrSpan(c, at));
    EmitABC(Op::kCallMethod, base, static_cast<int>(nargs),
            static_cast<int>(nkw));
    if (nkw > 0) EmitExtra(static_cast<uint32_t>(KwnamesConst(kwnames)));
  } else {
    ExprTo(*c.func, base);
    for (const ast::ExprPtr& a : c.args) ExprTo(*a, AllocTemp());
    for (const ast::Keyword& k : c.keywords) ExprTo(*k.value, AllocTemp());
    SetLine(c.line);
    EmitABC(Op::kCall, base, static_cast<int>(nargs), static_cast<int>(nkw));
    if (nkw > 0) EmitExtra(static_cast<uint32_t>(KwnamesConst(kwnames)));
  }
  EmitMove(dest, base);
  FreeTo(mark);
}

// ---------------------------------------------------------------------------
// Displays

void Compiler::ListTo(const std::vector<ast::ExprPtr>& elts, int dest,
                      int call_offset) {
  size_t n = elts.size();
  size_t prefix = 0;
  while (prefix < n && prefix < static_cast<size_t>(kMaxDisplayRegs) &&
         !HighPressure(static_cast<int>(prefix) + 1) &&
         !elts[prefix]->Is<ast::Starred>()) {
    ++prefix;
  }
  int mark = fs_->top;
  int base = AllocTemps(static_cast<int>(prefix));
  for (size_t i = 0; i < prefix; ++i)
    ExprTo(*elts[i], base + static_cast<int>(i));
  EmitABC(Op::kBuildList, dest, prefix > 0 ? base : 0,
          static_cast<int>(prefix));
  FreeTo(mark);
  for (size_t i = prefix; i < n; ++i) {
    int m = fs_->top;
    if (elts[i]->Is<ast::Starred>()) {
      LineScope ls(this, fs_, elts[i]->line);
      int r = ExprAny(*elts[i]->As<ast::Starred>().value);
      EmitABC(Op::kListExtend, dest, r, call_offset);
    } else {
      int r = ExprAny(*elts[i]);
      EmitABC(Op::kListAppend, dest, r, 0);
    }
    FreeTo(m);
  }
}

bool Compiler::ConstTuple(const ast::Tuple& t, Value* out) {
  std::vector<Value> items;
  for (const ast::ExprPtr& e : t.elts) {
    FoldedConst fc;
    Value v;
    if (FoldConstant(*e, &fc)) {
      v = fc.kind == FoldedConst::kInt ? Value::Int(fc.i) : Value::Float(fc.f);
    } else if (e->Is<ast::Constant>()) {
      const auto& c = e->As<ast::Constant>();
      switch (c.ckind) {
        case ast::ConstKind::kNone:
          v = Value::None();
          break;
        case ast::ConstKind::kTrue:
        case ast::ConstKind::kFalse:
          v = Value::Bool(c.ckind == ast::ConstKind::kTrue);
          break;
        case ast::ConstKind::kStr: {
          Str* s = Intern(c.str_value);
          if (s == nullptr) return false;
          v = Value::Obj(s);
          break;
        }
        default:
          return false;
      }
    } else if (e->Is<ast::Tuple>()) {
      if (!ConstTuple(e->As<ast::Tuple>(), &v)) return false;
    } else {
      return false;
    }
    items.push_back(v);
  }
  Tuple* tuple =
      NewTupleFrom(ts_, items.data(), static_cast<uint32_t>(items.size()));
  if (tuple == nullptr) {
    oom_ = true;
    return false;
  }
  *out = Value::Obj(tuple);
  return true;
}

void Compiler::TupleTo(const ast::Tuple& t, int dest) {
  Value cv;
  if (ConstTuple(t, &cv)) {
    EmitABx(Op::kLoadK, dest, ObjConst(cv.AsObject()));
    return;
  }
  size_t n = t.elts.size();
  if (!HasStarred(t.elts) && n <= static_cast<size_t>(kMaxDisplayRegs) &&
      !HighPressure(static_cast<int>(n))) {
    int base = AllocTemps(static_cast<int>(n));
    for (size_t i = 0; i < n; ++i)
      ExprTo(*t.elts[i], base + static_cast<int>(i));
    EmitABC(Op::kBuildTuple, dest, base, static_cast<int>(n));
    return;
  }
  ListTo(t.elts, dest);
  EmitABC(Op::kListToTuple, dest, dest, 0);
}

void Compiler::SetTo(const ast::Set& s, int dest) {
  size_t n = s.elts.size();
  size_t prefix = 0;
  while (prefix < n && prefix < static_cast<size_t>(kMaxDisplayRegs) &&
         !HighPressure(static_cast<int>(prefix) + 1) &&
         !s.elts[prefix]->Is<ast::Starred>()) {
    ++prefix;
  }
  int mark = fs_->top;
  int base = AllocTemps(static_cast<int>(prefix));
  for (size_t i = 0; i < prefix; ++i)
    ExprTo(*s.elts[i], base + static_cast<int>(i));
  EmitABC(Op::kBuildSet, dest, prefix > 0 ? base : 0, static_cast<int>(prefix));
  FreeTo(mark);
  // CPython turns a display of more than two constants into a frozenset
  // constant (built twice while compiling) merged into a new set.
  bool all_const = n > 2 && prefix == n;
  for (size_t i = 0; all_const && i < n; ++i) {
    FoldedConst fc;
    all_const = s.elts[i]->Is<ast::Constant>() || FoldConstant(*s.elts[i], &fc);
  }
  if (all_const) EmitABC(Op::kSetConstLayout, dest, 0, 0);
  for (size_t i = prefix; i < n; ++i) {
    int m = fs_->top;
    if (s.elts[i]->Is<ast::Starred>()) {
      // No set-update instruction: iterate and add.
      int a = AllocTemps(4);
      ExprTo(*s.elts[i]->As<ast::Starred>().value, a);
      int body = NewLabel(), loop = NewLabel();
      EmitForPrep(a, loop);
      Bind(body);
      EmitABC(Op::kSetAdd, dest, a + 3, 0);
      Bind(loop);
      EmitForLoop(a, body);
    } else {
      int r = ExprAny(*s.elts[i]);
      EmitABC(Op::kSetAdd, dest, r, 0);
    }
    FreeTo(m);
  }
}

void Compiler::DictTo(const ast::Dict& d, int dest) {
  size_t n = d.keys.size();
  size_t prefix = 0;
  while (prefix < n && prefix < static_cast<size_t>(kMaxDisplayRegs / 2) &&
         !HighPressure(2 * static_cast<int>(prefix) + 2) &&
         d.keys[prefix] != nullptr) {
    ++prefix;
  }
  int mark = fs_->top;
  int base = AllocTemps(static_cast<int>(2 * prefix));
  for (size_t i = 0; i < prefix; ++i) {
    ExprTo(*d.keys[i], base + 2 * static_cast<int>(i));
    ExprTo(*d.values[i], base + 2 * static_cast<int>(i) + 1);
  }
  EmitABC(Op::kBuildDict, dest, prefix > 0 ? base : 0,
          static_cast<int>(prefix));
  FreeTo(mark);
  for (size_t i = prefix; i < n; ++i) {
    int m = fs_->top;
    if (d.keys[i] == nullptr) {
      int v = ExprAny(*d.values[i]);
      EmitABC(Op::kDictUpdate, dest, v, 0);
    } else {
      int k = ExprAny(*d.keys[i]);
      int v = ExprAny(*d.values[i]);
      EmitABC(Op::kDictSet, dest, k, v);
    }
    FreeTo(m);
  }
}

// ---------------------------------------------------------------------------
// f-strings

void Compiler::FormattedTo(const ast::FormattedValue& f, int dest) {
  int v = AllocTemp();
  ExprTo(*f.value, v);
  int flags = ConversionFlags(f.conversion);
  if (f.format_spec != nullptr) {
    int spec = AllocTemp();
    ExprTo(*f.format_spec, spec);
    flags |= 4;
  }
  EmitABC(Op::kFormat, dest, v, flags);
}

void Compiler::JoinedStrTo(const ast::JoinedStr& j, int dest) {
  size_t n = j.values.size();
  if (n == 0) {
    EmitABx(Op::kLoadK, dest, StrConst(""));
    return;
  }
  if (n == 1) {
    ExprDispatch(*j.values[0], dest);
    return;
  }
  // Parts are joined in chunks so long f-strings stay within the
  // register space.
  constexpr size_t kChunk = 64;
  if (n <= kChunk) {
    int base = AllocTemps(static_cast<int>(n));
    for (size_t i = 0; i < n; ++i)
      ExprTo(*j.values[i], base + static_cast<int>(i));
    EmitABC(Op::kBuildString, dest, base, static_cast<int>(n));
    return;
  }
  size_t chunks = (n + kChunk - 1) / kChunk;
  if (chunks > kChunk) {
    FailComplex();
    return;
  }
  int out = AllocTemps(static_cast<int>(chunks));
  for (size_t c = 0; c < chunks; ++c) {
    int m = fs_->top;
    size_t lo = c * kChunk, hi = std::min(n, lo + kChunk);
    int base = AllocTemps(static_cast<int>(hi - lo));
    for (size_t i = lo; i < hi; ++i) {
      ExprTo(*j.values[i], base + static_cast<int>(i - lo));
    }
    EmitABC(Op::kBuildString, out + static_cast<int>(c), base,
            static_cast<int>(hi - lo));
    FreeTo(m);
  }
  EmitABC(Op::kBuildString, dest, out, static_cast<int>(chunks));
}

// ---------------------------------------------------------------------------
// Comprehensions (nested functions, like CPython 3.11)

namespace {

bool IsRangeCall(const ast::Expr& e, NameKind range_kind) {
  if (!e.Is<ast::Call>()) return false;
  const auto& c = e.As<ast::Call>();
  return c.func->Is<ast::Name>() && c.func->As<ast::Name>().id == "range" &&
         range_kind == NameKind::kGlobal && c.keywords.empty() &&
         !HasStarred(c.args);
}

}  // namespace

void Compiler::ComprehensionTo(const ast::Expr& comp,
                               const std::vector<ast::Comprehension>& gens,
                               int dest) {
  Scope* child = scopes_->ScopeOf(&comp);
  if (child == nullptr || gens.empty()) {
    FailComplex();
    return;
  }
  int code = CompileComprehensionCode(child, comp);
  int mark = fs_->top;
  int base = IsTopTemp(dest) ? dest : AllocTemp();
  MakeFunctionTo(child, nullptr, code, base);
  int it = AllocTemp();
  const ast::Expr& iter = *gens[0].iter;
  ExprTo(iter, it);
  // iter() runs in the enclosing frame, as in CPython (so "'int' object is
  // not iterable" points there). range() is left to kForPrep's counted
  // loop: iter() of a range cannot fail.
  if (gens[0].is_async) {
    LineScope ls(this, fs_, comp);
    EmitABC(Op::kAsync, it, it, static_cast<int>(AsyncOp::kAIter));
  } else if (!IsRangeCall(iter, KindOf("range"))) {
    LineScope ls(this, fs_, comp);
    EmitABC(Op::kGetIter, it, it, 0);
  }
  SetSpan(comp);
  EmitABC(Op::kCall, base, 1, 0);
  // An asynchronous list/set/dict comprehension is a coroutine to await.
  if (child->is_coroutine && !child->is_async_generator) EmitAwait(base);
  EmitMove(dest, base);
  FreeTo(mark);
}

void Compiler::GenLoop(const std::vector<ast::Comprehension>& gens, size_t i,
                       const ast::Expr& comp, int result) {
  if (gens[i].is_async) {
    AsyncGenLoop(gens, i, comp, result);
    return;
  }
  const ast::Comprehension& g = gens[i];
  int mark = fs_->top;
  const Symbol* target = nullptr;
  if (g.target->Is<ast::Name>()) target = Lookup(g.target->As<ast::Name>().id);
  int a;
  bool aliased = false;
  if (target != nullptr && target->kind == NameKind::kLocal &&
      target->alias_base >= 0 &&
      !fs_->busy_aliases.contains(target->alias_base)) {
    a = target->alias_base;
    aliased = true;
    fs_->busy_aliases.insert(a);
  } else {
    a = AllocTemps(4);
  }
  if (i == 0) {
    EmitMove(a, 0);  // the iterator argument ".0"
  } else {
    ExprTo(*g.iter, a);
  }
  int body = NewLabel(), loop = NewLabel();
  SetSpan(comp);
  EmitForPrep(a, loop);
  Bind(body);
  if (aliased) {
    fs_->assigned.set(target->reg);
  } else {
    StoreTarget(*g.target, a + 3);
  }
  for (const ast::ExprPtr& cond : g.ifs) CondJump(*cond, false, loop);
  if (i + 1 < gens.size()) {
    GenLoop(gens, i + 1, comp, result);
  } else {
    ComprehensionElement(comp, result);
  }
  Bind(loop);
  SetSpan(comp);
  EmitForLoop(a, body);
  if (aliased) fs_->busy_aliases.erase(a);
  FreeTo(mark);
}

// The innermost step of a comprehension: append / add / set / yield.
void Compiler::ComprehensionElement(const ast::Expr& comp, int result) {
  int m = fs_->top;
  switch (comp.kind) {
    case ast::ExprKind::kListComp: {
      int v = ExprAny(*comp.As<ast::ListComp>().elt);
      SetSpan(comp);
      EmitABC(Op::kListAppend, result, v, 0);
      break;
    }
    case ast::ExprKind::kSetComp: {
      int v = ExprAny(*comp.As<ast::SetComp>().elt);
      SetSpan(comp);
      EmitABC(Op::kSetAdd, result, v, 0);
      break;
    }
    case ast::ExprKind::kGeneratorExp: {
      int v = ExprAny(*comp.As<ast::GeneratorExp>().elt);
      if (fs_->scope->is_async_generator) {
        int w = AllocTemp();
        EmitABC(Op::kAsync, w, v, static_cast<int>(AsyncOp::kWrapValue));
        v = w;
      }
      EmitABC(Op::kYield, v, v, 0);
      break;
    }
    default: {
      const auto& d = comp.As<ast::DictComp>();
      int k = ExprAny(*d.key);
      int v = ExprAny(*d.value);
      SetSpan(comp);
      EmitABC(Op::kDictSet, result, k, v);
      break;
    }
  }
  FreeTo(m);
}

// ---------------------------------------------------------------------------
// Assignment targets

void Compiler::UnpackTo(const ast::Expr& target,
                        const std::vector<ast::ExprPtr>& elts, int src) {
  size_t n = elts.size();
  int star = -1;
  for (size_t i = 0; i < n; ++i) {
    if (elts[i]->Is<ast::Starred>()) {
      if (star >= 0) {
        Fail(target, "multiple starred expressions in assignment");
        return;
      }
      star = static_cast<int>(i);
    }
  }
  int mark = fs_->top;
  int base = AllocTemps(static_cast<int>(n));
  if (star < 0) {
    EmitABC(Op::kUnpack, base, src, static_cast<int>(n));
  } else {
    size_t before = static_cast<size_t>(star), after = n - before - 1;
    if (before > 255 || after > 255) {
      Fail(target, "too many expressions in star-unpacking assignment");
      return;
    }
    EmitABC(Op::kUnpackEx, base, src, 0);
    EmitExtra(static_cast<uint32_t>(before | (after << 8)));
  }
  for (size_t i = 0; i < n; ++i) {
    const ast::Expr& t = elts[i]->Is<ast::Starred>()
                             ? *elts[i]->As<ast::Starred>().value
                             : *elts[i];
    StoreTarget(t, base + static_cast<int>(i));
  }
  FreeTo(mark);
}

void Compiler::StoreTarget(const ast::Expr& target, int src) {
  LineScope ls(this, fs_, target);
  int mark = fs_->top;
  switch (target.kind) {
    case ast::ExprKind::kName:
      StoreNameFrom(target.As<ast::Name>().id, src);
      break;
    case ast::ExprKind::kAttribute: {
      const auto& a = target.As<ast::Attribute>();
      int obj = ExprAny(*a.value);
      SetSpan(AttrSpan(target, a));
      EmitABC(Op::kSetAttr, obj, src, 0);
      EmitExtra(AttrExtra(Op::kSetAttr, AttrIndex(a.attr)));
      break;
    }
    case ast::ExprKind::kSubscript: {
      const auto& s = target.As<ast::Subscript>();
      int obj = ExprAny(*s.value);
      int idx = SmallIndex(*s.slice);
      if (idx >= 0) {
        EmitABC(Op::kSetItemI, obj, idx, src);
      } else {
        int key = ExprAny(*s.slice);
        EmitABC(Op::kSetItem, obj, key, src);
      }
      break;
    }
    case ast::ExprKind::kTuple:
      UnpackTo(target, target.As<ast::Tuple>().elts, src);
      break;
    case ast::ExprKind::kList:
      UnpackTo(target, target.As<ast::List>().elts, src);
      break;
    case ast::ExprKind::kStarred:
      Fail(target, "starred assignment target must be in a list or tuple");
      break;
    default:
      Fail(target, "cannot assign to expression");
      break;
  }
  FreeTo(mark);
}

}  // namespace interp::compiler
