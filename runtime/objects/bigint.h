// Integers of any size. An int that fits in 64 bits is always an inline
// Value (kInt); only a value outside [-2**63, 2**63) is a heap BigInt
// (ObjKind::kBigInt, class `int`). Every function that makes an int
// normalises, so the two representations never overlap: a BigInt of class
// int is never equal to a small int, and code that only handles
// Value::IsIntLike() sees every small int of class int.
//
// The one exception is an instance of a subclass of int (`class I(int)`,
// IntEnum members): a "boxed" BigInt whose class is the subclass and whose
// value may be any int, zero (size 0) and small values included, because
// the instance needs an identity, a class and attributes. The arithmetic
// and comparisons read any BigInt through IntView, so they need nothing
// special; code that takes an index or a machine int converts a boxed
// value first with IntPlain (IsBoxedInt tells).
//
// The arithmetic is GMP's (linked as a shared library: LGPL). A BigInt
// holds its limbs inline in the collected heap (immutable, no finalizer,
// counted by the collector like any object); GMP works on read-only views
// of them (mpz_roinit_n) and writes results into temporaries (GMP's default
// malloc), which are copied into a new BigInt and freed. GMP aborts the
// process when its own malloc fails: operations whose result size the
// script controls (**, <<, *, conversions) check the size first with
// CheckResultSize and raise MemoryError instead.
#ifndef INTERP_RUNTIME_OBJECTS_BIGINT_H_
#define INTERP_RUNTIME_OBJECTS_BIGINT_H_

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/operators.h"

namespace interp {

struct BigInt : Object {
  // Limb count; negative for negative values; |size| >= 1 except in a
  // boxed zero (size 0).
  int32_t size;
  uint32_t boxed;     // 1: an int subclass's instance (any value)
  mp_limb_t limbs[];  // magnitude, least significant limb first
};

inline bool IsBigInt(Value v) { return IsKind(v, ObjKind::kBigInt); }
// int, bool or BigInt.
inline bool IsInteger(Value v) { return v.IsIntLike() || IsBigInt(v); }
// An instance of a subclass of int (see the top of this file).
inline bool IsBoxedInt(Value v) {
  return IsBigInt(v) && static_cast<const BigInt*>(v.AsObject())->boxed != 0;
}
// The int `v` holds, as an instance of `cls` (a subclass of int); Error
// with MemoryError pending when the heap is full.
Value IntBox(ThreadState& ts, Value v, ClassObject* cls);
// The plain int (class int, normalised) with the value of integer `v`:
// `v` itself unless it is boxed. Error (MemoryError) only for a boxed
// value past 64 bits when the heap is full.
Value IntPlain(ThreadState& ts, Value v);

// A read-only GMP view of an integer Value (no allocation). The view must
// not outlive the value, nor be copied (it may point into itself).
class IntView {
 public:
  explicit IntView(Value v);
  IntView(const IntView&) = delete;
  IntView& operator=(const IntView&) = delete;
  mpz_srcptr get() const { return z_; }

 private:
  mp_limb_t limb_;
  mpz_t z_;
};

// A GMP temporary, freed at scope exit.
class Mpz {
 public:
  Mpz() { mpz_init(z_); }
  ~Mpz() { mpz_clear(z_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return z_; }

 private:
  mpz_t z_;
};

// The normalised int for `z` (inline when it fits in 64 bits); Error with
// MemoryError pending when the heap is full.
Value IntFromMpz(ThreadState& ts, mpz_srcptr z);
Value IntFromU64(ThreadState& ts, uint64_t u);
Value IntFromI128(ThreadState& ts, __int128 v);

// Fits in int64 (always true for IsIntLike values).
inline bool IntFitsI64(Value v, int64_t* out) {
  if (!v.IsIntLike()) return false;
  *out = v.AsInt();
  return true;
}
// -1, 0 or 1.
int IntSign(Value v);
// Before building an int of about `bits` bits: MemoryError (false) beyond
// the int size limit (2**30 bits), and large results charged to the host
// limits (CheckResultSize).
bool CheckIntResultBits(ThreadState& ts, double bits);
// Number of bits of |v| (int.bit_length()).
uint64_t IntBitLength(Value v);

// Binary operators on two integers (int, bool or BigInt), every BinOp:
// the slow path of the 64-bit fast paths and the only path of BigInts.
Value IntBinary(ThreadState& ts, BinOp op, Value a, Value b);
Value IntNegate(ThreadState& ts, Value v);
Value IntInvert(ThreadState& ts, Value v);
Value IntAbs(ThreadState& ts, Value v);
// int / int, correctly rounded like CPython.
Value IntTrueDivide(ThreadState& ts, Value a, Value b);
// pow(base, exp, mod) for integers (negative exponents invert modulo mod).
Value IntPowMod(ThreadState& ts, Value base, Value exp, Value mod);

// -1, 0, 1 comparing two integers.
int IntCompare(Value a, Value b);
// -1, 0, 1 comparing an integer with a double exactly; 2 for NaN.
int IntCompareDouble(Value a, double d);
// CPython's hash of an int (modulo 2**61 - 1, -1 becomes -2).
int64_t IntHash(Value v);
// float(v), correctly rounded (half to even); OverflowError "int too large
// to convert to float" when out of range.
bool IntToDouble(ThreadState& ts, Value v, double* out);
// An integral double as an int (the caller rejects NaN and infinities).
Value IntFromDouble(ThreadState& ts, double d);

// Decimal text of an int, with CPython's limit on the number of digits
// (sys.set_int_max_str_digits): ValueError when it is exceeded.
bool AppendIntDecimal(ThreadState& ts, Value v, std::string* out);
// Digits of |v| in base 2, 8 or 16 (lowercase, no prefix, no sign).
void AppendIntMagnitudeBase(Value v, int base, std::string* out);
// Digits of |v| in base 10, without the digit limit (callers that check).
void AppendIntMagnitudeDecimal(Value v, std::string* out);

// int(text, base): the int, or Empty when the text is not a valid literal
// in that base (the caller raises its ValueError), or Error (the digit
// limit's ValueError, MemoryError).
Value ParseIntValue(ThreadState& ts, std::string_view text, int base);

// An int literal of the source (digits, '_', base prefix), whatever its
// size (the compiler applies the digit limit to decimal literals first).
Value IntFromLiteral(ThreadState& ts, std::string_view literal);

// The ValueError CPython raises for a conversion that exceeds the limit
// (`digits` < 0: int -> str, which does not say the count).
Value RaiseIntDigitLimit(ThreadState& ts, int64_t digits);

// int.to_bytes: the two's-complement bytes of `v` in exactly `length`
// bytes (the caller has charged `length` to the host limits). False with
// CPython's OverflowError pending when `v` does not fit.
bool IntToByteString(ThreadState& ts, Value v, size_t length, bool little,
                     bool is_signed, std::string* out);
// int.from_bytes: the int whose bytes `data` are (two's complement when
// `is_signed`).
Value IntFromByteString(ThreadState& ts, std::string_view data, bool little,
                        bool is_signed);

// CPython's error when an int does not fit an index-sized integer.
Value RaiseIndexOverflow(ThreadState& ts, bool index_error);

void RegisterBigIntKindOps();

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_BIGINT_H_
