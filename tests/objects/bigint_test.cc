// Ints beyond 64 bits (runtime/objects/bigint.h): normalisation, correctly
// rounded conversions checked against strtod (which rounds exactly), the
// collector reclaiming BigInts, and hashes that agree with floats'.
#include "runtime/objects/bigint.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "runtime/objects/heap.h"
#include "tests/objects/fixture.h"

namespace interp {
namespace {

class BigIntTest : public ObjectsTest {
 protected:
  // A pseudo-random int of `bits` bits (top bit set), sign `neg`.
  Value Random(int bits, bool neg) {
    Mpz z;
    mpz_set_ui(z.get(), 1);
    for (int i = 1; i < bits; ++i) {
      state_ = state_ * 6364136223846793005ull + 1442695040888963407ull;
      mpz_mul_2exp(z.get(), z.get(), 1);
      if (state_ >> 63) mpz_add_ui(z.get(), z.get(), 1);
    }
    if (neg) mpz_neg(z.get(), z.get());
    return IntFromMpz(ts(), z.get());
  }
  std::string Decimal(Value v) {
    std::string s;
    EXPECT_TRUE(AppendIntDecimal(ts(), v, &s));
    return s;
  }
  uint64_t state_ = 42;
};

TEST_F(BigIntTest, ResultsThatFitAreInline) {
  Mpz z;
  mpz_set_si(z.get(), INT64_MIN);
  EXPECT_TRUE(IntFromMpz(ts(), z.get()).IsInt());
  mpz_sub_ui(z.get(), z.get(), 1);
  Value below = IntFromMpz(ts(), z.get());
  EXPECT_TRUE(IsBigInt(below));
  EXPECT_EQ(R(below), "-9223372036854775809");
  Value back = IntBinary(ts(), BinOp::kAdd, below, I(1));
  ASSERT_TRUE(back.IsInt());
  EXPECT_EQ(back.AsInt(), INT64_MIN);
  Value big = IntBinary(ts(), BinOp::kMul, I(INT64_MAX), I(INT64_MAX));
  EXPECT_EQ(R(big), "85070591730234615847396907784232501249");
  EXPECT_TRUE(IntBinary(ts(), BinOp::kSub, big, big).IsInt());
}

TEST_F(BigIntTest, ToDoubleRoundsLikeStrtod) {
  for (int i = 0; i < 3000; ++i) {
    int bits = 64 + static_cast<int>(state_ % 960);  // below 2**1024
    Value v = Random(bits, i % 2 == 1);
    // Every few values sit exactly on, or next to, a rounding tie.
    if (i % 3 == 0) {
      IntView x(v);
      Mpz t;
      uint64_t low = bits - 54;
      mpz_fdiv_q_2exp(t.get(), x.get(), low);
      mpz_mul_2exp(t.get(), t.get(), low);
      Mpz half;
      mpz_setbit(half.get(), low - 1);
      mpz_add(t.get(), t.get(), half.get());
      if (i % 9 == 3) mpz_add_ui(t.get(), t.get(), 1);
      v = IntFromMpz(ts(), t.get());
    }
    double d;
    ASSERT_TRUE(IntToDouble(ts(), v, &d));
    EXPECT_EQ(d, std::strtod(Decimal(v).c_str(), nullptr)) << Decimal(v);
  }
  double d;
  EXPECT_FALSE(
      IntToDouble(ts(), IntBinary(ts(), BinOp::kLShift, I(1), I(1024)), &d));
  EXPECT_EQ(R(TakePendingException(ts())),
            "OverflowError('int too large to convert to float')");
}

TEST_F(BigIntTest, TrueDivisionRoundsLikeStrtod) {
  for (int i = 0; i < 1500; ++i) {
    Value a = Random(1 + static_cast<int>(state_ % 1200), i % 2 == 1);
    Value b = Random(1 + static_cast<int>((state_ >> 20) % 1200), i % 3 == 1);
    Value q = IntTrueDivide(ts(), a, b);
    if (q.IsError()) {
      TakePendingException(ts());  // beyond the float range
      continue;
    }
    // The exact quotient to 1100 decimal places, plus a sticky digit when
    // inexact: strtod then rounds it exactly as the quotient itself.
    IntView x(a), y(b);
    Mpz num, quo, rem;
    mpz_ui_pow_ui(num.get(), 10, 1100);
    mpz_mul(num.get(), num.get(), x.get());
    mpz_abs(num.get(), num.get());
    Mpz den;
    mpz_abs(den.get(), y.get());
    mpz_tdiv_qr(quo.get(), rem.get(), num.get(), den.get());
    std::string text = (IntSign(a) < 0) != (IntSign(b) < 0) ? "-" : "";
    AppendIntMagnitudeDecimal(IntFromMpz(ts(), quo.get()), &text);
    if (mpz_sgn(rem.get()) != 0)
      text += "1e-1101";
    else
      text += "e-1100";
    ASSERT_TRUE(q.IsFloat());
    EXPECT_EQ(q.AsFloat(), std::strtod(text.c_str(), nullptr)) << text;
  }
}

TEST_F(BigIntTest, HashesAgreeWithExactFloats) {
  for (int shift = 61; shift < 1020; shift += 7) {
    Value v = IntBinary(ts(), BinOp::kLShift, I(3), I(shift));
    int64_t hi, hf;
    ASSERT_TRUE(Hash(ts(), v, &hi));
    ASSERT_TRUE(Hash(ts(), F(std::ldexp(3.0, shift)), &hf));
    EXPECT_EQ(hi, hf) << shift;
    ASSERT_TRUE(Hash(ts(), IntNegate(ts(), v), &hi));
    EXPECT_EQ(hi, hf == -2 ? -2 : -hf) << shift;
  }
  // 2**61 - 1 is the modulus; -1 is never a hash.
  Value m = IntBinary(ts(), BinOp::kSub,
                      IntBinary(ts(), BinOp::kLShift, I(1), I(61)), I(1));
  EXPECT_EQ(IntHash(IntBinary(ts(), BinOp::kMul, m, I(1) /*m*/)), 0);
  Value mm = IntBinary(ts(), BinOp::kMul, m, m);
  EXPECT_EQ(IntHash(mm), 0);
  EXPECT_EQ(IntHash(IntNegate(ts(), IntBinary(ts(), BinOp::kAdd, mm, I(1)))),
            -2);
}

TEST_F(BigIntTest, CollectorReclaimsBigInts) {
  rt().heap.Collect(ts());
  size_t base = rt().heap.live_bytes();
  for (int round = 0; round < 4; ++round) {
    for (int i = 0; i < 20000; ++i) {
      Value v = IntBinary(ts(), BinOp::kPow, I(3), I(100 + i % 900));
      ASSERT_TRUE(IsBigInt(v));
    }
    TempRoots roots(ts());
    Value kept = IntBinary(ts(), BinOp::kPow, I(7), I(5000));
    roots.Add(kept);
    rt().heap.Collect(ts());
    EXPECT_LT(rt().heap.live_bytes(), base + 64 * 1024);
    EXPECT_EQ(IntBitLength(kept), 14037u);
  }
}

TEST_F(BigIntTest, HugeResultsRaiseMemoryErrorFirst) {
  Value r = IntBinary(ts(), BinOp::kPow, I(10),
                      IntBinary(ts(), BinOp::kPow, I(10), I(10)));
  EXPECT_EQ(R(r), "ERR MemoryError()");
  r = IntBinary(ts(), BinOp::kLShift, I(1), I(int64_t{1} << 40));
  EXPECT_EQ(R(r), "ERR MemoryError()");
  r = IntBinary(ts(), BinOp::kLShift, I(1),
                IntBinary(ts(), BinOp::kLShift, I(1), I(100)));
  EXPECT_EQ(R(r), "ERR OverflowError('too many digits in integer')");
}

}  // namespace
}  // namespace interp
