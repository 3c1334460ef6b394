// Special methods of int, float and str that CPython has as attributes but
// interp's protocols reach without them: __round__, __divmod__ and
// __rdivmod__, float's __floor__/__ceil__/__trunc__/__int__/__float__/
// __getnewargs__, and __format__. Like every builtin method they are made
// when the class's dict is first read (vm/lazy_natives.h), so they cost a
// start nothing.
//
// Each one works on `self` as an instance of the owning builtin type (the
// value an int or float subclass's instance holds): a subclass's own
// override of the same method is not called again (it is usually the
// caller, through super()).
#include <cmath>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/float_box.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

// The plain int or float `self` stands for, or false with CPython's
// method-descriptor TypeError pending.
bool IntOrFloatSelf(ThreadState& ts, const Value* args, uint32_t nargs,
                    bool is_float, const char* method, Value* out) {
  RuntimeState& rt = Rt(ts);
  const char* type = is_float ? "float" : "int";
  if (nargs >= 1) {
    Value v = args[0];
    if (is_float && (v.IsFloat() || IsBoxedFloat(v))) {
      *out = FloatPlain(v);
      return true;
    }
    if (!is_float && IsInteger(v)) {
      *out = v.IsIntLike() ? Value::Int(v.AsInt()) : IntPlain(ts, v);
      return !out->IsError();
    }
    RaiseFormat(ts, rt.exc.type_error,
                "descriptor '%s' for '%s' objects doesn't apply to a '%s' "
                "object",
                method, type, TypeName(ts, v));
    return false;
  }
  RaiseFormat(ts, rt.exc.type_error, "unbound method %s.%s() needs an argument",
              type, method);
  return false;
}

// int.__round__([ndigits]) and float.__round__(ndigits=None): what round()
// does.
template <bool kFloat>
Value RoundMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  const char* qual = kFloat ? "float.__round__" : "int.__round__";
  Value self;
  if (!NoKwargs(ts, qual, kw) ||
      !IntOrFloatSelf(ts, args, nargs, kFloat, "__round__", &self) ||
      !CheckArgCount(ts, "__round__", nargs - 1, 0, 1)) {
    return Value::Error();
  }
  // float's ndigits may be None; int's is an index when given.
  bool has_nd = nargs == 2 && !(kFloat && args[1].IsNone());
  int64_t nd = 0;
  if (has_nd && !ToIndex(ts, args[1], &nd)) return Value::Error();
  if (!kFloat) return has_nd ? RoundInt(ts, self, nd) : self;
  if (!has_nd) return RoundToInt(ts, self.AsFloat());
  return Value::Float(RoundFloat(self.AsFloat(), nd));
}

// float.__floor__/__ceil__/__trunc__/__int__: the integral part as an
// int, with int()'s errors for NaN and infinity.
template <double (*kOp)(double)>
Value FloatIntegral(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw, const char* method) {
  Value self;
  if (!NoKwargs(ts, method, kw) ||
      !IntOrFloatSelf(ts, args, nargs, true, method, &self) ||
      !MethodArgs(ts, "float", method, nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  double d = self.AsFloat();
  if (std::isnan(d)) {
    return RaiseValueError(ts, "cannot convert float NaN to integer");
  }
  if (std::isinf(d)) {
    return RaiseOverflowError(ts, "cannot convert float infinity to integer");
  }
  return IntFromDouble(ts, kOp(d));
}
double Floor(double d) { return std::floor(d); }
double Ceil(double d) { return std::ceil(d); }
double Trunc(double d) { return std::trunc(d); }
Value FloatFloor(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return FloatIntegral<Floor>(ts, a, n, kw, "__floor__");
}
Value FloatCeil(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return FloatIntegral<Ceil>(ts, a, n, kw, "__ceil__");
}
Value FloatTrunc(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return FloatIntegral<Trunc>(ts, a, n, kw, "__trunc__");
}
Value FloatInt(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return FloatIntegral<Trunc>(ts, a, n, kw, "__int__");
}

Value FloatFloat(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  Value self;
  if (!IntOrFloatSelf(ts, args, nargs, true, "__float__", &self) ||
      !MethodArgs(ts, "float", "__float__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  return self;
}

// (value,): what copy and pickle rebuild a float subclass's instance from.
Value FloatGetNewArgs(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  Value self;
  if (!IntOrFloatSelf(ts, args, nargs, true, "__getnewargs__", &self) ||
      !MethodArgs(ts, "float", "__getnewargs__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  Tuple* t = NewTupleFrom(ts, &self, 1);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// str/tuple/bytes.__getnewargs__(): (the value as the exact type,), what
// copy and pickle rebuild a subclass's instance from.
template <ObjKind kKind>
Value SequenceGetNewArgs(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kw) {
  RuntimeState& rt = Rt(ts);
  ClassObject* owner = kKind == ObjKind::kStr     ? rt.classes.str
                       : kKind == ObjKind::kTuple ? rt.classes.tuple
                                                  : rt.classes.bytes;
  const char* type = kKind == ObjKind::kStr     ? "str"
                     : kKind == ObjKind::kTuple ? "tuple"
                                                : "bytes";
  if (!CheckSelf(ts, args, nargs, kKind, type, "__getnewargs__") ||
      !MethodArgs(ts, type, "__getnewargs__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  Value v = args[0];
  if (v.AsObject()->cls != owner) {
    // The exact-type copy, as owner(v) makes it.
    v = CallValue(ts, Value::Obj(owner), &v, 1);
    if (v.IsError()) return v;
  }
  Tuple* t = NewTupleFrom(ts, &v, 1);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// int/float.__divmod__(other) and __rdivmod__: divmod() of the numbers, or
// NotImplemented for an operand the type does not take (int.__divmod__
// takes ints, float's ints and floats).
template <bool kFloat, bool kReflected>
Value DivmodMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  const char* name = kReflected ? "__rdivmod__" : "__divmod__";
  Value self;
  if (!IntOrFloatSelf(ts, args, nargs, kFloat, name, &self) ||
      !NoKwargs(ts, name, kw)) {
    return Value::Error();
  }
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error, "expected 1 argument, got %d",
                       static_cast<int>(nargs) - 1);
  }
  Value other = args[1];
  if (IsInteger(other)) {
    other = other.IsIntLike() ? Value::Int(other.AsInt()) : IntPlain(ts, other);
    if (other.IsError()) return other;
  } else if (kFloat && (other.IsFloat() || IsBoxedFloat(other))) {
    other = FloatPlain(other);
  } else {
    return Value::Obj(Rt(ts).not_implemented);
  }
  return kReflected ? DivmodNumbers(ts, other, self)
                    : DivmodNumbers(ts, self, other);
}

// __format__(spec) of int, float and str: format() of the value as that
// type. An empty spec is str(self), as in CPython (a subclass's __str__
// included).
template <ObjKind kKind>
Value FormatMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  RuntimeState& rt = Rt(ts);
  constexpr bool kIsStr = kKind == ObjKind::kStr;
  constexpr bool kIsFloat = kKind == ObjKind::kNativeData;
  ClassObject* owner = kIsStr     ? rt.classes.str
                       : kIsFloat ? rt.classes.float_
                                  : rt.classes.int_;
  std::string_view type = owner->name->view();
  Value self;
  if (kIsStr) {
    if (!CheckSelf(ts, args, nargs, ObjKind::kStr, "str", "__format__")) {
      return Value::Error();
    }
    self = args[0];
  } else if (!IntOrFloatSelf(ts, args, nargs, kIsFloat, "__format__", &self)) {
    return Value::Error();
  }
  if (!MethodArgs(ts, type, "__format__", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  if (!IsKind(args[1], ObjKind::kStr)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "__format__() argument must be str, not %s",
                       TypeName(ts, args[1]));
  }
  std::string_view spec = AsStr(args[1])->view();
  if (spec.empty()) return ToStr(ts, args[0]);
  // A str subclass's instance formats as the str it is, not through its
  // own __format__ (which may be the caller).
  BuiltinView view(args[0], owner);
  return Format(ts, self, spec);
}

}  // namespace

bool InitNumberDunders(ThreadState& ts) {
  BuiltinClasses& c = Rt(ts).classes;
  static constexpr MethodDef kInt[] = {
      {"__round__", RoundMethod<false>},
      {"__divmod__", DivmodMethod<false, false>},
      {"__rdivmod__", DivmodMethod<false, true>},
      {"__format__", FormatMethod<ObjKind::kBigInt>},
  };
  static constexpr MethodDef kFloat[] = {
      {"__round__", RoundMethod<true>},
      {"__floor__", FloatFloor},
      {"__ceil__", FloatCeil},
      {"__trunc__", FloatTrunc},
      {"__int__", FloatInt},
      {"__float__", FloatFloat},
      {"__getnewargs__", FloatGetNewArgs},
      {"__divmod__", DivmodMethod<true, false>},
      {"__rdivmod__", DivmodMethod<true, true>},
      {"__format__", FormatMethod<ObjKind::kNativeData>},
  };
  static constexpr MethodDef kStr[] = {
      {"__format__", FormatMethod<ObjKind::kStr>},
      {"__getnewargs__", SequenceGetNewArgs<ObjKind::kStr>},
  };
  static constexpr MethodDef kTuple[] = {
      {"__getnewargs__", SequenceGetNewArgs<ObjKind::kTuple>},
  };
  static constexpr MethodDef kBytes[] = {
      {"__getnewargs__", SequenceGetNewArgs<ObjKind::kBytes>},
  };
  return AddMethods(ts, c.int_, "int", kInt) &&
         AddMethods(ts, c.float_, "float", kFloat) &&
         AddMethods(ts, c.str, "str", kStr) &&
         AddMethods(ts, c.tuple, "tuple", kTuple) &&
         AddMethods(ts, c.bytes, "bytes", kBytes);
}

}  // namespace builtins
}  // namespace interp
