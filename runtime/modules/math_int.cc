// The integer functions of the math module: factorial, comb, perm, isqrt,
// gcd and lcm on ints of any size (GMP), with CPython's messages.
#include "runtime/modules/math_int.h"

#include <cmath>
#include <cstdint>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/protocols.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

// An integer argument: int, bool, BigInt or __index__; floats are refused
// with CPython's message.
bool IntArg(ThreadState& ts, Value v, Value* out) {
  if (v.IsFloat()) {
    RaiseTypeError(ts, "'float' object cannot be interpreted as an integer");
    return false;
  }
  return ToInteger(ts, v, out);
}

// log2(n!) by Stirling, for the size check before the work.
double FactorialBits(double n) {
  if (n < 2) return 1;
  return (n * std::log(n) - n + 0.5 * std::log(2 * M_PI * n)) / std::log(2.0) +
         1;
}

Value Factorial(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "factorial", kw) ||
      !CheckArgCount(ts, "factorial", nargs, 1, 1)) {
    return Value::Error();
  }
  Value n;
  if (!IntArg(ts, args[0], &n)) return Value::Error();
  if (IntSign(n) < 0) {
    return RaiseValueError(ts, "factorial() not defined for negative values");
  }
  if (!n.IsIntLike()) {
    return RaiseOverflowError(
        ts, "factorial() argument should not exceed 9223372036854775807");
  }
  if (!CheckIntResultBits(ts, FactorialBits(static_cast<double>(n.AsInt())))) {
    return Value::Error();
  }
  Mpz r;
  mpz_fac_ui(r.get(), static_cast<unsigned long>(n.AsInt()));
  return IntFromMpz(ts, r.get());
}

// comb(n, k) and perm(n, k) share the argument rules.
bool CombArgs(ThreadState& ts, const Value* args, Value* n, Value* k) {
  if (!IntArg(ts, args[0], n) || !IntArg(ts, args[1], k)) return false;
  if (IntSign(*n) < 0) {
    RaiseValueError(ts, "n must be a non-negative integer");
    return false;
  }
  if (IntSign(*k) < 0) {
    RaiseValueError(ts, "k must be a non-negative integer");
    return false;
  }
  return true;
}

Value Comb(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "comb", kw)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "comb expected 2 arguments, got %d", nargs);
  }
  Value n, k;
  if (!CombArgs(ts, args, &n, &k)) return Value::Error();
  TempRoots roots(ts);
  roots.Add(n);
  roots.Add(k);
  if (IntCompare(k, n) > 0) return Value::Int(0);
  // comb(n, k) == comb(n, n - k): the smaller one sets the work.
  Value nk = IntBinary(ts, BinOp::kSub, n, k);
  if (nk.IsError()) return nk;
  roots.Add(nk);
  Value small = IntCompare(nk, k) < 0 ? nk : k;
  if (!small.IsIntLike()) {
    return RaiseOverflowError(
        ts, "min(n - k, k) must not exceed 9223372036854775807");
  }
  double kk = static_cast<double>(small.AsInt());
  if (!CheckIntResultBits(ts, kk * static_cast<double>(IntBitLength(n)) + 1)) {
    return Value::Error();
  }
  IntView nv(n);
  Mpz r;
  mpz_bin_ui(r.get(), nv.get(), static_cast<unsigned long>(small.AsInt()));
  return IntFromMpz(ts, r.get());
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
  Value n, k;
  if (!CombArgs(ts, args, &n, &k)) return Value::Error();
  if (IntCompare(k, n) > 0) return Value::Int(0);
  if (!k.IsIntLike()) {
    return RaiseOverflowError(ts, "k must not exceed 9223372036854775807");
  }
  double kk = static_cast<double>(k.AsInt());
  if (!CheckIntResultBits(ts, kk * static_cast<double>(IntBitLength(n)) + 1)) {
    return Value::Error();
  }
  // n * (n - 1) * ... * (n - k + 1): the rising factorial from n - k + 1.
  IntView nv(n);
  Mpz base, r;
  mpz_sub_ui(base.get(), nv.get(), static_cast<unsigned long>(k.AsInt()));
  mpz_add_ui(base.get(), base.get(), 1);
  NativePoll poll(ts, /*at_safe_point=*/false);
  if (mpz_fits_ulong_p(nv.get())) {
    mpz_fac_ui(r.get(), mpz_get_ui(nv.get()));
    Mpz d;
    mpz_sub_ui(d.get(), base.get(), 1);
    mpz_fac_ui(d.get(), mpz_get_ui(d.get()));
    mpz_divexact(r.get(), r.get(), d.get());
  } else {
    mpz_set_ui(r.get(), 1);
    for (int64_t i = 0; i < k.AsInt(); ++i) {
      if (!poll.Tick()) return Value::Error();
      mpz_mul(r.get(), r.get(), base.get());
      mpz_add_ui(base.get(), base.get(), 1);
    }
  }
  return IntFromMpz(ts, r.get());
}

Value Isqrt(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "isqrt", kw) || !CheckArgCount(ts, "isqrt", nargs, 1, 1)) {
    return Value::Error();
  }
  Value n;
  if (!IntArg(ts, args[0], &n)) return Value::Error();
  if (IntSign(n) < 0) {
    return RaiseValueError(ts, "isqrt() argument must be nonnegative");
  }
  IntView nv(n);
  Mpz r;
  mpz_sqrt(r.get(), nv.get());
  return IntFromMpz(ts, r.get());
}

Value Gcd(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "gcd", kw)) return Value::Error();
  Mpz g;
  for (uint32_t i = 0; i < nargs; ++i) {
    Value v;
    if (!IntArg(ts, args[i], &v)) return Value::Error();
    IntView x(v);
    mpz_gcd(g.get(), g.get(), x.get());
  }
  return IntFromMpz(ts, g.get());
}

Value Lcm(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "lcm", kw)) return Value::Error();
  Mpz l;
  mpz_set_ui(l.get(), 1);
  for (uint32_t i = 0; i < nargs; ++i) {
    Value v;
    if (!IntArg(ts, args[i], &v)) return Value::Error();
    IntView x(v);
    if (!CheckIntResultBits(ts,
                            static_cast<double>(mpz_sizeinbase(l.get(), 2)) +
                                static_cast<double>(IntBitLength(v)))) {
      return Value::Error();
    }
    mpz_lcm(l.get(), l.get(), x.get());
  }
  return IntFromMpz(ts, l.get());
}

}  // namespace

bool AddMathIntFunctions(ThreadState& ts, Module* m) {
  static constexpr MethodDef kFunctions[] = {
      {"factorial", Factorial}, {"comb", Comb}, {"perm", Perm},
      {"isqrt", Isqrt},         {"gcd", Gcd},   {"lcm", Lcm},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return false;
  }
  return true;
}

}  // namespace builtins
}  // namespace interp
