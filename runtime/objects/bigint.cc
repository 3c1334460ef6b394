// Integers beyond 64 bits (bigint.h): GMP arithmetic on views of the
// heap's BigInt limbs, CPython's rounding, hashing and text limits.
#include "runtime/objects/bigint.h"

#include <algorithm>
#include <cfloat>
#include <charconv>
#include <cmath>
#include <cstring>

#include "runtime/builtins/errors.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/numbers.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/native_poll.h"

namespace interp {

static_assert(sizeof(mp_limb_t) == 8, "BigInt limbs are 64-bit");
static_assert(GMP_NAIL_BITS == 0, "BigInt limbs use every bit");

namespace {

// The largest int an operation may produce: 2**30 bits (128 MiB, about
// 323 million decimal digits). GMP aborts the process when malloc fails;
// a limit well below the 4 GiB object limit, checked before the work
// starts, turns 10**10**10 into a MemoryError instead.
constexpr uint64_t kMaxIntBits = uint64_t{1} << 30;

constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

// The MemoryError of a result refused before any allocation. Not
// RaiseMemoryError, which releases the runtime's memory reserve for the
// handler of an allocation that failed: nothing was allocated, so memory
// is as available as before, and taking the 4 MiB reserve again at the
// next run costs more than most runs (17 ms under ASan, where the fuzzers
// meet 2**(2**63) often).
Value RaiseLimitMemoryError(ThreadState& ts) {
  return RaiseWithMessage(ts, Rt(ts).exc.memory_error, "");
}

// MemoryError unless a result of `bits` bits may be built; charges the
// host limits for large ones.
bool CheckIntBits(ThreadState& ts, unsigned __int128 bits) {
  if (bits > kMaxIntBits) {
    RaiseLimitMemoryError(ts);
    return false;
  }
  return CheckResultSize(ts, static_cast<uint64_t>(bits / 8));
}

// Products of large ints cost more than their size: GMP multiplies n-bit
// numbers in about n log n (pow squares log2(e) times, the last squarings
// dominating). Charged on top of CheckIntBits' linear charge, before the
// work starts: 3**(5 * 10**7) (10 MB) was charged ~6,000 ticks for ~1 s of
// CPU (a fuzzed reduce(pow, ...) took 0.4 s per input under ASan, 40x
// what its 3,800 budget ticks cost in bytecode).
bool ChargeProduct(ThreadState& ts, unsigned __int128 bits) {
  const uint64_t bytes = static_cast<uint64_t>(bits / 8);
  // Below CheckResultSize's 64 KiB: a loop whose condition recomputes a
  // 38 KB power ran each iteration for one tick and reached the fuzzers'
  // deadline; from 1 KiB the check costs little beside the product.
  constexpr uint64_t kChargeFrom = uint64_t{1} << 10;
  if (bytes < kChargeFrom) return true;
  const uint64_t log2 = 64 - static_cast<uint64_t>(__builtin_clzll(bytes));
  NativePoll poll(ts, /*at_safe_point=*/false);
  return poll.Advance(bytes / 16 * log2);
}

uint64_t MpzBits(mpz_srcptr z) {
  return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
}

}  // namespace

IntView::IntView(Value v) {
  if (v.IsObject()) {
    const BigInt* b = static_cast<const BigInt*>(v.AsObject());
    mpz_roinit_n(z_, b->limbs, b->size);
    return;
  }
  int64_t i = v.AsInt();
  limb_ = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  mpz_roinit_n(z_, &limb_, i < 0 ? -1 : i > 0 ? 1 : 0);
}

Value IntFromMpz(ThreadState& ts, mpz_srcptr z) {
  if (mpz_fits_slong_p(z)) return Value::Int(mpz_get_si(z));
  size_t n = mpz_size(z);
  if (n > kMaxIntBits / 64 + 1) return RaiseLimitMemoryError(ts);
  RuntimeState& rt = Rt(ts);
  BigInt* b = static_cast<BigInt*>(
      rt.heap.AllocateUninit(ts, sizeof(BigInt) + n * sizeof(mp_limb_t),
                             ObjKind::kBigInt, rt.classes.int_));
  if (b == nullptr) return RaiseMemoryError(ts);
  b->size = mpz_sgn(z) < 0 ? -static_cast<int32_t>(n) : static_cast<int32_t>(n);
  b->boxed = 0;
  std::memcpy(b->limbs, mpz_limbs_read(z), n * sizeof(mp_limb_t));
  return Value::Obj(b);
}

Value IntBox(ThreadState& ts, Value v, ClassObject* cls) {
  RuntimeState& rt = Rt(ts);
  IntView x(v);
  size_t n = mpz_size(x.get());
  BigInt* b = static_cast<BigInt*>(rt.heap.AllocateUninit(
      ts, sizeof(BigInt) + n * sizeof(mp_limb_t), ObjKind::kBigInt, cls));
  if (b == nullptr) return RaiseMemoryError(ts);
  b->size =
      mpz_sgn(x.get()) < 0 ? -static_cast<int32_t>(n) : static_cast<int32_t>(n);
  b->boxed = 1;
  if (n > 0) {
    std::memcpy(b->limbs, mpz_limbs_read(x.get()), n * sizeof(mp_limb_t));
  }
  return Value::Obj(b);
}

Value IntPlain(ThreadState& ts, Value v) {
  if (!IsBoxedInt(v)) return v;
  IntView x(v);
  return IntFromMpz(ts, x.get());
}

namespace {

// A boxed value that fits 64 bits as an inline int (no allocation), for
// the paths below that take a BigInt to be past 64 bits.
Value SmallForm(Value v) {
  if (!IsBoxedInt(v)) return v;
  IntView x(v);
  if (!mpz_fits_slong_p(x.get())) return v;
  return Value::Int(mpz_get_si(x.get()));
}

}  // namespace

Value IntFromU64(ThreadState& ts, uint64_t u) {
  if (u <= static_cast<uint64_t>(INT64_MAX)) {
    return Value::Int(static_cast<int64_t>(u));
  }
  Mpz z;
  mpz_set_ui(z.get(), u);
  return IntFromMpz(ts, z.get());
}

Value IntFromI128(ThreadState& ts, __int128 v) {
  if (v >= INT64_MIN && v <= INT64_MAX) {
    return Value::Int(static_cast<int64_t>(v));
  }
  unsigned __int128 mag = v < 0 ? -static_cast<unsigned __int128>(v)
                                : static_cast<unsigned __int128>(v);
  Mpz z;
  mpz_set_ui(z.get(), static_cast<uint64_t>(mag >> 64));
  mpz_mul_2exp(z.get(), z.get(), 64);
  mpz_add_ui(z.get(), z.get(), static_cast<uint64_t>(mag));
  if (v < 0) mpz_neg(z.get(), z.get());
  return IntFromMpz(ts, z.get());
}

bool CheckIntResultBits(ThreadState& ts, double bits) {
  if (!(bits <= static_cast<double>(kMaxIntBits))) {
    RaiseLimitMemoryError(ts);
    return false;
  }
  return CheckIntBits(ts, static_cast<unsigned __int128>(bits));
}

int IntSign(Value v) {
  if (v.IsObject()) {
    int32_t size = static_cast<BigInt*>(v.AsObject())->size;
    return size < 0 ? -1 : size > 0 ? 1 : 0;
  }
  return v.AsInt() < 0 ? -1 : v.AsInt() > 0 ? 1 : 0;
}

uint64_t IntBitLength(Value v) {
  IntView z(v);
  return MpzBits(z.get());
}

// ---------------------------------------------------------------------------
// Arithmetic.

Value IntBinary(ThreadState& ts, BinOp op, Value a, Value b) {
  if (op == BinOp::kTrueDiv) return IntTrueDivide(ts, a, b);
  IntView x(a), y(b);
  Mpz r;
  switch (op) {
    case BinOp::kAdd:
      mpz_add(r.get(), x.get(), y.get());
      break;
    case BinOp::kSub:
      mpz_sub(r.get(), x.get(), y.get());
      break;
    case BinOp::kMul:
      if (!CheckIntBits(ts, static_cast<unsigned __int128>(MpzBits(x.get())) +
                                MpzBits(y.get())) ||
          !ChargeProduct(ts, static_cast<unsigned __int128>(MpzBits(x.get())) +
                                 MpzBits(y.get()))) {
        return Value::Error();
      }
      mpz_mul(r.get(), x.get(), y.get());
      break;
    case BinOp::kFloorDiv:
      if (mpz_sgn(y.get()) == 0) {
        return RaiseZeroDivisionError(ts, "integer division or modulo by zero");
      }
      mpz_fdiv_q(r.get(), x.get(), y.get());
      break;
    case BinOp::kMod:
      if (mpz_sgn(y.get()) == 0) {
        return RaiseZeroDivisionError(ts, "integer modulo by zero");
      }
      mpz_fdiv_r(r.get(), x.get(), y.get());
      break;
    case BinOp::kPow: {
      // (Negative exponents are float powers: the caller's.)
      int sb = mpz_sgn(x.get());
      if (mpz_sgn(y.get()) == 0) return Value::Int(1);
      if (sb == 0 || mpz_cmp_ui(x.get(), 1) == 0) return Value::Int(sb);
      if (mpz_cmp_si(x.get(), -1) == 0) {
        return Value::Int(mpz_odd_p(y.get()) ? -1 : 1);
      }
      if (!mpz_fits_ulong_p(y.get())) return RaiseLimitMemoryError(ts);
      unsigned long e = mpz_get_ui(y.get());
      // |x|**e has at most e * bits(x) bits, at least e * (bits(x) - 1).
      unsigned __int128 bits =
          static_cast<unsigned __int128>(MpzBits(x.get()) - 1) * e + 1;
      if (!CheckIntBits(ts, bits) || !ChargeProduct(ts, bits)) {
        return Value::Error();
      }
      mpz_pow_ui(r.get(), x.get(), e);
      break;
    }
    case BinOp::kLShift: {
      if (mpz_sgn(y.get()) < 0) {
        return RaiseValueError(ts, "negative shift count");
      }
      if (mpz_sgn(x.get()) == 0) return Value::Int(0);
      if (!mpz_fits_slong_p(y.get())) {
        return RaiseOverflowError(ts, "too many digits in integer");
      }
      uint64_t s = mpz_get_ui(y.get());
      if (!CheckIntBits(ts,
                        static_cast<unsigned __int128>(MpzBits(x.get())) + s)) {
        return Value::Error();
      }
      mpz_mul_2exp(r.get(), x.get(), s);
      break;
    }
    case BinOp::kRShift: {
      if (mpz_sgn(y.get()) < 0) {
        return RaiseValueError(ts, "negative shift count");
      }
      if (!mpz_fits_ulong_p(y.get()) ||
          mpz_get_ui(y.get()) >= MpzBits(x.get())) {
        return Value::Int(mpz_sgn(x.get()) < 0 ? -1 : 0);
      }
      // Floor semantics: infinite two's complement, like CPython.
      mpz_fdiv_q_2exp(r.get(), x.get(), mpz_get_ui(y.get()));
      break;
    }
    case BinOp::kBitAnd:
      mpz_and(r.get(), x.get(), y.get());
      break;
    case BinOp::kBitOr:
      mpz_ior(r.get(), x.get(), y.get());
      break;
    case BinOp::kBitXor:
      mpz_xor(r.get(), x.get(), y.get());
      break;
    default:
      return Value::Empty();
  }
  return IntFromMpz(ts, r.get());
}

Value IntNegate(ThreadState& ts, Value v) {
  if (v.IsIntLike() && v.AsInt() != INT64_MIN) return Value::Int(-v.AsInt());
  IntView x(v);
  Mpz r;
  mpz_neg(r.get(), x.get());
  return IntFromMpz(ts, r.get());
}

Value IntInvert(ThreadState& ts, Value v) {
  if (v.IsIntLike()) return Value::Int(~v.AsInt());
  IntView x(v);
  Mpz r;
  mpz_com(r.get(), x.get());
  return IntFromMpz(ts, r.get());
}

Value IntAbs(ThreadState& ts, Value v) {
  if (v.IsIntLike() && v.AsInt() != INT64_MIN) {
    return Value::Int(v.AsInt() < 0 ? -v.AsInt() : v.AsInt());
  }
  IntView x(v);
  Mpz r;
  mpz_abs(r.get(), x.get());
  return IntFromMpz(ts, r.get());
}

namespace {

bool ExactInDouble(Value v) {
  if (!v.IsIntLike()) return false;
  int64_t i = v.AsInt();
  return i >= -(int64_t{1} << 53) && i <= (int64_t{1} << 53);
}

}  // namespace

Value IntTrueDivide(ThreadState& ts, Value a, Value b) {
  a = SmallForm(a);
  b = SmallForm(b);
  if (IntSign(b) == 0) return RaiseZeroDivisionError(ts, "division by zero");
  if (ExactInDouble(a) && ExactInDouble(b)) {
    return Value::Float(static_cast<double>(a.AsInt()) /
                        static_cast<double>(b.AsInt()));
  }
  bool negative = (IntSign(a) < 0) != (IntSign(b) < 0);
  if (IntSign(a) == 0) return Value::Float(negative ? -0.0 : 0.0);
  IntView x(a), y(b);
  int64_t diff = static_cast<int64_t>(MpzBits(x.get())) -
                 static_cast<int64_t>(MpzBits(y.get()));
  // |a/b| is in [2**(diff-1), 2**(diff+1)).
  if (diff > DBL_MAX_EXP) {
    return RaiseOverflowError(ts,
                              "integer division result too large for a float");
  }
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    return Value::Float(negative ? -0.0 : 0.0);
  }
  // Scale so the integer quotient has DBL_MANT_DIG + 2 or 3 bits (fewer
  // for subnormal results, whose grid is fixed), then round it once, half
  // to even, with the remainder as the sticky bit.
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  Mpz num, den, q, rem;
  mpz_abs(num.get(), x.get());
  mpz_abs(den.get(), y.get());
  if (shift < 0) {
    mpz_mul_2exp(num.get(), num.get(), static_cast<uint64_t>(-shift));
  } else {
    mpz_mul_2exp(den.get(), den.get(), static_cast<uint64_t>(shift));
  }
  mpz_tdiv_qr(q.get(), rem.get(), num.get(), den.get());
  bool inexact = mpz_sgn(rem.get()) != 0;
  uint64_t m = mpz_get_ui(q.get());  // < 2**(DBL_MANT_DIG + 4)
  int qbits = m == 0 ? 0 : 64 - __builtin_clzll(m);
  int extra = std::max<int64_t>(qbits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t low = m & ((uint64_t{1} << extra) - 1);
  uint64_t half = uint64_t{1} << (extra - 1);
  m >>= extra;
  if (low > half || (low == half && (inexact || (m & 1)))) ++m;
  double r =
      std::ldexp(static_cast<double>(m), static_cast<int>(shift + extra));
  if (std::isinf(r)) {
    return RaiseOverflowError(ts,
                              "integer division result too large for a float");
  }
  return Value::Float(negative ? -r : r);
}

Value IntPowMod(ThreadState& ts, Value base, Value exp, Value mod) {
  base = SmallForm(base);
  exp = SmallForm(exp);
  mod = SmallForm(mod);
  IntView m(mod);
  if (mpz_sgn(m.get()) == 0) {
    return RaiseValueError(ts, "pow() 3rd argument cannot be 0");
  }
  Mpz am, b, e;
  mpz_abs(am.get(), m.get());
  if (mpz_cmp_ui(am.get(), 1) == 0) return Value::Int(0);
  IntView x(base), y(exp);
  mpz_set(b.get(), x.get());
  mpz_set(e.get(), y.get());
  if (mpz_sgn(e.get()) < 0) {
    if (mpz_invert(b.get(), b.get(), am.get()) == 0) {
      return RaiseValueError(ts,
                             "base is not invertible for the given modulus");
    }
    mpz_neg(e.get(), e.get());
  }
  Mpz r;
  mpz_powm(r.get(), b.get(), e.get(), am.get());
  // Python's result has the sign of the modulus.
  if (mpz_sgn(m.get()) < 0 && mpz_sgn(r.get()) != 0) {
    mpz_sub(r.get(), r.get(), am.get());
  }
  return IntFromMpz(ts, r.get());
}

// ---------------------------------------------------------------------------
// Comparison, hashing, floats.

int IntCompare(Value a, Value b) {
  if (a.IsIntLike() && b.IsIntLike()) {
    return a.AsInt() < b.AsInt() ? -1 : a.AsInt() > b.AsInt() ? 1 : 0;
  }
  IntView x(a), y(b);
  int c = mpz_cmp(x.get(), y.get());
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

int IntCompareDouble(Value a, double d) {
  if (std::isnan(d)) return 2;
  if (a.IsIntLike()) {
    int64_t i = a.AsInt();
    if (d >= 9223372036854775808.0) return -1;
    if (d < -9223372036854775808.0) return 1;
    double fl = std::floor(d);
    int64_t di = static_cast<int64_t>(fl);
    if (i < di) return -1;
    if (i > di) return 1;
    return d > fl ? -1 : 0;
  }
  // mpz_cmp_d is exact (fractions and infinities included).
  IntView x(a);
  int c = mpz_cmp_d(x.get(), d);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

int64_t IntHash(Value v) {
  if (v.IsIntLike()) {
    int64_t i = v.AsInt();
    if (i == INT64_MIN) return -4;  // 2**63 = 4 * 2**61 = 4 (mod 2**61 - 1)
    uint64_t a = static_cast<uint64_t>(i < 0 ? -i : i) % kHashModulus;
    int64_t h = i < 0 ? -static_cast<int64_t>(a) : static_cast<int64_t>(a);
    return h == -1 ? -2 : h;
  }
  const BigInt* b = static_cast<const BigInt*>(v.AsObject());
  int32_t n = b->size < 0 ? -b->size : b->size;
  // Horner's rule from the top limb; 2**64 = 8 (mod 2**61 - 1).
  uint64_t h = 0;
  for (int32_t i = n - 1; i >= 0; --i) {
    unsigned __int128 t = static_cast<unsigned __int128>(h) * 8 + b->limbs[i];
    h = static_cast<uint64_t>(t % kHashModulus);
  }
  int64_t r = b->size < 0 ? -static_cast<int64_t>(h) : static_cast<int64_t>(h);
  return r == -1 ? -2 : r;
}

bool IntToDouble(ThreadState& ts, Value v, double* out) {
  v = SmallForm(v);
  if (v.IsIntLike()) {
    *out = static_cast<double>(v.AsInt());  // rounds half to even
    return true;
  }
  IntView x(v);
  uint64_t bits = MpzBits(x.get());
  if (bits <= DBL_MAX_EXP) {
    // The top DBL_MANT_DIG + 2 bits with the rest folded into a sticky
    // bit: converting that to double rounds exactly once, correctly.
    uint64_t shift = bits - (DBL_MANT_DIG + 2);
    Mpz q;
    mpz_abs(q.get(), x.get());
    bool sticky = mpz_scan1(q.get(), 0) < shift;
    mpz_tdiv_q_2exp(q.get(), q.get(), shift);
    uint64_t m = mpz_get_ui(q.get()) | (sticky ? 1 : 0);
    double d = std::ldexp(static_cast<double>(m), static_cast<int>(shift));
    if (!std::isinf(d)) {
      *out = mpz_sgn(x.get()) < 0 ? -d : d;
      return true;
    }
  }
  RaiseOverflowError(ts, "int too large to convert to float");
  return false;
}

Value IntFromDouble(ThreadState& ts, double d) {
  if (d > -9223372036854775808.0 && d < 9223372036854775808.0) {
    return Value::Int(static_cast<int64_t>(d));
  }
  Mpz z;
  mpz_set_d(z.get(), d);
  return IntFromMpz(ts, z.get());
}

// ---------------------------------------------------------------------------
// Text.

Value RaiseIntDigitLimit(ThreadState& ts, int64_t digits) {
  RuntimeState& rt = Rt(ts);
  if (digits < 0) {
    return RaiseFormat(ts, rt.exc.value_error,
                       "Exceeds the limit (%d digits) for integer string "
                       "conversion; use sys.set_int_max_str_digits() to "
                       "increase the limit",
                       rt.int_max_str_digits);
  }
  return RaiseFormat(ts, rt.exc.value_error,
                     "Exceeds the limit (%d digits) for integer string "
                     "conversion: value has %d digits; use "
                     "sys.set_int_max_str_digits() to increase the limit",
                     rt.int_max_str_digits, digits);
}

bool IntToByteString(ThreadState& ts, Value v, size_t length, bool little,
                     bool is_signed, std::string* out) {
  v = SmallForm(v);
  IntView z(v);
  int sign = mpz_sgn(z.get());
  if (sign < 0 && !is_signed) {
    RaiseOverflowError(ts, "can't convert negative int to unsigned");
    return false;
  }
  // A negative value is written as the complement of ~v (= -v - 1 >= 0),
  // so only magnitudes are ever exported.
  Mpz mag;
  if (sign < 0) {
    mpz_com(mag.get(), z.get());
  } else {
    mpz_set(mag.get(), z.get());
  }
  uint64_t bits = MpzBits(mag.get());
  if (is_signed && (sign != 0)) ++bits;  // room for the sign bit
  if (bits > uint64_t{8} * length) {
    RaiseOverflowError(ts, "int too big to convert");
    return false;
  }
  out->assign(length, '\0');
  size_t count = 0;
  if (mpz_sgn(mag.get()) != 0) {
    size_t n = (MpzBits(mag.get()) + 7) / 8;
    mpz_export(out->data() + (length - n), &count, 1, 1, 1, 0, mag.get());
  }
  if (sign < 0) {
    for (char& c : *out) c = static_cast<char>(~c);
  }
  if (little) std::reverse(out->begin(), out->end());
  return true;
}

Value IntFromByteString(ThreadState& ts, std::string_view data, bool little,
                        bool is_signed) {
  if (!CheckIntBits(ts, static_cast<unsigned __int128>(data.size()) * 8)) {
    return Value::Error();
  }
  Mpz z;
  if (!data.empty()) {
    mpz_import(z.get(), data.size(), little ? -1 : 1, 1, 1, 0, data.data());
    unsigned char top =
        static_cast<unsigned char>(little ? data.back() : data.front());
    if (is_signed && (top & 0x80)) {
      Mpz bound;
      mpz_setbit(bound.get(), data.size() * 8);
      mpz_sub(z.get(), z.get(), bound.get());
    }
  }
  return IntFromMpz(ts, z.get());
}

Value RaiseIndexOverflow(ThreadState& ts, bool index_error) {
  const char* msg = "cannot fit 'int' into an index-sized integer";
  return index_error ? RaiseIndexError(ts, msg) : RaiseOverflowError(ts, msg);
}

namespace {

void AppendMagnitude(Value v, int base, std::string* out) {
  if (v.IsIntLike()) {
    int64_t i = v.AsInt();
    uint64_t u =
        i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, u, base);
    out->append(buf, r.ptr);
    return;
  }
  IntView x(v);
  Mpz m;
  mpz_abs(m.get(), x.get());
  // mpz_sizeinbase may overestimate by one digit: trim after the NUL.
  size_t at = out->size();
  out->resize(at + mpz_sizeinbase(m.get(), base) + 2);
  mpz_get_str(out->data() + at, base, m.get());
  out->resize(at + std::strlen(out->data() + at));
}

}  // namespace

void AppendIntMagnitudeBase(Value v, int base, std::string* out) {
  AppendMagnitude(v, base, out);
}

void AppendIntMagnitudeDecimal(Value v, std::string* out) {
  AppendMagnitude(v, 10, out);
}

bool AppendIntDecimal(ThreadState& ts, Value v, std::string* out) {
  int64_t small;
  bool fits = v.IsIntLike();
  if (fits) {
    small = v.AsInt();
  } else if (IsBoxedInt(v)) {  // an int subclass's instance may be small
    IntView x(v);
    fits = mpz_fits_slong_p(x.get());
    if (fits) small = mpz_get_si(x.get());
  }
  if (fits) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, small);
    out->append(buf, r.ptr);
    return true;
  }
  int64_t limit = Rt(ts).int_max_str_digits;
  uint64_t bits = IntBitLength(v);
  // A value of `bits` bits has at least (bits - 1) * log10(2) digits: the
  // hopeless conversions fail before doing the work.
  if (limit > 0 && static_cast<double>(bits - 1) * 0.30102999566398114 >
                       static_cast<double>(limit) + 1) {
    RaiseIntDigitLimit(ts, -1);
    return false;
  }
  if (!CheckResultSize(ts, bits / 3)) return false;
  std::string digits;
  AppendMagnitude(v, 10, &digits);
  if (limit > 0 && static_cast<int64_t>(digits.size()) > limit) {
    RaiseIntDigitLimit(ts, -1);
    return false;
  }
  if (IntSign(v) < 0) out->push_back('-');
  out->append(digits);
  return true;
}

Value ParseIntValue(ThreadState& ts, std::string_view text, int base) {
  bool overflow = false;
  int64_t small = 0;
  int64_t limit = Rt(ts).int_max_str_digits;
  bool fits = ParseInt(text, base, &small, &overflow);
  // Short texts cannot exceed the digit limit.
  bool may_exceed = limit > 0 && static_cast<int64_t>(text.size()) > limit;
  if (fits && !may_exceed) return Value::Int(small);
  if (!fits && !overflow) return Value::Empty();  // not a valid literal
  // Valid: strip the layout and read the digits.
  size_t b = 0, e = text.size();
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
  };
  while (b < e && space(text[b])) ++b;
  while (e > b && space(text[e - 1])) --e;
  bool negative = false;
  if (b < e && (text[b] == '+' || text[b] == '-')) {
    negative = text[b] == '-';
    ++b;
  }
  if (e - b >= 2 && text[b] == '0') {
    char p = static_cast<char>(text[b + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb != 0 && (base == 0 || base == pb)) {
      base = pb;
      b += 2;
    }
  }
  if (base == 0) base = 10;
  bool binary_base = (base & (base - 1)) == 0;
  std::string digits;
  digits.reserve(e - b);
  for (size_t i = b; i < e; ++i) {
    if (text[i] != '_') digits.push_back(text[i]);
  }
  if (!binary_base && limit > 0 &&
      static_cast<int64_t>(digits.size()) > limit) {
    return RaiseIntDigitLimit(ts, static_cast<int64_t>(digits.size()));
  }
  if (fits) return Value::Int(small);
  if (!CheckIntBits(ts, static_cast<unsigned __int128>(digits.size()) * 6)) {
    return Value::Error();
  }
  Mpz z;
  if (mpz_set_str(z.get(), digits.c_str(), base) != 0) return Value::Empty();
  if (negative) mpz_neg(z.get(), z.get());
  return IntFromMpz(ts, z.get());
}

Value IntFromLiteral(ThreadState& ts, std::string_view literal) {
  int base = 10;
  if (literal.size() >= 2 && literal[0] == '0') {
    char p = static_cast<char>(literal[1] | 0x20);
    base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 10;
    if (base != 10) literal.remove_prefix(2);
  }
  std::string digits;
  for (char c : literal) {
    if (c != '_') digits.push_back(c);
  }
  Mpz z;
  if (mpz_set_str(z.get(), digits.c_str(), base) != 0) {
    return RaiseValueError(ts, "invalid integer literal");
  }
  return IntFromMpz(ts, z.get());
}

void RegisterBigIntKindOps() {
  RegisterKindOps(ObjKind::kBigInt, KindOps{});  // limbs inline, no refs
}

}  // namespace interp
