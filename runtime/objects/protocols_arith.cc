// Arithmetic and bitwise operators (protocols.h): ints (64-bit fast paths
// that promote to BigInt on overflow), floats, sequence
// concatenation/repetition, set and dict operators, str % args, and user
// __add__/__radd__/... dispatch.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/float_box.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/list.h"
#include "runtime/objects/mapping_proxy.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {

namespace {

const char* BinOpSymbol(BinOp op) {
  switch (op) {
    case BinOp::kAdd:
      return "+";
    case BinOp::kSub:
      return "-";
    case BinOp::kMul:
      return "*";
    case BinOp::kTrueDiv:
      return "/";
    case BinOp::kFloorDiv:
      return "//";
    case BinOp::kMod:
      return "%";
    case BinOp::kPow:
      return "** or pow()";
    case BinOp::kLShift:
      return "<<";
    case BinOp::kRShift:
      return ">>";
    case BinOp::kBitAnd:
      return "&";
    case BinOp::kBitOr:
      return "|";
    case BinOp::kBitXor:
      return "^";
    case BinOp::kMatMul:
      return "@";
  }
  return "?";
}

Str* ForwardName(RuntimeState& rt, BinOp op) {
  const CommonNames& n = rt.names;
  switch (op) {
    case BinOp::kAdd:
      return n.__add__;
    case BinOp::kSub:
      return n.__sub__;
    case BinOp::kMul:
      return n.__mul__;
    case BinOp::kTrueDiv:
      return n.__truediv__;
    case BinOp::kFloorDiv:
      return n.__floordiv__;
    case BinOp::kMod:
      return n.__mod__;
    case BinOp::kPow:
      return n.__pow__;
    case BinOp::kLShift:
      return n.__lshift__;
    case BinOp::kRShift:
      return n.__rshift__;
    case BinOp::kBitAnd:
      return n.__and__;
    case BinOp::kBitOr:
      return n.__or__;
    case BinOp::kBitXor:
      return n.__xor__;
    case BinOp::kMatMul:
      return rt.interned->__matmul__;
  }
  return nullptr;
}

Str* ReflectedName(RuntimeState& rt, BinOp op) {
  const CommonNames& n = rt.names;
  const RuntimeState::InternTable& d = *rt.interned;
  switch (op) {
    case BinOp::kAdd:
      return n.__radd__;
    case BinOp::kSub:
      return n.__rsub__;
    case BinOp::kMul:
      return n.__rmul__;
    case BinOp::kTrueDiv:
      return n.__rtruediv__;
    case BinOp::kFloorDiv:
      return n.__rfloordiv__;
    case BinOp::kMod:
      return n.__rmod__;
    case BinOp::kPow:
      return n.__rpow__;
    case BinOp::kLShift:
      return d.__rlshift__;
    case BinOp::kRShift:
      return d.__rrshift__;
    case BinOp::kBitAnd:
      return d.__rand__;
    case BinOp::kBitOr:
      return d.__ror__;
    case BinOp::kBitXor:
      return d.__rxor__;
    case BinOp::kMatMul:
      return d.__rmatmul__;
  }
  return nullptr;
}

Str* InplaceName(RuntimeState& rt, BinOp op) {
  const CommonNames& n = rt.names;
  const RuntimeState::InternTable& d = *rt.interned;
  switch (op) {
    case BinOp::kAdd:
      return n.__iadd__;
    case BinOp::kSub:
      return n.__isub__;
    case BinOp::kMul:
      return n.__imul__;
    case BinOp::kTrueDiv:
      return d.__itruediv__;
    case BinOp::kFloorDiv:
      return d.__ifloordiv__;
    case BinOp::kMod:
      return d.__imod__;
    case BinOp::kPow:
      return d.__ipow__;
    case BinOp::kLShift:
      return d.__ilshift__;
    case BinOp::kRShift:
      return d.__irshift__;
    case BinOp::kBitAnd:
      return d.__iand__;
    case BinOp::kBitOr:
      return d.__ior__;
    case BinOp::kBitXor:
      return d.__ixor__;
    case BinOp::kMatMul:
      return d.__imatmul__;
  }
  return nullptr;
}

Value FloatPow(ThreadState& ts, double x, double y) {
  if (x == 0.0 && y < 0.0) {
    return RaiseZeroDivisionError(ts,
                                  "0.0 cannot be raised to a negative power");
  }
  if (x < 0.0 && y != std::floor(y) && std::isfinite(y) && std::isfinite(x)) {
    // A complex root, as CPython's float.__pow__ hands this to complex.
    ComplexParts r;
    const char* error = nullptr;
    if (!ComplexPow(ComplexParts{x, 0.0}, ComplexParts{y, 0.0}, &r, &error)) {
      return RaiseOverflowError(ts, "complex exponentiation");
    }
    return NewComplex(ts, r.re, r.im);
  }
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    return RaiseOverflowError(ts, "(34, 'Numerical result out of range')");
  }
  return Value::Float(r);
}

// int ** negative int is a float power, as in CPython.
Value NegativeIntPow(ThreadState& ts, Value a, Value b) {
  double x, y;
  if (!IntToDouble(ts, a, &x) || !IntToDouble(ts, b, &y)) return Value::Error();
  return FloatPow(ts, x, y);
}

// Two 64-bit ints (or bools): the machine result when it fits, else the
// BigInt path (IntBinary) computes it exactly.
Value IntOp(ThreadState& ts, BinOp op, Value av, Value bv) {
  int64_t a = av.AsInt(), b = bv.AsInt(), r;
  switch (op) {
    case BinOp::kAdd:
      if (!__builtin_add_overflow(a, b, &r)) return Value::Int(r);
      break;
    case BinOp::kSub:
      if (!__builtin_sub_overflow(a, b, &r)) return Value::Int(r);
      break;
    case BinOp::kMul:
      if (!__builtin_mul_overflow(a, b, &r)) return Value::Int(r);
      break;
    case BinOp::kTrueDiv:
      return IntTrueDivide(ts, av, bv);
    case BinOp::kFloorDiv: {
      if (b == 0) {
        return RaiseZeroDivisionError(ts, "integer division or modulo by zero");
      }
      if (a == INT64_MIN && b == -1) break;
      int64_t q = a / b;
      if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
      return Value::Int(q);
    }
    case BinOp::kMod: {
      if (b == 0) return RaiseZeroDivisionError(ts, "integer modulo by zero");
      if (b == -1) return Value::Int(0);
      int64_t m = a % b;
      if (m != 0 && ((m < 0) != (b < 0))) m += b;
      return Value::Int(m);
    }
    case BinOp::kPow: {
      if (b < 0) return NegativeIntPow(ts, av, bv);
      int64_t result = 1, base = a, e = b;
      bool over = false;
      while (e > 0 && !over) {
        if ((e & 1) && __builtin_mul_overflow(result, base, &result)) {
          over = true;
        }
        e >>= 1;
        if (e > 0 && __builtin_mul_overflow(base, base, &base)) over = true;
      }
      if (!over) return Value::Int(result);
      break;
    }
    case BinOp::kLShift:
      if (b < 0) return RaiseValueError(ts, "negative shift count");
      if (a == 0) return Value::Int(0);
      if (b < 63) {
        r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
        if ((r >> b) == a) return Value::Int(r);
      }
      break;
    case BinOp::kRShift:
      if (b < 0) return RaiseValueError(ts, "negative shift count");
      if (b >= 64) return Value::Int(a < 0 ? -1 : 0);
      return Value::Int(a >> b);
    case BinOp::kBitAnd:
      if (av.IsBool() && bv.IsBool()) return Value::Bool(a & b);
      return Value::Int(a & b);
    case BinOp::kBitOr:
      if (av.IsBool() && bv.IsBool()) return Value::Bool(a | b);
      return Value::Int(a | b);
    case BinOp::kBitXor:
      if (av.IsBool() && bv.IsBool()) return Value::Bool(a ^ b);
      return Value::Int(a ^ b);
    case BinOp::kMatMul:
      return Value::Empty();  // (never asked: no int has @)
  }
  return IntBinary(ts, op, av, bv);
}

// Any two ints, small or big.
Value IntegerOp(ThreadState& ts, BinOp op, Value a, Value b) {
  if (a.IsIntLike() && b.IsIntLike()) return IntOp(ts, op, a, b);
  if (op == BinOp::kPow && IntSign(b) < 0) return NegativeIntPow(ts, a, b);
  return IntBinary(ts, op, a, b);
}

Value FloatOp(ThreadState& ts, BinOp op, double a, double b) {
  switch (op) {
    case BinOp::kAdd:
      return Value::Float(a + b);
    case BinOp::kSub:
      return Value::Float(a - b);
    case BinOp::kMul:
      return Value::Float(a * b);
    case BinOp::kTrueDiv:
      if (b == 0.0) return RaiseZeroDivisionError(ts, "float division by zero");
      return Value::Float(a / b);
    case BinOp::kFloorDiv: {
      if (b == 0.0) {
        return RaiseZeroDivisionError(ts, "float floor division by zero");
      }
      double mod = std::fmod(a, b);
      double div = (a - mod) / b;
      if (mod != 0.0 && ((b < 0) != (mod < 0))) div -= 1.0;
      double floordiv;
      if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, a / b);
      }
      return Value::Float(floordiv);
    }
    case BinOp::kMod: {
      if (b == 0.0) return RaiseZeroDivisionError(ts, "float modulo");
      double mod = std::fmod(a, b);
      if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) mod += b;
      } else {
        mod = std::copysign(0.0, b);
      }
      return Value::Float(mod);
    }
    case BinOp::kPow:
      return FloatPow(ts, a, b);
    default:
      return Value::Empty();
  }
}

// Repetition copies its result natively, outside any safe point. Large
// results are charged to the host budget (one item per 16 bytes) before
// they are allocated, so a budget stops "x" * 10**9 at once, and the
// deadline is checked between the doubling copies that fill them.
constexpr size_t kFillPollBytes = size_t{1} << 16;
constexpr size_t kFillBytesPerItem = 16;

bool ChargeFill(NativePoll& poll, size_t bytes) {
  return bytes < kFillPollBytes || poll.Advance(bytes / kFillBytesPerItem);
}

// `dst` starts with one unit of `unit` bytes; repeats it up to `total`
// bytes (a multiple of `unit`), doubling the copied span each step.
bool FillByDoubling(NativePoll& poll, char* dst, size_t unit, size_t total) {
  size_t filled = unit;
  while (filled < total) {
    size_t n = std::min(filled, total - filled);
    if (n >= kFillPollBytes && !poll.Advance(0)) return false;
    std::memcpy(dst + filled, dst, n);
    filled += n;
  }
  return true;
}

Value Repeat(ThreadState& ts, Value seq, int64_t n) {
  RuntimeState& rt = Rt(ts);
  if (n < 0) n = 0;
  Object* o = seq.AsObject();
  // The result is not rooted while it is filled: no script code may run.
  NativePoll poll(ts, /*at_safe_point=*/false);
  if (o->kind == ObjKind::kStr) {
    Str* s = static_cast<Str*>(o);
    if (n == 1 && o->cls == rt.classes.str) return seq;
    if (s->byte_len == 0 || n == 0) return StrValue(ts, "");
    if (n > static_cast<int64_t>(UINT32_MAX / 2) / s->byte_len) {
      // CPython's limit is the largest index; below it, memory.
      if (n > INT64_MAX / s->char_len) {
        return RaiseOverflowError(ts, "repeated string is too long");
      }
      return RaiseMemoryError(ts);
    }
    size_t total = static_cast<size_t>(s->byte_len) * n;
    if (!ChargeFill(poll, total)) return Value::Error();
    Str* r = NewStrUninit(ts, total, static_cast<uint32_t>(s->char_len * n),
                          s->is_ascii);
    if (r == nullptr) return Value::Error();
    std::memcpy(r->data, s->data, s->byte_len);
    if (!FillByDoubling(poll, r->data, s->byte_len, total)) {
      return Value::Error();
    }
    return Value::Obj(r);
  }
  uint32_t size = o->kind == ObjKind::kList ? static_cast<List*>(o)->size
                                            : static_cast<Tuple*>(o)->size;
  if (size != 0 && n > static_cast<int64_t>(1u << 27) / size) {
    return RaiseMemoryError(ts);
  }
  uint32_t total = static_cast<uint32_t>(size * n);
  if (!ChargeFill(poll, size_t{total} * sizeof(Value))) return Value::Error();
  Value* dst;
  Value result;
  List* l = nullptr;
  if (o->kind == ObjKind::kList) {
    l = NewListUninit(ts, total);
    if (l == nullptr) return Value::Error();
    dst = l->items;
    result = Value::Obj(l);
  } else {
    if (n == 1 && o->cls == rt.classes.tuple) return seq;
    Tuple* t = NewTuple(ts, total);
    if (t == nullptr) return Value::Error();
    dst = t->items;
    result = Value::Obj(t);
  }
  if (total == 0) return result;
  // Allocating runs no script code: the source is still as it was.
  const Value* items = o->kind == ObjKind::kList
                           ? static_cast<List*>(o)->items
                           : static_cast<Tuple*>(o)->items;
  std::memcpy(static_cast<void*>(dst), items, size * sizeof(Value));
  if (!FillByDoubling(poll, reinterpret_cast<char*>(dst), size * sizeof(Value),
                      size_t{total} * sizeof(Value))) {
    if (l != nullptr) l->size = 0;  // never traced half-filled
    return Value::Error();
  }
  return result;
}

bool IsSeqKind(Value v) {
  return IsKind(v, ObjKind::kStr) || IsKind(v, ObjKind::kList) ||
         IsKind(v, ObjKind::kTuple);
}

// Set algebra, preserving CPython's construction order (copy the left
// operand, then merge/filter) so printed results match.
Value SetOp(ThreadState& ts, BinOp op, Set* a, Set* b) {
  TempRoots roots(ts);
  roots.Add(SetValue(a));
  roots.Add(SetValue(b));
  switch (op) {
    case BinOp::kBitOr: {
      Set* r = SetCopy(ts, a);
      if (r == nullptr) return Value::Error();
      roots.Add(SetValue(r));
      if (!SetUpdate(ts, r, SetValue(b))) return Value::Error();
      return SetValue(r);
    }
    case BinOp::kBitAnd: {
      // Like CPython: walk the right operand unless it is the larger one
      // (the result's table, so its printed order, depends on it).
      Set* small = b;
      Set* big = a;
      if (SetSize(b) > SetSize(a)) {
        small = a;
        big = b;
      }
      Set* r = NewSet(ts);
      if (r == nullptr) return Value::Error();
      roots.Add(SetValue(r));
      uint32_t pos = 0;
      Value item;
      while (SetNext(small, &pos, &item)) {
        int c = SetContains(ts, big, item);
        if (c < 0) return Value::Error();
        if (c && SetAdd(ts, r, item) < 0) return Value::Error();
      }
      return SetValue(r);
    }
    case BinOp::kSub: {
      if ((SetSize(a) >> 2) > SetSize(b)) {
        // CPython copies a much larger left operand and removes the right
        // one's items, keeping the copy's table layout.
        Set* r = SetCopy(ts, a);
        if (r == nullptr) return Value::Error();
        roots.Add(SetValue(r));
        uint32_t pos = 0;
        Value item;
        while (SetNext(b, &pos, &item)) {
          if (SetDiscard(ts, r, item) < 0) return Value::Error();
        }
        return SetValue(r);
      }
      Set* r = NewSet(ts);
      if (r == nullptr) return Value::Error();
      roots.Add(SetValue(r));
      uint32_t pos = 0;
      Value item;
      while (SetNext(a, &pos, &item)) {
        int c = SetContains(ts, b, item);
        if (c < 0) return Value::Error();
        if (!c && SetAdd(ts, r, item) < 0) return Value::Error();
      }
      return SetValue(r);
    }
    case BinOp::kBitXor: {
      // CPython starts from a copy of the right operand and folds the left
      // one in; the table layout (so the printed order) depends on it.
      Set* r = SetCopy(ts, b);
      if (r == nullptr) return Value::Error();
      roots.Add(SetValue(r));
      uint32_t pos = 0;
      Value item;
      while (SetNext(a, &pos, &item)) {
        int c = SetDiscard(ts, r, item);
        if (c < 0) return Value::Error();
        if (!c && SetAdd(ts, r, item) < 0) return Value::Error();
      }
      return SetValue(r);
    }
    default:
      return Value::Empty();
  }
}

bool DictUpdateFrom(ThreadState& ts, Dict* d, Dict* src) {
  uint32_t pos = 0;
  Value k, v;
  while (DictNext(src, &pos, &k, &v)) {
    if (!DictSet(ts, d, k, v)) return false;
  }
  return true;
}

// Builtin behaviour; Empty when the types do not support the operator.
Value BuiltinBinary(ThreadState& ts, BinOp op, Value a, Value b) {
  RuntimeState& rt = Rt(ts);
  // int's behaviour for int subclasses' instances (their own methods had
  // their turn): the result is a plain int.
  // (Not the operand of str % x, which formats the instance itself.)
  if (IsBoxedInt(a)) a = IntPlain(ts, a);
  a = FloatPlain(a);
  if (!(op == BinOp::kMod && (IsKind(a, ObjKind::kStr) || IsBytesLike(a)))) {
    if (IsBoxedInt(b)) b = IntPlain(ts, b);
    b = FloatPlain(b);
  }
  if (a.IsError() || b.IsError()) return Value::Error();
  if (op == BinOp::kMatMul) return Value::Empty();  // no builtin type has @
  if (op == BinOp::kBitOr) {  // mappingproxy | x: a new dict, as CPython
    Value ta = MappingProxyTarget(a), tb = MappingProxyTarget(b);
    if (!ta.IsEmpty() || !tb.IsEmpty()) {
      return BinaryOp(ts, op, ta.IsEmpty() ? a : ta, tb.IsEmpty() ? b : tb);
    }
  }
  if (a.IsIntLike() && b.IsIntLike()) return IntOp(ts, op, a, b);
  bool an = IsInteger(a) || a.IsFloat();
  bool bn = IsInteger(b) || b.IsFloat();
  if (an && bn) {
    if (!a.IsFloat() && !b.IsFloat()) return IntegerOp(ts, op, a, b);
    double x, y;
    if (a.IsFloat()) {
      x = a.AsFloat();
    } else if (!IntToDouble(ts, a, &x)) {
      return Value::Error();
    }
    if (b.IsFloat()) {
      y = b.AsFloat();
    } else if (!IntToDouble(ts, b, &y)) {
      return Value::Error();
    }
    return FloatOp(ts, op, x, y);
  }
  if (IsBytesLike(a) || (op == BinOp::kMul && IsBytesLike(b))) {
    Value r = BytesBinary(ts, op, a, b);
    if (!r.IsEmpty()) return r;
  }
  if (op == BinOp::kMul) {
    if (IsSeqKind(a) && b.IsIntLike()) return Repeat(ts, a, b.AsInt());
    if (IsSeqKind(b) && a.IsIntLike()) return Repeat(ts, b, a.AsInt());
    if ((IsSeqKind(a) && IsBigInt(b)) || (IsSeqKind(b) && IsBigInt(a))) {
      return RaiseIndexOverflow(ts, /*index_error=*/false);
    }
    if (IsSeqKind(a) && !b.IsIntLike() &&
        !(b.IsObject() && IsUserClass(b.AsObject()->cls))) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "can't multiply sequence by non-int of type '%s'",
                         TypeName(ts, b));
    }
    if (IsSeqKind(b) && !a.IsIntLike() &&
        !(a.IsObject() && IsUserClass(a.AsObject()->cls))) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "can't multiply sequence by non-int of type '%s'",
                         TypeName(ts, a));
    }
    return Value::Empty();
  }
  if (!a.IsObject()) return Value::Empty();
  ObjKind ka = a.AsObject()->kind;
  ObjKind kb = b.IsObject() ? b.AsObject()->kind : ObjKind::kNativeData;
  if (op == BinOp::kAdd) {
    if (ka == ObjKind::kStr) {
      if (kb == ObjKind::kStr && b.IsObject()) {
        return StrConcat(ts, As<Str>(a), As<Str>(b));
      }
      if (!(b.IsObject() && IsUserClass(b.AsObject()->cls))) {
        return RaiseFormat(ts, rt.exc.type_error,
                           "can only concatenate str (not \"%s\") to str",
                           TypeName(ts, b));
      }
      return Value::Empty();
    }
    if (ka == ObjKind::kList) {
      if (kb == ObjKind::kList && b.IsObject()) {
        List* x = As<List>(a);
        List* y = As<List>(b);
        // Charged to the host limits before the copy (and MemoryError
        // for a result past what one object may hold).
        if (!CheckResultSize(ts,
                             (uint64_t{x->size} + y->size) * sizeof(Value))) {
          return Value::Error();
        }
        List* r = NewList(ts, x->size + y->size);
        if (r == nullptr) return Value::Error();
        // An empty operand may have no buffer: memcpy must not see null.
        if (x->size > 0) {
          std::memcpy(static_cast<void*>(r->items), x->items,
                      x->size * sizeof(Value));
        }
        if (y->size > 0) {
          std::memcpy(static_cast<void*>(r->items + x->size), y->items,
                      y->size * sizeof(Value));
        }
        return Value::Obj(r);
      }
      if (!(b.IsObject() && IsUserClass(b.AsObject()->cls))) {
        return RaiseFormat(ts, rt.exc.type_error,
                           "can only concatenate list (not \"%s\") to list",
                           TypeName(ts, b));
      }
      return Value::Empty();
    }
    if (ka == ObjKind::kTuple) {
      if (kb == ObjKind::kTuple && b.IsObject()) {
        Tuple* x = As<Tuple>(a);
        Tuple* y = As<Tuple>(b);
        // Charged to the host limits before the copy (and MemoryError
        // for a result past what one object may hold).
        if (!CheckResultSize(ts,
                             (uint64_t{x->size} + y->size) * sizeof(Value))) {
          return Value::Error();
        }
        if (y->size == 0 && x->cls == rt.classes.tuple) return a;
        if (x->size == 0 && y->cls == rt.classes.tuple) return b;
        Tuple* r = NewTuple(ts, x->size + y->size);
        if (r == nullptr) return Value::Error();
        // An empty operand may have no buffer: memcpy must not see null.
        if (x->size > 0) {
          std::memcpy(static_cast<void*>(r->items), x->items,
                      x->size * sizeof(Value));
        }
        if (y->size > 0) {
          std::memcpy(static_cast<void*>(r->items + x->size), y->items,
                      y->size * sizeof(Value));
        }
        return Value::Obj(r);
      }
      if (!(b.IsObject() && IsUserClass(b.AsObject()->cls))) {
        return RaiseFormat(ts, rt.exc.type_error,
                           "can only concatenate tuple (not \"%s\") to tuple",
                           TypeName(ts, b));
      }
      return Value::Empty();
    }
    return Value::Empty();
  }
  if (op == BinOp::kMod && ka == ObjKind::kStr) {
    return FormatPercent(ts, As<Str>(a), b);
  }
  if (ka == ObjKind::kSet && b.IsObject() && kb == ObjKind::kSet) {
    Value r = SetOp(ts, op, AsSet(a), AsSet(b));
    // The result has the left operand's base type (frozenset | set is a
    // frozenset).
    if (r.IsObject() && rt.classes.frozenset != nullptr &&
        IsSubclass(a.AsObject()->cls, rt.classes.frozenset)) {
      r.AsObject()->cls = rt.classes.frozenset;
    }
    return r;
  }
  if (op == BinOp::kBitOr && ka == ObjKind::kDict && b.IsObject() &&
      kb == ObjKind::kDict) {
    Dict* r = DictCopy(ts, AsDict(a));
    if (r == nullptr) return Value::Error();
    TempRoots roots(ts);
    roots.Add(DictValue(r));
    if (!DictUpdateFrom(ts, r, AsDict(b))) return Value::Error();
    return DictValue(r);
  }
  return Value::Empty();
}

Value Unsupported(ThreadState& ts, BinOp op, Value a, Value b, bool inplace) {
  RuntimeState& rt = Rt(ts);
  // CPython falls back to the sequence protocol of str/list/tuple last, so
  // those report in its words even when a user operand declined.
  if (op == BinOp::kAdd && a.IsObject()) {
    const char* seq = nullptr;
    switch (a.AsObject()->kind) {
      case ObjKind::kStr:
        seq = "str";
        break;
      case ObjKind::kList:
        seq = "list";
        break;
      case ObjKind::kTuple:
        seq = "tuple";
        break;
      default:
        break;
    }
    if (seq != nullptr) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "can only concatenate %s (not \"%s\") to %s", seq,
                         TypeName(ts, b), seq);
    }
  }
  if (op == BinOp::kMul && (IsSeqKind(a) || IsSeqKind(b))) {
    Value other = IsSeqKind(a) ? b : a;
    if (!IsInteger(other)) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "can't multiply sequence by non-int of type '%s'",
                         TypeName(ts, other));
    }
  }
  std::string sym = BinOpSymbol(op);
  if (inplace) sym = op == BinOp::kPow ? "**=" : sym + "=";
  return RaiseFormat(ts, rt.exc.type_error,
                     "unsupported operand type(s) for %s: '%s' and '%s'", sym,
                     TypeName(ts, a), TypeName(ts, b));
}

// User dispatch: a.__op__(b), then b.__rop__(a) (reflected first when b's
// class is a subclass of a's). Empty when neither handled it.
Value UserBinary(ThreadState& ts, BinOp op, Value a, Value b) {
  RuntimeState& rt = Rt(ts);
  bool user_a = a.IsObject() && IsUserClass(a.AsObject()->cls);
  bool user_b = b.IsObject() && IsUserClass(b.AsObject()->cls);
  if (!user_a && !user_b) return Value::Empty();
  TempRoots roots(ts);
  roots.Add(a);
  roots.Add(b);
  Str* fwd = ForwardName(rt, op);
  Str* rev = ReflectedName(rt, op);
  ClassObject* ca = ClassOfValue(rt, a);
  ClassObject* cb = ClassOfValue(rt, b);
  bool reflected_first = user_b && ca != cb && IsSubclass(cb, ca) &&
                         !UserSpecial(rt, b, rev).IsEmpty();
  bool tried_reflected = false;
  if (reflected_first) {
    Value r = CallUserSpecial(ts, b, rev, &a, 1);
    if (r.IsError() || !IsNotImplemented(rt, r)) return r;
    tried_reflected = true;
  }
  if (user_a && !UserSpecial(rt, a, fwd).IsEmpty()) {
    Value r = CallUserSpecial(ts, a, fwd, &b, 1);
    if (r.IsError() || !IsNotImplemented(rt, r)) return r;
  }
  if (user_b && !tried_reflected && ca != cb &&
      !UserSpecial(rt, b, rev).IsEmpty()) {
    Value r = CallUserSpecial(ts, b, rev, &a, 1);
    if (r.IsError() || !IsNotImplemented(rt, r)) return r;
  }
  return Value::Empty();
}

// int | None, MyClass | str: type.__or__/__ror__ (types.UnionType), which
// UserBinary does not reach when the metaclass is type itself. Empty when
// neither operand is a class.
Value ClassUnion(ThreadState& ts, Value a, Value b) {
  RuntimeState& rt = Rt(ts);
  bool class_a = IsKind(a, ObjKind::kClass);
  if (!class_a && !IsKind(b, ObjKind::kClass)) return Value::Empty();
  Value hook = LookupSpecial(rt.classes.type,
                             class_a ? ForwardName(rt, BinOp::kBitOr)
                                     : ReflectedName(rt, BinOp::kBitOr));
  if (hook.IsEmpty()) return Value::Empty();
  TempRoots roots(ts);
  roots.Add(hook);
  Value args[2] = {class_a ? a : b, class_a ? b : a};
  Value r = CallValue(ts, hook, args, 2);
  if (r.IsError() || !IsNotImplemented(rt, r)) return r;
  return Value::Empty();
}

}  // namespace

Value BinaryOp(ThreadState& ts, BinOp op, Value a, Value b) {
  // Fast paths the VM usually inlines already.
  if (a.IsInt() && b.IsInt() && op != BinOp::kMatMul) {
    return IntOp(ts, op, a, b);
  }
  if (a.IsFloat() && b.IsFloat() && op <= BinOp::kPow) {
    return FloatOp(ts, op, a.AsFloat(), b.AsFloat());
  }
  if (op == BinOp::kAdd && IsKind(a, ObjKind::kStr) &&
      IsKind(b, ObjKind::kStr) && !IsUserClass(a.AsObject()->cls) &&
      !IsUserClass(b.AsObject()->cls)) {
    return StrConcat(ts, As<Str>(a), As<Str>(b));
  }
  Value r = UserBinary(ts, op, a, b);
  if (!r.IsEmpty()) return r;
  r = BuiltinBinary(ts, op, a, b);
  if (!r.IsEmpty()) return r;
  r = DictViewSetOp(ts, op, a, b);
  if (!r.IsEmpty()) return r;
  if (op == BinOp::kBitOr) {
    r = ClassUnion(ts, a, b);
    if (!r.IsEmpty()) return r;
  }
  return Unsupported(ts, op, a, b, false);
}

Value InplaceOp(ThreadState& ts, BinOp op, Value a, Value b) {
  RuntimeState& rt = Rt(ts);
  if (a.IsInt() && b.IsInt() && op != BinOp::kMatMul) {
    return IntOp(ts, op, a, b);
  }
  if (a.IsObject()) {
    if (IsUserClass(a.AsObject()->cls)) {
      Str* name = InplaceName(rt, op);
      if (!UserSpecial(rt, a, name).IsEmpty()) {
        TempRoots roots(ts);
        roots.Add(a);
        roots.Add(b);
        Value r = CallUserSpecial(ts, a, name, &b, 1);
        if (r.IsError() || !IsNotImplemented(rt, r)) return r;
      }
    }
    ObjKind ka = a.AsObject()->kind;
    if (ka == ObjKind::kList) {
      if (op == BinOp::kAdd) {
        if (!ListExtend(ts, As<List>(a), b)) return Value::Error();
        return a;
      }
      if (op == BinOp::kMul && b.IsIntLike()) {
        List* l = As<List>(a);
        int64_t n = b.AsInt();
        uint32_t size = l->size;
        if (n <= 0 || size == 0) {
          ListResize(ts, l, 0);
          return a;
        }
        if (n > static_cast<int64_t>(1u << 27) / size) {
          return RaiseMemoryError(ts);
        }
        size_t total = size_t{size} * static_cast<size_t>(n);
        NativePoll poll(ts, /*at_safe_point=*/false);
        if (!ChargeFill(poll, total * sizeof(Value))) return Value::Error();
        if (!ListResize(ts, l, static_cast<uint32_t>(total))) {
          return Value::Error();
        }
        if (!FillByDoubling(poll, reinterpret_cast<char*>(l->items),
                            size * sizeof(Value), total * sizeof(Value))) {
          // Stopped half way: the list is what it was, not half repeated.
          ListResize(ts, l, size);
          return Value::Error();
        }
        return a;
      }
    }
    if (ka == ObjKind::kSet && IsKind(b, ObjKind::kSet) &&
        !(rt.classes.frozenset != nullptr &&
          IsSubclass(a.AsObject()->cls, rt.classes.frozenset))) {
      Set* s = AsSet(a);
      Set* o = AsSet(b);
      TempRoots roots(ts);
      roots.Add(a);
      roots.Add(b);
      switch (op) {
        case BinOp::kBitOr:
          if (!SetUpdate(ts, s, b)) return Value::Error();
          return a;
        case BinOp::kSub: {
          uint32_t pos = 0;
          Value item;
          while (SetNext(o, &pos, &item)) {
            if (SetDiscard(ts, s, item) < 0) return Value::Error();
          }
          return a;
        }
        case BinOp::kBitXor: {
          // In place, like CPython: the other set's items leave or join.
          if (o == s) {
            SetClear(ts, s);
            return a;
          }
          uint32_t pos = 0;
          Value item;
          while (SetNext(o, &pos, &item)) {
            int c = SetDiscard(ts, s, item);
            if (c < 0) return Value::Error();
            if (c == 0 && SetAdd(ts, s, item) < 0) return Value::Error();
          }
          return a;
        }
        case BinOp::kBitAnd: {
          Value r = SetOp(ts, op, s, o);
          if (r.IsError()) return r;
          roots.Add(r);
          SetClear(ts, s);
          if (!SetUpdate(ts, s, r)) return Value::Error();
          return a;
        }
        default:
          break;
      }
    }
    if (ka == ObjKind::kByteArray) {
      Value r = ByteArrayInplace(ts, op, a, b);
      if (!r.IsEmpty()) return r;
    }
    if (ka == ObjKind::kDict && op == BinOp::kBitOr) {
      if (IsKind(b, ObjKind::kDict)) {
        if (!DictUpdateFrom(ts, AsDict(a), AsDict(b))) return Value::Error();
        return a;
      }
      // Like dict.update: a mapping or an iterable of pairs.
      Value update =
          DictGetStr(ClassDict(ts, rt.classes.dict), InternStr(ts, "update"));
      if (!update.IsEmpty()) {
        TempRoots roots(ts);
        roots.Add(a);
        Value args[2] = {a, b};
        Value r = CallValue(ts, update, args, 2);
        return r.IsError() ? r : a;
      }
    }
  }
  Value r = UserBinary(ts, op, a, b);
  if (!r.IsEmpty()) return r;
  r = BuiltinBinary(ts, op, a, b);
  if (!r.IsEmpty()) return r;
  if (op == BinOp::kBitOr) {
    r = ClassUnion(ts, a, b);
    if (!r.IsEmpty()) return r;
  }
  return Unsupported(ts, op, a, b, true);
}

namespace {
Value UnaryUser(ThreadState& ts, Value v, Str* name, bool* handled) {
  *handled = false;
  RuntimeState& rt = Rt(ts);
  if (!v.IsObject() || UserSpecial(rt, v, name).IsEmpty())
    return Value::Empty();
  *handled = true;
  TempRoots roots(ts);
  roots.Add(v);
  return CallUserSpecial(ts, v, name, nullptr, 0);
}

Value BadUnary(ThreadState& ts, const char* op, Value v) {
  return RaiseFormat(ts, Rt(ts).exc.type_error,
                     "bad operand type for unary %s: '%s'", op,
                     TypeName(ts, v));
}

// An int subclass's own unary method, or int's (on the plain value).
Value BoxedUnary(ThreadState& ts, Value v, Str* name,
                 Value (*op)(ThreadState&, Value)) {
  bool handled;
  Value r = UnaryUser(ts, v, name, &handled);
  if (handled) return r;
  v = IntPlain(ts, v);
  if (v.IsError()) return v;
  return op(ts, v);
}

// A float subclass's own unary method, or float's (on the value).
Value BoxedFloatUnary(ThreadState& ts, Value v, Str* name, double sign) {
  bool handled;
  Value r = UnaryUser(ts, v, name, &handled);
  if (handled) return r;
  return Value::Float(sign * BoxedFloatValue(v));
}
}  // namespace

Value Negate(ThreadState& ts, Value v) {
  if (IsBoxedInt(v)) return BoxedUnary(ts, v, Rt(ts).names.__neg__, IntNegate);
  if (IsBoxedFloat(v)) return BoxedFloatUnary(ts, v, Rt(ts).names.__neg__, -1);
  if (IsInteger(v)) return IntNegate(ts, v);
  if (v.IsFloat()) return Value::Float(-v.AsFloat());
  bool handled;
  Value r = UnaryUser(ts, v, Rt(ts).names.__neg__, &handled);
  if (handled) return r;
  return BadUnary(ts, "-", v);
}

Value Positive(ThreadState& ts, Value v) {
  if (IsBoxedInt(v)) {
    return BoxedUnary(ts, v, Rt(ts).names.__pos__,
                      [](ThreadState&, Value x) { return x; });
  }
  if (v.IsIntLike()) return Value::Int(v.AsInt());
  if (v.IsFloat() || IsBigInt(v)) return v;
  if (IsBoxedFloat(v)) return BoxedFloatUnary(ts, v, Rt(ts).names.__pos__, 1);
  bool handled;
  Value r = UnaryUser(ts, v, Rt(ts).names.__pos__, &handled);
  if (handled) return r;
  return BadUnary(ts, "+", v);
}

Value Invert(ThreadState& ts, Value v) {
  if (IsBoxedInt(v)) {
    return BoxedUnary(ts, v, Rt(ts).names.__invert__, IntInvert);
  }
  if (IsInteger(v)) return IntInvert(ts, v);
  bool handled;
  Value r = UnaryUser(ts, v, Rt(ts).names.__invert__, &handled);
  if (handled) return r;
  return BadUnary(ts, "~", v);
}

}  // namespace interp
