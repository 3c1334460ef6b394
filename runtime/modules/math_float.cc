// The float functions of `math` that need more than a libm call and a
// NaN/infinity check: gamma and lgamma (Lanczos approximation, as CPython
// computes them, so results agree to the last bit), the n-ary norm behind
// hypot and dist (scaled, with an exact correction step), fsum (Shewchuk's
// exact partial sums) and the bit-level helpers (frexp, ldexp, ulp, ...).
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdint>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/modules/math_internal.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace math {
namespace {

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

// What a special function reports besides its value (CPython's errno use):
// kDomain raises ValueError, kRange OverflowError unless the result is an
// underflow.
enum class FnError { kNone, kDomain, kRange };

Value Finish(ThreadState& ts, double r, FnError err) {
  if (err == FnError::kDomain) return DomainError(ts);
  if (err == FnError::kRange && std::fabs(r) >= 1.5) return RangeError(ts);
  return Value::Float(r);
}

bool OneDouble(ThreadState& ts, const char* name, const Value* args,
               uint32_t nargs, Tuple* kw, double* x) {
  return Arity(ts, name, nargs, kw, 1) && ToDouble(ts, args[0], x);
}

bool TwoDoubles(ThreadState& ts, const char* name, const Value* args,
                uint32_t nargs, Tuple* kw, double* x, double* y) {
  return Arity(ts, name, nargs, kw, 2) && ToDouble(ts, args[0], x) &&
         ToDouble(ts, args[1], y);
}

// The libm-style check: NaN from non-NaN is a domain error, an infinity
// from a finite argument a range (or, when it cannot overflow, domain)
// error.
Value Checked1(ThreadState& ts, double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return DomainError(ts);
  if (std::isinf(r) && std::isfinite(x)) {
    return can_overflow ? RangeError(ts) : DomainError(ts);
  }
  return Value::Float(r);
}

// sin(pi * x), exact at integers and half-integers (reflection formula).
double SinPi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int quadrant = static_cast<int>(std::round(2.0 * y));
  double r;
  switch (quadrant) {
    case 0:
      r = std::sin(kPi * y);
      break;
    case 1:
      r = std::cos(kPi * (y - 0.5));
      break;
    case 2:
      r = std::sin(kPi * (1.0 - y));  // keeps +0.0 at y == 1
      break;
    case 3:
      r = -std::cos(kPi * (y - 1.5));
      break;
    default:
      r = std::sin(kPi * (y - 2.0));
      break;
  }
  return std::copysign(1.0, x) * r;
}

// Lanczos approximation, N = 13, g = 6.024680040776729583740234375 (the
// Boost parameters), as a rational function.
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {
    0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0,
    45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
    1925.0,     66.0,       1.0};

double LanczosSum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN - 1; i >= 0; --i) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    // In 1/x for large x: no overflow, better accuracy.
    for (int i = 0; i < kLanczosN; ++i) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

double TGamma(double x, FnError* err) {
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return x;
    *err = FnError::kDomain;
    return NAN;
  }
  if (x == 0.0) {
    *err = FnError::kDomain;
    return std::copysign(HUGE_VAL, x);
  }
  if (x == std::floor(x)) {
    if (x < 0.0) {
      *err = FnError::kDomain;
      return NAN;
    }
    if (x <= 23.0) {
      double f = 1.0;
      for (int i = 2; i < static_cast<int>(x); ++i) f *= i;
      return f;
    }
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) *err = FnError::kRange;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / SinPi(x);
    *err = FnError::kRange;
    return HUGE_VAL;
  }
  double y = absx + kLanczosGMinusHalf;
  // z: the rounding error of y, folded in as a first-order correction.
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -kPi / SinPi(absx) / absx * std::exp(y) / LanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double half = std::pow(y, absx / 2.0 - 0.25);
      r /= half;
      r /= half;
    }
  } else {
    r = LanczosSum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double half = std::pow(y, absx / 2.0 - 0.25);
      r *= half;
      r *= half;
    }
  }
  if (std::isinf(r)) *err = FnError::kRange;
  return r;
}

double LGamma(double x, FnError* err) {
  if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      *err = FnError::kDomain;
      return HUGE_VAL;
    }
    return 0.0;
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return -std::log(absx);
  double r = std::log(LanczosSum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) {
    r = kLogPi - std::log(std::fabs(SinPi(absx))) - std::log(absx) - r;
  }
  if (std::isinf(r)) *err = FnError::kRange;
  return r;
}

// sqrt(sum(v*v)) of non-negative finite values, correctly rounded in
// practice: scale by the largest exponent, accumulate the squares in
// double-length, then one Newton correction of the root.
double VectorNorm(std::vector<double>& v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || v.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    for (double& x : v) x /= DBL_MIN;
    return DBL_MIN * VectorNorm(v, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  auto add_product = [&](double a, double b) {
    double hi = a * b;
    double lo = std::fma(a, b, -hi);
    double s = csum + hi;
    frac2 += (csum - s) + hi;  // |csum| >= |hi| here
    csum = s;
    frac1 += lo;
  };
  for (double x : v) {
    x *= scale;
    add_product(x, x);
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  add_product(-h, h);
  double x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

}  // namespace

Value Remainder(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double x, y;
  if (!TwoDoubles(ts, "remainder", args, nargs, kw, &x, &y)) {
    return Value::Error();
  }
  double r = std::remainder(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) {
    return DomainError(ts);
  }
  return Value::Float(r);
}

Value Erf(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double x;
  if (!OneDouble(ts, "erf", args, nargs, kw, &x)) return Value::Error();
  return Value::Float(std::erf(x));
}

Value Erfc(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double x;
  if (!OneDouble(ts, "erfc", args, nargs, kw, &x)) return Value::Error();
  return Value::Float(std::erfc(x));
}

Value Gamma(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double x;
  if (!OneDouble(ts, "gamma", args, nargs, kw, &x)) return Value::Error();
  FnError err = FnError::kNone;
  double r = TGamma(x, &err);
  return Finish(ts, r, err);
}

Value Lgamma(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double x;
  if (!OneDouble(ts, "lgamma", args, nargs, kw, &x)) return Value::Error();
  FnError err = FnError::kNone;
  double r = LGamma(x, &err);
  return Finish(ts, r, err);
}

Value Cbrt(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double x;
  if (!OneDouble(ts, "cbrt", args, nargs, kw, &x)) return Value::Error();
  return Checked1(ts, x, std::cbrt(x), false);
}

Value Exp2(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double x;
  if (!OneDouble(ts, "exp2", args, nargs, kw, &x)) return Value::Error();
  return Checked1(ts, x, std::exp2(x), true);
}

Value Nextafter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double x, y;
  if (!TwoDoubles(ts, "nextafter", args, nargs, kw, &x, &y)) {
    return Value::Error();
  }
  return Value::Float(std::nextafter(x, y));
}

Value Ulp(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double x;
  if (!OneDouble(ts, "ulp", args, nargs, kw, &x)) return Value::Error();
  if (std::isnan(x)) return Value::Float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return Value::Float(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return Value::Float(x - std::nextafter(x, -INFINITY));
  return Value::Float(up - x);
}

Value Frexp(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double x;
  if (!OneDouble(ts, "frexp", args, nargs, kw, &x)) return Value::Error();
  int e = 0;
  double m = x;
  if (std::isfinite(x) && x != 0.0) m = std::frexp(x, &e);
  Value items[2] = {Value::Float(m), Value::Int(e)};
  Tuple* t = NewTupleFrom(ts, items, 2);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value Ldexp(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "ldexp", nargs, kw, 2)) return Value::Error();
  double x;
  if (!ToDouble(ts, args[0], &x)) return Value::Error();
  if (!args[1].IsIntLike()) {
    return RaiseTypeError(ts, "Expected an int as second argument to ldexp.");
  }
  int64_t e = args[1].AsInt();
  if (x == 0.0 || !std::isfinite(x)) return Value::Float(x);
  if (e > INT_MAX) return RangeError(ts);
  if (e < INT_MIN) return Value::Float(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return RangeError(ts);
  return Value::Float(r);
}

Value Hypot(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "hypot", kw)) return Value::Error();
  std::vector<double> v(nargs);
  double max = 0.0;
  bool found_nan = false;
  for (uint32_t i = 0; i < nargs; ++i) {
    double x;
    if (!ToDouble(ts, args[i], &x)) return Value::Error();
    x = std::fabs(x);
    v[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::Float(VectorNorm(v, max, found_nan));
}

Value Dist(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "dist", nargs, kw, 2)) return Value::Error();
  TempRoots roots(ts);
  List* p = IterableToList(ts, args[0]);
  if (p == nullptr) return Value::Error();
  roots.Add(Value::Obj(p));
  List* q = IterableToList(ts, args[1]);
  if (q == nullptr) return Value::Error();
  roots.Add(Value::Obj(q));
  if (p->size != q->size) {
    return RaiseValueError(ts,
                           "both points must have the same number of "
                           "dimensions");
  }
  std::vector<double> v(p->size);
  double max = 0.0;
  bool found_nan = false;
  for (uint32_t i = 0; i < p->size; ++i) {
    double a, b;
    if (!ToDouble(ts, p->items[i], &a) || !ToDouble(ts, q->items[i], &b)) {
      return Value::Error();
    }
    double x = std::fabs(a - b);
    v[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return Value::Float(VectorNorm(v, max, found_nan));
}

Value Fsum(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "fsum", nargs, kw, 1)) return Value::Error();
  List* l = IterableToList(ts, args[0]);
  if (l == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(l));
  // Non-overlapping partials, smallest magnitude first; their exact sum is
  // the exact sum of the items so far.
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  NativePoll poll(ts);
  for (uint32_t k = 0; k < l->size; ++k) {
    if (!poll.Tick()) return Value::Error();
    double x;
    if (!ToDouble(ts, l->items[k], &x)) return Value::Error();
    const double original = x;
    size_t n = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[n++] = lo;
      x = hi;
    }
    partials.resize(n);
    if (x == 0.0) continue;
    if (!std::isfinite(x)) {
      if (std::isfinite(original)) {
        return RaiseOverflowError(ts, "intermediate overflow in fsum");
      }
      if (std::isinf(original)) inf_sum += original;
      special_sum += original;
      partials.clear();
    } else {
      partials.push_back(x);
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) {
      return RaiseValueError(ts, "-inf + inf in fsum");
    }
    return Value::Float(special_sum);
  }
  double hi = 0.0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    double lo = 0.0;
    // Add from the largest down until the running sum turns inexact.
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) break;
    }
    // Round half to even correctly when the dropped rest is not zero.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) ||
                  (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return Value::Float(hi);
}

}  // namespace math
}  // namespace builtins
}  // namespace interp
