// The complex class: constructor and methods. Arithmetic with int, float
// and bool operands converts them to complex first, as CPython does;
// ordering comparisons return NotImplemented (so `<` raises TypeError).
#include "runtime/builtins/complex_type.h"

#include <cmath>
#include <string>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

Value NotImplemented(ThreadState& ts) {
  return Value::Obj(Rt(ts).not_implemented);
}

bool Self(ThreadState& ts, const Value* args, uint32_t nargs,
          const char* method, ComplexParts* out) {
  if (nargs >= 1 && ComplexOf(ts, args[0], out)) return true;
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor '%s' for 'complex' objects doesn't apply to a '%s' "
              "object",
              method, nargs >= 1 ? TypeName(ts, args[0]) : "NoneType");
  return false;
}

// The other operand of a binary method as a complex: 1 when it is one
// (int, bool, float or complex), 0 when it is not a number (the method
// returns NotImplemented), -1 on error (an int too big for a float).
int Operand(ThreadState& ts, Value v, ComplexParts* out) {
  if (ComplexOf(ts, v, out)) return 1;
  if (v.IsFloat()) {
    *out = {v.AsFloat(), 0.0};
    return 1;
  }
  if (IsInteger(v)) {
    double d;
    if (!IntToDouble(ts, v, &d)) return -1;
    *out = {d, 0.0};
    return 1;
  }
  return 0;
}

enum class Arith { kAdd, kSub, kMul, kDiv, kPow };

Value Apply(ThreadState& ts, Arith op, ComplexParts a, ComplexParts b) {
  RuntimeState& rt = Rt(ts);
  ComplexParts r;
  switch (op) {
    case Arith::kAdd:
      r = ComplexSum(a, b);
      break;
    case Arith::kSub:
      r = ComplexDiff(a, b);
      break;
    case Arith::kMul:
      r = ComplexProd(a, b);
      break;
    case Arith::kDiv:
      if (!ComplexQuot(a, b, &r)) {
        return RaiseFormat(ts, rt.exc.zero_division_error,
                           "complex division by zero");
      }
      break;
    case Arith::kPow: {
      const char* error = nullptr;
      if (!ComplexPow(a, b, &r, &error)) {
        if (std::string(error) == "zero") {
          return RaiseFormat(ts, rt.exc.zero_division_error,
                             "0.0 to a negative or complex power");
        }
        return RaiseFormat(ts, rt.exc.overflow_error, "complex exponentiation");
      }
      break;
    }
  }
  return NewComplex(ts, r.re, r.im);
}

template <Arith kOp, bool kReflected>
Value BinaryMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  static constexpr const char* kNames[] = {"__add__", "__sub__", "__mul__",
                                           "__truediv__", "__pow__"};
  const char* name = kNames[static_cast<int>(kOp)];
  ComplexParts self;
  if (!Self(ts, args, nargs, name, &self)) return Value::Error();
  uint32_t max = kOp == Arith::kPow ? 2 : 1;
  if (!MethodArgs(ts, "complex", name, nargs - 1, kw, 1, max)) {
    return Value::Error();
  }
  if (kOp == Arith::kPow && nargs == 3 && !args[2].IsNone()) {
    return RaiseFormat(ts, Rt(ts).exc.value_error, "complex modulo");
  }
  ComplexParts other;
  int ok = Operand(ts, args[1], &other);
  if (ok < 0) return Value::Error();
  if (ok == 0) return NotImplemented(ts);
  return kReflected ? Apply(ts, kOp, other, self) : Apply(ts, kOp, self, other);
}

Value Neg(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "__neg__", &c) ||
      !MethodArgs(ts, "complex", "__neg__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  return NewComplex(ts, -c.re, -c.im);
}

Value Pos(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "__pos__", &c) ||
      !MethodArgs(ts, "complex", "__pos__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  return NewComplex(ts, c.re, c.im);
}

Value Abs(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "__abs__", &c) ||
      !MethodArgs(ts, "complex", "__abs__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  double r;
  if (!ComplexAbs(c, &r)) {
    return RaiseFormat(ts, Rt(ts).exc.overflow_error,
                       "absolute value too large");
  }
  return Value::Float(r);
}

Value Bool(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "__bool__", &c) ||
      !MethodArgs(ts, "complex", "__bool__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  return Value::Bool(c.re != 0.0 || c.im != 0.0);
}

Value Conjugate(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "conjugate", &c) ||
      !MethodArgs(ts, "complex", "conjugate", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  return NewComplex(ts, c.re, -c.im);
}

Value Real(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "real", &c)) return Value::Error();
  return Value::Float(c.re);
}

Value Imag(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "imag", &c)) return Value::Error();
  return Value::Float(c.im);
}

Value Repr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "__repr__", &c) ||
      !MethodArgs(ts, "complex", "__repr__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  std::string s;
  AppendComplexRepr(c, &s);
  return AsciiStrValue(ts, s);
}

Value Hash(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "__hash__", &c) ||
      !MethodArgs(ts, "complex", "__hash__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  return Value::Int(ComplexHash(c, args[0].AsObject()));
}

Value Format(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "__format__", &c) ||
      !MethodArgs(ts, "complex", "__format__", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  if (!IsKind(args[1], ObjKind::kStr)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "__format__() argument must be str, not %s",
                       TypeName(ts, args[1]));
  }
  std::string s;
  if (!FormatComplex(ts, c, As<Str>(args[1])->view(), &s)) {
    return Value::Error();
  }
  return StrValue(ts, s);
}

Value GetNewArgs(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "__getnewargs__", &c) ||
      !MethodArgs(ts, "complex", "__getnewargs__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  Tuple* t = NewTuple(ts, 2);
  if (t == nullptr) return Value::Error();
  t->items[0] = Value::Float(c.re);
  t->items[1] = Value::Float(c.im);
  return Value::Obj(t);
}

template <bool kEq>
Value EqMethod(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  const char* name = kEq ? "__eq__" : "__ne__";
  ComplexParts c;
  if (!Self(ts, args, nargs, name, &c) ||
      !MethodArgs(ts, "complex", name, nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  Value w = args[1];
  bool equal;
  ComplexParts o;
  if (IsInteger(w)) {
    // Exact: the real part against the int, not the int rounded.
    if (c.im != 0.0) {
      equal = false;
    } else {
      int r = CompareBool(ts, CmpOp::kEq, Value::Float(c.re), w);
      if (r < 0) return Value::Error();
      equal = r == 1;
    }
  } else if (w.IsFloat()) {
    equal = c.re == w.AsFloat() && c.im == 0.0;
  } else if (ComplexOf(ts, w, &o)) {
    equal = c.re == o.re && c.im == o.im;
  } else {
    return NotImplemented(ts);
  }
  return Value::Bool(kEq ? equal : !equal);
}

Value Unordered(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  ComplexParts c;
  if (!Self(ts, args, nargs, "__lt__", &c) ||
      !MethodArgs(ts, "complex", "__lt__", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  return NotImplemented(ts);
}

// float(v) for a real number, __index__ included.
bool RealToDouble(ThreadState& ts, Value v, double* out) {
  if (v.IsObject() && !(v.AsObject()->cls->flags & kClassBuiltin) &&
      LookupSpecial(v.AsObject()->cls, Rt(ts).names.__float__).IsEmpty() &&
      !LookupSpecial(v.AsObject()->cls, Rt(ts).names.__index__).IsEmpty()) {
    Value i;
    if (!ToInteger(ts, v, &i)) return false;
    return IntToDouble(ts, i, out);
  }
  return ToDouble(ts, v, out);
}

// One argument of complex(): a complex (from __complex__ too) or a real
// number (float, int or __float__/__index__).
int ComplexSpecial(ThreadState& ts, Value v, ComplexParts* out) {
  RuntimeState& rt = Rt(ts);
  if (ComplexOf(ts, v, out)) return 1;
  if (!v.IsObject() || (v.AsObject()->cls->flags & kClassBuiltin)) return 0;
  Str* name = InternStr(ts, "__complex__");
  if (name == nullptr) return -1;
  bool found = false;
  TempRoots roots(ts);
  roots.Add(v);
  Value r = CallSpecial(ts, v, name, nullptr, 0, &found);
  if (!found) return 0;
  if (r.IsError()) return -1;
  if (!ComplexOf(ts, r, out)) {
    RaiseFormat(ts, rt.exc.type_error,
                "__complex__ returned non-complex (type %s)", TypeName(ts, r));
    return -1;
  }
  return 1;
}

bool IsRealNumber(ThreadState& ts, Value v) {
  if (v.IsFloat() || IsInteger(v)) return true;
  if (!v.IsObject()) return false;
  RuntimeState& rt = Rt(ts);
  ClassObject* cls = v.AsObject()->cls;
  return !LookupSpecial(cls, rt.names.__float__).IsEmpty() ||
         !LookupSpecial(cls, rt.names.__index__).IsEmpty();
}

Value Construct(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  RuntimeState& rt = Rt(ts);
  Value a[2];
  if (!BindArgs(ts, "complex", args, nargs, kw, {"real", "imag"}, 0, 2, 0, a)) {
    return Value::Error();
  }
  Value r = a[0], i = a[1];
  if (r.IsEmpty()) {
    if (i.IsEmpty()) return NewComplex(ts, 0.0, 0.0);
    r = Value::Int(0);
  }
  if (IsKind(r, ObjKind::kStr)) {
    if (!i.IsEmpty()) {
      return RaiseTypeError(
          ts, "complex() can't take second arg if first is a string");
    }
    ComplexParts c;
    bool bad_underscore;
    if (!ParseComplex(As<Str>(r)->view(), &c, &bad_underscore)) {
      if (bad_underscore) {
        std::string repr;
        if (!AppendRepr(ts, r, &repr)) return Value::Error();
        return RaiseFormat(ts, rt.exc.value_error,
                           "could not convert string to complex: %s",
                           repr.c_str());
      }
      return RaiseFormat(ts, rt.exc.value_error,
                         "complex() arg is a malformed string");
    }
    return NewComplex(ts, c.re, c.im);
  }
  if (IsKind(i, ObjKind::kStr)) {
    return RaiseTypeError(ts, "complex() second arg can't be a string");
  }
  ComplexParts cr;
  int special = ComplexSpecial(ts, r, &cr);
  if (special < 0) return Value::Error();
  bool cr_complex = special == 1;
  if (!cr_complex && !IsRealNumber(ts, r)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "complex() first argument must be a string or a "
                       "number, not '%s'",
                       TypeName(ts, r));
  }
  ComplexParts ci;
  bool ci_complex = false;
  if (!i.IsEmpty()) {
    ci_complex = ComplexOf(ts, i, &ci);
    if (!ci_complex && !IsRealNumber(ts, i)) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "complex() second argument must be a number, not "
                         "'%s'",
                         TypeName(ts, i));
    }
  }
  if (cr_complex && i.IsEmpty() && IsKind(r, ObjKind::kNativeData) &&
      r.AsObject()->cls == rt.classes.complex) {
    return r;  // complex(z) is z itself
  }
  if (!cr_complex) {
    double d;
    if (!RealToDouble(ts, r, &d)) return Value::Error();
    cr = {d, 0.0};
  }
  if (i.IsEmpty()) {
    ci = {cr.im, 0.0};
  } else if (!ci_complex) {
    double d;
    if (!RealToDouble(ts, i, &d)) return Value::Error();
    ci = {d, 0.0};
  }
  // complex(a, b) is a + b*1j even when a or b is complex.
  double re = cr.re;
  double im = ci.re;
  if (ci_complex) re -= ci.im;
  if (cr_complex && !i.IsEmpty()) im += cr.im;
  return NewComplex(ts, re, im);
}

}  // namespace

bool ToComplexArg(ThreadState& ts, Value v, ComplexParts* out) {
  int special = ComplexSpecial(ts, v, out);
  if (special != 0) return special > 0;
  double d;
  if (!RealToDouble(ts, v, &d)) return false;
  *out = {d, 0.0};
  return true;
}

bool InitComplexMethods(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  ClassObject* c = rt.classes.complex;
  c->construct = Construct;
  static constexpr MethodDef kMethods[] = {
      {"__add__", BinaryMethod<Arith::kAdd, false>},
      {"__radd__", BinaryMethod<Arith::kAdd, true>},
      {"__sub__", BinaryMethod<Arith::kSub, false>},
      {"__rsub__", BinaryMethod<Arith::kSub, true>},
      {"__mul__", BinaryMethod<Arith::kMul, false>},
      {"__rmul__", BinaryMethod<Arith::kMul, true>},
      {"__truediv__", BinaryMethod<Arith::kDiv, false>},
      {"__rtruediv__", BinaryMethod<Arith::kDiv, true>},
      {"__pow__", BinaryMethod<Arith::kPow, false>},
      {"__rpow__", BinaryMethod<Arith::kPow, true>},
      {"__neg__", Neg},
      {"__pos__", Pos},
      {"__abs__", Abs},
      {"__bool__", Bool},
      {"__eq__", EqMethod<true>},
      {"__ne__", EqMethod<false>},
      {"__lt__", Unordered},
      {"__le__", Unordered},
      {"__gt__", Unordered},
      {"__ge__", Unordered},
      {"__hash__", Hash},
      {"__repr__", Repr},
      {"__format__", Format},
      {"__getnewargs__", GetNewArgs},
      {"conjugate", Conjugate},
  };
  return AddMethods(ts, c, "complex", kMethods) &&
         AddNativeProperty(ts, c, "complex", "real", Real) &&
         AddNativeProperty(ts, c, "complex", "imag", Imag);
}

}  // namespace builtins
}  // namespace interp
