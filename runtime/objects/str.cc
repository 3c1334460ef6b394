// Strings: creation, interning, hashing and code-point indexing.
#include "runtime/objects/str.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/runtime_state.h"

namespace interp {

namespace {

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Counts code points; also reports whether every byte is ASCII. Tests
// eight bytes at a time for the common all-ASCII case (the last, partial
// word overlaps the previous one, so short strings take no byte loop).
uint32_t CountChars(const char* p, size_t n, bool* ascii) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  uint64_t any = 0;
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      any |= w;
    }
    uint64_t last;
    std::memcpy(&last, p + n - 8, 8);
    any |= last;
  } else {
    for (size_t i = 0; i < n; ++i) {
      any |= static_cast<unsigned char>(p[i]);
    }
  }
  if ((any & kHigh) == 0) {
    *ascii = true;
    return static_cast<uint32_t>(n);
  }
  uint32_t count = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!IsContinuation(static_cast<unsigned char>(p[i]))) ++count;
  }
  *ascii = false;
  return count;
}

}  // namespace

uint64_t HashBytes(const char* p, size_t n) {
  // A multiply-xorshift hash; CPython randomizes str hashes per process, so
  // nothing observable depends on the exact function -- except that the
  // empty string (and b'') hashes to 0 there, which scripts do print.
  if (n == 0) return 0;
  uint64_t h = 0x243F6A8885A308D3ull ^ (n * 0x9E3779B97F4A7C15ull);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  uint64_t tail = 0;
  for (size_t k = 0; i < n; ++i, ++k) {
    tail |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * k);
  }
  h = (h ^ tail) * 0x94D049BB133111EBull;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return h;
}

uint32_t DecodeUtf8(const char* p, uint32_t* len) {
  unsigned char c = static_cast<unsigned char>(p[0]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if ((c & 0xE0) == 0xC0) {
    *len = 2;
    return ((c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if ((c & 0xF0) == 0xE0) {
    *len = 3;
    return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *len = 4;
  return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) |
         (p[3] & 0x3F);
}

void AppendUtf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {

// A string of `n` bytes whose data the caller fills (then NUL-terminated
// here); every other field is set. Null with MemoryError pending.
Str* AllocStr(ThreadState& ts, RuntimeState& rt, size_t n, uint32_t char_len,
              bool ascii) {
  if (n >= UINT32_MAX) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  Str* s = static_cast<Str*>(rt.heap.AllocateUninit(
      ts, sizeof(Str) + n + 1, ObjKind::kStr, rt.classes.str));
  if (s == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  s->byte_len = static_cast<uint32_t>(n);
  s->char_len = char_len;
  s->hash = -1;
  s->data = s->inline_data;
  s->is_ascii = ascii;
  s->interned = 0;
  s->concat_born = 0;
  s->growable = 0;
  s->data[n] = '\0';
  return s;
}

}  // namespace

Str* NewStr(ThreadState& ts, std::string_view utf8) {
  RuntimeState& rt = Rt(ts);
  if (utf8.empty() && rt.interned && rt.interned->empty_str) {
    return rt.interned->empty_str;
  }
  bool ascii;
  uint32_t chars = CountChars(utf8.data(), utf8.size(), &ascii);
  Str* s = AllocStr(ts, rt, utf8.size(), chars, ascii);
  if (s == nullptr) return nullptr;
  if (!utf8.empty()) std::memcpy(s->data, utf8.data(), utf8.size());
  return s;
}

Str* NewStrWithLength(ThreadState& ts, std::string_view utf8, uint32_t char_len,
                      bool ascii) {
  RuntimeState& rt = Rt(ts);
  if (utf8.empty() && rt.interned && rt.interned->empty_str) {
    return rt.interned->empty_str;
  }
  Str* s = AllocStr(ts, rt, utf8.size(), char_len, ascii);
  if (s == nullptr) return nullptr;
  if (!utf8.empty()) std::memcpy(s->data, utf8.data(), utf8.size());
  return s;
}

Str* NewStrUninit(ThreadState& ts, size_t byte_len, uint32_t char_len,
                  bool ascii) {
  RuntimeState& rt = Rt(ts);
  if (byte_len == 0 && rt.interned && rt.interned->empty_str) {
    return rt.interned->empty_str;
  }
  return AllocStr(ts, rt, byte_len, char_len, ascii);
}

Value AsciiStrValue(ThreadState& ts, std::string_view ascii) {
  // One character: the shared string, no allocation (CPython's split and
  // slicing share theirs too; a text split into single digits made one
  // object per piece).
  if (ascii.size() == 1) {
    const unsigned char c = static_cast<unsigned char>(ascii[0]);
    Str* cached = c < 128 ? Data(Rt(ts)).ascii_chars[c] : nullptr;
    if (cached != nullptr) return Value::Obj(cached);
  }
  Str* s =
      NewStrWithLength(ts, ascii, static_cast<uint32_t>(ascii.size()), true);
  return s ? Value::Obj(s) : Value::Error();
}

Value IntDecimalStr(ThreadState& ts, int64_t i) {
  // One digit: the cached 1-character string (CPython shares those too).
  if (i >= 0 && i <= 9) {
    Str* cached = Data(Rt(ts)).ascii_chars['0' + i];
    if (cached != nullptr) return Value::Obj(cached);
  }
  char buf[24];
  char* end = buf + sizeof(buf);
  char* p = end;
  uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  do {
    *--p = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (i < 0) *--p = '-';
  return AsciiStrValue(ts, std::string_view(p, end - p));
}

Str* InternStr(ThreadState& ts, std::string_view utf8) {
  RuntimeState& rt = Rt(ts);
  auto& set = Data(rt).set;
  // Hashed once: the lookup and the new entry's cached hash (what the set
  // hashes an entry by) are the same value.
  const int64_t hash = StrHashOfBytes(utf8);
  auto it = set.find(utf8, static_cast<size_t>(hash));
  if (it != set.end()) return *it;
  Str* s = NewStr(ts, utf8);
  if (s == nullptr) return nullptr;
  if (s->interned) return s;  // the shared empty string
  s->interned = 1;
  s->hash = hash;
  set.insert(s);
  return s;
}

Value StrValue(ThreadState& ts, std::string_view utf8) {
  Str* s = NewStr(ts, utf8);
  return s ? Value::Obj(s) : Value::Error();
}

int64_t StrHash(Str* s) {
  if (s->hash != -1) return s->hash;
  s->hash = StrHashOfBytes(s->view());
  return s->hash;
}

bool StrEquals(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->byte_len != b->byte_len) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  // Dict keys are mostly short: two overlapping word compares (first and
  // last bytes) beat a call into memcmp and a byte loop.
  const uint32_t n = a->byte_len;
  const char* x = a->data;
  const char* y = b->data;
  if (n >= 8 && n <= 16) {
    uint64_t x0, y0, x1, y1;
    std::memcpy(&x0, x, 8);
    std::memcpy(&y0, y, 8);
    std::memcpy(&x1, x + n - 8, 8);
    std::memcpy(&y1, y + n - 8, 8);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  if (n >= 4 && n < 8) {
    uint32_t x0, y0, x1, y1;
    std::memcpy(&x0, x, 4);
    std::memcpy(&y0, y, 4);
    std::memcpy(&x1, x + n - 4, 4);
    std::memcpy(&y1, y + n - 4, 4);
    return ((x0 ^ y0) | (x1 ^ y1)) == 0;
  }
  if (n < 4) {
    for (uint32_t i = 0; i < n; ++i) {
      if (x[i] != y[i]) return false;
    }
    return true;
  }
  return std::memcmp(x, y, n) == 0;
}

// Code-point indexing of non-ASCII strings. UTF-8 stays the one
// representation (every other path reads bytes); a long non-ASCII string
// gets, on first indexed access, a side index of the byte offset of every
// kStrIndexStride-th code point, so s[i], slicing and find(sub, start) cost
// a lookup plus at most a stride of decoding instead of a scan from the
// start (O(position) made every loop over such a string quadratic). The
// index lives in a per-runtime table rather than in the string: most
// strings are never indexed, and strings extended in place share their
// storage, so there is no room after their bytes. Keyed by address, the
// entries of strings a collection frees are dropped (PruneStrIndex).
namespace {

constexpr uint32_t kStrIndexStride = 64;
// Beyond this many stored offsets (16 MiB of them), the table starts over.
constexpr size_t kMaxIndexEntries = size_t{4} << 20;

const std::vector<uint32_t>& CharIndexOf(ThreadState& ts, const Str* s) {
  RuntimeState::InternTable& table = *Rt(ts).interned;
  auto it = table.char_index.find(s);
  if (it != table.char_index.end()) return it->second;
  if (table.char_index_entries > kMaxIndexEntries) {
    table.char_index.clear();
    table.char_index_entries = 0;
  }
  std::vector<uint32_t> offs;
  offs.reserve(s->char_len / kStrIndexStride + 1);
  const char* p = s->data;
  uint32_t seen = 0;
  for (uint32_t off = 0; off < s->byte_len; ++off) {
    if (!IsContinuation(static_cast<unsigned char>(p[off]))) {
      if (seen % kStrIndexStride == 0) offs.push_back(off);
      ++seen;
    }
  }
  table.char_index_entries += offs.size();
  return table.char_index.emplace(s, std::move(offs)).first->second;
}

// Whether indexed block k (code points [k * stride, (k + 1) * stride)) is
// all ASCII: its byte length equals its code-point count.
bool BlockIsAscii(const Str* s, const std::vector<uint32_t>& offs, size_t k) {
  const uint32_t start = offs[k];
  const uint32_t end = k + 1 < offs.size() ? offs[k + 1] : s->byte_len;
  const uint64_t first_char = static_cast<uint64_t>(k) * kStrIndexStride;
  const uint64_t chars =
      std::min<uint64_t>(kStrIndexStride, s->char_len - first_char);
  return end - start == chars;
}

// Byte offset of the code point `n` code points after byte offset `off`.
uint32_t SkipChars(const Str* s, uint32_t off, int64_t n) {
  const char* p = s->data;
  for (; n > 0 && off < s->byte_len; --n) {
    unsigned char c = static_cast<unsigned char>(p[off]);
    off += c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  }
  return std::min(off, s->byte_len);
}

}  // namespace

uint32_t StrByteOffset(ThreadState& ts, const Str* s, int64_t i) {
  if (s->is_ascii) return static_cast<uint32_t>(i);
  if (i <= 0) return 0;
  if (i >= static_cast<int64_t>(s->char_len)) return s->byte_len;
  if (i < 2 * kStrIndexStride) return SkipChars(s, 0, i);
  const std::vector<uint32_t>& offs = CharIndexOf(ts, s);
  const size_t k = static_cast<size_t>(i) / kStrIndexStride;
  const uint32_t r = static_cast<uint32_t>(i % kStrIndexStride);
  // A block of ASCII text (as many bytes as code points) needs no decoding:
  // mostly-ASCII strings with a few non-ASCII characters index in O(1).
  if (BlockIsAscii(s, offs, k)) return offs[k] + r;
  return SkipChars(s, offs[k], r);
}

int64_t StrCharIndex(ThreadState& ts, const Str* s, size_t b) {
  if (s->is_ascii) return static_cast<int64_t>(b);
  if (b >= s->byte_len) return s->char_len;
  const char* p = s->data;
  size_t from = 0;
  int64_t n = 0;
  if (b >= 2 * kStrIndexStride) {
    const std::vector<uint32_t>& offs = CharIndexOf(ts, s);
    // The last indexed code point at or before b.
    size_t k =
        std::upper_bound(offs.begin(), offs.end(), static_cast<uint32_t>(b)) -
        offs.begin() - 1;
    from = offs[k];
    n = static_cast<int64_t>(k) * kStrIndexStride;
    if (BlockIsAscii(s, offs, k)) return n + static_cast<int64_t>(b - from);
  }
  for (size_t i = from; i < b; ++i) {
    if (!IsContinuation(static_cast<unsigned char>(p[i]))) ++n;
  }
  return n;
}

Value StrFromCodePoint(ThreadState& ts, uint32_t cp) {
  if (cp > 0x10FFFF)
    return RaiseValueError(ts, "chr() arg not in range(0x110000)");
  RuntimeState& rt = Rt(ts);
  if (cp < 128 && Data(rt).ascii_chars[cp] != nullptr) {
    return Value::Obj(rt.interned->ascii_chars[cp]);
  }
  std::string buf;
  AppendUtf8(&buf, cp);
  return StrValue(ts, buf);
}

Value StrCharAt(ThreadState& ts, Str* s, int64_t i) {
  if (s->is_ascii) {
    unsigned char c = static_cast<unsigned char>(s->data[i]);
    Str* cached = Data(Rt(ts)).ascii_chars[c];
    if (cached != nullptr) return Value::Obj(cached);
    return StrValue(ts, std::string_view(s->data + i, 1));
  }
  uint32_t off = StrByteOffset(ts, s, i);
  unsigned char c = static_cast<unsigned char>(s->data[off]);
  if (c < 0x80) {
    Str* cached = Data(Rt(ts)).ascii_chars[c];
    if (cached != nullptr) return Value::Obj(cached);
  }
  uint32_t len;
  DecodeUtf8(s->data + off, &len);
  return StrValue(ts, std::string_view(s->data + off, len));
}

Value StrSlice(ThreadState& ts, Str* s, int64_t start, int64_t stop,
               int64_t step) {
  int64_t count;
  if (step > 0) {
    count = stop > start ? (stop - start - 1) / step + 1 : 0;
  } else {
    count = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
  }
  if (count <= 0) return StrValue(ts, "");
  if (count == static_cast<int64_t>(s->char_len) && step == 1) {
    return Value::Obj(s);
  }
  if (count == 1) return StrCharAt(ts, s, start);
  if (step == 1) {
    uint32_t b0 = StrByteOffset(ts, s, start);
    uint32_t b1 =
        s->is_ascii ? static_cast<uint32_t>(stop) : SkipChars(s, b0, count);
    Str* r = NewStrWithLength(ts, std::string_view(s->data + b0, b1 - b0),
                              static_cast<uint32_t>(count), s->is_ascii);
    return r ? Value::Obj(r) : Value::Error();
  }
  std::string out;
  if (s->is_ascii) {
    out.reserve(count);
    for (int64_t k = 0; k < count; ++k) {
      const int64_t i = start + k * step;
      out.push_back(s->data[i]);
    }
  } else {
    // Byte offset of every code point, then pick.
    std::vector<uint32_t> offs;
    offs.reserve(s->char_len + 1);
    for (uint32_t off = 0; off < s->byte_len;) {
      offs.push_back(off);
      uint32_t len;
      DecodeUtf8(s->data + off, &len);
      off += len;
    }
    offs.push_back(s->byte_len);
    for (int64_t k = 0; k < count; ++k) {
      const int64_t i = start + k * step;
      out.append(s->data + offs[i], offs[i + 1] - offs[i]);
    }
  }
  return StrValue(ts, out);
}

// Concatenation and the append buffer.
//
// `s += t` in a loop must not copy s each time. CPython resizes s in place
// when its reference count says nobody else can see it; with a tracing
// collector nothing says that, so uniqueness is replaced by a position
// check. A concatenation whose left operand was itself made by a
// concatenation (a chain: the loop's second round) allocates an
// over-allocated string, the append buffer, whose inline storage holds the
// result with room to spare; the buffer records how many of its bytes are
// in use. A later concatenation whose left operand ends exactly at that
// mark (it is the longest string ever written into the buffer, so nothing
// has extended it since) writes the right operand after it and returns a
// small header whose `data` points into the buffer: the bytes of every
// older string in the buffer are untouched, so they all stay valid and
// immutable. Any other left operand (someone extended it already, or the
// buffer is full) copies into a fresh buffer, growing by half, so appends
// are amortised O(len(t)) wherever s lives (local, global, attribute,
// container). Extended strings keep the buffer alive through the tracer
// (Str::storage_owner). Rejected: a rope flattened on first read, since
// every reader of Str::data would have to flatten first.
namespace {

// Results shorter than this are copied: the copy is as cheap as the check.
constexpr size_t kMinAppendBuffer = 64;

uint32_t BufferUsed(const Str* owner) {
  uint32_t used;
  std::memcpy(&used,
              reinterpret_cast<const char*>(owner) + owner->alloc_size - 4, 4);
  return used;
}

void SetBufferUsed(Str* owner, uint32_t used) {
  std::memcpy(reinterpret_cast<char*>(owner) + owner->alloc_size - 4, &used, 4);
}

// Bytes of text (not counting the NUL) the buffer can hold.
size_t BufferCapacity(const Str* owner) {
  return owner->alloc_size - sizeof(Str) - 4 - 1;
}

}  // namespace

Value StrConcat(ThreadState& ts, Str* a, Str* b) {
  if (a->byte_len == 0) return Value::Obj(b);
  if (b->byte_len == 0) return Value::Obj(a);
  RuntimeState& rt = Rt(ts);
  size_t n = static_cast<size_t>(a->byte_len) + b->byte_len;
  if (n >= UINT32_MAX - 64) return RaiseMemoryError(ts);
  const uint32_t chars = a->char_len + b->char_len;
  const bool ascii = a->is_ascii && b->is_ascii;
  Str* owner = a->storage_owner();
  if (owner->growable && a->data == owner->inline_data &&
      a->byte_len == BufferUsed(owner) && n <= BufferCapacity(owner)) {
    // Allocating never collects, so owner stays put.
    Str* s = static_cast<Str*>(
        rt.heap.AllocateUninit(ts, sizeof(Str), ObjKind::kStr, rt.classes.str));
    if (s == nullptr) return RaiseMemoryError(ts);
    std::memcpy(owner->inline_data + a->byte_len, b->data, b->byte_len);
    owner->inline_data[n] = '\0';
    SetBufferUsed(owner, static_cast<uint32_t>(n));
    s->byte_len = static_cast<uint32_t>(n);
    s->char_len = chars;
    s->hash = -1;
    s->data = owner->inline_data;
    s->is_ascii = ascii;
    s->interned = 0;
    s->concat_born = 1;
    s->growable = 0;
    return Value::Obj(s);
  }
  Str* s;
  if ((a->concat_born || owner->growable) && n >= kMinAppendBuffer) {
    size_t cap = n + n / 2 + 64;
    s = static_cast<Str*>(rt.heap.AllocateUninit(
        ts, sizeof(Str) + cap + 1 + 4, ObjKind::kStr, rt.classes.str));
    if (s == nullptr) return RaiseMemoryError(ts);
    s->byte_len = static_cast<uint32_t>(n);
    s->char_len = chars;
    s->hash = -1;
    s->data = s->inline_data;
    s->is_ascii = ascii;
    s->interned = 0;
    s->growable = 1;
    SetBufferUsed(s, static_cast<uint32_t>(n));
    s->data[n] = '\0';
  } else {
    s = AllocStr(ts, rt, n, chars, ascii);
    if (s == nullptr) return Value::Error();
  }
  s->concat_born = 1;
  std::memcpy(s->data, a->data, a->byte_len);
  std::memcpy(s->data + a->byte_len, b->data, b->byte_len);
  return Value::Obj(s);
}

void InitCommonNames(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  RegisterStrKindOps();
  RegisterTupleKindOps();
  RegisterListKindOps();
  RegisterDictKindOps();
  RegisterSetKindOps();
  RegisterMiscKindOps();
  RegisterBigIntKindOps();
  RuntimeState::InternTable& table = Data(rt);
  // Strings interned before the str class existed get their class now.
  for (Str* str : table.set) {
    if (str->cls == nullptr) str->cls = rt.classes.str;
  }
  table.empty_str = InternStr(ts, "");
  for (int c = 0; c < 128; ++c) {
    char ch = static_cast<char>(c);
    table.ascii_chars[c] = InternStr(ts, std::string_view(&ch, 1));
  }
#define INTERP_INTERN_NAME(n) rt.names.n = InternStr(ts, #n);
  INTERP_COMMON_NAMES(INTERP_INTERN_NAME)
#undef INTERP_INTERN_NAME
#define INTERP_INTERN_DATA_NAME(n) table.n = InternStr(ts, #n);
  INTERP_DATA_NAMES(INTERP_INTERN_DATA_NAME)
#undef INTERP_INTERN_DATA_NAME
}

void TraceInternTable(RuntimeState& rt, Tracer& t) {
  if (!rt.interned) return;
  RuntimeState::InternTable& table = *rt.interned;
  for (Str* s : table.set) t.MarkObject(s);
  t.MarkObject(table.empty_str);
  t.MarkObject(table.empty_tuple);
}

void PruneStrIndex(RuntimeState& rt) {
  if (!rt.interned) return;
  RuntimeState::InternTable& table = *rt.interned;
  absl::erase_if(table.char_index, [&](const auto& entry) {
    if (entry.first->gc_mark) return false;
    table.char_index_entries -= entry.second.size();
    return true;
  });
}

void RegisterStrKindOps() {
  // Strings own no out-of-line memory; the one reference a string may hold
  // (its append buffer) is marked by Tracer::MarkObject itself.
  RegisterKindOps(ObjKind::kStr, KindOps{});
}

}  // namespace interp
