// The `io` module: io.BytesIO and io.StringIO (in-memory files), the names
// scripts reach for when handling file errors (`except
// io.UnsupportedOperation`), and `open` and the file classes, which are
// the builtins' own objects.
//
// BytesIO keeps its bytes in a std::string, StringIO its text as code
// points (positions and sizes count characters, as in CPython); both are
// NativeData objects whose C++ state the finalizer deletes.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

// One in-memory file. `Text` is std::string for BytesIO (bytes) and
// std::u32string for StringIO (code points).
template <typename Text>
struct MemFile {
  Text data;
  size_t pos = 0;
  bool closed = false;
};
using BytesFile = MemFile<std::string>;
using TextFile = MemFile<std::u32string>;

void FinalizeBytesFile(void* p) { delete static_cast<BytesFile*>(p); }
void FinalizeTextFile(void* p) { delete static_cast<TextFile*>(p); }
const NativeDataOps kBytesIOOps = {"BytesIO", nullptr, FinalizeBytesFile};
const NativeDataOps kStringIOOps = {"StringIO", nullptr, FinalizeTextFile};

std::u32string ToCodePoints(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    uint32_t len;
    out.push_back(DecodeUtf8(utf8.data() + i, &len));
    i += len;
  }
  return out;
}

Value FromCodePoints(ThreadState& ts, std::u32string_view cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t c : cps) AppendUtf8(&out, c);
  return StrValue(ts, out);
}

// Per-type glue: what a read returns and what a write accepts.
struct BytesTraits {
  using File = BytesFile;
  static constexpr const NativeDataOps* kOps = &kBytesIOOps;
  static constexpr const char* kName = "BytesIO";
  static Value Make(ThreadState& ts, std::string_view s) {
    return BytesValue(ts, s);
  }
  static bool Accept(ThreadState& ts, Value v, std::string* out) {
    std::string_view view;
    if (!GetBuffer(v, &view)) {
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "a bytes-like object is required, not '%s'", TypeName(ts, v));
      return false;
    }
    out->assign(view);
    return true;
  }
};
struct TextTraits {
  using File = TextFile;
  static constexpr const NativeDataOps* kOps = &kStringIOOps;
  static constexpr const char* kName = "StringIO";
  static Value Make(ThreadState& ts, std::u32string_view s) {
    return FromCodePoints(ts, s);
  }
  static bool Accept(ThreadState& ts, Value v, std::u32string* out) {
    if (!IsStr(v)) {
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "string argument expected, got '%s'", TypeName(ts, v));
      return false;
    }
    *out = ToCodePoints(AsStr(v)->view());
    return true;
  }
};

template <typename T>
typename T::File* Self(ThreadState& ts, const Value* args, uint32_t nargs,
                       const char* method, bool allow_closed = false) {
  if (nargs >= 1 && IsKind(args[0], ObjKind::kNativeData) &&
      As<NativeData>(args[0])->ops == T::kOps) {
    auto* f = static_cast<typename T::File*>(As<NativeData>(args[0])->data);
    if (f->closed && !allow_closed) {
      RaiseValueError(ts, "I/O operation on closed file.");
      return nullptr;
    }
    return f;
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor '%s' for '_io.%s' objects doesn't apply to a '%s' "
              "object",
              method, T::kName, nargs >= 1 ? TypeName(ts, args[0]) : "NULL");
  return nullptr;
}

// An optional size argument: None or absent is -1.
bool SizeArg(ThreadState& ts, const Value* args, uint32_t nargs, int64_t* out) {
  *out = -1;
  if (nargs < 2 || args[1].IsNone()) return true;
  return ToIndex(ts, args[1], out);
}

template <typename T>
Value Read(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  auto* f = Self<T>(ts, args, nargs, "read");
  if (f == nullptr || !CheckArgCount(ts, "read", nargs - 1, 0, 1)) {
    return Value::Error();
  }
  int64_t n;
  if (!SizeArg(ts, args, nargs, &n)) return Value::Error();
  size_t start = std::min(f->pos, f->data.size());
  size_t avail = f->data.size() - start;
  size_t take = n < 0 ? avail : std::min(avail, static_cast<size_t>(n));
  f->pos = start + take;
  return T::Make(ts, {f->data.data() + start, take});
}

template <typename File>
size_t LineEnd(const File* f, int64_t limit) {
  size_t start = std::min(f->pos, f->data.size());
  size_t end = f->data.size();
  if (limit >= 0) end = std::min(end, start + static_cast<size_t>(limit));
  for (size_t i = start; i < end; ++i) {
    if (f->data[i] == '\n') return i + 1;
  }
  return end;
}

template <typename T>
Value Readline(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  auto* f = Self<T>(ts, args, nargs, "readline");
  if (f == nullptr || !CheckArgCount(ts, "readline", nargs - 1, 0, 1)) {
    return Value::Error();
  }
  int64_t n;
  if (!SizeArg(ts, args, nargs, &n)) return Value::Error();
  size_t start = std::min(f->pos, f->data.size());
  size_t end = LineEnd(f, n);
  f->pos = end;
  return T::Make(ts, {f->data.data() + start, end - start});
}

template <typename T>
Value Readlines(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  auto* f = Self<T>(ts, args, nargs, "readlines");
  if (f == nullptr) return Value::Error();
  List* l = NewList(ts, 0);
  if (l == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(l));
  while (f->pos < f->data.size()) {
    size_t start = f->pos;
    size_t end = LineEnd(f, -1);
    f->pos = end;
    Value v = T::Make(ts, {f->data.data() + start, end - start});
    if (v.IsError() || !ListAppend(ts, l, v)) return Value::Error();
  }
  return Value::Obj(l);
}

template <typename T>
Value Next(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  auto* f = Self<T>(ts, args, nargs, "__next__");
  if (f == nullptr) return Value::Error();
  if (f->pos >= f->data.size()) return RaiseStopIteration(ts);
  size_t start = f->pos;
  size_t end = LineEnd(f, -1);
  f->pos = end;
  return T::Make(ts, {f->data.data() + start, end - start});
}

template <typename T>
Value Iter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (Self<T>(ts, args, nargs, "__iter__") == nullptr) return Value::Error();
  return args[0];
}

template <typename T>
Value Write(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  auto* f = Self<T>(ts, args, nargs, "write");
  if (f == nullptr || !CheckArgCount(ts, "write", nargs - 1, 1, 1)) {
    return Value::Error();
  }
  decltype(f->data) text;
  if (!T::Accept(ts, args[1], &text)) return Value::Error();
  if (!CheckResultSize(ts, f->pos + text.size())) return Value::Error();
  if (f->pos > f->data.size()) f->data.resize(f->pos, 0);
  size_t overlap = std::min(text.size(), f->data.size() - f->pos);
  f->data.replace(f->pos, overlap, text);
  f->pos += text.size();
  return Value::Int(static_cast<int64_t>(text.size()));
}

template <typename T>
Value Writelines(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (Self<T>(ts, args, nargs, "writelines") == nullptr ||
      !CheckArgCount(ts, "writelines", nargs - 1, 1, 1)) {
    return Value::Error();
  }
  List* l = IterableToList(ts, args[1]);
  if (l == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(l));
  for (uint32_t i = 0; i < l->size; ++i) {
    Value a[2] = {args[0], l->items[i]};
    if (Write<T>(ts, a, 2, nullptr).IsError()) return Value::Error();
  }
  return Value::None();
}

template <typename T>
Value Getvalue(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  auto* f = Self<T>(ts, args, nargs, "getvalue");
  if (f == nullptr) return Value::Error();
  return T::Make(ts, {f->data.data(), f->data.size()});
}

template <typename T>
Value Tell(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  auto* f = Self<T>(ts, args, nargs, "tell");
  if (f == nullptr) return Value::Error();
  return Value::Int(static_cast<int64_t>(f->pos));
}

template <typename T>
Value Seek(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  auto* f = Self<T>(ts, args, nargs, "seek");
  if (f == nullptr || !CheckArgCount(ts, "seek", nargs - 1, 1, 2)) {
    return Value::Error();
  }
  int64_t off, whence = 0;
  if (!ToIndex(ts, args[1], &off) ||
      (nargs > 2 && !ToIndex(ts, args[2], &whence))) {
    return Value::Error();
  }
  constexpr bool kText = std::is_same_v<T, TextTraits>;
  if (whence < 0 || whence > 2) {
    return RaiseFormat(ts, Rt(ts).exc.value_error,
                       "%s whence (%d, should be 0, 1 or 2)",
                       kText ? "Invalid" : "invalid", whence);
  }
  if (kText && whence != 0 && off != 0) {
    return RaiseWithMessage(ts, Rt(ts).exc.os_error,
                            whence == 1
                                ? "Can't do nonzero cur-relative seeks"
                                : "Can't do nonzero end-relative seeks");
  }
  if (whence == 0 && off < 0) {
    return RaiseFormat(ts, Rt(ts).exc.value_error, "%s %d",
                       kText ? "Negative seek position" : "negative seek value",
                       off);
  }
  int64_t base = whence == 0   ? 0
                 : whence == 1 ? static_cast<int64_t>(f->pos)
                               : static_cast<int64_t>(f->data.size());
  int64_t pos = std::max<int64_t>(0, base + off);
  f->pos = static_cast<size_t>(pos);
  return Value::Int(pos);
}

template <typename T>
Value Truncate(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  auto* f = Self<T>(ts, args, nargs, "truncate");
  if (f == nullptr || !CheckArgCount(ts, "truncate", nargs - 1, 0, 1)) {
    return Value::Error();
  }
  int64_t size = static_cast<int64_t>(f->pos);
  if (nargs > 1 && !args[1].IsNone() && !ToIndex(ts, args[1], &size)) {
    return Value::Error();
  }
  if (size < 0) {
    return RaiseFormat(ts, Rt(ts).exc.value_error, "negative size value %d",
                       size);
  }
  if (static_cast<size_t>(size) < f->data.size()) f->data.resize(size);
  return Value::Int(size);
}

template <typename T>
Value Close(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  auto* f = Self<T>(ts, args, nargs, "close", true);
  if (f == nullptr) return Value::Error();
  f->closed = true;
  f->data.clear();
  f->data.shrink_to_fit();
  return Value::None();
}

template <typename T>
Value Closed(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  auto* f = Self<T>(ts, args, nargs, "closed", true);
  if (f == nullptr) return Value::Error();
  return Value::Bool(f->closed);
}

template <typename T>
Value True_(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (Self<T>(ts, args, nargs, "readable") == nullptr) return Value::Error();
  return Value::Bool(true);
}

template <typename T>
Value Flush(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (Self<T>(ts, args, nargs, "flush") == nullptr) return Value::Error();
  return Value::None();
}

template <typename T>
Value Enter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (Self<T>(ts, args, nargs, "__enter__") == nullptr) return Value::Error();
  return args[0];
}

template <typename T>
Value Exit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return Close<T>(ts, args, nargs > 0 ? 1 : 0, nullptr);
}

Object* Wrap(ThreadState& ts, ClassObject* cls, void* data,
             const NativeDataOps* ops) {
  RuntimeState& rt = Rt(ts);
  auto* obj = rt.heap.New<NativeData>(ts, ObjKind::kNativeData, cls);
  if (obj == nullptr) {
    ops->finalize(data);
    RaiseMemoryError(ts);
    return nullptr;
  }
  obj->data = data;
  obj->ops = ops;
  return obj;
}

Value BytesIOConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "BytesIO", args, nargs, kw, {"initial_bytes"}, 0, 1, 0,
                a)) {
    return Value::Error();
  }
  auto file = std::make_unique<BytesFile>();
  if (!a[0].IsEmpty() && !a[0].IsNone() &&
      !BytesTraits::Accept(ts, a[0], &file->data)) {
    return Value::Error();
  }
  Object* o = Wrap(ts, Rt(ts).classes.bytes_io, file.release(), &kBytesIOOps);
  return o != nullptr ? Value::Obj(o) : Value::Error();
}

Value StringIOConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "StringIO", args, nargs, kw, {"initial_value", "newline"},
                0, 2, 0, a)) {
    return Value::Error();
  }
  auto file = std::make_unique<TextFile>();
  if (!a[0].IsEmpty() && !a[0].IsNone()) {
    if (!IsStr(a[0])) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "initial_value must be str or None, not %s",
                         TypeName(ts, a[0]));
    }
    file->data = ToCodePoints(AsStr(a[0])->view());
  }
  if (!a[1].IsEmpty() && !a[1].IsNone()) {
    if (!IsStr(a[1])) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "newline must be str or None, not %s",
                         TypeName(ts, a[1]));
    }
    std::string_view nl = AsStr(a[1])->view();
    if (!nl.empty() && nl != "\n") {
      // "\r" and "\r\n" translation is not implemented: refuse rather
      // than differ.
      return RaiseFormat(ts, Rt(ts).exc.value_error,
                         "illegal newline value: %s", AV(nl));
    }
  }
  Object* o = Wrap(ts, Rt(ts).classes.string_io, file.release(), &kStringIOOps);
  return o != nullptr ? Value::Obj(o) : Value::Error();
}

template <typename T>
bool AddMemFileMethods(ThreadState& ts, ClassObject* cls, const char* qual) {
  static constexpr MethodDef kMethods[] = {
      {"read", Read<T>},         {"read1", Read<T>},
      {"readline", Readline<T>}, {"readlines", Readlines<T>},
      {"write", Write<T>},       {"writelines", Writelines<T>},
      {"getvalue", Getvalue<T>}, {"tell", Tell<T>},
      {"seek", Seek<T>},         {"truncate", Truncate<T>},
      {"close", Close<T>},       {"flush", Flush<T>},
      {"readable", True_<T>},    {"writable", True_<T>},
      {"seekable", True_<T>},    {"__enter__", Enter<T>},
      {"__exit__", Exit<T>},     {"__iter__", Iter<T>},
      {"__next__", Next<T>},
  };
  return AddMethods(ts, cls, qual, kMethods) &&
         AddNativeProperty(ts, cls, qual, "closed", Closed<T>);
}

// io.TextIOWrapper(buffer, ...): the text files open() makes are the
// runtime's file class, so a wrapper over any other buffer is the Python
// class in runtime/lib/_textio.py, which the class's constructor returns.
Value TextIOWrapperConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                             Tuple* kwnames) {
  Str* name = InternStr(ts, "_textio");
  if (name == nullptr) return Value::Error();
  Value mod = ImportModule(ts, name);
  if (mod.IsError()) return mod;
  TempRoots roots(ts);
  roots.Add(mod);
  Str* cls_name = InternStr(ts, "TextIOWrapper");
  if (cls_name == nullptr) return Value::Error();
  Value cls = GetAttr(ts, mod, cls_name);
  if (cls.IsError()) return cls;
  roots.Add(cls);
  return CallValue(ts, cls, args, nargs, kwnames);
}

// io.text_encoding(encoding, stacklevel=2): what open() would use. The
// default is "locale", as CPython outside UTF-8 mode says; open() reads the
// locale's encoding from it (UTF-8 here).
Value TextEncoding(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "text_encoding", args, nargs, kw,
                {"encoding", "stacklevel"}, 1, 2, 0, a)) {
    return Value::Error();
  }
  if (!a[0].IsNone()) return a[0];
  return Value::Obj(InternStr(ts, "locale"));
}

Module* InitIoModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "io"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  ClassObject* bytes_io = rt.classes.bytes_io;
  ClassObject* string_io = rt.classes.string_io;
  // The classes are the runtime's; their methods arrive with the first
  // import.
  if (rt.classes.file->construct == nullptr) {
    rt.classes.file->construct = TextIOWrapperConstruct;
  }
  if (bytes_io->construct == nullptr) {
    bytes_io->construct = BytesIOConstruct;
    string_io->construct = StringIOConstruct;
    if (!AddMemFileMethods<BytesTraits>(ts, bytes_io, "_io.BytesIO") ||
        !AddMemFileMethods<TextTraits>(ts, string_io, "_io.StringIO")) {
      return nullptr;
    }
  }
  if (!AddValue(ts, m, "UnsupportedOperation",
                Value::Obj(rt.exc.unsupported_operation)) ||
      !AddValue(ts, m, "TextIOWrapper", Value::Obj(rt.classes.file)) ||
      !AddValue(ts, m, "BufferedReader",
                Value::Obj(rt.classes.buffered_reader)) ||
      !AddValue(ts, m, "BufferedWriter",
                Value::Obj(rt.classes.buffered_writer)) ||
      !AddValue(ts, m, "BufferedRandom",
                Value::Obj(rt.classes.buffered_random)) ||
      !AddValue(ts, m, "BytesIO", Value::Obj(bytes_io)) ||
      !AddValue(ts, m, "StringIO", Value::Obj(string_io)) ||
      !AddValue(ts, m, "SEEK_SET", Value::Int(0)) ||
      !AddValue(ts, m, "SEEK_CUR", Value::Int(1)) ||
      !AddValue(ts, m, "SEEK_END", Value::Int(2)) ||
      !AddValue(ts, m, "DEFAULT_BUFFER_SIZE", Value::Int(8192))) {
    return nullptr;
  }
  if (!AddFunction(ts, m, "text_encoding", TextEncoding)) return nullptr;
  // io.open is the builtin open itself (`io.open is open` in CPython).
  Value open = ModuleGet(rt.builtins_module, InternStr(ts, "open"));
  if (!open.IsEmpty() && !open.IsError() && !AddValue(ts, m, "open", open)) {
    return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("io", InitIoModule);

}  // namespace builtins
}  // namespace interp
