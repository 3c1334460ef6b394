// The `math` module. Errors follow CPython's rules: a NaN result from a
// non-NaN argument is "math domain error" (ValueError); an infinite result
// from finite arguments is "math range error" (OverflowError) where the
// function can overflow, a domain error otherwise.
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/modules/math_int.h"
#include "runtime/modules/math_internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace math {

Value DomainError(ThreadState& ts) {
  return RaiseValueError(ts, "math domain error");
}
Value RangeError(ThreadState& ts) {
  return RaiseOverflowError(ts, "math range error");
}

bool Arity(ThreadState& ts, const char* name, uint32_t nargs, Tuple* kw,
           uint32_t n) {
  if (!NoKwargs(ts, name, kw)) return false;
  if (nargs == n) return true;
  if (n == 1) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "math.%s() takes exactly one argument (%d given)", name, nargs);
  } else {
    RaiseFormat(ts, Rt(ts).exc.type_error, "%s expected %d arguments, got %d",
                name, n, nargs);
  }
  return false;
}

}  // namespace math

namespace {

using namespace math;  // the functions of math_float.cc

Value Checked(ThreadState& ts, double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return DomainError(ts);
  if (std::isinf(r) && std::isfinite(x)) {
    return can_overflow ? RangeError(ts) : DomainError(ts);
  }
  return Value::Float(r);
}

template <double (*F)(double), bool kCanOverflow>
Value Math1(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
            const char* name) {
  if (!Arity(ts, name, nargs, kw, 1)) return Value::Error();
  double x;
  if (!ToDouble(ts, args[0], &x)) return Value::Error();
  errno = 0;
  return Checked(ts, x, F(x), kCanOverflow);
}

#define MATH1(Name, fn, overflow)                                              \
  Value Name(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {         \
    return Math1<static_cast<double (*)(double)>(std::fn), overflow>(ts, a, n, \
                                                                     kw, #fn); \
  }
MATH1(Sin, sin, false)
MATH1(Cos, cos, false)
MATH1(Tan, tan, false)
MATH1(Asin, asin, false)
MATH1(Acos, acos, false)
MATH1(Atan, atan, false)
MATH1(Sinh, sinh, true)
MATH1(Cosh, cosh, true)
MATH1(Tanh, tanh, false)
MATH1(Asinh, asinh, false)
MATH1(Acosh, acosh, false)
MATH1(Atanh, atanh, false)
MATH1(Exp, exp, true)
MATH1(Expm1, expm1, true)
MATH1(Fabs, fabs, false)
#undef MATH1

Value Sqrt(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "sqrt", nargs, kw, 1)) return Value::Error();
  double x;
  if (!ToDouble(ts, args[0], &x)) return Value::Error();
  if (x < 0) return DomainError(ts);
  return Value::Float(std::sqrt(x));
}

// log with a domain check (x <= 0 is an error, like CPython).
bool LogOf(ThreadState& ts, Value v, double (*f)(double), double* out) {
  if (IsBigInt(v)) {
    // Too large for a double: log(m * 2**e) = log(m) + e * log(2).
    if (IntSign(v) < 0) {
      DomainError(ts);
      return false;
    }
    IntView z(v);
    long e;
    double m = mpz_get_d_2exp(&e, z.get());
    *out = f(m) + static_cast<double>(e) * f(2.0);
    return true;
  }
  double x;
  if (!ToDouble(ts, v, &x)) return false;
  if (std::isnan(x)) {
    *out = x;
    return true;
  }
  if (x <= 0) {
    DomainError(ts);
    return false;
  }
  *out = f(x);
  return true;
}

Value Log(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "log", kw) || !CheckArgCount(ts, "log", nargs, 1, 2)) {
    return Value::Error();
  }
  double num;
  if (!LogOf(ts, args[0], std::log, &num)) return Value::Error();
  if (nargs == 1) return Value::Float(num);
  double den;
  if (!LogOf(ts, args[1], std::log, &den)) return Value::Error();
  if (den == 0.0) return RaiseZeroDivisionError(ts, "float division by zero");
  return Value::Float(num / den);
}

Value Log2(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "log2", nargs, kw, 1)) return Value::Error();
  double r;
  if (!LogOf(ts, args[0], std::log2, &r)) return Value::Error();
  return Value::Float(r);
}

Value Log10(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "log10", nargs, kw, 1)) return Value::Error();
  double r;
  if (!LogOf(ts, args[0], std::log10, &r)) return Value::Error();
  return Value::Float(r);
}

Value Log1p(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "log1p", nargs, kw, 1)) return Value::Error();
  double x;
  if (!ToDouble(ts, args[0], &x)) return Value::Error();
  if (x <= -1.0) return DomainError(ts);
  return Value::Float(std::log1p(x));
}

Value Pow(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "pow", nargs, kw, 2)) return Value::Error();
  double x, y;
  if (!ToDouble(ts, args[0], &x) || !ToDouble(ts, args[1], &y)) {
    return Value::Error();
  }
  if (x == 0.0 && y < 0.0) return DomainError(ts);
  if (std::isfinite(x) && x < 0.0 && std::isfinite(y) && y != std::floor(y)) {
    return DomainError(ts);
  }
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    return RangeError(ts);
  }
  return Value::Float(r);
}

Value Atan2(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "atan2", nargs, kw, 2)) return Value::Error();
  double y, x;
  if (!ToDouble(ts, args[0], &y) || !ToDouble(ts, args[1], &x)) {
    return Value::Error();
  }
  return Value::Float(std::atan2(y, x));
}

Value Fmod(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "fmod", nargs, kw, 2)) return Value::Error();
  double x, y;
  if (!ToDouble(ts, args[0], &x) || !ToDouble(ts, args[1], &y)) {
    return Value::Error();
  }
  if (std::isinf(x) || (y == 0.0 && !std::isnan(x))) return DomainError(ts);
  return Value::Float(std::fmod(x, y));
}

Value Copysign(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "copysign", nargs, kw, 2)) return Value::Error();
  double x, y;
  if (!ToDouble(ts, args[0], &x) || !ToDouble(ts, args[1], &y)) {
    return Value::Error();
  }
  return Value::Float(std::copysign(x, y));
}

// floor/ceil/trunc return ints (CPython's errors for inf and nan).
Value ToIntResult(ThreadState& ts, double d) {
  if (std::isnan(d)) {
    return RaiseValueError(ts, "cannot convert float NaN to integer");
  }
  if (std::isinf(d)) {
    return RaiseOverflowError(ts, "cannot convert float infinity to integer");
  }
  return IntFromDouble(ts, d);
}

Value Rounding(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
               const char* name, double (*f)(double)) {
  if (!Arity(ts, name, nargs, kw, 1)) return Value::Error();
  if (args[0].IsIntLike()) return Value::Int(args[0].AsInt());
  if (IsBigInt(args[0])) return args[0];
  double x;
  if (!ToDouble(ts, args[0], &x)) return Value::Error();
  return ToIntResult(ts, f(x));
}
Value Floor(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return Rounding(ts, a, n, kw, "floor", std::floor);
}
Value Ceil(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return Rounding(ts, a, n, kw, "ceil", std::ceil);
}
Value Trunc(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return Rounding(ts, a, n, kw, "trunc", std::trunc);
}

template <bool (*P)(double)>
Value Predicate(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
                const char* name) {
  if (!Arity(ts, name, nargs, kw, 1)) return Value::Error();
  double x;
  if (!ToDouble(ts, args[0], &x)) return Value::Error();
  return Value::Bool(P(x));
}
bool IsNanD(double x) { return std::isnan(x); }
bool IsInfD(double x) { return std::isinf(x); }
bool IsFiniteD(double x) { return std::isfinite(x); }
Value Isnan(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return Predicate<IsNanD>(ts, a, n, kw, "isnan");
}
Value Isinf(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return Predicate<IsInfD>(ts, a, n, kw, "isinf");
}
Value Isfinite(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw) {
  return Predicate<IsFiniteD>(ts, a, n, kw, "isfinite");
}

Value Isclose(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "isclose", args, nargs, kw,
                {"a", "b", "rel_tol", "abs_tol"}, 2, 2, 2, a)) {
    return Value::Error();
  }
  double x, y, rel = 1e-9, abs_tol = 0.0;
  if (!ToDouble(ts, a[0], &x) || !ToDouble(ts, a[1], &y) ||
      (!a[2].IsEmpty() && !ToDouble(ts, a[2], &rel)) ||
      (!a[3].IsEmpty() && !ToDouble(ts, a[3], &abs_tol))) {
    return Value::Error();
  }
  if (rel < 0.0 || abs_tol < 0.0) {
    return RaiseValueError(ts, "tolerances must be non-negative");
  }
  if (x == y) return Value::Bool(true);
  if (std::isinf(x) || std::isinf(y)) return Value::Bool(false);
  double diff = std::fabs(y - x);
  return Value::Bool(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) ||
                     diff <= abs_tol);
}

Value Degrees(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "degrees", nargs, kw, 1)) return Value::Error();
  double x;
  if (!ToDouble(ts, args[0], &x)) return Value::Error();
  return Value::Float(x * (180.0 / M_PI));
}

Value Radians(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "radians", nargs, kw, 1)) return Value::Error();
  double x;
  if (!ToDouble(ts, args[0], &x)) return Value::Error();
  return Value::Float(x * (M_PI / 180.0));
}

Value Modf(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "modf", nargs, kw, 1)) return Value::Error();
  double x, ip;
  if (!ToDouble(ts, args[0], &x)) return Value::Error();
  double fp = std::modf(x, &ip);
  Value items[2] = {Value::Float(fp), Value::Float(ip)};
  Tuple* t = NewTupleFrom(ts, items, 2);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value Prod(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "prod", args, nargs, kw, {"iterable", "start"}, 1, 1, 1,
                a)) {
    return Value::Error();
  }
  List* l = IterableToList(ts, a[0]);
  if (l == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(l));
  Value acc = a[1].IsEmpty() ? Value::Int(1) : a[1];
  for (uint32_t i = 0; i < l->size; ++i) {
    roots.Add(acc);
    acc = BinaryOp(ts, BinOp::kMul, acc, l->items[i]);
    if (acc.IsError()) return acc;
  }
  return acc;
}

}  // namespace

Module* InitMathModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "math"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"sqrt", Sqrt},
      {"floor", Floor},
      {"ceil", Ceil},
      {"trunc", Trunc},
      {"fabs", Fabs},
      {"sin", Sin},
      {"cos", Cos},
      {"tan", Tan},
      {"asin", Asin},
      {"acos", Acos},
      {"atan", Atan},
      {"atan2", Atan2},
      {"sinh", Sinh},
      {"cosh", Cosh},
      {"tanh", Tanh},
      {"asinh", Asinh},
      {"acosh", Acosh},
      {"atanh", Atanh},
      {"exp", Exp},
      {"expm1", Expm1},
      {"log", Log},
      {"log2", Log2},
      {"log10", Log10},
      {"log1p", Log1p},
      {"pow", Pow},
      {"fmod", Fmod},
      {"copysign", Copysign},
      {"hypot", Hypot},
      {"isnan", Isnan},
      {"isinf", Isinf},
      {"isfinite", Isfinite},
      {"isclose", Isclose},
      {"degrees", Degrees},
      {"radians", Radians},
      {"modf", Modf},
      {"prod", Prod},
      {"fsum", Fsum},
      {"remainder", Remainder},
      {"erf", Erf},
      {"erfc", Erfc},
      {"gamma", Gamma},
      {"lgamma", Lgamma},
      {"cbrt", Cbrt},
      {"exp2", Exp2},
      {"nextafter", Nextafter},
      {"ulp", Ulp},
      {"frexp", Frexp},
      {"ldexp", Ldexp},
      {"dist", Dist},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  if (!AddMathIntFunctions(ts, m)) return nullptr;
  if (!AddValue(ts, m, "pi", Value::Float(M_PI)) ||
      !AddValue(ts, m, "e", Value::Float(M_E)) ||
      !AddValue(ts, m, "tau", Value::Float(2 * M_PI)) ||
      !AddValue(ts, m, "inf", Value::Float(INFINITY)) ||
      !AddValue(ts, m, "nan", Value::Float(NAN))) {
    return nullptr;
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("math", InitMathModule);

}  // namespace builtins
}  // namespace interp
