// Inline fast paths of the interpreter loop (ints, floats, lists, dicts)
// and the out-of-line helpers its instructions fall back to. Each fast
// path returns false when it does not apply; the loop then calls the
// protocol slow path (protocols.h), which raises CPython's errors.
#ifndef INTERP_RUNTIME_VM_LOOP_HELPERS_H_
#define INTERP_RUNTIME_VM_LOOP_HELPERS_H_

#include <cmath>
#include <cstdint>
#include <string>

#include "runtime/compiler/opcodes.h"
#include "runtime/frames/frame_stack.h"
#include "runtime/object.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {

// Ints beyond 2**53 do not convert to double exactly; mixed arithmetic and
// true division with them go to the slow path, which rounds like CPython.
inline bool ExactDouble(int64_t i) {
  return i >= -(int64_t{1} << 53) && i <= (int64_t{1} << 53);
}

inline bool ToDoublePair(Value a, Value b, double* x, double* y) {
  if (a.IsFloat()) {
    *x = a.AsFloat();
  } else if (a.IsInt() && ExactDouble(a.AsInt())) {
    *x = static_cast<double>(a.AsInt());
  } else {
    return false;
  }
  if (b.IsFloat()) {
    *y = b.AsFloat();
  } else if (b.IsInt() && ExactDouble(b.AsInt())) {
    *y = static_cast<double>(b.AsInt());
  } else {
    return false;
  }
  return true;
}

inline bool FastAdd(Value a, Value b, Value* out) {
  if (a.IsInt() && b.IsInt()) {
    int64_t r;
    if (__builtin_add_overflow(a.AsInt(), b.AsInt(), &r)) return false;
    *out = Value::Int(r);
    return true;
  }
  if (a.IsFloat() && b.IsFloat()) {  // float code (nbody): two tests
    *out = Value::Float(a.AsFloat() + b.AsFloat());
    return true;
  }
  double x, y;
  if ((a.IsFloat() || b.IsFloat()) && ToDoublePair(a, b, &x, &y)) {
    *out = Value::Float(x + y);
    return true;
  }
  return false;
}
inline bool FastSub(Value a, Value b, Value* out) {
  if (a.IsInt() && b.IsInt()) {
    int64_t r;
    if (__builtin_sub_overflow(a.AsInt(), b.AsInt(), &r)) return false;
    *out = Value::Int(r);
    return true;
  }
  if (a.IsFloat() && b.IsFloat()) {  // float code (nbody): two tests
    *out = Value::Float(a.AsFloat() - b.AsFloat());
    return true;
  }
  double x, y;
  if ((a.IsFloat() || b.IsFloat()) && ToDoublePair(a, b, &x, &y)) {
    *out = Value::Float(x - y);
    return true;
  }
  return false;
}
inline bool FastMul(Value a, Value b, Value* out) {
  if (a.IsInt() && b.IsInt()) {
    int64_t r;
    if (__builtin_mul_overflow(a.AsInt(), b.AsInt(), &r)) return false;
    *out = Value::Int(r);
    return true;
  }
  if (a.IsFloat() && b.IsFloat()) {  // float code (nbody): two tests
    *out = Value::Float(a.AsFloat() * b.AsFloat());
    return true;
  }
  double x, y;
  if ((a.IsFloat() || b.IsFloat()) && ToDoublePair(a, b, &x, &y)) {
    *out = Value::Float(x * y);
    return true;
  }
  return false;
}
inline bool FastTrueDiv(Value a, Value b, Value* out) {
  if (a.IsFloat() && b.IsFloat() && b.AsFloat() != 0.0) {
    *out = Value::Float(a.AsFloat() / b.AsFloat());
    return true;
  }
  double x, y;
  if (!ToDoublePair(a, b, &x, &y) || y == 0.0) return false;
  *out = Value::Float(x / y);
  return true;
}
inline bool FastFloorDiv(Value a, Value b, Value* out) {
  if (a.IsInt() && b.IsInt()) {
    int64_t x = a.AsInt(), y = b.AsInt();
    if (y == 0 || (y == -1 && x == INT64_MIN)) return false;
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
    *out = Value::Int(q);
    return true;
  }
  return false;
}
inline bool FastMod(Value a, Value b, Value* out) {
  if (a.IsInt() && b.IsInt()) {
    int64_t x = a.AsInt(), y = b.AsInt();
    if (y == 0) return false;
    if (y == -1) {
      *out = Value::Int(0);
      return true;
    }
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    *out = Value::Int(r);
    return true;
  }
  return false;
}
inline bool FastNever(Value, Value, Value*) { return false; }
// `**` without errors: ints with a non-negative exponent (no overflow) and
// floats where FloatPow (protocols_arith.cc) would return pow() unchanged;
// every other case (errors, int ** negative) goes to BinaryOp.
inline bool FastPow(Value a, Value b, Value* out) {
  if (a.IsInt() && b.IsInt()) {
    int64_t exp = b.AsInt();
    if (exp < 0) return false;
    int64_t result = 1;
    int64_t base = a.AsInt();
    while (exp > 0) {
      if ((exp & 1) && __builtin_mul_overflow(result, base, &result)) {
        return false;
      }
      exp >>= 1;
      if (exp > 0 && __builtin_mul_overflow(base, base, &base)) return false;
    }
    *out = Value::Int(result);
    return true;
  }
  double x, y;
  if (!(a.IsFloat() || b.IsFloat()) || !ToDoublePair(a, b, &x, &y)) {
    return false;
  }
  if (!std::isfinite(x) || !std::isfinite(y) || x == 0.0 ||
      (x < 0.0 && y != std::floor(y))) {
    return false;
  }
  double r = std::pow(x, y);
  if (std::isinf(r)) return false;
  *out = Value::Float(r);
  return true;
}
inline bool FastLShift(Value a, Value b, Value* out) {
  if (a.IsInt() && b.IsInt()) {
    int64_t x = a.AsInt(), s = b.AsInt();
    if (s < 0 || s > 62) return false;
    int64_t r = static_cast<int64_t>(static_cast<uint64_t>(x) << s);
    if ((r >> s) != x) return false;
    *out = Value::Int(r);
    return true;
  }
  return false;
}
inline bool FastRShift(Value a, Value b, Value* out) {
  if (a.IsInt() && b.IsInt()) {
    int64_t x = a.AsInt(), s = b.AsInt();
    if (s < 0) return false;
    *out = Value::Int(s > 63 ? (x < 0 ? -1 : 0) : (x >> s));
    return true;
  }
  return false;
}
inline bool FastBitAnd(Value a, Value b, Value* out) {
  if (a.IsInt() && b.IsInt()) {
    *out = Value::Int(a.AsInt() & b.AsInt());
    return true;
  }
  return false;
}
inline bool FastBitOr(Value a, Value b, Value* out) {
  if (a.IsInt() && b.IsInt()) {
    *out = Value::Int(a.AsInt() | b.AsInt());
    return true;
  }
  return false;
}
inline bool FastBitXor(Value a, Value b, Value* out) {
  if (a.IsInt() && b.IsInt()) {
    *out = Value::Int(a.AsInt() ^ b.AsInt());
    return true;
  }
  return false;
}

// In-place operators on ints/floats behave exactly like the binary ones.
inline bool FastBinary(BinOp op, Value a, Value b, Value* out) {
  switch (op) {
    case BinOp::kAdd:
      return FastAdd(a, b, out);
    case BinOp::kSub:
      return FastSub(a, b, out);
    case BinOp::kMul:
      return FastMul(a, b, out);
    case BinOp::kTrueDiv:
      return FastTrueDiv(a, b, out);
    case BinOp::kFloorDiv:
      return FastFloorDiv(a, b, out);
    case BinOp::kMod:
      return FastMod(a, b, out);
    case BinOp::kPow:
      return FastPow(a, b, out);
    case BinOp::kLShift:
      return FastLShift(a, b, out);
    case BinOp::kRShift:
      return FastRShift(a, b, out);
    case BinOp::kBitAnd:
      return FastBitAnd(a, b, out);
    case BinOp::kBitOr:
      return FastBitOr(a, b, out);
    case BinOp::kBitXor:
      return FastBitXor(a, b, out);
    default:
      return false;
  }
}

// Truthiness of the inline types; false when the value needs Truthy().
inline bool FastTruthy(Value v, int* out) {
  switch (v.tag()) {
    case Value::kNone:
      *out = 0;
      return true;
    case Value::kBool:
    case Value::kInt:
      *out = v.AsInt() != 0;
      return true;
    case Value::kFloat:
      *out = v.AsFloat() != 0.0;
      return true;
    default:
      return false;
  }
}

// 1/0 for comparisons of ints and floats and identity tests; -1 when the
// slow path is needed.
inline int FastCompare(CmpOp op, Value a, Value b) {
  // Ints first: loop and recursion tests. Identity of two ints is equality
  // of their values (same tag, same payload).
  if (a.IsInt() && b.IsInt()) {
    int64_t x = a.AsInt(), y = b.AsInt();
    switch (op) {
      case CmpOp::kIs:
        return x == y;
      case CmpOp::kIsNot:
        return x != y;
      case CmpOp::kEq:
        return x == y;
      case CmpOp::kNe:
        return x != y;
      case CmpOp::kLt:
        return x < y;
      case CmpOp::kLe:
        return x <= y;
      case CmpOp::kGt:
        return x > y;
      case CmpOp::kGe:
        return x >= y;
      default:
        return -1;
    }
  }
  if (op == CmpOp::kIs) return a.Is(b) ? 1 : 0;
  if (op == CmpOp::kIsNot) return a.Is(b) ? 0 : 1;
  if (a.IsFloat() && b.IsFloat()) {
    double x = a.AsFloat(), y = b.AsFloat();
    switch (op) {
      case CmpOp::kEq:
        return x == y;
      case CmpOp::kNe:
        return x != y;
      case CmpOp::kLt:
        return x < y;
      case CmpOp::kLe:
        return x <= y;
      case CmpOp::kGt:
        return x > y;
      case CmpOp::kGe:
        return x >= y;
      default:
        return -1;
    }
  }
  return -1;
}

inline bool FastGetItem(RuntimeState& rt, Value cont, Value key, Value* out) {
  if (!cont.IsObject()) return false;
  Object* o = cont.AsObject();
  if (key.IsInt()) {
    int64_t i = key.AsInt();
    if (o->kind == ObjKind::kList && o->cls == rt.classes.list) {
      List* l = static_cast<List*>(o);
      if (i < 0) i += l->size;
      if (i < 0 || i >= static_cast<int64_t>(l->size)) return false;
      *out = l->items[i];
      return true;
    }
    if (o->kind == ObjKind::kTuple && o->cls == rt.classes.tuple) {
      Tuple* t = static_cast<Tuple*>(o);
      if (i < 0) i += t->size;
      if (i < 0 || i >= static_cast<int64_t>(t->size)) return false;
      *out = t->items[i];
      return true;
    }
  }
  if (o->kind == ObjKind::kDict && o->cls == rt.classes.dict &&
      IsKind(key, ObjKind::kStr)) {
    Value v = DictGetStr(reinterpret_cast<Dict*>(o),
                         static_cast<Str*>(key.AsObject()));
    if (v.IsEmpty()) return false;
    *out = v;
    return true;
  }
  return false;
}

inline bool IsExactDict(RuntimeState& rt, Value v) {
  return v.IsObject() && v.AsObject()->kind == ObjKind::kDict &&
         v.AsObject()->cls == rt.classes.dict;
}

inline bool FastSetItem(RuntimeState& rt, Value cont, Value key, Value v) {
  if (!cont.IsObject()) return false;
  Object* o = cont.AsObject();
  if (key.IsInt() && o->kind == ObjKind::kList && o->cls == rt.classes.list) {
    List* l = static_cast<List*>(o);
    int64_t i = key.AsInt();
    if (i < 0) i += l->size;
    if (i < 0 || i >= static_cast<int64_t>(l->size)) return false;
    l->items[i] = v;
    return true;
  }
  return false;
}

// --- Out-of-line helpers (ops.cc, attrs.cc, calls.cc, ...). Each returns
// Error / false with an exception pending.
Value SlowCompareValue(ThreadState& ts, CmpOp op, Value a, Value b);
int SlowCompareBool(ThreadState& ts, CmpOp op, Value a, Value b);
Value RaiseUnboundLocal(ThreadState& ts, CodeBody* body, uint32_t var);
Value RaiseUnboundDeref(ThreadState& ts, CodeBody* body, uint32_t reg,
                        bool local);
// Host instruction budget / deadline tick; false with TimeoutError pending.
bool BudgetTick(ThreadState& ts, RuntimeState& rt);
// kCallEx: spreads R[A+1] (tuple/list) and R[A+2] (dict or None) into the
// window at args; sets *nargs and *kwnames.
bool SpreadCallArgs(ThreadState& ts, Value* args, uint32_t* nargs,
                    Tuple** kwnames);
Value MakeFunction(ThreadState& ts, Frame* frame, Value* R, uint32_t a,
                   Code* code, uint32_t extra);
Value GetAttrCached(ThreadState& ts, Value obj, Str* name, InlineCache* c);
Value SetAttrCached(ThreadState& ts, Value obj, Str* name, Value v,
                    InlineCache* c);
// kLoadMethod: out[0] = method or attribute, out[1] = self or Empty.
bool LoadMethodSlow(ThreadState& ts, Value obj, Str* name, InlineCache* c,
                    Value* out);
Value BuildSet(ThreadState& ts, const Value* items, uint32_t n);
Value BuildDict(ThreadState& ts, const Value* items, uint32_t npairs);
Value ToTuple(ThreadState& ts, Value src);
// kDictUpdate. `callee` is Empty for dict displays; in a call's ** it is the
// function, for CPython's call-site messages and duplicate-keyword check.
bool DictUpdateFrom(ThreadState& ts, Dict* d, Value src, Value callee);
// kListExtend; `callee` as for DictUpdateFrom (a call whose only
// positional argument is `*x`); Empty for displays and longer argument
// lists, which CPython reports as "Value after * must be an iterable".
bool CallListExtend(ThreadState& ts, List* l, Value src, Value callee);
// `module.qualname()` (or `qualname()` for builtins), as CPython names a
// callee in call-site errors.
std::string CallableDisplayName(ThreadState& ts, Value fn);
bool Unpack(ThreadState& ts, Value* out, Value src, uint32_t n);
bool UnpackEx(ThreadState& ts, Value* out, Value src, uint32_t before,
              uint32_t after);
Value FormatValue(ThreadState& ts, Value v, uint32_t flags, Value spec);
Value BuildString(ThreadState& ts, const Value* parts, uint32_t n);
bool SetCause(ThreadState& ts, Value exc, Value cause);
int ExceptionMatches(ThreadState& ts, Value exc, Value spec);
// kExcStar (vm/exception_group.cc): C=0 matches one except* clause, C=1
// computes what the statement re-raises; false with the error pending.
bool RunExcStar(ThreadState& ts, Value* a, Value* b, uint32_t c);
bool WithEnter(ThreadState& ts, Value* out, Value mgr);
Value WithExit(ThreadState& ts, Value exit_fn, Value exc);
Value ImportFrom(ThreadState& ts, Value module, Str* name);
Value ImportStar(ThreadState& ts, Value module, Dict* globals);
Value ImportRelative(ThreadState& ts, Dict* globals, Str* name);
bool PrintExpr(ThreadState& ts, Value v);
// kAsync (coroutine.cc): writes R[A] (and R[A+1] for kAEnter) at `out`.
bool RunAsyncOp(ThreadState& ts, AsyncOp op, Value* out, Value operand);
// kMatch (pattern_match.cc): `extra` is the instruction's EXTRA word, `b`
// points at R[B], `c` is R[C].
Value RunMatchOp(ThreadState& ts, uint32_t extra, const Value* b, Value c);

}  // namespace vm
}  // namespace interp

#endif  // INTERP_RUNTIME_VM_LOOP_HELPERS_H_
