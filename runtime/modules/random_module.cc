// The `random` module: CPython's Mersenne Twister generator and the
// distributions of Lib/random.py, reimplemented so that a seeded generator
// produces bit-identical results (same state initialisation, same 53-bit
// float construction, same rejection sampling in _randbelow, same order of
// calls in every distribution). The module-level functions are natives
// bound to a hidden Random instance (`random._inst`), as in CPython.
//
// Known difference: a subclass that overrides random() or getrandbits()
// does not change what the other methods draw (they use the generator
// directly).
#include <sys/random.h>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/modules/libcrypto.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

constexpr int kN = 624;
constexpr int kM = 397;

// The generator state, stored inline after the NativeData header.
struct MtState {
  uint32_t mt[kN];
  int index;    // next word of mt to temper; kN: regenerate first
  bool system;  // SystemRandom: draws from the OS, has no state
  bool has_gauss_next;
  double gauss_next;
};

const NativeDataOps kRandomOps = {"Random", nullptr, nullptr};

MtState* AsMt(Value v) {
  if (!IsKind(v, ObjKind::kNativeData)) return nullptr;
  auto* nd = As<NativeData>(v);
  return nd->ops == &kRandomOps ? static_cast<MtState*>(nd->data) : nullptr;
}

void InitGenrand(MtState* s, uint32_t seed) {
  s->mt[0] = seed;
  for (int i = 1; i < kN; ++i) {
    s->mt[i] = 1812433253u * (s->mt[i - 1] ^ (s->mt[i - 1] >> 30)) +
               static_cast<uint32_t>(i);
  }
  s->index = kN;
}

void InitByArray(MtState* s, const uint32_t* key, size_t len) {
  InitGenrand(s, 19650218u);
  uint32_t* mt = s->mt;
  size_t i = 1, j = 0;
  for (size_t k = kN > len ? kN : len; k > 0; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] +
            static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = kN - 1; k > 0; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) -
            static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;
  s->index = kN;
}

void Regenerate(MtState* s) {
  uint32_t* mt = s->mt;
  auto twist = [](uint32_t hi, uint32_t lo, uint32_t next) {
    uint32_t y = (hi & 0x80000000u) | (lo & 0x7fffffffu);
    return next ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
  };
  int k = 0;
  for (; k < kN - kM; ++k) mt[k] = twist(mt[k], mt[k + 1], mt[k + kM]);
  for (; k < kN - 1; ++k) mt[k] = twist(mt[k], mt[k + 1], mt[k + kM - kN]);
  mt[kN - 1] = twist(mt[kN - 1], mt[0], mt[kM - 1]);
  s->index = 0;
}

uint32_t OsWord() {
  uint32_t w = 0;
  size_t got = 0;
  auto* p = reinterpret_cast<char*>(&w);
  while (got < sizeof(w)) {
    ssize_t r = getrandom(p + got, sizeof(w) - got, 0);
    if (r > 0) got += static_cast<size_t>(r);
  }
  return w;
}

inline uint32_t NextWord(MtState* s) {
  if (s->system) return OsWord();
  if (s->index >= kN) Regenerate(s);
  uint32_t y = s->mt[s->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

// 53 random bits: 27 from one word and 26 from the next.
inline double NextDouble(MtState* s) {
  uint32_t a = NextWord(s) >> 5, b = NextWord(s) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// k <= 64 random bits: words fill from the least significant end; the
// last (most significant) one keeps its top bits.
uint64_t GetRandBits(MtState* s, int k) {
  if (k <= 32) return NextWord(s) >> (32 - k);
  uint64_t lo = NextWord(s);
  uint64_t hi = NextWord(s) >> (64 - k);
  return lo | (hi << 32);
}

int BitLength(uint64_t n) { return n == 0 ? 0 : 64 - __builtin_clzll(n); }

// Uniform in [0, n) for n > 0, by rejection on bit_length(n) random bits.
uint64_t RandBelow(MtState* s, uint64_t n) {
  int k = BitLength(n);
  uint64_t r = GetRandBits(s, k);
  while (r >= n) r = GetRandBits(s, k);
  return r;
}

// k random bits into `out`, as CPython's getrandbits: 32-bit words from
// the least significant end, the last one keeping its top bits.
void RandBitsMpz(MtState* s, uint64_t k, mpz_ptr out) {
  std::vector<uint32_t> words((k + 31) / 32);
  for (uint32_t& w : words) {
    uint32_t r = NextWord(s);
    if (k < 32) r >>= (32 - k);
    w = r;
    k -= k < 32 ? k : 32;
  }
  mpz_import(out, words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
}

// Uniform in [0, n) for an int n > 0 of any size (CPython's
// _randbelow_with_getrandbits).
Value RandBelowInt(ThreadState& ts, MtState* s, Value n) {
  if (n.IsIntLike()) {
    return Value::Int(
        static_cast<int64_t>(RandBelow(s, static_cast<uint64_t>(n.AsInt()))));
  }
  uint64_t k = IntBitLength(n);
  Mpz r;
  {
    // Nothing below allocates on the heap, so the view stays valid.
    IntView limit(n);
    do {
      RandBitsMpz(s, k, r.get());
    } while (mpz_cmp(r.get(), limit.get()) >= 0);
  }
  return IntFromMpz(ts, r.get());
}

// CPython's hash of a float (seed(float) seeds with it).
int64_t FloatHash(double v) {
  constexpr uint64_t kModulus = (uint64_t{1} << 61) - 1;
  if (std::isinf(v)) return v > 0 ? 314159 : -314159;
  if (std::isnan(v)) return 0;  // CPython hashes NaN by identity
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kModulus) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & kModulus) | x >> (61 - e);
  auto h = static_cast<int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

bool SeedFrom(ThreadState& ts, MtState* s, Value a) {
  s->has_gauss_next = false;
  if (s->system) return true;
  std::vector<uint32_t> key;
  if (a.IsNone() || a.IsEmpty()) {
    key.resize(kN);
    for (uint32_t& w : key) w = OsWord();
  } else if (IsBigInt(a)) {
    // The absolute value's 32-bit words, least significant first.
    IntView z(a);
    key.resize((IntBitLength(a) + 31) / 32);
    size_t count = 0;
    mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, z.get());
    key.resize(count);
  } else if (a.IsIntLike() || a.IsFloat()) {
    // An int seeds with its absolute value, anything else with its hash
    // read as an unsigned machine word.
    uint64_t n;
    if (a.IsFloat()) {
      n = static_cast<uint64_t>(FloatHash(a.AsFloat()));
    } else {
      int64_t v = a.AsInt();
      n = v < 0 ? 0 - static_cast<uint64_t>(v) : v;
    }
    key.push_back(static_cast<uint32_t>(n));
    if (n >> 32) key.push_back(static_cast<uint32_t>(n >> 32));
  } else if (IsStr(a) || IsBytesLike(a)) {
    // int.from_bytes(b + sha512(b).digest()) of the UTF-8 bytes (or the
    // bytes themselves), then its 32-bit words from the least
    // significant up.
    std::string bytes(IsStr(a) ? AsStr(a)->view() : BytesLikeView(a));
    const char* error = nullptr;
    const LibCrypto* crypto = LoadLibCrypto(&error);
    if (crypto == nullptr) {
      RaiseFormat(ts, Rt(ts).exc.import_error,
                  "random.seed() of str or bytes needs libcrypto: %s",
                  error != nullptr ? error : "not found");
      return false;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digest_size = 0;
    if (crypto->EVP_Digest(bytes.data(), bytes.size(), digest, &digest_size,
                           crypto->EVP_sha512(), nullptr) != 1) {
      RaiseWithMessage(ts, Rt(ts).exc.value_error,
                       "sha512 digest failed in random.seed()");
      return false;
    }
    bytes.append(reinterpret_cast<const char*>(digest), digest_size);
    size_t first = 0;
    while (first < bytes.size() && bytes[first] == 0) ++first;
    for (size_t end = bytes.size(); end > first;) {
      size_t begin = end >= first + 4 ? end - 4 : first;
      uint32_t w = 0;
      for (size_t i = begin; i < end; ++i) {
        w = (w << 8) | static_cast<uint8_t>(bytes[i]);
      }
      key.push_back(w);
      end = begin;
    }
  } else {
    RaiseTypeError(ts,
                   "The only supported seed types are: None,\n"
                   "int, float, str, bytes, and bytearray.");
    return false;
  }
  if (key.empty()) key.push_back(0);
  InitByArray(s, key.data(), key.size());
  return true;
}

MtState* Self(ThreadState& ts, const Value* args, uint32_t nargs,
              const char* method) {
  MtState* s = nargs >= 1 ? AsMt(args[0]) : nullptr;
  if (s == nullptr) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "descriptor '%s' requires a 'Random' object", method);
  }
  return s;
}

Value Float(double d) { return Value::Float(d); }

// --- Construction and state ---------------------------------------------

Value NewGenerator(ThreadState& ts, ClassObject* cls, bool system) {
  RuntimeState& rt = Rt(ts);
  auto* obj =
      rt.heap.New<NativeData>(ts, ObjKind::kNativeData, cls, sizeof(MtState));
  if (obj == nullptr) return RaiseMemoryError(ts);
  auto* s = reinterpret_cast<MtState*>(obj + 1);
  std::memset(s, 0, sizeof(MtState));
  s->system = system;
  s->index = kN;
  obj->data = s;
  obj->ops = &kRandomOps;
  obj->attrs = nullptr;
  return Value::Obj(obj);
}

Value RandomConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  if (!NoKwargs(ts, "Random", kw)) return Value::Error();
  if (nargs > 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "Random() expected at most 1 argument, got %d", nargs);
  }
  Value r = NewGenerator(ts, Rt(ts).classes.random_random, false);
  if (r.IsError()) return r;
  TempRoots roots(ts);
  roots.Add(r);
  if (!SeedFrom(ts, AsMt(r), nargs == 1 ? args[0] : Value::None())) {
    return Value::Error();
  }
  return r;
}

Value SystemRandomConstruct(ThreadState& ts, const Value*, uint32_t, Tuple*) {
  return NewGenerator(ts, Rt(ts).classes.random_system_random, true);
}

// Random.__init__ (reached by subclasses calling super().__init__(x)).
Value RandomInit(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  MtState* s = Self(ts, args, nargs, "__init__");
  if (s == nullptr || !NoKwargs(ts, "Random", kw)) return Value::Error();
  if (!SeedFrom(ts, s, nargs >= 2 ? args[1] : Value::None())) {
    return Value::Error();
  }
  return Value::None();
}

Value Seed(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "seed", args, nargs, kw, {"self", "a", "version"}, 1, 3, 1,
                a)) {
    return Value::Error();
  }
  MtState* s = Self(ts, a, 1, "seed");
  if (s == nullptr) return Value::Error();
  if (!SeedFrom(ts, s, a[1])) return Value::Error();
  return Value::None();
}

Value NoState(ThreadState& ts) {
  return RaiseWithMessage(ts, Rt(ts).exc.not_implemented_error,
                          "System entropy source does not have state.");
}

Value GetState(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  MtState* s = Self(ts, args, nargs, "getstate");
  if (s == nullptr ||
      !MethodArgs(ts, "Random", "getstate", nargs - 1, kw, 0, 0)) {
    return Value::Error();
  }
  if (s->system) return NoState(ts);
  TempRoots roots(ts);
  Tuple* words = NewTuple(ts, kN + 1);
  if (words == nullptr) return Value::Error();
  roots.Add(Value::Obj(words));
  for (int i = 0; i < kN; ++i) words->items[i] = Value::Int(s->mt[i]);
  words->items[kN] = Value::Int(s->index);
  Value items[3] = {Value::Int(3), Value::Obj(words),
                    s->has_gauss_next ? Float(s->gauss_next) : Value::None()};
  Tuple* t = NewTupleFrom(ts, items, 3);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value SetState(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  MtState* s = Self(ts, args, nargs, "setstate");
  if (s == nullptr ||
      !MethodArgs(ts, "Random", "setstate", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  if (s->system) return NoState(ts);
  Value state = args[1];
  if (!IsKind(state, ObjKind::kTuple) || As<Tuple>(state)->size != 3) {
    return RaiseTypeError(ts,
                          "state must be a 3-tuple (version, state, gauss)");
  }
  Tuple* t = As<Tuple>(state);
  // Version 2 states (Python 2.x pickles) differ only in how they were
  // written; their words are taken modulo 2**32 below.
  if (!t->items[0].IsIntLike() ||
      (t->items[0].AsInt() != 3 && t->items[0].AsInt() != 2)) {
    std::string version;
    if (!AppendRepr(ts, t->items[0], &version)) return Value::Error();
    return RaiseValueError(
        ts, absl::StrCat("state with version ", version,
                         " passed to Random.setstate() of version 3"));
  }
  if (!IsKind(t->items[1], ObjKind::kTuple)) {
    return RaiseTypeError(ts, "state vector must be a tuple");
  }
  Tuple* words = As<Tuple>(t->items[1]);
  if (words->size != kN + 1) {
    return RaiseValueError(ts, "state vector is the wrong size");
  }
  uint32_t mt[kN];
  for (int i = 0; i <= kN; ++i) {
    Value w = words->items[i];
    if (!w.IsIntLike())
      return RaiseTypeError(ts, "state vector items must be integers");
    if (i < kN && t->items[0].AsInt() == 2) {
      mt[i] = static_cast<uint32_t>(w.AsInt());
    } else if (i < kN) {
      if (w.AsInt() < 0 || w.AsInt() > 0xffffffffll) {
        return RaiseOverflowError(
            ts, "Python int too large to convert to C unsigned long");
      }
      mt[i] = static_cast<uint32_t>(w.AsInt());
    } else if (w.AsInt() < 0 || w.AsInt() > kN) {
      return RaiseValueError(ts, "invalid state");
    }
  }
  Value g = t->items[2];
  double gauss = 0;
  if (!g.IsNone() && !ToDouble(ts, g, &gauss)) return Value::Error();
  std::memcpy(s->mt, mt, sizeof(mt));
  s->index = static_cast<int>(words->items[kN].AsInt());
  s->has_gauss_next = !g.IsNone();
  s->gauss_next = gauss;
  return Value::None();
}

// --- Integers ----------------------------------------------------------

Value GetRandBitsFn(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  MtState* s = Self(ts, args, nargs, "getrandbits");
  if (s == nullptr ||
      !MethodArgs(ts, "Random", "getrandbits", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  int64_t k;
  if (!ToIndex(ts, args[1], &k)) return Value::Error();
  if (k < 0) return RaiseValueError(ts, "number of bits must be non-negative");
  if (k == 0) return Value::Int(0);
  if (k <= 63) {
    return Value::Int(
        static_cast<int64_t>(GetRandBits(s, static_cast<int>(k))));
  }
  if (!CheckIntResultBits(ts, static_cast<double>(k))) return Value::Error();
  NativePoll poll(ts, false);
  if (!poll.Advance(static_cast<uint64_t>(k) / 32)) return Value::Error();
  Mpz r;
  RandBitsMpz(s, static_cast<uint64_t>(k), r.get());
  return IntFromMpz(ts, r.get());
}

// randbytes(n): getrandbits(8 * n).to_bytes(n, 'little'), written directly.
Value RandBytesFn(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  MtState* s = Self(ts, args, nargs, "randbytes");
  if (s == nullptr ||
      !MethodArgs(ts, "Random", "randbytes", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  int64_t n;
  if (!ToIndex(ts, args[1], &n)) return Value::Error();
  if (n < 0) return RaiseValueError(ts, "number of bits must be non-negative");
  if (!CheckResultSize(ts, static_cast<uint64_t>(n))) return Value::Error();
  NativePoll poll(ts, false);
  if (!poll.Advance(static_cast<uint64_t>(n) / 4)) return Value::Error();
  std::string out;
  out.reserve(static_cast<size_t>(n));
  for (int64_t left = n; left > 0; left -= 4) {
    uint32_t w = NextWord(s);
    // A partial last word keeps its top bits, as getrandbits does.
    int take = left < 4 ? static_cast<int>(left) : 4;
    w >>= 8 * (4 - take);
    for (int i = 0; i < take; ++i)
      out.push_back(static_cast<char>(w >> (8 * i)));
  }
  return BytesValue(ts, out);
}

// An int argument of randrange: ints of any size (or __index__) and
// integral floats.
bool RangeArg(ThreadState& ts, Value v, const char* what, Value* out) {
  if (v.IsFloat()) {
    double d = v.AsFloat();
    if (d != std::floor(d) || !std::isfinite(d)) {
      RaiseValueError(ts,
                      absl::StrCat("non-integer ", what, " for randrange()"));
      return false;
    }
    *out = IntFromDouble(ts, d);
    return !out->IsError();
  }
  return ToInteger(ts, v, out);
}

Value RandRange(ThreadState& ts, MtState* s, Value start, Value stop,
                Value step) {
  TempRoots roots(ts);
  Value istart;
  if (start.IsFloat() && start.AsFloat() != std::floor(start.AsFloat())) {
    return RaiseValueError(ts, "non-integer arg 1 for randrange()");
  }
  if (!RangeArg(ts, start, "arg 1", &istart)) return Value::Error();
  roots.Add(istart);
  if (stop.IsEmpty() || stop.IsNone()) {
    if (!step.IsEmpty()) {
      return RaiseTypeError(ts, "Missing a non-None stop argument");
    }
    if (IntSign(istart) > 0) return RandBelowInt(ts, s, istart);
    return RaiseValueError(ts, "empty range for randrange()");
  }
  Value istop, istep = Value::Int(1);
  if (!RangeArg(ts, stop, "stop", &istop)) return Value::Error();
  roots.Add(istop);
  Value width = IntBinary(ts, BinOp::kSub, istop, istart);
  if (width.IsError()) return width;
  roots.Add(width);
  if (!step.IsEmpty() && !RangeArg(ts, step, "step", &istep)) {
    return Value::Error();
  }
  roots.Add(istep);
  if (istep.IsIntLike() && istep.AsInt() == 1) {
    if (IntSign(width) > 0) {
      Value r = RandBelowInt(ts, s, width);
      if (r.IsError()) return r;
      return IntBinary(ts, BinOp::kAdd, istart, r);
    }
    std::string text = "empty range for randrange() (";
    if (!AppendIntDecimal(ts, istart, &text)) return Value::Error();
    text += ", ";
    if (!AppendIntDecimal(ts, istop, &text)) return Value::Error();
    text += ", ";
    if (!AppendIntDecimal(ts, width, &text)) return Value::Error();
    text += ")";
    return RaiseValueError(ts, text);
  }
  int step_sign = IntSign(istep);
  if (step_sign == 0) return RaiseValueError(ts, "zero step for randrange()");
  Value n = IntBinary(ts, BinOp::kAdd, width, istep);
  if (n.IsError()) return n;
  n = IntBinary(ts, BinOp::kAdd, n, Value::Int(step_sign > 0 ? -1 : 1));
  if (n.IsError()) return n;
  roots.Add(n);
  n = IntBinary(ts, BinOp::kFloorDiv, n, istep);
  if (n.IsError()) return n;
  roots.Add(n);
  if (IntSign(n) <= 0) {
    return RaiseValueError(ts, "empty range for randrange()");
  }
  Value r = RandBelowInt(ts, s, n);
  if (r.IsError()) return r;
  roots.Add(r);
  r = IntBinary(ts, BinOp::kMul, istep, r);
  if (r.IsError()) return r;
  roots.Add(r);
  return IntBinary(ts, BinOp::kAdd, istart, r);
}

Value RandRangeFn(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "randrange", args, nargs, kw,
                {"self", "start", "stop", "step"}, 2, 4, 1, a)) {
    return Value::Error();
  }
  MtState* s = Self(ts, a, 1, "randrange");
  if (s == nullptr) return Value::Error();
  return RandRange(ts, s, a[1], a[2], a[3]);
}

Value RandInt(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "randint", args, nargs, kw, {"self", "a", "b"}, 3, 3, 1,
                a)) {
    return Value::Error();
  }
  MtState* s = Self(ts, a, 1, "randint");
  if (s == nullptr) return Value::Error();
  Value stop = BinaryOp(ts, BinOp::kAdd, a[2], Value::Int(1));
  if (stop.IsError()) return stop;
  return RandRange(ts, s, a[1], stop, Value::Empty());
}

// --- Sequences ---------------------------------------------------------

// len(seq) and seq[i], with fast paths for lists and tuples.
bool SeqLength(ThreadState& ts, Value seq, int64_t* n) {
  return Length(ts, seq, n);
}
Value SeqItem(ThreadState& ts, Value seq, int64_t i) {
  if (IsKind(seq, ObjKind::kList) && i < As<List>(seq)->size) {
    return As<List>(seq)->items[i];
  }
  if (IsKind(seq, ObjKind::kTuple)) return As<Tuple>(seq)->items[i];
  return GetItem(ts, seq, Value::Int(i));
}

Value Choice(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  MtState* s = Self(ts, args, nargs, "choice");
  if (s == nullptr ||
      !MethodArgs(ts, "Random", "choice", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  int64_t n;
  if (!SeqLength(ts, args[1], &n)) return Value::Error();
  if (n == 0) {
    return RaiseIndexError(ts, "Cannot choose from an empty sequence");
  }
  return SeqItem(ts, args[1], static_cast<int64_t>(RandBelow(s, n)));
}

Value Shuffle(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  MtState* s = Self(ts, args, nargs, "shuffle");
  if (s == nullptr ||
      !MethodArgs(ts, "Random", "shuffle", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  Value x = args[1];
  int64_t n;
  if (!SeqLength(ts, x, &n)) return Value::Error();
  NativePoll poll(ts);
  for (int64_t i = n - 1; i >= 1; --i) {
    if (!poll.Tick()) return Value::Error();
    auto j = static_cast<int64_t>(RandBelow(s, i + 1));
    if (IsKind(x, ObjKind::kList) && As<List>(x)->size == n) {
      List* l = As<List>(x);
      std::swap(l->items[i], l->items[j]);
      continue;
    }
    TempRoots roots(ts);
    Value xi = GetItem(ts, x, Value::Int(i));
    if (xi.IsError()) return xi;
    roots.Add(xi);
    Value xj = GetItem(ts, x, Value::Int(j));
    if (xj.IsError()) return xj;
    roots.Add(xj);
    if (SetItem(ts, x, Value::Int(i), xj).IsError() ||
        SetItem(ts, x, Value::Int(j), xi).IsError()) {
      return Value::Error();
    }
  }
  return Value::None();
}

bool IsSequence(Value v) {
  return IsKind(v, ObjKind::kList) || IsKind(v, ObjKind::kTuple) ||
         IsKind(v, ObjKind::kStr) || IsKind(v, ObjKind::kRange);
}

Value Sample(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "sample", args, nargs, kw,
                {"self", "population", "k", "counts"}, 3, 3, 1, a)) {
    return Value::Error();
  }
  MtState* s = Self(ts, a, 1, "sample");
  if (s == nullptr) return Value::Error();
  if (!a[3].IsEmpty() && !a[3].IsNone()) {
    return RaiseTypeError(ts, "sample() counts are not supported");
  }
  Value pop = a[1];
  if (!IsSequence(pop)) {
    return RaiseTypeError(ts,
                          "Population must be a sequence.  For dicts or sets, "
                          "use sorted(d).");
  }
  int64_t n, k;
  if (!SeqLength(ts, pop, &n) || !ToIndex(ts, a[2], &k)) {
    return Value::Error();
  }
  if (k < 0 || k > n) {
    return RaiseValueError(ts, "Sample larger than population or is negative");
  }
  TempRoots roots(ts);
  List* result = NewList(ts, static_cast<uint32_t>(k));
  if (result == nullptr) return Value::Error();
  roots.Add(Value::Obj(result));
  for (int64_t i = 0; i < k; ++i) result->items[i] = Value::None();
  int64_t setsize = 21;
  if (k > 5) {
    setsize += static_cast<int64_t>(
        std::pow(4.0, std::ceil(std::log(k * 3.0) / std::log(4.0))));
  }
  NativePoll poll(ts);
  if (n <= setsize) {
    List* pool = IterableToList(ts, pop);
    if (pool == nullptr) return Value::Error();
    roots.Add(Value::Obj(pool));
    for (int64_t i = 0; i < k; ++i) {
      if (!poll.Tick()) return Value::Error();
      auto j = static_cast<int64_t>(RandBelow(s, n - i));
      result->items[i] = pool->items[j];
      pool->items[j] = pool->items[n - i - 1];
    }
  } else {
    // A set of the k indices taken, not a flag per index: the population
    // may be a huge range.
    absl::flat_hash_set<int64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
      if (!poll.Tick()) return Value::Error();
      auto j = static_cast<int64_t>(RandBelow(s, n));
      while (selected.contains(j)) j = static_cast<int64_t>(RandBelow(s, n));
      selected.insert(j);
      Value item = SeqItem(ts, pop, j);
      if (item.IsError()) return item;
      result->items[i] = item;
    }
  }
  return Value::Obj(result);
}

Value Choices(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[5];
  if (!BindArgs(ts, "choices", args, nargs, kw,
                {"self", "population", "weights", "cum_weights", "k"}, 2, 3, 1,
                a)) {
    return Value::Error();
  }
  MtState* s = Self(ts, a, 1, "choices");
  if (s == nullptr) return Value::Error();
  Value pop = a[1];
  int64_t n, k = 1;
  if (!SeqLength(ts, pop, &n)) return Value::Error();
  if (!a[4].IsEmpty() && !ToIndex(ts, a[4], &k)) return Value::Error();
  if (k < 0) k = 0;
  TempRoots roots(ts);
  List* result = NewList(ts, 0);
  if (result == nullptr) return Value::Error();
  roots.Add(Value::Obj(result));
  Value weights = a[2].IsEmpty() ? Value::None() : a[2];
  Value cum = a[3].IsEmpty() ? Value::None() : a[3];
  NativePoll poll(ts);
  if (cum.IsNone() && weights.IsNone()) {
    double dn = static_cast<double>(n);
    for (int64_t i = 0; i < k; ++i) {
      if (!poll.Tick()) return Value::Error();
      Value item = SeqItem(
          ts, pop, static_cast<int64_t>(std::floor(NextDouble(s) * dn)));
      if (item.IsError() || !ListAppend(ts, result, item)) {
        return Value::Error();
      }
    }
    return Value::Obj(result);
  }
  if (!cum.IsNone() && !weights.IsNone()) {
    return RaiseTypeError(ts,
                          "Cannot specify both weights and cumulative weights");
  }
  // The cumulative weights as Python values (ints stay ints, as
  // itertools.accumulate sums them), then as doubles for the bisection.
  std::vector<double> cw;
  if (cum.IsNone()) {
    if (weights.IsIntLike()) {
      return RaiseTypeError(
          ts, absl::StrCat("The number of choices must be a keyword "
                           "argument: k=",
                           weights.AsInt()));
    }
    List* w = IterableToList(ts, weights);
    if (w == nullptr) return Value::Error();
    roots.Add(Value::Obj(w));
    Value acc = Value::Empty();
    for (uint32_t i = 0; i < w->size; ++i) {
      acc = acc.IsEmpty() ? w->items[i]
                          : BinaryOp(ts, BinOp::kAdd, acc, w->items[i]);
      if (acc.IsError()) return acc;
      roots.Add(acc);
      double d;
      if (!ToDouble(ts, acc, &d)) return Value::Error();
      cw.push_back(d);
    }
  } else {
    List* c = IterableToList(ts, cum);
    if (c == nullptr) return Value::Error();
    roots.Add(Value::Obj(c));
    for (uint32_t i = 0; i < c->size; ++i) {
      double d;
      if (!ToDouble(ts, c->items[i], &d)) return Value::Error();
      cw.push_back(d);
    }
  }
  if (static_cast<int64_t>(cw.size()) != n) {
    return RaiseValueError(ts,
                           "The number of weights does not match the "
                           "population");
  }
  if (n == 0) return RaiseIndexError(ts, "list index out of range");
  double total = cw.back() + 0.0;
  if (total <= 0.0) {
    return RaiseValueError(ts, "Total of weights must be greater than zero");
  }
  if (!std::isfinite(total)) {
    return RaiseValueError(ts, "Total of weights must be finite");
  }
  for (int64_t i = 0; i < k; ++i) {
    if (!poll.Tick()) return Value::Error();
    double x = NextDouble(s) * total;
    // bisect_right over cw[0 .. n-1).
    int64_t lo = 0, hi = n - 1;
    while (lo < hi) {
      int64_t mid = (lo + hi) / 2;
      if (x < cw[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    Value item = SeqItem(ts, pop, lo);
    if (item.IsError() || !ListAppend(ts, result, item)) return Value::Error();
  }
  return Value::Obj(result);
}

// --- Floats ------------------------------------------------------------

Value RandomFn(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  MtState* s = nargs == 1 && kw == nullptr ? AsMt(args[0]) : nullptr;
  if (s == nullptr) {
    s = Self(ts, args, nargs, "random");
    if (s == nullptr ||
        !MethodArgs(ts, "Random", "random", nargs - 1, kw, 0, 0)) {
      return Value::Error();
    }
  }
  if (s->system) {
    uint64_t bits = (uint64_t{NextWord(s)} << 32 | NextWord(s)) >> 11;
    return Float(static_cast<double>(bits) * (1.0 / 9007199254740992.0));
  }
  return Float(NextDouble(s));
}

// Binds (self, p1, p2, ...) with float defaults; false with an error.
bool FloatArgs(ThreadState& ts, const char* name, const Value* args,
               uint32_t nargs, Tuple* kw,
               std::initializer_list<std::string_view> names, uint32_t min_pos,
               const double* defaults, double* out, MtState** s) {
  Value a[4];
  if (!BindArgs(ts, name, args, nargs, kw, names, min_pos,
                static_cast<uint32_t>(names.size()), 1, a)) {
    return false;
  }
  *s = Self(ts, a, 1, name);
  if (*s == nullptr) return false;
  for (size_t i = 1; i < names.size(); ++i) {
    if (a[i].IsEmpty()) {
      out[i - 1] = defaults[i - 1];
    } else if (!ToDouble(ts, a[i], &out[i - 1])) {
      return false;
    }
  }
  return true;
}

Value Uniform(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double p[2];
  MtState* s;
  if (!FloatArgs(ts, "uniform", args, nargs, kw, {"self", "a", "b"}, 3, nullptr,
                 p, &s)) {
    return Value::Error();
  }
  return Float(p[0] + (p[1] - p[0]) * NextDouble(s));
}

Value Triangular(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  Value a[4];
  if (!BindArgs(ts, "triangular", args, nargs, kw,
                {"self", "low", "high", "mode"}, 1, 4, 1, a)) {
    return Value::Error();
  }
  MtState* s = Self(ts, a, 1, "triangular");
  if (s == nullptr) return Value::Error();
  double low = 0.0, high = 1.0, mode = 0.0;
  if ((!a[1].IsEmpty() && !ToDouble(ts, a[1], &low)) ||
      (!a[2].IsEmpty() && !ToDouble(ts, a[2], &high))) {
    return Value::Error();
  }
  bool has_mode = !a[3].IsEmpty() && !a[3].IsNone();
  if (has_mode && !ToDouble(ts, a[3], &mode)) return Value::Error();
  double u = NextDouble(s);
  double c = 0.5;
  if (has_mode) {
    if (high - low == 0.0) return a[1].IsEmpty() ? Float(low) : a[1];
    c = (mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return Float(low + (high - low) * std::sqrt(u * c));
}

double NormalVariate(MtState* s, double mu, double sigma) {
  static const double kMagic = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z;
  for (;;) {
    double u1 = NextDouble(s);
    double u2 = 1.0 - NextDouble(s);
    z = kMagic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

constexpr double kUnitNormal[2] = {0.0, 1.0};

Value NormalVariateFn(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  double p[2];
  MtState* s;
  if (!FloatArgs(ts, "normalvariate", args, nargs, kw, {"self", "mu", "sigma"},
                 1, kUnitNormal, p, &s)) {
    return Value::Error();
  }
  return Float(NormalVariate(s, p[0], p[1]));
}

Value LogNormVariate(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  double p[2];
  MtState* s;
  if (!FloatArgs(ts, "lognormvariate", args, nargs, kw, {"self", "mu", "sigma"},
                 3, nullptr, p, &s)) {
    return Value::Error();
  }
  double r = std::exp(NormalVariate(s, p[0], p[1]));
  if (std::isinf(r)) return RaiseOverflowError(ts, "math range error");
  return Float(r);
}

Value Gauss(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  double p[2];
  MtState* s;
  if (!FloatArgs(ts, "gauss", args, nargs, kw, {"self", "mu", "sigma"}, 1,
                 kUnitNormal, p, &s)) {
    return Value::Error();
  }
  double z;
  if (s->has_gauss_next) {
    z = s->gauss_next;
    s->has_gauss_next = false;
  } else {
    double x2pi = NextDouble(s) * (2 * M_PI);
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - NextDouble(s)));
    z = std::cos(x2pi) * g2rad;
    s->gauss_next = std::sin(x2pi) * g2rad;
    s->has_gauss_next = true;
  }
  return Float(p[0] + z * p[1]);
}

Value ExpoVariate(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  double p[1];
  MtState* s;
  if (!FloatArgs(ts, "expovariate", args, nargs, kw, {"self", "lambd"}, 2,
                 nullptr, p, &s)) {
    return Value::Error();
  }
  double r = -std::log(1.0 - NextDouble(s));
  if (p[0] == 0.0) return RaiseZeroDivisionError(ts, "float division by zero");
  return Float(r / p[0]);
}

bool GammaVariate(ThreadState& ts, MtState* s, double alpha, double beta,
                  double* out) {
  if (alpha <= 0.0 || beta <= 0.0) {
    RaiseValueError(ts, "gammavariate: alpha and beta must be > 0.0");
    return false;
  }
  if (alpha > 1.0) {
    // Cheng's algorithm GB.
    static const double kLog4 = std::log(4.0);
    static const double kSgMagic = 1.0 + std::log(4.5);
    double ainv = std::sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - kLog4;
    double ccc = alpha + ainv;
    for (;;) {
      double u1 = NextDouble(s);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - NextDouble(s);
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double r = bbb + ccc * v - x;
      if (r + kSgMagic - 4.5 * z >= 0.0 || r >= std::log(z)) {
        *out = x * beta;
        return true;
      }
    }
  }
  if (alpha == 1.0) {
    *out = -std::log(1.0 - NextDouble(s)) * beta;
    return true;
  }
  // 0 < alpha < 1: algorithm GS (Kennedy & Gentle).
  double x;
  for (;;) {
    double u = NextDouble(s);
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -std::log((b - p) / alpha);
    double u1 = NextDouble(s);
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0)) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  *out = x * beta;
  return true;
}

Value GammaVariateFn(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  double p[2], r;
  MtState* s;
  if (!FloatArgs(ts, "gammavariate", args, nargs, kw, {"self", "alpha", "beta"},
                 3, nullptr, p, &s) ||
      !GammaVariate(ts, s, p[0], p[1], &r)) {
    return Value::Error();
  }
  return Float(r);
}

Value BetaVariate(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  double p[2], y, z;
  MtState* s;
  if (!FloatArgs(ts, "betavariate", args, nargs, kw, {"self", "alpha", "beta"},
                 3, nullptr, p, &s) ||
      !GammaVariate(ts, s, p[0], 1.0, &y)) {
    return Value::Error();
  }
  if (y == 0.0) return Float(0.0);
  if (!GammaVariate(ts, s, p[1], 1.0, &z)) return Value::Error();
  return Float(y / (y + z));
}

Value ParetoVariate(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  double p[1];
  MtState* s;
  if (!FloatArgs(ts, "paretovariate", args, nargs, kw, {"self", "alpha"}, 2,
                 nullptr, p, &s)) {
    return Value::Error();
  }
  double u = 1.0 - NextDouble(s);
  return Float(std::pow(u, -1.0 / p[0]));
}

Value WeibullVariate(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  double p[2];
  MtState* s;
  if (!FloatArgs(ts, "weibullvariate", args, nargs, kw,
                 {"self", "alpha", "beta"}, 3, nullptr, p, &s)) {
    return Value::Error();
  }
  double u = 1.0 - NextDouble(s);
  return Float(p[0] * std::pow(-std::log(u), 1.0 / p[1]));
}

// Python's float %: the result takes the divisor's sign.
double PyMod(double a, double b) {
  double r = std::fmod(a, b);
  if (r != 0.0) {
    if ((r < 0.0) != (b < 0.0)) r += b;
  } else {
    r = std::copysign(0.0, b);
  }
  return r;
}

Value VonMisesVariate(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  double p[2];
  MtState* s;
  if (!FloatArgs(ts, "vonmisesvariate", args, nargs, kw,
                 {"self", "mu", "kappa"}, 3, nullptr, p, &s)) {
    return Value::Error();
  }
  const double mu = p[0], kappa = p[1];
  constexpr double kTwoPi = 2 * M_PI;
  if (kappa <= 1e-6) return Float(kTwoPi * NextDouble(s));
  double half = 0.5 / kappa;
  double r = half + std::sqrt(1.0 + half * half);
  double z;
  for (;;) {
    double u1 = NextDouble(s);
    z = std::cos(M_PI * u1);
    double d = z / (r + z);
    double u2 = NextDouble(s);
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  double q = 1.0 / r;
  double f = (q + z) / (1.0 + q * z);
  double u3 = NextDouble(s);
  if (u3 > 0.5) return Float(PyMod(mu + std::acos(f), kTwoPi));
  return Float(PyMod(mu - std::acos(f), kTwoPi));
}

constexpr MethodDef kMethods[] = {
    {"vonmisesvariate", VonMisesVariate},
    {"seed", Seed},
    {"random", RandomFn},
    {"uniform", Uniform},
    {"triangular", Triangular},
    {"randint", RandInt},
    {"choice", Choice},
    {"randrange", RandRangeFn},
    {"sample", Sample},
    {"shuffle", Shuffle},
    {"choices", Choices},
    {"normalvariate", NormalVariateFn},
    {"lognormvariate", LogNormVariate},
    {"expovariate", ExpoVariate},
    {"gammavariate", GammaVariateFn},
    {"gauss", Gauss},
    {"betavariate", BetaVariate},
    {"paretovariate", ParetoVariate},
    {"weibullvariate", WeibullVariate},
    {"getstate", GetState},
    {"setstate", SetState},
    {"getrandbits", GetRandBitsFn},
    {"randbytes", RandBytesFn},
};

Module* InitRandomModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "random"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  ClassObject* cls =
      NewClass(ts, "Random", rt.classes.object, "random", ObjKind::kNativeData,
               kClassBuiltin | kClassBaseOk);
  if (cls == nullptr) return nullptr;
  roots.Add(Value::Obj(cls));
  cls->construct = RandomConstruct;
  if (!AddMethods(ts, cls, "random.Random", kMethods)) return nullptr;
  static constexpr MethodDef kInit[] = {{"__init__", RandomInit}};
  if (!AddMethods(ts, cls, "random.Random", kInit)) return nullptr;
  ClassObject* sys_cls =
      NewClass(ts, "SystemRandom", cls, "random", ObjKind::kNativeData,
               kClassBuiltin | kClassBaseOk);
  if (sys_cls == nullptr) return nullptr;
  roots.Add(Value::Obj(sys_cls));
  sys_cls->construct = SystemRandomConstruct;
  rt.classes.random_random = cls;
  rt.classes.random_system_random = sys_cls;
  Value inst = RandomConstruct(ts, nullptr, 0, nullptr);
  if (inst.IsError()) return nullptr;
  roots.Add(inst);
  if (!AddValue(ts, m, "Random", Value::Obj(cls)) ||
      !AddValue(ts, m, "SystemRandom", Value::Obj(sys_cls)) ||
      !AddValue(ts, m, "_inst", inst)) {
    return nullptr;
  }
  // The module functions are the hidden instance's bound methods.
  for (const MethodDef& def : kMethods) {
    NativeFunction* nf =
        NewNative(ts, absl::StrCat("random.", def.name), def.fn);
    if (nf == nullptr) return nullptr;
    nf->bound_self = inst;
    if (!AddValue(ts, m, def.name, Value::Obj(nf))) return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("random", InitRandomModule);

}  // namespace builtins
}  // namespace interp
