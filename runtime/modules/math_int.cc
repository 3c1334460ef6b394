// The integer functions of `math` (factorial, gcd, lcm, comb, perm, isqrt)
// on 64-bit ints. Kept apart from the float functions: the arbitrary-
// precision paths replace the overflow errors here.
#include <cmath>
#include <cstdint>
#include <numeric>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/modules/math_internal.h"
#include "runtime/objects/protocols.h"

namespace interp {
namespace builtins {
namespace math {
namespace {

Value IntOverflow(ThreadState& ts) {
  return RaiseOverflowError(ts, "integer result too large (no big ints yet)");
}

// An int argument: floats are refused like CPython's math functions do.
bool IntArg(ThreadState& ts, Value v, int64_t* out) {
  if (v.IsFloat()) {
    RaiseTypeError(ts, "'float' object cannot be interpreted as an integer");
    return false;
  }
  return ToIndex(ts, v, out);
}

}  // namespace

Value Factorial(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "factorial", nargs, kw, 1)) return Value::Error();
  int64_t n;
  if (!IntArg(ts, args[0], &n)) return Value::Error();
  if (n < 0) {
    return RaiseValueError(ts, "factorial() not defined for negative values");
  }
  int64_t r = 1;
  for (int64_t i = 2; i <= n; ++i) {
    if (__builtin_mul_overflow(r, i, &r)) return IntOverflow(ts);
  }
  return Value::Int(r);
}

Value Gcd(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "gcd", kw)) return Value::Error();
  uint64_t g = 0;
  for (uint32_t i = 0; i < nargs; ++i) {
    int64_t v;
    if (!IntArg(ts, args[i], &v)) return Value::Error();
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : v;
    g = std::gcd(g, m);
  }
  if (g > static_cast<uint64_t>(INT64_MAX)) return IntOverflow(ts);
  return Value::Int(static_cast<int64_t>(g));
}

Value Lcm(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "lcm", kw)) return Value::Error();
  uint64_t l = 1;
  bool overflow = false;
  for (uint32_t i = 0; i < nargs; ++i) {
    int64_t v;
    if (!IntArg(ts, args[i], &v)) return Value::Error();
    uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : v;
    if (m == 0 || l == 0) {
      l = 0;
      continue;
    }
    uint64_t g = std::gcd(l, m);
    if (__builtin_mul_overflow(l / g, m, &l)) overflow = true;
  }
  // A zero argument makes the result 0 even after an overflow.
  if (l != 0 && (overflow || l > static_cast<uint64_t>(INT64_MAX))) {
    return IntOverflow(ts);
  }
  return Value::Int(static_cast<int64_t>(l));
}

Value Comb(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "comb", kw)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "comb expected 2 arguments, got %d", nargs);
  }
  int64_t n, k;
  if (!IntArg(ts, args[0], &n) || !IntArg(ts, args[1], &k)) {
    return Value::Error();
  }
  if (n < 0) return RaiseValueError(ts, "n must be a non-negative integer");
  if (k < 0) return RaiseValueError(ts, "k must be a non-negative integer");
  if (k > n) return Value::Int(0);
  if (k > n - k) k = n - k;
  // r stays C(n - k + i, i) at every step, an exact division.
  unsigned __int128 r = 1;
  for (int64_t i = 1; i <= k; ++i) {
    r = r * static_cast<uint64_t>(n - k + i) / static_cast<uint64_t>(i);
    if (r > static_cast<unsigned __int128>(INT64_MAX)) return IntOverflow(ts);
  }
  return Value::Int(static_cast<int64_t>(r));
}

Value Perm(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "perm", kw)) return Value::Error();
  if (nargs < 1 || nargs > 2) {
    if (nargs < 1) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "perm expected at least 1 argument, got %d", nargs);
    }
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "perm expected at most 2 arguments, got %d", nargs);
  }
  if (nargs == 1 || args[1].IsNone()) return Factorial(ts, args, 1, nullptr);
  int64_t n, k;
  if (!IntArg(ts, args[0], &n) || !IntArg(ts, args[1], &k)) {
    return Value::Error();
  }
  if (n < 0) return RaiseValueError(ts, "n must be a non-negative integer");
  if (k < 0) return RaiseValueError(ts, "k must be a non-negative integer");
  if (k > n) return Value::Int(0);
  int64_t r = 1;
  for (int64_t i = 0; i < k; ++i) {
    if (__builtin_mul_overflow(r, n - i, &r)) return IntOverflow(ts);
  }
  return Value::Int(r);
}

Value Isqrt(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!Arity(ts, "isqrt", nargs, kw, 1)) return Value::Error();
  int64_t n;
  if (!IntArg(ts, args[0], &n)) return Value::Error();
  if (n < 0) return RaiseValueError(ts, "isqrt() argument must be nonnegative");
  auto u = static_cast<uint64_t>(n);
  auto r = static_cast<uint64_t>(std::sqrt(static_cast<double>(u)));
  // The double estimate is within one of the answer; settle it exactly.
  while (r > 0 && static_cast<unsigned __int128>(r) * r > u) --r;
  while (static_cast<unsigned __int128>(r + 1) * (r + 1) <= u) ++r;
  return Value::Int(static_cast<int64_t>(r));
}

}  // namespace math
}  // namespace builtins
}  // namespace interp
