// bytes and bytearray: allocation, repr, hash and the protocol hooks the
// generic operations (protocols_*.cc) call for these kinds.
#include "runtime/objects/bytes.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "runtime/builtins/errors.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/range_slice.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/native_poll.h"

namespace interp {

namespace {

// Objects are limited to 4 GiB; results stop well short of that.
constexpr size_t kMaxBytesSize = size_t{1} << 31;

void FinalizeByteArray(Object* o) {
  ByteArray* b = static_cast<ByteArray*>(o);
  if (b->data != nullptr) {
    Heap::Finalizing()->FreeBuffer(b->data, b->capacity);
    b->data = nullptr;
  }
}

bool Reserve(ThreadState& ts, ByteArray* b, size_t needed) {
  if (needed <= b->capacity) return true;
  if (needed > kMaxBytesSize) {
    RaiseMemoryError(ts);
    return false;
  }
  size_t cap = b->capacity + (b->capacity >> 1);
  if (cap < needed) cap = needed;
  if (cap < 16) cap = 16;
  if (cap > kMaxBytesSize) cap = kMaxBytesSize;
  Heap& heap = Rt(ts).heap;
  void* p = b->data == nullptr ? heap.AllocBuffer(cap)
                               : heap.ReallocBuffer(b->data, b->capacity, cap);
  if (p == nullptr) {
    RaiseMemoryError(ts);
    return false;
  }
  b->data = static_cast<char*>(p);
  b->capacity = static_cast<uint32_t>(cap);
  return true;
}

const char* KindName(Value v) { return IsBytes(v) ? "bytes" : "bytearray"; }

// An int 0..255 for bytearray item assignment and `in`.
bool ByteValue(ThreadState& ts, Value v, int* out) {
  v = IntPlain(ts, v);  // (an int subclass's instance: its value)
  if (v.IsError()) return false;
  if (IsBigInt(v)) {
    RaiseValueError(ts, "byte must be in range(0, 256)");
    return false;
  }
  if (!v.IsIntLike()) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "'%s' object cannot be interpreted as an integer",
                TypeName(ts, v));
    return false;
  }
  int64_t i = v.AsInt();
  if (i < 0 || i > 255) {
    RaiseValueError(ts, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<int>(i);
  return true;
}

std::string SliceOf(std::string_view s, int64_t start, int64_t step,
                    int64_t n) {
  std::string out;
  out.resize(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out[i] = s[start + i * step];
  return out;
}

}  // namespace

Bytes* NewBytesUninit(ThreadState& ts, size_t size) {
  RuntimeState& rt = Rt(ts);
  if (size > kMaxBytesSize) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  Bytes* b =
      rt.heap.New<Bytes>(ts, ObjKind::kBytes, rt.classes.bytes, size + 1);
  if (b == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  b->size = static_cast<uint32_t>(size);
  b->hash = -1;
  return b;
}

Bytes* NewBytes(ThreadState& ts, std::string_view data) {
  Bytes* b = NewBytesUninit(ts, data.size());
  if (b != nullptr && !data.empty()) {
    std::memcpy(b->data, data.data(), data.size());
  }
  return b;
}

Value BytesValue(ThreadState& ts, std::string_view data) {
  Bytes* b = NewBytes(ts, data);
  return b != nullptr ? Value::Obj(b) : Value::Error();
}

ByteArray* NewByteArray(ThreadState& ts, std::string_view data) {
  RuntimeState& rt = Rt(ts);
  ByteArray* b =
      rt.heap.New<ByteArray>(ts, ObjKind::kByteArray, rt.classes.bytearray);
  if (b == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  if (!data.empty()) {
    if (!Reserve(ts, b, data.size())) return nullptr;
    std::memcpy(b->data, data.data(), data.size());
    b->size = static_cast<uint32_t>(data.size());
  }
  return b;
}

bool ByteArrayResize(ThreadState& ts, ByteArray* b, size_t size) {
  if (!Reserve(ts, b, size)) return false;
  if (size > b->size) std::memset(b->data + b->size, 0, size - b->size);
  b->size = static_cast<uint32_t>(size);
  return true;
}

bool ByteArrayReplace(ThreadState& ts, ByteArray* b, size_t start, size_t stop,
                      std::string_view with) {
  // `with` may point into b's own buffer, which Reserve may move.
  std::string copy(with);
  size_t old = b->size;
  size_t removed = stop - start;
  size_t new_size = old - removed + copy.size();
  if (!Reserve(ts, b, new_size)) return false;
  if (copy.size() != removed && old > stop) {
    std::memmove(b->data + start + copy.size(), b->data + stop, old - stop);
  }
  if (!copy.empty()) std::memcpy(b->data + start, copy.data(), copy.size());
  b->size = static_cast<uint32_t>(new_size);
  return true;
}

Value BytesLikeResult(ThreadState& ts, Value like, std::string_view data) {
  if (IsByteArray(like)) {
    ByteArray* b = NewByteArray(ts, data);
    return b != nullptr ? Value::Obj(b) : Value::Error();
  }
  return BytesValue(ts, data);
}

void AppendBytesRepr(std::string_view data, std::string* out) {
  char quote = '\'';
  if (data.find('\'') != std::string_view::npos &&
      data.find('"') == std::string_view::npos) {
    quote = '"';
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out->push_back('b');
  out->push_back(quote);
  for (unsigned char c : data) {
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out->append("\\t");
    } else if (c == '\n') {
      out->append("\\n");
    } else if (c == '\r') {
      out->append("\\r");
    } else if (c < 0x20 || c >= 0x7f) {
      out->append("\\x");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 15]);
    } else {
      out->push_back(static_cast<char>(c));
    }
  }
  out->push_back(quote);
}

int64_t BytesHash(Bytes* b) {
  if (b->hash != -1) return b->hash;
  // The str hash of the same bytes, so hash(b'abc') == hash('abc') as in
  // CPython (neither is CPython's randomised siphash value).
  int64_t h = static_cast<int64_t>(HashBytes(b->data, b->size));
  if (h == -1) h = -2;
  b->hash = h;
  return h;
}

bool GetBuffer(Value v, std::string_view* out) {
  if (IsBytesLike(v)) {
    *out = BytesLikeView(v);
    return true;
  }
  if (!IsKind(v, ObjKind::kNativeData)) return false;
  const auto* nd = As<NativeData>(v);
  return nd->ops != nullptr && nd->ops->buffer != nullptr &&
         nd->ops->buffer(nd->data, out);
}

Value BytesGetItem(ThreadState& ts, Value container, Value key) {
  std::string_view s = BytesLikeView(container);
  if (key.IsIntLike()) {
    int64_t i = key.AsInt();
    if (!NormalizeIndex(&i, static_cast<int64_t>(s.size()))) {
      return RaiseIndexError(ts, IsBytes(container)
                                     ? "index out of range"
                                     : "bytearray index out of range");
    }
    return Value::Int(static_cast<unsigned char>(s[i]));
  }
  if (IsKind(key, ObjKind::kSlice)) {
    int64_t start, stop, step, n;
    if (!SliceIndices(ts, As<Slice>(key), s.size(), &start, &stop, &step, &n)) {
      return Value::Error();
    }
    s = BytesLikeView(container);
    if (step == 1) {
      return BytesLikeResult(
          ts, container,
          s.substr(static_cast<size_t>(start), static_cast<size_t>(n)));
    }
    return BytesLikeResult(ts, container, SliceOf(s, start, step, n));
  }
  return RaiseFormat(ts, Rt(ts).exc.type_error,
                     "byte indices must be integers or slices, not %s",
                     TypeName(ts, key));
}

Value ByteArraySetItem(ThreadState& ts, ByteArray* b, Value key, Value value) {
  RuntimeState& rt = Rt(ts);
  if (key.IsIntLike()) {
    int64_t i = key.AsInt();
    int byte;
    if (!NormalizeIndex(&i, b->size)) {
      return RaiseIndexError(ts, "bytearray index out of range");
    }
    if (!ByteValue(ts, value, &byte)) return Value::Error();
    b->data[i] = static_cast<char>(byte);
    return Value::None();
  }
  if (!IsKind(key, ObjKind::kSlice)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "bytearray indices must be integers or slices, not %s",
                       TypeName(ts, key));
  }
  std::string with;
  if (IsBytesLike(value)) {
    with = std::string(BytesLikeView(value));
  } else if (value.IsIntLike() || IsKind(value, ObjKind::kStr)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "can assign only bytes, buffers, or iterables of ints "
                       "in range(0, 256)");
  } else {
    TempRoots roots(ts);
    roots.Add(Value::Obj(b));
    Value it = GetIter(ts, value);
    if (it.IsError()) return it;
    roots.Add(it);
    NativePoll poll(ts);
    for (;;) {
      if (!poll.Tick()) return Value::Error();
      Value item = IterNext(ts, it);
      if (item.IsError()) return item;
      if (item.IsEmpty()) break;
      int byte;
      if (!ByteValue(ts, item, &byte)) return Value::Error();
      with.push_back(static_cast<char>(byte));
    }
  }
  int64_t start, stop, step, n;
  if (!SliceIndices(ts, As<Slice>(key), b->size, &start, &stop, &step, &n)) {
    return Value::Error();
  }
  if (step == 1) {
    if (stop < start) stop = start;
    if (!ByteArrayReplace(ts, b, start, stop, with)) return Value::Error();
    return Value::None();
  }
  if (static_cast<int64_t>(with.size()) != n) {
    return RaiseFormat(ts, rt.exc.value_error,
                       "attempt to assign bytes of size %d to extended slice "
                       "of size %d",
                       with.size(), n);
  }
  for (int64_t k = 0; k < n; ++k) b->data[start + k * step] = with[k];
  return Value::None();
}

Value ByteArrayDelItem(ThreadState& ts, ByteArray* b, Value key) {
  if (key.IsIntLike()) {
    int64_t i = key.AsInt();
    if (!NormalizeIndex(&i, b->size)) {
      return RaiseIndexError(ts, "bytearray index out of range");
    }
    ByteArrayReplace(ts, b, i, i + 1, {});
    return Value::None();
  }
  if (!IsKind(key, ObjKind::kSlice)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "bytearray indices must be integers or slices, not %s",
                       TypeName(ts, key));
  }
  int64_t start, stop, step, n;
  if (!SliceIndices(ts, As<Slice>(key), b->size, &start, &stop, &step, &n)) {
    return Value::Error();
  }
  if (n == 0) return Value::None();
  if (step < 0) {
    start = start + (n - 1) * step;
    step = -step;
  }
  if (step == 1) {
    ByteArrayReplace(ts, b, start, start + n, {});
    return Value::None();
  }
  std::string kept;
  for (int64_t i = 0; i < b->size; ++i) {
    if (i >= start && (i - start) % step == 0 && (i - start) / step < n) {
      continue;
    }
    kept.push_back(b->data[i]);
  }
  ByteArrayReplace(ts, b, 0, b->size, kept);
  return Value::None();
}

int BytesContains(ThreadState& ts, Value container, Value item) {
  std::string_view s = BytesLikeView(container);
  if (IsBytesLike(item)) {
    return s.find(BytesLikeView(item)) != std::string_view::npos;
  }
  if (!item.IsIntLike() && !IsBigInt(item)) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "a bytes-like object is required, not '%s'",
                TypeName(ts, item));
    return -1;
  }
  int byte;
  if (!ByteValue(ts, item, &byte)) return -1;
  return s.find(static_cast<char>(byte)) != std::string_view::npos;
}

Value BytesCompare(CmpOp op, Value a, Value b) {
  if (!IsBytesLike(a) || !IsBytesLike(b)) return Value::Empty();
  std::string_view x = BytesLikeView(a), y = BytesLikeView(b);
  int c = x.compare(y);
  switch (op) {
    case CmpOp::kEq:
      return Value::Bool(c == 0);
    case CmpOp::kNe:
      return Value::Bool(c != 0);
    case CmpOp::kLt:
      return Value::Bool(c < 0);
    case CmpOp::kLe:
      return Value::Bool(c <= 0);
    case CmpOp::kGt:
      return Value::Bool(c > 0);
    case CmpOp::kGe:
      return Value::Bool(c >= 0);
    default:
      return Value::Empty();
  }
}

namespace {

bool IsUserValue(Value v) {
  return v.IsObject() && IsUserClass(v.AsObject()->cls);
}

Value RepeatBytes(ThreadState& ts, Value seq, int64_t n) {
  std::string_view s = BytesLikeView(seq);
  if (n < 0) n = 0;
  if (n == 1 && IsBytes(seq) && seq.AsObject()->cls == Rt(ts).classes.bytes) {
    return seq;
  }
  if (!s.empty() && static_cast<uint64_t>(n) > kMaxBytesSize / s.size()) {
    return RaiseMemoryError(ts);
  }
  size_t total = s.size() * static_cast<size_t>(n);
  if (!CheckResultSize(ts, total)) return Value::Error();
  // Doubling copies: log2(n) appends however large n is.
  std::string out;
  out.reserve(total);
  if (total > 0) out.append(s);
  while (out.size() < total) {
    out.append(out, 0, std::min(out.size(), total - out.size()));
  }
  return BytesLikeResult(ts, seq, out);
}

}  // namespace

Value BytesBinary(ThreadState& ts, BinOp op, Value a, Value b) {
  RuntimeState& rt = Rt(ts);
  if (op == BinOp::kMul) {
    Value seq = IsBytesLike(a) ? a : b;
    Value count = IsBytesLike(a) ? b : a;
    if (!IsBytesLike(seq)) return Value::Empty();
    if (count.IsIntLike()) return RepeatBytes(ts, seq, count.AsInt());
    if (IsBigInt(count)) return RaiseIndexOverflow(ts, false);
    if (IsUserValue(count)) return Value::Empty();
    return RaiseFormat(ts, rt.exc.type_error,
                       "can't multiply sequence by non-int of type '%s'",
                       TypeName(ts, count));
  }
  if (!IsBytesLike(a)) return Value::Empty();
  if (op == BinOp::kAdd) {
    if (IsBytesLike(b)) {
      std::string out(BytesLikeView(a));
      out.append(BytesLikeView(b));
      return BytesLikeResult(ts, a, out);
    }
    if (IsUserValue(b)) return Value::Empty();
    return RaiseFormat(ts, rt.exc.type_error, "can't concat %s to %s",
                       TypeName(ts, b), KindName(a));
  }
  if (op == BinOp::kMod) return BytesFormat(ts, a, b);
  return Value::Empty();
}

Value ByteArrayInplace(ThreadState& ts, BinOp op, Value a, Value b) {
  ByteArray* ba = As<ByteArray>(a);
  if (op == BinOp::kAdd) {
    if (!IsBytesLike(b)) {
      if (IsUserValue(b)) return Value::Empty();
      return RaiseFormat(ts, Rt(ts).exc.type_error, "can't concat %s to %s",
                         TypeName(ts, b), KindName(a));
    }
    if (!ByteArrayReplace(ts, ba, ba->size, ba->size, BytesLikeView(b))) {
      return Value::Error();
    }
    return a;
  }
  if (op == BinOp::kMul && b.IsIntLike()) {
    Value r = RepeatBytes(ts, a, b.AsInt());
    if (r.IsError()) return r;
    std::string data(BytesLikeView(r));
    if (!ByteArrayReplace(ts, ba, 0, ba->size, data)) return Value::Error();
    return a;
  }
  return Value::Empty();
}

void RegisterBytesKindOps() {
  RegisterKindOps(ObjKind::kBytes, KindOps{nullptr, nullptr});
  RegisterKindOps(ObjKind::kByteArray, KindOps{nullptr, FinalizeByteArray});
}

}  // namespace interp
