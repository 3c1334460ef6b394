// Methods of object, int and float that scripts call by name
// (object.__repr__ from a user __repr__, (5).bit_length(), x.is_integer()).
#include <algorithm>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
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

// object.__repr__: "<module.Class object at 0x...>".
Value ObjectRepr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1) return RaiseTypeError(ts, "expected 1 argument");
  // The builtin types have no __repr__ entry of their own: str.__repr__(s),
  // list.__repr__(l) and super().__repr__() in their subclasses land here
  // and get the builtin layout's repr.
  if (!IsKind(args[0], ObjKind::kInstance)) return BaseRepr(ts, args[0]);
  ClassObject* cls = ClassOf(Rt(ts), args[0]);
  std::string out = "<";
  std::string_view mod =
      cls->module_name != nullptr ? cls->module_name->view() : "";
  if (!mod.empty() && mod != "builtins") {
    absl::StrAppend(&out, AV(mod), ".");
  }
  absl::StrAppend(&out, AV(cls->name->view()), " object at ");
  absl::StrAppend(
      &out,
      absl::StrFormat("%p", args[0].IsObject()
                                ? static_cast<void*>(args[0].AsObject())
                                : nullptr),
      ">");
  return StrValue(ts, out);
}

Value ObjectStr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1) return RaiseTypeError(ts, "expected 1 argument");
  // str and exceptions have their own str (str.__str__(s) is s itself);
  // everything else is repr(), which may be a user __repr__.
  if (IsKind(args[0], ObjKind::kStr) || IsKind(args[0], ObjKind::kException)) {
    return BaseStr(ts, args[0]);
  }
  return Repr(ts, args[0]);
}

Value ObjectEq(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 2) return RaiseTypeError(ts, "expected 1 argument");
  if (args[0].Is(args[1])) return Value::Bool(true);
  return Value::Obj(Rt(ts).not_implemented);
}

Value ObjectNe(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 2) return RaiseTypeError(ts, "expected 1 argument");
  int eq = Equals(ts, args[0], args[1]);
  if (eq < 0) return Value::Error();
  return Value::Bool(!eq);
}

// object.__lt__, __le__, __gt__, __ge__: no ordering (the other operand's
// reflected method, or TypeError, decides).
Value ObjectOrder(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error, "expected 1 argument, got %d",
                       nargs == 0 ? 0 : static_cast<int>(nargs) - 1);
  }
  return Value::Obj(Rt(ts).not_implemented);
}

Value ObjectHash(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1) return RaiseTypeError(ts, "expected 0 arguments");
  if (!args[0].IsObject()) {
    int64_t h;
    if (!Hash(ts, args[0], &h)) return Value::Error();
    return Value::Int(h);
  }
  // Like CPython: the address rotated so alignment zeros do not cluster.
  uint64_t p = reinterpret_cast<uintptr_t>(args[0].AsObject());
  return Value::Int(static_cast<int64_t>((p >> 4) | (p << 60)) & INT64_MAX);
}

Value ObjectFormat(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 2 || !IsStr(args[1])) {
    return RaiseTypeError(ts, "__format__() argument must be str");
  }
  if (AsStr(args[1])->byte_len != 0) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "unsupported format string passed to %s.__format__",
                       TypeName(ts, args[0]));
  }
  return ToStr(ts, args[0]);
}

Value FloatIsInteger(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  if (nargs != 1 || !args[0].IsFloat()) {
    return RaiseTypeError(ts, "is_integer() takes no arguments");
  }
  double d = args[0].AsFloat();
  return Value::Bool(std::isfinite(d) && d == std::floor(d));
}

// float.as_integer_ratio(): exact.
Value FloatAsIntegerRatio(ThreadState& ts, const Value* args, uint32_t nargs,
                          Tuple*) {
  if (nargs != 1 || !args[0].IsFloat()) {
    return RaiseTypeError(ts, "as_integer_ratio() takes no arguments");
  }
  double d = args[0].AsFloat();
  if (std::isnan(d)) {
    return RaiseValueError(ts, "cannot convert NaN to integer ratio");
  }
  if (std::isinf(d)) {
    return RaiseOverflowError(ts, "cannot convert Infinity to integer ratio");
  }
  int exp;
  double m = std::frexp(d, &exp);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --exp;
  }
  // m is now an integer below 2**53; the ratio is m * 2**exp exactly.
  Mpz num, den;
  mpz_set_d(num.get(), m);
  mpz_set_ui(den.get(), 1);
  if (exp > 0) {
    mpz_mul_2exp(num.get(), num.get(), static_cast<uint64_t>(exp));
  } else {
    mpz_mul_2exp(den.get(), den.get(), static_cast<uint64_t>(-exp));
  }
  TempRoots roots(ts);
  Value items[2] = {IntFromMpz(ts, num.get()), Value::Int(1)};
  if (items[0].IsError()) return Value::Error();
  roots.Add(items[0]);
  items[1] = IntFromMpz(ts, den.get());
  if (items[1].IsError()) return Value::Error();
  roots.Add(items[1]);
  Tuple* t = NewTupleFrom(ts, items, 2);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value FloatConjugate(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  if (nargs != 1 || !args[0].IsFloat()) {
    return RaiseTypeError(ts, "conjugate() takes no arguments");
  }
  return args[0];
}

Value NumberReal(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1) return RaiseTypeError(ts, "expected 0 arguments");
  return args[0].IsBool() ? Value::Int(args[0].AsInt()) : args[0];
}
Value NumberImag(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1) return RaiseTypeError(ts, "expected 0 arguments");
  return args[0].IsFloat() ? Value::Float(0.0) : Value::Int(0);
}
Value IntDenominator(ThreadState& ts, const Value*, uint32_t nargs, Tuple*) {
  if (nargs != 1) return RaiseTypeError(ts, "expected 0 arguments");
  return Value::Int(1);
}

// float.hex(): CPython's format -- one hex digit before the point, 13
// after (subnormals keep the 0x0. form), the binary exponent with a sign.
Value FloatHex(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1 || !args[0].IsFloat()) {
    return RaiseTypeError(ts, "float.hex() takes no arguments");
  }
  double x = args[0].AsFloat();
  if (std::isnan(x)) return StrValue(ts, "nan");
  if (std::isinf(x)) return StrValue(ts, x < 0 ? "-inf" : "inf");
  const char* sign = std::signbit(x) ? "-" : "";
  if (x == 0) return StrValue(ts, absl::StrCat(sign, "0x0.0p+0"));
  int e = 0;
  double m = std::frexp(std::fabs(x), &e);
  const int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = absl::StrCat(sign, "0x");
  int digit = static_cast<int>(m);
  out += kDigits[digit];
  m -= digit;
  out += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    digit = static_cast<int>(m);
    out += kDigits[digit];
    m -= digit;
  }
  absl::StrAppend(&out, "p", e < 0 ? "-" : "+", std::abs(e));
  return StrValue(ts, out);
}

// float.fromhex(s): [sign](inf|infinity|nan|[0x]digits[.digits][p[sign]exp])
// between blanks; the C library's strtod rounds hex strings exactly.
Value FloatFromhex(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  RuntimeState& rt = Rt(ts);
  if (!NoKwargs(ts, "fromhex", kw)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "fromhex() takes exactly one argument (%d given)",
                       static_cast<int>(nargs) - 1);
  }
  if (!IsStr(args[1])) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "fromhex() argument must be str, not %s",
                       TypeName(ts, args[1]));
  }
  std::string_view body = AsStr(args[1])->view();
  while (!body.empty() && absl::ascii_isspace(body.front())) {
    body.remove_prefix(1);
  }
  while (!body.empty() && absl::ascii_isspace(body.back())) {
    body.remove_suffix(1);
  }
  bool negative = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  double result = 0;
  bool ok = false;
  if (absl::EqualsIgnoreCase(AV(body), "inf") ||
      absl::EqualsIgnoreCase(AV(body), "infinity")) {
    result = HUGE_VAL;
    ok = true;
  } else if (absl::EqualsIgnoreCase(AV(body), "nan")) {
    result = std::nan("");
    ok = true;
  } else {
    std::string_view rest = body;
    if (rest.size() >= 2 && rest[0] == '0' &&
        (rest[1] == 'x' || rest[1] == 'X')) {
      rest.remove_prefix(2);
    }
    size_t i = 0;
    size_t digits = 0;
    while (i < rest.size() && absl::ascii_isxdigit(rest[i])) ++i, ++digits;
    if (i < rest.size() && rest[i] == '.') {
      ++i;
      while (i < rest.size() && absl::ascii_isxdigit(rest[i])) ++i, ++digits;
    }
    if (digits > 0 && i < rest.size() && (rest[i] == 'p' || rest[i] == 'P')) {
      ++i;
      if (i < rest.size() && (rest[i] == '+' || rest[i] == '-')) ++i;
      size_t exp_digits = 0;
      while (i < rest.size() && absl::ascii_isdigit(rest[i])) ++i, ++exp_digits;
      if (exp_digits == 0) i = rest.size() + 1;  // "p" without digits
    }
    if (digits > 0 && i == rest.size()) {
      std::string text = absl::StrCat("0x", AV(rest));
      errno = 0;
      result = std::strtod(text.c_str(), nullptr);
      if (errno == ERANGE && std::isinf(result)) {
        return RaiseFormat(ts, rt.exc.overflow_error,
                           "hexadecimal value too large to represent as a "
                           "float");
      }
      ok = true;
    }
  }
  if (!ok) {
    return RaiseValueError(ts, "invalid hexadecimal floating-point string");
  }
  Value v = Value::Float(negative ? -result : result);
  if (args[0].IsObject() && args[0].AsObject() == rt.classes.float_) return v;
  return CallValue(ts, args[0], &v, 1);
}

}  // namespace

namespace {

bool AttrNameArg(ThreadState& ts, Value v, Str** out) {
  if (!IsKind(v, ObjKind::kStr)) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "attribute name must be string, not '%s'", TypeName(ts, v));
    return false;
  }
  // Attribute dicts are keyed by interned names.
  *out = InternStr(ts, As<Str>(v)->view());
  return *out != nullptr;
}

Value ObjectSetattr(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  if (!NoKwargs(ts, "object.__setattr__", kw)) return Value::Error();
  if (nargs != 3) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "expected 2 arguments, got %d",
                       static_cast<int>(nargs) - 1);
  }
  Str* name;
  if (!AttrNameArg(ts, args[1], &name)) return Value::Error();
  return GenericSetAttr(ts, args[0], name, args[2]);
}

Value ObjectDelattr(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  if (!NoKwargs(ts, "object.__delattr__", kw)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error, "expected 1 argument, got %d",
                       static_cast<int>(nargs) - 1);
  }
  Str* name;
  if (!AttrNameArg(ts, args[1], &name)) return Value::Error();
  return GenericDelAttr(ts, args[0], name);
}

Value ObjectDir(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (nargs == 0) {
    return RaiseTypeError(ts,
                          "unbound method object.__dir__() needs an argument");
  }
  if (!MethodArgs(ts, "object", "__dir__", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  return DefaultDir(ts, args[0]);
}

}  // namespace

bool InitObjectMethods(ThreadState& ts) {
  static constexpr MethodDef kObject[] = {
      {"__setattr__", ObjectSetattr}, {"__delattr__", ObjectDelattr},
      {"__repr__", ObjectRepr},       {"__str__", ObjectStr},
      {"__eq__", ObjectEq},           {"__ne__", ObjectNe},
      {"__lt__", ObjectOrder},        {"__le__", ObjectOrder},
      {"__gt__", ObjectOrder},        {"__ge__", ObjectOrder},
      {"__hash__", ObjectHash},       {"__format__", ObjectFormat},
      {"__dir__", ObjectDir},
  };
  return AddMethods(ts, Rt(ts).classes.object, "object", kObject);
}

// float's method F on a float subclass's instance: F sees the float it
// holds (and answers a plain float where it returns self).
template <NativeFn F>
Value OnFloatValue(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  if (nargs == 0 || !IsBoxedFloat(args[0])) {
    return F(ts, args, nargs, kwnames);
  }
  std::vector<Value> a(args, args + nargs + NumKw(kwnames));
  a[0] = FloatPlain(a[0]);
  return F(ts, a.data(), nargs, kwnames);
}

bool InitNumberMethods(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  static constexpr MethodDef kFloat[] = {
      {"is_integer", OnFloatValue<FloatIsInteger>},
      {"as_integer_ratio", OnFloatValue<FloatAsIntegerRatio>},
      {"conjugate", OnFloatValue<FloatConjugate>},
      {"hex", OnFloatValue<FloatHex>},
  };
  return AddClassMethod(ts, rt.classes.float_, "float", "fromhex",
                        FloatFromhex) &&
         InitIntMethods(ts) && InitComplexMethods(ts) &&
         AddMethods(ts, rt.classes.float_, "float", kFloat) &&
         AddNativeProperty(ts, rt.classes.int_, "int", "real", NumberReal) &&
         AddNativeProperty(ts, rt.classes.int_, "int", "imag", NumberImag) &&
         AddNativeProperty(ts, rt.classes.int_, "int", "numerator",
                           NumberReal) &&
         AddNativeProperty(ts, rt.classes.int_, "int", "denominator",
                           IntDenominator) &&
         AddNativeProperty(ts, rt.classes.float_, "float", "real",
                           OnFloatValue<NumberReal>) &&
         AddNativeProperty(ts, rt.classes.float_, "float", "imag",
                           OnFloatValue<NumberImag>);
}

}  // namespace builtins
}  // namespace interp
