// The `struct` module: pack, unpack, calcsize, iter_unpack, pack_into,
// unpack_from and the Struct class, with CPython's formats (byte order
// prefixes @ = < > !, codes x c b B ? h H i I l L q Q n N e f d s p P),
// sizes, native alignment and struct.error messages.
//
// Integer codes take ints of any size: values outside int64 are checked
// (and the unsigned 8-byte codes accept [2**63, 2**64)) with the messages
// CPython's converters give, and unpacking builds big ints beyond int64.
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_format.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

struct Item {
  char code;
  int64_t count;  // repeat count (string length for s/p)
  size_t offset;  // byte offset in the packed data
  size_t size;    // size of one element
};

struct Layout {
  std::string format;
  bool native = true;  // '@': native sizes and alignment
  bool little = true;  // byte order (x86-64 native is little)
  std::vector<Item> items;
  size_t size = 0;
  size_t nvalues = 0;  // values pack takes / unpack returns
};

Value StructError(ThreadState& ts, std::string_view message) {
  return RaiseWithMessage(ts, Rt(ts).exc.struct_error, message);
}

size_t CodeSize(char c, bool native) {
  switch (c) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p':
      return 1;
    case 'h':
    case 'H':
    case 'e':
      return 2;
    case 'i':
    case 'I':
    case 'f':
      return 4;
    case 'l':
    case 'L':
      return native ? 8 : 4;
    case 'q':
    case 'Q':
    case 'd':
      return 8;
    case 'n':
    case 'N':
    case 'P':
      return native ? 8 : 0;
    default:
      return 0;
  }
}

bool ParseFormat(ThreadState& ts, std::string_view f, Layout* out) {
  out->format.assign(f);
  size_t i = 0;
  if (!f.empty()) {
    switch (f[0]) {
      case '@':
        ++i;
        break;
      case '=':
      case '<':
        out->native = false;
        out->little = true;
        ++i;
        break;
      case '>':
      case '!':
        out->native = false;
        out->little = false;
        ++i;
        break;
      default:
        break;
    }
  }
  size_t offset = 0;
  while (i < f.size()) {
    char c = f[i];
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      ++i;
      continue;
    }
    int64_t count = 1;
    if (c >= '0' && c <= '9') {
      count = 0;
      while (i < f.size() && f[i] >= '0' && f[i] <= '9') {
        if (count > (INT32_MAX - (f[i] - '0')) / 10) {
          StructError(ts, "total struct size too long");
          return false;
        }
        count = count * 10 + (f[i] - '0');
        ++i;
      }
      if (i >= f.size()) {
        StructError(ts, "repeat count given without format specifier");
        return false;
      }
      c = f[i];
    }
    ++i;
    size_t size = CodeSize(c, out->native);
    if (size == 0) {
      StructError(ts, "bad char in struct format");
      return false;
    }
    if (out->native && c != 's' && c != 'p' && c != 'x' && size > 1) {
      offset = (offset + size - 1) / size * size;
    }
    out->items.push_back(Item{c, count, offset, size});
    uint64_t total = c == 's' || c == 'p' || c == 'x'
                         ? static_cast<uint64_t>(count)
                         : static_cast<uint64_t>(count) * size;
    offset += total;
    if (offset > (uint64_t{1} << 31)) {
      StructError(ts, "total struct size too long");
      return false;
    }
    if (c == 's' || c == 'p') {
      out->nvalues += 1;
    } else if (c != 'x') {
      out->nvalues += static_cast<size_t>(count);
    }
  }
  out->size = offset;
  return true;
}

// --- half floats (IEEE binary16), rounding to nearest even ---------------

bool PackHalf(ThreadState& ts, double x, uint16_t* out) {
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) {
    *out = sign | 0x7e00;
    return true;
  }
  if (std::isinf(x)) {
    *out = sign | 0x7c00;
    return true;
  }
  x = std::fabs(x);
  if (x == 0) {
    *out = sign;
    return true;
  }
  int e;
  double f = std::frexp(x, &e);  // x = f * 2**e, f in [0.5, 1)
  f *= 2.0;
  e -= 1;  // f in [1, 2)
  auto overflow = [&] {
    RaiseOverflowError(ts, "float too large to pack with e format");
    return false;
  };
  if (e >= 16) return overflow();
  if (e < -25) {
    f = 0.0;
    e = 0;
  } else if (e < -14) {
    f = std::ldexp(f, 14 + e);
    e = 0;
  } else {
    e += 15;
    f -= 1.0;
  }
  f *= 1024.0;
  uint32_t bits = static_cast<uint32_t>(f);
  double rest = f - bits;
  if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
    ++bits;
    if (bits == 1024) {
      bits = 0;
      ++e;
      if (e == 31) return overflow();
    }
  }
  *out = static_cast<uint16_t>(sign | (e << 10) | bits);
  return true;
}

double UnpackHalf(uint16_t h) {
  int sign = h >> 15;
  int e = (h >> 10) & 0x1f;
  int f = h & 0x3ff;
  double x;
  if (e == 0) {
    x = std::ldexp(f, -24);
  } else if (e == 31) {
    x = f == 0 ? std::numeric_limits<double>::infinity()
               : std::numeric_limits<double>::quiet_NaN();
  } else {
    x = std::ldexp(f + 1024, e - 25);
  }
  return sign ? -x : x;
}

// --- packing ---------------------------------------------------------------

void PutInt(char* p, uint64_t v, size_t size, bool little) {
  for (size_t k = 0; k < size; ++k) {
    unsigned char byte = static_cast<unsigned char>(v >> (8 * k));
    p[little ? k : size - 1 - k] = static_cast<char>(byte);
  }
}

uint64_t GetInt(const char* p, size_t size, bool little) {
  uint64_t v = 0;
  for (size_t k = 0; k < size; ++k) {
    unsigned char byte =
        static_cast<unsigned char>(p[little ? k : size - 1 - k]);
    v |= static_cast<uint64_t>(byte) << (8 * k);
  }
  return v;
}

// The integer of a value for an integer code (ints, bools, __index__).
// Values beyond int64 set `big`: 1 for [2**63, 2**64) (then `*out` holds
// the value's 64 bits), 2 for anything larger or below -2**63.
bool IntArg(ThreadState& ts, Value v, int64_t* out, int* big) {
  *big = 0;
  if (v.IsIntLike()) {
    *out = v.AsInt();
    return true;
  }
  if (IsBigInt(v)) {
    if (IntSign(v) > 0 && IntBitLength(v) <= 64) {
      IntView z(v);
      *out = static_cast<int64_t>(mpz_getlimbn(z.get(), 0));
      *big = 1;
    } else {
      *big = 2;
    }
    return true;
  }
  if (v.IsObject() && !(v.AsObject()->cls->flags & kClassBuiltin) &&
      !IsKind(v, ObjKind::kStr)) {
    TempRoots roots(ts);
    roots.Add(v);
    if (ToIndex(ts, v, out)) return true;
    if (!PendingExceptionMatches(ts, Rt(ts).exc.type_error)) return false;
    TakePendingException(ts);
  }
  StructError(ts, "required argument is not an integer");
  return false;
}

// The errors of values beyond int64 (`big` from IntArg), as CPython's
// converters word them: true when the value fits the code.
bool BigRangeCheck(ThreadState& ts, const Layout& l, char c, int big) {
  bool standard_big_endian = !l.native && !l.little;
  if (standard_big_endian && (c == 'q' || (c == 'Q' && big == 2))) {
    StructError(ts, "int too large to convert");
    return false;
  }
  if (c == 'P' && big == 2) {
    StructError(ts, "int too large to convert");
    return false;
  }
  if (big == 2) {
    StructError(ts, "argument out of range");
    return false;
  }
  // [2**63, 2**64): fits the 64-bit unsigned codes.
  if (c == 'Q' || c == 'N' || c == 'P' || (c == 'L' && l.native)) return true;
  bool unsigned_code = c == 'I' || c == 'L' || (!l.native && c == 'H');
  if (unsigned_code) {
    RaiseWithMessage(ts, Rt(ts).exc.struct_error,
                     absl::StrFormat("'%c' format requires 0 <= number <= %d",
                                     c, c == 'H' ? 65535 : 4294967295LL));
    return false;
  }
  StructError(ts, "argument out of range");
  return false;
}

bool RangeCheck(ThreadState& ts, const Layout& l, char c, int64_t v) {
  auto fail = [&](const char* what, int64_t lo, int64_t hi) {
    RaiseWithMessage(
        ts, Rt(ts).exc.struct_error,
        absl::StrFormat("%s format requires %d <= number <= %d", what, lo, hi));
    return false;
  };
  switch (c) {
    case 'b':
      return (v >= -128 && v <= 127) || fail("byte", -128, 127);
    case 'B':
      return (v >= 0 && v <= 255) || fail("ubyte", 0, 255);
    case 'h':
      return (v >= -32768 && v <= 32767) || fail("short", -32768, 32767);
    case 'H':
      return (v >= 0 && v <= 65535) || fail("ushort", 0, 65535);
    case 'i':
      return (v >= INT32_MIN && v <= INT32_MAX) ||
             fail("'i'", INT32_MIN, INT32_MAX);
    case 'l':
      if (l.native) return true;
      return (v >= INT32_MIN && v <= INT32_MAX) ||
             fail("'l'", INT32_MIN, INT32_MAX);
    case 'I':
    case 'L':
      if (v < 0 || (c == 'I' && l.native && v > UINT32_MAX)) {
        StructError(ts, "argument out of range");
        return false;
      }
      if (v > UINT32_MAX && !(c == 'L' && l.native)) {
        RaiseWithMessage(
            ts, Rt(ts).exc.struct_error,
            absl::StrFormat("'%c' format requires 0 <= number <= 4294967295",
                            c));
        return false;
      }
      return true;
    case 'Q':
    case 'N':
      if (v < 0) {
        // CPython's big-endian standard packer words it differently.
        StructError(ts, l.native || l.little ? "argument out of range"
                                             : "int too large to convert");
        return false;
      }
      return true;
    default:
      return true;
  }
}

bool PackItems(ThreadState& ts, const Layout& l, const Value* args,
               uint32_t nargs, char* out) {
  if (nargs != l.nvalues) {
    RaiseWithMessage(ts, Rt(ts).exc.struct_error,
                     absl::StrFormat("pack expected %d items for packing (got "
                                     "%d)",
                                     l.nvalues, nargs));
    return false;
  }
  std::memset(out, 0, l.size);
  uint32_t a = 0;
  for (const Item& it : l.items) {
    char* p = out + it.offset;
    if (it.code == 'x') continue;
    if (it.code == 's' || it.code == 'p') {
      std::string_view data;
      if (!GetBuffer(args[a], &data)) {
        RaiseWithMessage(
            ts, Rt(ts).exc.struct_error,
            absl::StrFormat("argument for '%c' must be a bytes object",
                            it.code));
        return false;
      }
      ++a;
      size_t n = static_cast<size_t>(it.count);
      if (it.code == 's') {
        std::memcpy(p, data.data(), std::min(n, data.size()));
      } else if (n > 0) {
        size_t m = std::min(n - 1, data.size());
        std::memcpy(p + 1, data.data(), m);
        p[0] = static_cast<char>(std::min<size_t>(m, 255));
      }
      continue;
    }
    for (int64_t k = 0; k < it.count; ++k, ++a, p += it.size) {
      Value v = args[a];
      switch (it.code) {
        case 'c': {
          std::string_view data;
          if (!GetBuffer(v, &data) || data.size() != 1) {
            StructError(ts, "char format requires a bytes object of length 1");
            return false;
          }
          *p = data[0];
          break;
        }
        case '?': {
          int t = Truthy(ts, v);
          if (t < 0) return false;
          *p = static_cast<char>(t);
          break;
        }
        case 'e':
        case 'f':
        case 'd': {
          double d;
          if (!v.IsFloat() && !v.IsIntLike() && !IsBigInt(v) &&
              !(v.IsObject() && !(v.AsObject()->cls->flags & kClassBuiltin))) {
            StructError(ts, "required argument is not a float");
            return false;
          }
          if (!ToDouble(ts, v, &d)) return false;
          if (it.code == 'd') {
            uint64_t bits;
            std::memcpy(&bits, &d, 8);
            PutInt(p, bits, 8, l.little);
          } else if (it.code == 'f') {
            float f = static_cast<float>(d);
            // Only the standard sizes check (native 'f' stores inf).
            if (!l.native && std::isinf(f) && !std::isinf(d)) {
              RaiseOverflowError(ts, "float too large to pack with f format");
              return false;
            }
            uint32_t bits;
            std::memcpy(&bits, &f, 4);
            PutInt(p, bits, 4, l.little);
          } else {
            uint16_t h;
            if (!PackHalf(ts, d, &h)) return false;
            PutInt(p, h, 2, l.little);
          }
          break;
        }
        default: {
          int64_t i;
          int big;
          if (!IntArg(ts, v, &i, &big)) return false;
          if (big != 0 ? !BigRangeCheck(ts, l, it.code, big)
                       : !RangeCheck(ts, l, it.code, i)) {
            return false;
          }
          PutInt(p, static_cast<uint64_t>(i), it.size, l.little);
          break;
        }
      }
    }
  }
  return true;
}

Value UnpackItems(ThreadState& ts, const Layout& l, const char* data) {
  Tuple* t = NewTuple(ts, static_cast<uint32_t>(l.nvalues));
  if (t == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(t));
  uint32_t a = 0;
  for (const Item& it : l.items) {
    const char* p = data + it.offset;
    if (it.code == 'x') continue;
    if (it.code == 's' || it.code == 'p') {
      size_t n = static_cast<size_t>(it.count);
      std::string_view s(p, n);
      if (it.code == 'p') {
        size_t m =
            n == 0 ? 0
                   : std::min<size_t>(static_cast<unsigned char>(p[0]), n - 1);
        s = std::string_view(p + (n == 0 ? 0 : 1), m);
      }
      Value v = BytesValue(ts, s);
      if (v.IsError()) return v;
      t->items[a++] = v;
      continue;
    }
    for (int64_t k = 0; k < it.count; ++k, p += it.size) {
      Value v;
      uint64_t u = GetInt(p, it.size, l.little);
      switch (it.code) {
        case 'c':
          v = BytesValue(ts, std::string_view(p, 1));
          if (v.IsError()) return v;
          break;
        case '?':
          v = Value::Bool(u != 0);
          break;
        case 'e':
          v = Value::Float(UnpackHalf(static_cast<uint16_t>(u)));
          break;
        case 'f': {
          uint32_t bits = static_cast<uint32_t>(u);
          float f;
          std::memcpy(&f, &bits, 4);
          v = Value::Float(f);
          break;
        }
        case 'd': {
          double d;
          std::memcpy(&d, &u, 8);
          v = Value::Float(d);
          break;
        }
        case 'b':
        case 'h':
        case 'i':
        case 'l':
        case 'q':
        case 'n': {
          // Sign-extend from it.size bytes.
          int shift = 64 - 8 * static_cast<int>(it.size);
          v = Value::Int(static_cast<int64_t>(u << shift) >> shift);
          break;
        }
        default:
          v = IntFromU64(ts, u);
          if (v.IsError()) return v;
          break;
      }
      t->items[a++] = v;
    }
  }
  return Value::Obj(t);
}

bool FormatArg(ThreadState& ts, Value v, Layout* out) {
  std::string_view f;
  if (IsStr(v)) {
    f = AsStr(v)->view();
  } else if (!GetBuffer(v, &f)) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "Struct() argument 1 must be a str or bytes object, not %s",
                TypeName(ts, v));
    return false;
  }
  return ParseFormat(ts, f, out);
}

// --- the Struct class ------------------------------------------------------

void FinalizeLayout(void* p) { delete static_cast<Layout*>(p); }
const NativeDataOps kStructOps = {"Struct", nullptr, FinalizeLayout};

Layout* SelfLayout(ThreadState& ts, const Value* args, uint32_t nargs) {
  if (nargs >= 1 && IsKind(args[0], ObjKind::kNativeData) &&
      As<NativeData>(args[0])->ops == &kStructOps) {
    return static_cast<Layout*>(As<NativeData>(args[0])->data);
  }
  RaiseTypeError(ts, "descriptor requires a '_struct.Struct' object");
  return nullptr;
}

// The shared implementations take the layout and the remaining arguments.
Value DoPack(ThreadState& ts, const Layout& l, const Value* args,
             uint32_t nargs) {
  Bytes* b = NewBytesUninit(ts, l.size);
  if (b == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(b));
  std::string buf(l.size, '\0');
  if (!PackItems(ts, l, args, nargs, buf.data())) return Value::Error();
  std::memcpy(b->data, buf.data(), l.size);
  return Value::Obj(b);
}

bool BufferArg(ThreadState& ts, Value v, std::string_view* out) {
  if (GetBuffer(v, out)) return true;
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "a bytes-like object is required, not '%s'", TypeName(ts, v));
  return false;
}

Value DoUnpack(ThreadState& ts, const Layout& l, Value buffer) {
  std::string_view data;
  if (!BufferArg(ts, buffer, &data)) return Value::Error();
  if (data.size() != l.size) {
    return RaiseWithMessage(
        ts, Rt(ts).exc.struct_error,
        absl::StrFormat("unpack requires a buffer of %d bytes", l.size));
  }
  std::string copy(data);
  return UnpackItems(ts, l, copy.data());
}

Value DoUnpackFrom(ThreadState& ts, const Layout& l, Value buffer,
                   Value offset_v) {
  std::string_view data;
  if (!BufferArg(ts, buffer, &data)) return Value::Error();
  int64_t offset = 0;
  if (!offset_v.IsEmpty() && !ToIndex(ts, offset_v, &offset)) {
    return Value::Error();
  }
  int64_t n = static_cast<int64_t>(data.size());
  if (offset < 0) {
    if (offset + n < 0) {
      return RaiseWithMessage(
          ts, Rt(ts).exc.struct_error,
          absl::StrFormat("offset %d out of range for %d-byte buffer", offset,
                          n));
    }
    offset += n;
  }
  if (n - offset < static_cast<int64_t>(l.size)) {
    return RaiseWithMessage(
        ts, Rt(ts).exc.struct_error,
        absl::StrFormat("unpack_from requires a buffer of at least %d bytes "
                        "for unpacking %d bytes at offset %d (actual buffer "
                        "size is %d)",
                        l.size + offset, l.size, offset, n));
  }
  std::string copy(data.substr(static_cast<size_t>(offset), l.size));
  return UnpackItems(ts, l, copy.data());
}

Value DoPackInto(ThreadState& ts, const Layout& l, const Value* args,
                 uint32_t nargs) {
  if (nargs < 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "pack_into expected buffer argument");
  }
  if (!IsByteArray(args[0])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "argument must be read-write bytes-like object, not %s",
                       TypeName(ts, args[0]));
  }
  int64_t offset;
  if (!ToIndex(ts, args[1], &offset)) return Value::Error();
  ByteArray* b = As<ByteArray>(args[0]);
  int64_t n = b->size;
  if (offset < 0) {
    if (offset + n < 0) {
      return RaiseWithMessage(
          ts, Rt(ts).exc.struct_error,
          absl::StrFormat("offset %d out of range for %d-byte buffer", offset,
                          n));
    }
    offset += n;
  }
  std::string buf(l.size, '\0');
  if (!PackItems(ts, l, args + 2, nargs - 2, buf.data())) {
    return Value::Error();
  }
  if (n - offset < static_cast<int64_t>(l.size)) {
    return RaiseWithMessage(
        ts, Rt(ts).exc.struct_error,
        absl::StrFormat("pack_into requires a buffer of at least %d bytes for "
                        "packing %d bytes at offset %d (actual buffer size is "
                        "%d)",
                        l.size + offset, l.size, offset, n));
  }
  // Packing ran script code (__index__, __bool__): re-read the buffer.
  b = As<ByteArray>(args[0]);
  if (static_cast<int64_t>(b->size) - offset < static_cast<int64_t>(l.size)) {
    return StructError(ts, "pack_into buffer shrank");
  }
  std::memcpy(b->data + offset, buf.data(), l.size);
  return Value::None();
}

Value DoIterUnpack(ThreadState& ts, const Layout& l, Value buffer) {
  std::string_view data;
  if (!BufferArg(ts, buffer, &data)) return Value::Error();
  if (l.size == 0) {
    return StructError(ts,
                       "cannot iteratively unpack with a struct of length 0");
  }
  if (data.size() % l.size != 0) {
    return RaiseWithMessage(
        ts, Rt(ts).exc.struct_error,
        absl::StrFormat("iterative unpacking requires a buffer of a multiple "
                        "of %d bytes",
                        l.size));
  }
  std::string copy(data);
  List* out = NewList(ts, 0);
  if (out == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(out));
  NativePoll poll(ts);
  for (size_t off = 0; off < copy.size(); off += l.size) {
    if (!poll.Tick()) return Value::Error();
    Value t = UnpackItems(ts, l, copy.data() + off);
    if (t.IsError() || !ListAppend(ts, out, t)) return Value::Error();
  }
  return GetIter(ts, Value::Obj(out));
}

// --- module functions ------------------------------------------------------

bool FormatFirst(ThreadState& ts, const Value* args, uint32_t nargs,
                 const char* what, Layout* l) {
  if (nargs < 1) {
    RaiseTypeError(ts, "missing format argument");
    return false;
  }
  return FormatArg(ts, args[0], l);
}

Value Pack(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "pack", kw)) return Value::Error();
  Layout l;
  if (!FormatFirst(ts, args, nargs, "pack", &l)) return Value::Error();
  return DoPack(ts, l, args + 1, nargs - 1);
}

Value Unpack(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "unpack", kw) ||
      !CheckArgCount(ts, "unpack", nargs, 2, 2)) {
    return Value::Error();
  }
  Layout l;
  if (!FormatArg(ts, args[0], &l)) return Value::Error();
  return DoUnpack(ts, l, args[1]);
}

Value UnpackFrom(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  Value a[3];
  if (!BindArgs(ts, "unpack_from", args, nargs, kw,
                {"format", "buffer", "offset"}, 2, 3, 1, a)) {
    return Value::Error();
  }
  Layout l;
  if (!FormatArg(ts, a[0], &l)) return Value::Error();
  return DoUnpackFrom(ts, l, a[1], a[2]);
}

Value PackInto(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "pack_into", kw)) return Value::Error();
  Layout l;
  if (!FormatFirst(ts, args, nargs, "pack_into", &l)) return Value::Error();
  return DoPackInto(ts, l, args + 1, nargs - 1);
}

Value IterUnpack(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (!NoKwargs(ts, "iter_unpack", kw) ||
      !CheckArgCount(ts, "iter_unpack", nargs, 2, 2)) {
    return Value::Error();
  }
  Layout l;
  if (!FormatArg(ts, args[0], &l)) return Value::Error();
  return DoIterUnpack(ts, l, args[1]);
}

Value Calcsize(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "calcsize", kw) ||
      !CheckArgCount(ts, "calcsize", nargs, 1, 1)) {
    return Value::Error();
  }
  Layout l;
  if (!FormatArg(ts, args[0], &l)) return Value::Error();
  return Value::Int(static_cast<int64_t>(l.size));
}

Value StructConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "Struct", args, nargs, kw, {"format"}, 1, 1, 0, a)) {
    return Value::Error();
  }
  auto l = std::make_unique<Layout>();
  if (!FormatArg(ts, a[0], l.get())) return Value::Error();
  RuntimeState& rt = Rt(ts);
  auto* obj = rt.heap.New<NativeData>(ts, ObjKind::kNativeData,
                                      rt.classes.struct_class);
  if (obj == nullptr) return RaiseMemoryError(ts);
  obj->data = l.release();
  obj->ops = &kStructOps;
  return Value::Obj(obj);
}

Value SPack(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Layout* l = SelfLayout(ts, args, nargs);
  if (l == nullptr || !NoKwargs(ts, "pack", kw)) return Value::Error();
  return DoPack(ts, *l, args + 1, nargs - 1);
}
Value SUnpack(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Layout* l = SelfLayout(ts, args, nargs);
  if (l == nullptr ||
      !MethodArgs(ts, "Struct", "unpack", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  return DoUnpack(ts, *l, args[1]);
}
Value SUnpackFrom(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  Layout* l = SelfLayout(ts, args, nargs);
  if (l == nullptr) return Value::Error();
  Value a[2];
  if (!BindArgs(ts, "unpack_from", args + 1, nargs - 1, kw,
                {"buffer", "offset"}, 1, 2, 0, a)) {
    return Value::Error();
  }
  return DoUnpackFrom(ts, *l, a[0], a[1]);
}
Value SPackInto(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Layout* l = SelfLayout(ts, args, nargs);
  if (l == nullptr || !NoKwargs(ts, "pack_into", kw)) return Value::Error();
  return DoPackInto(ts, *l, args + 1, nargs - 1);
}
Value SIterUnpack(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  Layout* l = SelfLayout(ts, args, nargs);
  if (l == nullptr ||
      !MethodArgs(ts, "Struct", "iter_unpack", nargs - 1, kw, 1, 1)) {
    return Value::Error();
  }
  return DoIterUnpack(ts, *l, args[1]);
}
Value SSize(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  Layout* l = SelfLayout(ts, args, nargs);
  if (l == nullptr) return Value::Error();
  return Value::Int(static_cast<int64_t>(l->size));
}
Value SFormat(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  Layout* l = SelfLayout(ts, args, nargs);
  if (l == nullptr) return Value::Error();
  return StrValue(ts, l->format);
}

Module* InitStructModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "struct"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (rt.exc.struct_error == nullptr) {
    ClassObject* err =
        NewClass(ts, "error", rt.exc.exception, "struct", ObjKind::kException,
                 kClassException | kClassBaseOk);
    if (err == nullptr) return nullptr;
    rt.exc.struct_error = err;
  }
  ClassObject* s = NewClass(ts, "Struct", rt.classes.object, "_struct",
                            ObjKind::kNativeData, kClassBuiltin);
  if (s == nullptr) return nullptr;
  rt.classes.struct_class = s;
  roots.Add(Value::Obj(s));
  s->construct = StructConstruct;
  static constexpr MethodDef kMethods[] = {
      {"pack", SPack},
      {"unpack", SUnpack},
      {"unpack_from", SUnpackFrom},
      {"pack_into", SPackInto},
      {"iter_unpack", SIterUnpack},
  };
  if (!AddMethods(ts, s, "_struct.Struct", kMethods) ||
      !AddNativeProperty(ts, s, "_struct.Struct", "size", SSize) ||
      !AddNativeProperty(ts, s, "_struct.Struct", "format", SFormat)) {
    return nullptr;
  }
  static constexpr MethodDef kFunctions[] = {
      {"pack", Pack},
      {"unpack", Unpack},
      {"unpack_from", UnpackFrom},
      {"pack_into", PackInto},
      {"iter_unpack", IterUnpack},
      {"calcsize", Calcsize},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  if (!AddValue(ts, m, "error", Value::Obj(rt.exc.struct_error)) ||
      !AddValue(ts, m, "Struct", Value::Obj(s))) {
    return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("struct", InitStructModule);

}  // namespace builtins
}  // namespace interp
