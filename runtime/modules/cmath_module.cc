// cmath: the complex elementary functions. Finite arguments follow the
// formulas of CPython's cmathmodule.c (scaled to avoid needless overflow,
// log1p near the unit circle), so results match CPython to the last bit;
// infinite and NaN arguments take C99 Annex G special values from libm's
// complex functions, which CPython's special-value tables reproduce.
// Errors as CPython: ValueError "math domain error" (log(0), atanh(1),
// an infinite imaginary part where the result has none), OverflowError
// "math range error" when a finite argument overflows.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <complex>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/complex_type.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/tuple.h"

namespace interp {
namespace builtins {
namespace {

using C = ComplexParts;
using StdC = std::complex<double>;

constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;
const double kLargeDouble = DBL_MAX / 4.0;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;

enum class Err { kNone, kDomain, kRange };

bool Finite(C z) { return std::isfinite(z.re) && std::isfinite(z.im); }
StdC Std(C z) { return {z.re, z.im}; }
C FromStd(StdC z) { return {z.real(), z.imag()}; }
// i*z and -i*z: cos, sin, tan, asin, atan go through the hyperbolic forms.
C TimesI(C z) { return {-z.im, z.re}; }
C TimesMinusI(C z) { return {z.im, -z.re}; }
Err OverflowIfInf(C r) {
  return std::isinf(r.re) || std::isinf(r.im) ? Err::kRange : Err::kNone;
}

C Sqrt(C z, Err* err) {
  *err = Err::kNone;
  if (!Finite(z)) return FromStd(std::sqrt(Std(z)));
  if (z.re == 0.0 && z.im == 0.0) return {0.0, z.im};
  double ax = std::fabs(z.re), ay = std::fabs(z.im);
  double s;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = std::ldexp(ax, kScaleUp);
    s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))),
                   kScaleDown);
  } else {
    ax /= 8.0;
    s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
  }
  double d = ay / (2.0 * s);
  if (z.re >= 0.0) return {s, std::copysign(d, z.im)};
  return {d, std::copysign(s, z.im)};
}

C Exp(C z, Err* err) {
  *err = Err::kNone;
  if (!Finite(z)) {
    if (std::isinf(z.im) &&
        (std::isfinite(z.re) || (std::isinf(z.re) && z.re > 0))) {
      *err = Err::kDomain;
    }
    return FromStd(std::exp(Std(z)));
  }
  C r;
  if (z.re > kLogLargeDouble) {
    double l = std::exp(z.re - 1.0);
    r = {l * std::cos(z.im) * M_E, l * std::sin(z.im) * M_E};
  } else {
    double l = std::exp(z.re);
    r = {l * std::cos(z.im), l * std::sin(z.im)};
  }
  *err = OverflowIfInf(r);
  return r;
}

C Cosh(C z, Err* err) {
  *err = Err::kNone;
  if (!Finite(z)) {
    if (std::isinf(z.im) && !std::isnan(z.re)) *err = Err::kDomain;
    return FromStd(std::cosh(Std(z)));
  }
  C r;
  if (std::fabs(z.re) > kLogLargeDouble) {
    double x = z.re - std::copysign(1.0, z.re);
    r = {std::cos(z.im) * std::cosh(x) * M_E,
         std::sin(z.im) * std::sinh(x) * M_E};
  } else {
    r = {std::cos(z.im) * std::cosh(z.re), std::sin(z.im) * std::sinh(z.re)};
  }
  *err = OverflowIfInf(r);
  return r;
}

C Sinh(C z, Err* err) {
  *err = Err::kNone;
  if (!Finite(z)) {
    if (std::isinf(z.im) && !std::isnan(z.re)) *err = Err::kDomain;
    return FromStd(std::sinh(Std(z)));
  }
  C r;
  if (std::fabs(z.re) > kLogLargeDouble) {
    double x = z.re - std::copysign(1.0, z.re);
    r = {std::cos(z.im) * std::sinh(x) * M_E,
         std::sin(z.im) * std::cosh(x) * M_E};
  } else {
    r = {std::cos(z.im) * std::sinh(z.re), std::sin(z.im) * std::cosh(z.re)};
  }
  *err = OverflowIfInf(r);
  return r;
}

C Tanh(C z, Err* err) {
  *err = Err::kNone;
  if (!Finite(z)) {
    if (std::isinf(z.im) && std::isfinite(z.re)) *err = Err::kDomain;
    return FromStd(std::tanh(Std(z)));
  }
  if (std::fabs(z.re) > kSqrtLargeDouble) {
    return {std::copysign(1.0, z.re), 4.0 * std::sin(z.im) * std::cos(z.im) *
                                          std::exp(-2.0 * std::fabs(z.re))};
  }
  double tx = std::tanh(z.re);
  double ty = std::tan(z.im);
  double cx = 1.0 / std::cosh(z.re);
  double txty = tx * ty;
  double denom = 1.0 + txty * txty;
  return {tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx};
}

C Cos(C z, Err* err) { return Cosh(TimesI(z), err); }
C Sin(C z, Err* err) { return TimesMinusI(Sinh(TimesI(z), err)); }
C Tan(C z, Err* err) { return TimesMinusI(Tanh(TimesI(z), err)); }

C Log(C z, Err* err) {
  *err = Err::kNone;
  if (!Finite(z)) return FromStd(std::log(Std(z)));
  double ax = std::fabs(z.re), ay = std::fabs(z.im);
  double re;
  if (ax > kLargeDouble || ay > kLargeDouble) {
    re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0.0 || ay > 0.0) {
      re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG),
                               std::ldexp(ay, DBL_MANT_DIG))) -
           DBL_MANT_DIG * kLn2;
    } else {
      *err = Err::kDomain;
      return {-INFINITY, std::atan2(z.im, z.re)};
    }
  } else {
    double h = std::hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      double am = ax > ay ? ax : ay;
      double an = ax > ay ? ay : ax;
      re = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
    } else {
      re = std::log(h);
    }
  }
  return {re, std::atan2(z.im, z.re)};
}

C Log10(C z, Err* err) {
  C r = Log(z, err);
  return {r.re / kLn10, r.im / kLn10};
}

C Acos(C z, Err* err) {
  *err = Err::kNone;
  if (!Finite(z)) return FromStd(std::acos(Std(z)));
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    double l = std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0;
    double im = z.re < 0 ? -std::copysign(l, z.im) : std::copysign(l, -z.im);
    return {std::atan2(std::fabs(z.im), z.re), im};
  }
  Err e;
  C s1 = Sqrt({1.0 - z.re, -z.im}, &e);
  C s2 = Sqrt({1.0 + z.re, z.im}, &e);
  return {2.0 * std::atan2(s1.re, s2.re),
          std::asinh(s2.re * s1.im - s2.im * s1.re)};
}

C Acosh(C z, Err* err) {
  *err = Err::kNone;
  if (!Finite(z)) return FromStd(std::acosh(Std(z)));
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    return {std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0,
            std::atan2(z.im, z.re)};
  }
  Err e;
  C s1 = Sqrt({z.re - 1.0, z.im}, &e);
  C s2 = Sqrt({z.re + 1.0, z.im}, &e);
  return {std::asinh(s1.re * s2.re + s1.im * s2.im),
          2.0 * std::atan2(s1.im, s2.re)};
}

C Asinh(C z, Err* err) {
  *err = Err::kNone;
  if (!Finite(z)) return FromStd(std::asinh(Std(z)));
  if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
    double l = std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0;
    double re = z.im >= 0 ? std::copysign(l, z.re) : -std::copysign(l, -z.re);
    return {re, std::atan2(z.im, std::fabs(z.re))};
  }
  Err e;
  C s1 = Sqrt({1.0 + z.im, -z.re}, &e);
  C s2 = Sqrt({1.0 - z.im, z.re}, &e);
  return {std::asinh(s1.re * s2.im - s2.re * s1.im),
          std::atan2(z.im, s1.re * s2.re - s1.im * s2.im)};
}

C Asin(C z, Err* err) { return TimesMinusI(Asinh(TimesI(z), err)); }

C Atanh(C z, Err* err) {
  *err = Err::kNone;
  if (!Finite(z)) return FromStd(std::atanh(Std(z)));
  if (z.re < 0) {
    C r = Atanh({-z.re, -z.im}, err);
    return {-r.re, -r.im};
  }
  double ay = std::fabs(z.im);
  if (z.re > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
    double h = std::hypot(z.re / 2.0, z.im / 2.0);
    return {z.re / 4.0 / h / h, -std::copysign(M_PI / 2.0, -z.im)};
  }
  if (z.re == 1.0 && ay < kSqrtDblMin) {
    if (ay == 0.0) {
      *err = Err::kDomain;
      return {INFINITY, z.im};
    }
    return {-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))),
            std::copysign(std::atan2(2.0, -ay) / 2.0, z.im)};
  }
  return {std::log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0,
          -std::atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0};
}

C Atan(C z, Err* err) { return TimesMinusI(Atanh(TimesI(z), err)); }

Value MathError(ThreadState& ts, Err err) {
  RuntimeState& rt = Rt(ts);
  if (err == Err::kDomain) {
    return RaiseFormat(ts, rt.exc.value_error, "math domain error");
  }
  return RaiseFormat(ts, rt.exc.overflow_error, "math range error");
}

template <C (*kFn)(C, Err*)>
Value Unary(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "cmath function", args, nargs, kw, {"z"}, 1, 1, 1, a)) {
    return Value::Error();
  }
  C z;
  if (!ToComplexArg(ts, a[0], &z)) return Value::Error();
  Err err;
  C r = kFn(z, &err);
  if (err != Err::kNone) return MathError(ts, err);
  return NewComplex(ts, r.re, r.im);
}

Value LogFn(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "log", args, nargs, kw, {"x", "base"}, 1, 2, 2, a)) {
    return Value::Error();
  }
  C x;
  if (!ToComplexArg(ts, a[0], &x)) return Value::Error();
  Err err;
  C r = Log(x, &err);
  if (!a[1].IsEmpty()) {
    C base;
    if (!ToComplexArg(ts, a[1], &base)) return Value::Error();
    // As in CPython, only the base's logarithm and the division report
    // errors once a base is given: log(0, 2) is (-inf+nanj).
    C lb = Log(base, &err);
    C q;
    if (!ComplexQuot(r, lb, &q)) err = Err::kDomain;
    r = q;
  }
  if (err != Err::kNone) return MathError(ts, err);
  return NewComplex(ts, r.re, r.im);
}

Value Phase(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "phase", args, nargs, kw, {"z"}, 1, 1, 1, a)) {
    return Value::Error();
  }
  C z;
  if (!ToComplexArg(ts, a[0], &z)) return Value::Error();
  return Value::Float(std::atan2(z.im, z.re));
}

Value Polar(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "polar", args, nargs, kw, {"z"}, 1, 1, 1, a)) {
    return Value::Error();
  }
  C z;
  if (!ToComplexArg(ts, a[0], &z)) return Value::Error();
  double r;
  if (!ComplexAbs(z, &r)) return MathError(ts, Err::kRange);
  Tuple* t = NewTuple(ts, 2);
  if (t == nullptr) return Value::Error();
  t->items[0] = Value::Float(r);
  t->items[1] = Value::Float(std::atan2(z.im, z.re));
  return Value::Obj(t);
}

Value Rect(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "rect", args, nargs, kw, {"r", "phi"}, 2, 2, 2, a)) {
    return Value::Error();
  }
  double r, phi;
  if (!ToDouble(ts, a[0], &r) || !ToDouble(ts, a[1], &phi)) {
    return Value::Error();
  }
  C z;
  if (!std::isfinite(r) || !std::isfinite(phi)) {
    if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
      double sign = r > 0 ? 1.0 : -1.0;
      z = {sign * std::copysign(INFINITY, std::cos(phi)),
           sign * std::copysign(INFINITY, std::sin(phi))};
    } else {
      // r * e**(i*phi) with Annex G's special values.
      StdC e = std::polar(1.0, phi);
      if (std::isinf(r) && phi == 0.0) {
        z = {r, phi * (r > 0 ? 1.0 : -1.0)};
      } else {
        z = FromStd(StdC(r, 0.0) * e);
        if (std::isnan(phi)) z = {std::isinf(r) ? INFINITY : NAN, NAN};
        if (std::isnan(r)) z = {NAN, phi == 0.0 ? phi : NAN};
      }
    }
    if (r != 0.0 && !std::isnan(r) && std::isinf(phi)) {
      return MathError(ts, Err::kDomain);
    }
  } else if (phi == 0.0) {
    z = {r, r * phi};
  } else {
    z = {r * std::cos(phi), r * std::sin(phi)};
  }
  return NewComplex(ts, z.re, z.im);
}

template <bool (*kTest)(C)>
Value Predicate(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "cmath predicate", args, nargs, kw, {"z"}, 1, 1, 1, a)) {
    return Value::Error();
  }
  C z;
  if (!ToComplexArg(ts, a[0], &z)) return Value::Error();
  return Value::Bool(kTest(z));
}

bool IsFiniteC(C z) { return Finite(z); }
bool IsInfC(C z) { return std::isinf(z.re) || std::isinf(z.im); }
bool IsNanC(C z) { return std::isnan(z.re) || std::isnan(z.im); }

Value IsClose(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "isclose", args, nargs, kw,
                {"a", "b", "rel_tol", "abs_tol"}, 2, 2, 2, a)) {
    return Value::Error();
  }
  C x, y;
  if (!ToComplexArg(ts, a[0], &x) || !ToComplexArg(ts, a[1], &y)) {
    return Value::Error();
  }
  double rel_tol = 1e-09, abs_tol = 0.0;
  if (!a[2].IsEmpty() && !ToDouble(ts, a[2], &rel_tol)) return Value::Error();
  if (!a[3].IsEmpty() && !ToDouble(ts, a[3], &abs_tol)) return Value::Error();
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    return RaiseFormat(ts, Rt(ts).exc.value_error,
                       "tolerances must be non-negative");
  }
  if (x.re == y.re && x.im == y.im) return Value::Bool(true);
  if (IsInfC(x) || IsInfC(y)) return Value::Bool(false);
  double diff;
  ComplexAbs({x.re - y.re, x.im - y.im}, &diff);
  double ax, ay;
  ComplexAbs(x, &ax);
  ComplexAbs(y, &ay);
  return Value::Bool((diff <= rel_tol * ay) || (diff <= rel_tol * ax) ||
                     diff <= abs_tol);
}

Module* InitCmathModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "cmath"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"acos", Unary<Acos>},
      {"acosh", Unary<Acosh>},
      {"asin", Unary<Asin>},
      {"asinh", Unary<Asinh>},
      {"atan", Unary<Atan>},
      {"atanh", Unary<Atanh>},
      {"cos", Unary<Cos>},
      {"cosh", Unary<Cosh>},
      {"exp", Unary<Exp>},
      {"log", LogFn},
      {"log10", Unary<Log10>},
      {"sin", Unary<Sin>},
      {"sinh", Unary<Sinh>},
      {"sqrt", Unary<Sqrt>},
      {"tan", Unary<Tan>},
      {"tanh", Unary<Tanh>},
      {"phase", Phase},
      {"polar", Polar},
      {"rect", Rect},
      {"isfinite", Predicate<IsFiniteC>},
      {"isinf", Predicate<IsInfC>},
      {"isnan", Predicate<IsNanC>},
      {"isclose", IsClose},
  };
  for (const MethodDef& f : kFunctions) {
    if (!AddFunction(ts, m, f.name, f.fn)) return nullptr;
  }
  struct {
    const char* name;
    double re, im;
    bool complex;
  } constants[] = {
      {"pi", M_PI, 0, false},      {"e", M_E, 0, false},
      {"tau", 2 * M_PI, 0, false}, {"inf", INFINITY, 0, false},
      {"nan", NAN, 0, false},      {"infj", 0, INFINITY, true},
      {"nanj", 0, NAN, true},
  };
  for (const auto& c : constants) {
    Value v = c.complex ? NewComplex(ts, c.re, c.im) : Value::Float(c.re);
    if (v.IsError() || !AddValue(ts, m, c.name, v)) return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("cmath", InitCmathModule);

}  // namespace builtins
}  // namespace interp
