// memoryview over bytes and bytearray: one-dimensional views with a
// struct format ('B' by default, cast() to the other native formats),
// slicing (views of views), tobytes/tolist/hex, comparison, hashing of
// read-only views, item and slice assignment into a bytearray, release()
// and the context manager.
//
// A view keeps the exporting object and reads its bytes at every access
// (a bytearray's buffer moves when it grows). CPython forbids resizing a
// bytearray while views exist; here the bytearray has no export count, so
// every access checks that the view still fits in the buffer and raises
// IndexError when a resize cut it short.
#include <cmath>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/range_slice.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

struct View {
  Value obj;       // the exporter: a bytes or bytearray (traced)
  int64_t offset;  // byte offset of item 0
  int64_t count;   // number of items
  int64_t stride;  // bytes from one item to the next (negative: reversed)
  int32_t itemsize;
  char format;  // struct code
  bool readonly;
  bool released;
};

void TraceView(void* p, Tracer& t) { t.Mark(static_cast<View*>(p)->obj); }

// A C-contiguous, unreleased view that still fits in its exporter hands
// its bytes to natives taking bytes-like arguments (CPython's buffer
// protocol: f.write(view), hashlib, struct, zlib...).
bool ViewExport(const void* p, std::string_view* out) {
  const auto* v = static_cast<const View*>(p);
  if (v->released || (v->count > 1 && v->stride != v->itemsize)) return false;
  std::string_view all = BytesLikeView(v->obj);
  const int64_t len = v->count * v->itemsize;
  if (v->offset < 0 || v->offset + len > static_cast<int64_t>(all.size())) {
    return false;
  }
  *out = all.substr(static_cast<size_t>(v->offset), static_cast<size_t>(len));
  return true;
}

const NativeDataOps kViewOps = {"memoryview", TraceView, nullptr, nullptr,
                                ViewExport};

int ItemSize(char f) {
  switch (f) {
    case 'b':
    case 'B':
    case 'c':
    case '?':
      return 1;
    case 'h':
    case 'H':
      return 2;
    case 'i':
    case 'I':
    case 'f':
      return 4;
    case 'l':
    case 'L':
    case 'q':
    case 'Q':
    case 'n':
    case 'N':
    case 'd':
      return 8;
    default:
      return 0;
  }
}

// Two's-complement results, well defined where signed `*`/`+` overflow
// is not.
int64_t WrappingMul(int64_t a, int64_t b) {
  int64_t r;
  __builtin_mul_overflow(a, b, &r);
  return r;
}
int64_t WrappingAdd(int64_t a, int64_t b) {
  int64_t r;
  __builtin_add_overflow(a, b, &r);
  return r;
}

View* ViewOf(Value v) {
  if (!IsKind(v, ObjKind::kNativeData)) return nullptr;
  auto* nd = As<NativeData>(v);
  return nd->ops == &kViewOps ? static_cast<View*>(nd->data) : nullptr;
}

// The view `args[0]`, unreleased; null with the error pending.
View* Self(ThreadState& ts, const Value* args, uint32_t nargs,
           const char* method) {
  View* v = nargs >= 1 ? ViewOf(args[0]) : nullptr;
  if (v == nullptr) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "descriptor '%s' for 'memoryview' objects doesn't apply to a "
                "'%s' object",
                method, nargs >= 1 ? TypeName(ts, args[0]) : "NoneType");
    return nullptr;
  }
  if (v->released) {
    RaiseFormat(ts, Rt(ts).exc.value_error,
                "operation forbidden on released memoryview object");
    return nullptr;
  }
  return v;
}

// The exporter's bytes, or null (IndexError pending) when a resize left
// the view outside them.
char* Buffer(ThreadState& ts, const View* v) {
  char* data;
  int64_t size;
  if (IsBytes(v->obj)) {
    data = As<Bytes>(v->obj)->data;
    size = As<Bytes>(v->obj)->size;
  } else {
    data = As<ByteArray>(v->obj)->data;
    size = As<ByteArray>(v->obj)->size;
  }
  if (v->count > 0) {
    int64_t first = v->offset;
    int64_t last = v->offset + (v->count - 1) * v->stride;
    int64_t lo = first < last ? first : last;
    int64_t hi = (first < last ? last : first) + v->itemsize;
    if (lo < 0 || hi > size) {
      RaiseFormat(ts, Rt(ts).exc.index_error,
                  "memoryview: underlying buffer was resized");
      return nullptr;
    }
  }
  return data;
}

Value Unpack(ThreadState& ts, char f, const char* p) {
  switch (f) {
    case 'B':
      return Value::Int(static_cast<unsigned char>(*p));
    case 'b':
      return Value::Int(static_cast<signed char>(*p));
    case 'c':
      return BytesValue(ts, std::string_view(p, 1));
    case '?':
      return Value::Bool(*p != 0);
    case 'h': {
      int16_t x;
      std::memcpy(&x, p, 2);
      return Value::Int(x);
    }
    case 'H': {
      uint16_t x;
      std::memcpy(&x, p, 2);
      return Value::Int(x);
    }
    case 'i': {
      int32_t x;
      std::memcpy(&x, p, 4);
      return Value::Int(x);
    }
    case 'I': {
      uint32_t x;
      std::memcpy(&x, p, 4);
      return Value::Int(x);
    }
    case 'l':
    case 'q':
    case 'n': {
      int64_t x;
      std::memcpy(&x, p, 8);
      return Value::Int(x);
    }
    case 'L':
    case 'Q':
    case 'N': {
      uint64_t x;
      std::memcpy(&x, p, 8);
      if (x <= static_cast<uint64_t>(INT64_MAX)) {
        return Value::Int(static_cast<int64_t>(x));
      }
      return IntFromU64(ts, x);
    }
    case 'f': {
      float x;
      std::memcpy(&x, p, 4);
      return Value::Float(x);
    }
    case 'd': {
      double x;
      std::memcpy(&x, p, 8);
      return Value::Float(x);
    }
    default:
      return RaiseFormat(ts, Rt(ts).exc.not_implemented_error,
                         "memoryview: format %c not supported", f);
  }
}

// Writes `value` as one item of format f at p; false with the error set.
bool PackItem(ThreadState& ts, char f, Value value, char* p) {
  RuntimeState& rt = Rt(ts);
  auto invalid = [&]() {
    RaiseFormat(ts, rt.exc.type_error,
                "memoryview: invalid type for format '%c'", f);
    return false;
  };
  if (f == 'c') {
    if (!IsBytes(value) || As<Bytes>(value)->size != 1) return invalid();
    *p = As<Bytes>(value)->data[0];
    return true;
  }
  if (f == 'f' || f == 'd') {
    double d;
    if (value.IsFloat()) {
      d = value.AsFloat();
    } else if (IsInteger(value)) {
      if (!IntToDouble(ts, value, &d)) return false;
    } else {
      return invalid();
    }
    if (f == 'f') {
      float x = static_cast<float>(d);
      std::memcpy(p, &x, 4);
    } else {
      std::memcpy(p, &d, 8);
    }
    return true;
  }
  if (f == '?') {
    int t = Truthy(ts, value);
    if (t < 0) return false;
    *p = static_cast<char>(t);
    return true;
  }
  if (!IsInteger(value)) return invalid();
  int64_t x;
  bool fits = value.IsIntLike();
  if (fits) x = value.AsInt();
  bool is_unsigned =
      f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N';
  int size = ItemSize(f);
  bool ok = fits;
  if (ok) {
    if (is_unsigned) {
      ok = x >= 0 && (size == 8 || x < (int64_t{1} << (8 * size)));
    } else if (size < 8) {
      int64_t lim = int64_t{1} << (8 * size - 1);
      ok = x >= -lim && x < lim;
    }
  }
  if (!ok) {
    RaiseFormat(ts, rt.exc.value_error,
                "memoryview: invalid value for format '%c'", f);
    return false;
  }
  uint64_t u = static_cast<uint64_t>(x);
  std::memcpy(p, &u, static_cast<size_t>(size));  // little-endian host
  return true;
}

// The class: builtins.memoryview as bootstrap registered it (the
// constructor is a plain native and does not receive its class).
ClassObject* ViewClass(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  if (rt.builtins_module == nullptr) return nullptr;
  Str* name = InternStr(ts, "memoryview");
  Value c =
      name != nullptr ? ModuleGet(rt.builtins_module, name) : Value::Empty();
  return IsKind(c, ObjKind::kClass) ? As<ClassObject>(c) : nullptr;
}

Value NewView(ThreadState& ts, ClassObject* cls, const View& v) {
  auto* nd =
      Rt(ts).heap.New<NativeData>(ts, ObjKind::kNativeData, cls, sizeof(View));
  if (nd == nullptr) return RaiseMemoryError(ts);
  nd->data = nd + 1;
  nd->ops = &kViewOps;
  nd->attrs = nullptr;
  *static_cast<View*>(nd->data) = v;
  return Value::Obj(nd);
}

Value Construct(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  Value obj;
  if (!BindArgs(ts, "memoryview", args, nargs, kwnames, {"object"}, 1, 1, 0,
                &obj)) {
    return Value::Error();
  }
  ClassObject* cls = ViewClass(ts);
  if (cls == nullptr) return RaiseTypeError(ts, "memoryview is unavailable");
  if (View* src = ViewOf(obj)) {
    if (src->released) {
      return RaiseFormat(ts, Rt(ts).exc.value_error,
                         "operation forbidden on released memoryview object");
    }
    return NewView(ts, cls, *src);
  }
  if (!IsBytesLike(obj)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "memoryview: a bytes-like object is required, not '%s'",
                       TypeName(ts, obj));
  }
  int64_t size = static_cast<int64_t>(BytesLikeView(obj).size());
  return NewView(ts, cls, View{obj, 0, size, 1, 1, 'B', IsBytes(obj), false});
}

// The items' bytes in order (contiguous copy).
bool CopyBytes(ThreadState& ts, const View* v, std::string* out) {
  char* data = Buffer(ts, v);
  if (data == nullptr && v->count > 0) return false;
  out->reserve(static_cast<size_t>(v->count * v->itemsize));
  for (int64_t i = 0; i < v->count; ++i) {
    out->append(data + v->offset + i * v->stride,
                static_cast<size_t>(v->itemsize));
  }
  return true;
}

Value ToBytes(ThreadState& ts, const Value* args, uint32_t nargs,
              Tuple* kwnames) {
  View* v = Self(ts, args, nargs, "tobytes");
  if (v == nullptr) return Value::Error();
  Value order;
  if (!BindArgs(ts, "tobytes", args + 1, nargs - 1, kwnames, {"order"}, 0, 1, 0,
                &order)) {
    return Value::Error();
  }
  std::string s;
  if (!CopyBytes(ts, v, &s)) return Value::Error();
  return BytesValue(ts, s);
}

Value ToList(ThreadState& ts, const Value* args, uint32_t nargs,
             Tuple* kwnames) {
  View* v = Self(ts, args, nargs, "tolist");
  if (v == nullptr ||
      !MethodArgs(ts, "memoryview", "tolist", nargs - 1, kwnames, 0, 0)) {
    return Value::Error();
  }
  List* l = NewList(ts, 0);
  if (l == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(l));
  for (int64_t i = 0; i < v->count; ++i) {
    char* data = Buffer(ts, v);
    if (data == nullptr) return Value::Error();
    Value item = Unpack(ts, v->format, data + v->offset + i * v->stride);
    if (item.IsError() || !ListAppend(ts, l, item)) return Value::Error();
  }
  return Value::Obj(l);
}

Value Hex(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kwnames) {
  View* v = Self(ts, args, nargs, "hex");
  if (v == nullptr ||
      !MethodArgs(ts, "memoryview", "hex", nargs - 1, kwnames, 0, 0)) {
    return Value::Error();
  }
  std::string s;
  if (!CopyBytes(ts, v, &s)) return Value::Error();
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 15]);
  }
  return StrValue(ts, out);
}

Value Release(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  View* v = nargs >= 1 ? ViewOf(args[0]) : nullptr;
  if (v == nullptr) return RaiseTypeError(ts, "release() needs a memoryview");
  v->released = true;
  return Value::None();
}

Value Enter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (Self(ts, args, nargs, "__enter__") == nullptr) return Value::Error();
  return args[0];
}

Value Exit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  View* v = nargs >= 1 ? ViewOf(args[0]) : nullptr;
  if (v == nullptr) return RaiseTypeError(ts, "__exit__ needs a memoryview");
  v->released = true;
  return Value::None();
}

Value ToReadonly(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  View* v = Self(ts, args, nargs, "toreadonly");
  if (v == nullptr) return Value::Error();
  View copy = *v;
  copy.readonly = true;
  return NewView(ts, args[0].AsObject()->cls, copy);
}

Value Cast(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  View* v = Self(ts, args, nargs, "cast");
  if (v == nullptr) return Value::Error();
  Value bound[2];
  if (!BindArgs(ts, "cast", args + 1, nargs - 1, kwnames, {"format", "shape"},
                1, 2, 0, bound)) {
    return Value::Error();
  }
  if (!IsKind(bound[0], ObjKind::kStr)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "memoryview: format argument must be a string");
  }
  if (!bound[1].IsEmpty()) {
    return RaiseFormat(ts, rt.exc.not_implemented_error,
                       "memoryview: cast with a shape is not supported");
  }
  std::string_view f = As<Str>(bound[0])->view();
  if (f.size() == 2 && f[0] == '@') f.remove_prefix(1);
  int size = f.size() == 1 ? ItemSize(f[0]) : 0;
  if (size == 0) {
    return RaiseFormat(ts, rt.exc.value_error,
                       "memoryview: destination format must be a native single "
                       "character format prefixed with an optional '@'");
  }
  if (v->stride != v->itemsize) {
    return RaiseTypeError(
        ts, "memoryview: casts are restricted to C-contiguous views");
  }
  if (v->itemsize != 1 && size != 1) {
    return RaiseTypeError(ts,
                          "memoryview: cannot cast between two non-byte "
                          "formats");
  }
  int64_t nbytes = v->count * v->itemsize;
  if (nbytes % size != 0) {
    return RaiseTypeError(ts,
                          "memoryview: length is not a multiple of itemsize");
  }
  View copy = *v;
  copy.format = f[0];
  copy.itemsize = size;
  copy.stride = size;
  copy.count = nbytes / size;
  return NewView(ts, args[0].AsObject()->cls, copy);
}

Value Len(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  View* v = Self(ts, args, nargs, "__len__");
  if (v == nullptr) return Value::Error();
  return Value::Int(v->count);
}

Value GetItem(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  RuntimeState& rt = Rt(ts);
  View* v = Self(ts, args, nargs, "__getitem__");
  if (v == nullptr) return Value::Error();
  if (nargs != 2) return RaiseTypeError(ts, "__getitem__ expects 1 argument");
  Value key = args[1];
  if (IsKind(key, ObjKind::kSlice)) {
    int64_t start, stop, step, count;
    if (!SliceIndices(ts, As<Slice>(key), v->count, &start, &stop, &step,
                      &count)) {
      return Value::Error();
    }
    View copy = *v;
    // A step of up to 2**63 - 1 (SliceIndices clamps larger ones) times
    // the stride overflows only when the slice keeps at most one item (a
    // larger step leaves the buffer after the first), and the offset only
    // when it keeps none; then neither addresses memory (Buffer and the
    // item loops use `i * stride` for i < count). CPython computes both in
    // wrapping arithmetic (memoryview(bytes(16)).cast('q')[::2**63].strides
    // is (-8,)): the same values, without signed overflow.
    copy.offset = WrappingAdd(v->offset, WrappingMul(start, v->stride));
    copy.stride = WrappingMul(v->stride, step);
    copy.count = count;
    return NewView(ts, args[0].AsObject()->cls, copy);
  }
  if (IsKind(key, ObjKind::kTuple)) {
    return RaiseTypeError(ts, "memoryview: invalid slice key");
  }
  int64_t i;
  if (!IsInteger(key) &&
      LookupSpecial(ClassOf(rt, key), rt.names.__index__).IsEmpty()) {
    return RaiseTypeError(ts, "memoryview: invalid slice key");
  }
  if (!ToIndex(ts, key, &i)) return Value::Error();
  if (!NormalizeIndex(&i, v->count)) {
    return RaiseFormat(ts, rt.exc.index_error,
                       "index out of bounds on dimension 1");
  }
  char* data = Buffer(ts, v);
  if (data == nullptr) return Value::Error();
  return Unpack(ts, v->format, data + v->offset + i * v->stride);
}

Value SetItem(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  RuntimeState& rt = Rt(ts);
  View* v = Self(ts, args, nargs, "__setitem__");
  if (v == nullptr) return Value::Error();
  if (nargs != 3) return RaiseTypeError(ts, "__setitem__ expects 2 arguments");
  if (v->readonly) {
    return RaiseTypeError(ts, "cannot modify read-only memory");
  }
  Value key = args[1];
  Value value = args[2];
  if (IsKind(key, ObjKind::kSlice)) {
    int64_t start, stop, step, count;
    if (!SliceIndices(ts, As<Slice>(key), v->count, &start, &stop, &step,
                      &count)) {
      return Value::Error();
    }
    std::string src;
    int64_t src_items;
    char src_format = 'B';
    if (View* sv = ViewOf(value)) {
      if (sv->released) {
        return RaiseFormat(ts, rt.exc.value_error,
                           "operation forbidden on released memoryview object");
      }
      if (!CopyBytes(ts, sv, &src)) return Value::Error();
      src_items = sv->count;
      src_format = sv->format;
    } else if (IsBytesLike(value)) {
      src = std::string(BytesLikeView(value));
      src_items = static_cast<int64_t>(src.size());
    } else {
      return RaiseFormat(ts, rt.exc.type_error,
                         "a bytes-like object is required, not '%s'",
                         TypeName(ts, value));
    }
    if (src_format != v->format || src_items != count) {
      return RaiseFormat(ts, rt.exc.value_error,
                         "memoryview assignment: lvalue and rvalue have "
                         "different structures");
    }
    char* data = Buffer(ts, v);
    if (data == nullptr) return Value::Error();
    for (int64_t k = 0; k < count; ++k) {
      std::memcpy(data + v->offset + (start + k * step) * v->stride,
                  src.data() + k * v->itemsize,
                  static_cast<size_t>(v->itemsize));
    }
    return Value::None();
  }
  int64_t i;
  if (!IsInteger(key) &&
      LookupSpecial(ClassOf(rt, key), rt.names.__index__).IsEmpty()) {
    return RaiseTypeError(ts, "memoryview: invalid slice key");
  }
  if (!ToIndex(ts, key, &i)) return Value::Error();
  if (!NormalizeIndex(&i, v->count)) {
    return RaiseFormat(ts, rt.exc.index_error,
                       "index out of bounds on dimension 1");
  }
  char item[8];
  if (!PackItem(ts, v->format, value, item)) return Value::Error();
  char* data = Buffer(ts, v);
  if (data == nullptr) return Value::Error();
  std::memcpy(data + v->offset + i * v->stride, item,
              static_cast<size_t>(v->itemsize));
  return Value::None();
}

Value DelItem(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (Self(ts, args, nargs, "__delitem__") == nullptr) return Value::Error();
  return RaiseTypeError(ts, "cannot delete memory");
}

Value Iter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  Value l = ToList(ts, args, nargs > 1 ? 1 : nargs, nullptr);
  if (l.IsError()) return l;
  return GetIter(ts, l);
}

// The items compared as values (CPython unpacks both sides by format).
Value Eq(ThreadState& ts, const Value* args, uint32_t nargs, bool negate) {
  View* v = nargs == 2 ? ViewOf(args[0]) : nullptr;
  if (v == nullptr) return RaiseTypeError(ts, "__eq__ needs a memoryview");
  Value other = args[1];
  if (other.Is(args[0])) return Value::Bool(!negate);
  View* ov = ViewOf(other);
  if (v->released || (ov != nullptr && ov->released)) {
    return Value::Bool(negate);
  }
  Value a = ToList(ts, args, 1, nullptr);
  if (a.IsError()) return a;
  TempRoots roots(ts);
  roots.Add(a);
  Value b;
  if (ov != nullptr) {
    b = ToList(ts, &other, 1, nullptr);
  } else if (IsBytesLike(other)) {
    std::string_view s = BytesLikeView(other);
    List* l = NewList(ts, 0);
    if (l == nullptr) return Value::Error();
    b = Value::Obj(l);
    roots.Add(b);
    for (unsigned char c : s) {
      if (!ListAppend(ts, l, Value::Int(c))) return Value::Error();
    }
  } else {
    return Value::Obj(Rt(ts).not_implemented);
  }
  if (b.IsError()) return b;
  roots.Add(b);
  int eq = Equals(ts, a, b);
  if (eq < 0) return Value::Error();
  return Value::Bool((eq != 0) != negate);
}

Value EqMethod(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return Eq(ts, args, nargs, false);
}
Value NeMethod(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  return Eq(ts, args, nargs, true);
}

Value HashMethod(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  View* v = Self(ts, args, nargs, "__hash__");
  if (v == nullptr) return Value::Error();
  if (!v->readonly) {
    return RaiseFormat(ts, Rt(ts).exc.value_error,
                       "cannot hash writable memoryview object");
  }
  if (v->format != 'B' && v->format != 'b' && v->format != 'c') {
    return RaiseFormat(ts, Rt(ts).exc.value_error,
                       "memoryview: hashing is restricted to formats 'B', "
                       "'b' or 'c'");
  }
  std::string s;
  if (!CopyBytes(ts, v, &s)) return Value::Error();
  Value b = BytesValue(ts, s);
  if (b.IsError()) return b;
  int64_t h;
  if (!Hash(ts, b, &h)) return Value::Error();
  return Value::Int(h);
}

Value ReprMethod(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  View* v = nargs >= 1 ? ViewOf(args[0]) : nullptr;
  if (v == nullptr) return RaiseTypeError(ts, "__repr__ needs a memoryview");
  return StrValue(
      ts, absl::StrFormat("<%smemory at %p>", v->released ? "released " : "",
                          static_cast<void*>(args[0].AsObject())));
}

// The read-only attributes.
template <int kWhich>
Value Attr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  View* v = Self(ts, args, nargs, "attribute");
  if (v == nullptr) return Value::Error();
  switch (kWhich) {
    case 0:
      return Value::Int(v->count * v->itemsize);  // nbytes
    case 1:
      return Value::Bool(v->readonly);
    case 2:
      return Value::Int(v->itemsize);
    case 3:
      return StrValue(ts, std::string(1, v->format));
    case 4:
      return Value::Int(1);  // ndim
    case 5: {
      Value n = Value::Int(v->count);
      Tuple* t = NewTupleFrom(ts, &n, 1);
      return t == nullptr ? Value::Error() : Value::Obj(t);
    }
    case 6: {
      Value n = Value::Int(v->stride);
      Tuple* t = NewTupleFrom(ts, &n, 1);
      return t == nullptr ? Value::Error() : Value::Obj(t);
    }
    case 7:
      return v->obj;
    case 8:
      return Value::Bool(v->stride == v->itemsize || v->count <= 1);
    default:
      return Value::None();
  }
}

}  // namespace

bool InitMemoryViewClass(ThreadState& ts, Module* builtins) {
  RuntimeState& rt = Rt(ts);
  ClassObject* c =
      NewClass(ts, "memoryview", rt.classes.object, "builtins",
               ObjKind::kNativeData, kClassBuiltin | kClassNativeDunders);
  if (c == nullptr) return false;
  c->construct = Construct;
  static constexpr MethodDef kMethods[] = {
      {"tobytes", ToBytes},
      {"tolist", ToList},
      {"hex", Hex},
      {"release", Release},
      {"cast", Cast},
      {"toreadonly", ToReadonly},
      {"__enter__", Enter},
      {"__exit__", Exit},
      {"__len__", Len},
      {"__getitem__", GetItem},
      {"__setitem__", SetItem},
      {"__delitem__", DelItem},
      {"__iter__", Iter},
      {"__eq__", EqMethod},
      {"__ne__", NeMethod},
      {"__hash__", HashMethod},
      {"__repr__", ReprMethod},
  };
  if (!AddMethods(ts, c, "memoryview", kMethods)) return false;
  struct Prop {
    const char* name;
    NativeFn fn;
  };
  static constexpr Prop kProps[] = {
      {"nbytes", Attr<0>},     {"readonly", Attr<1>}, {"itemsize", Attr<2>},
      {"format", Attr<3>},     {"ndim", Attr<4>},     {"shape", Attr<5>},
      {"strides", Attr<6>},    {"obj", Attr<7>},      {"c_contiguous", Attr<8>},
      {"contiguous", Attr<8>},
  };
  for (const Prop& p : kProps) {
    if (!AddNativeProperty(ts, c, "memoryview", p.name, p.fn)) return false;
  }
  return AddValue(ts, builtins, "memoryview", Value::Obj(c));
}

}  // namespace builtins
}  // namespace interp
