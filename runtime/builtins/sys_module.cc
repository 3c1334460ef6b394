// The `sys` module, created at bootstrap (rt.sys_module): argv, path,
// modules, the standard streams, exit, the recursion limit, _xoptions and
// a few constants.
//
// sys.version is "3.11.0 (interp 0.1.0)": the CPython language version
// whose behaviour the subset follows, then this implementation's own.
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/file.h"
#include "runtime/builtins/internal.h"
#include "runtime/builtins/sys_info.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/frame_object.h"
#include "runtime/vm/interpreter.h"

namespace interp {
namespace builtins {
namespace {

Value SysExit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "exit", kw) || !CheckArgCount(ts, "exit", nargs, 0, 1)) {
    return Value::Error();
  }
  Value e = NewException(ts, Rt(ts).exc.system_exit, args, nargs);
  if (e.IsError()) return e;
  ts.pending_exception = e;
  return Value::Error();
}

Value GetRecursionLimit(ThreadState& ts, const Value*, uint32_t nargs,
                        Tuple* kw) {
  if (!NoKwargs(ts, "getrecursionlimit", kw) ||
      !CheckArgCount(ts, "getrecursionlimit", nargs, 0, 0)) {
    return Value::Error();
  }
  return Value::Int(Rt(ts).recursion_limit);
}

Value SetRecursionLimit(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kw) {
  if (!NoKwargs(ts, "setrecursionlimit", kw) ||
      !CheckArgCount(ts, "setrecursionlimit", nargs, 1, 1)) {
    return Value::Error();
  }
  if (args[0].IsFloat()) {
    return RaiseTypeError(ts,
                          "'float' object cannot be interpreted as an integer");
  }
  int64_t n;
  if (!ToIndex(ts, args[0], &n)) return Value::Error();
  if (n < 1) {
    return RaiseValueError(ts,
                           "recursion limit must be greater or equal than 1");
  }
  if (n > INT32_MAX) {
    return RaiseOverflowError(ts, "Python int too large to convert to C int");
  }
  Rt(ts).recursion_limit = n;
  return Value::None();
}

Value GetIntMaxStrDigits(ThreadState& ts, const Value*, uint32_t nargs,
                         Tuple* kw) {
  if (!NoKwargs(ts, "get_int_max_str_digits", kw) ||
      !CheckArgCount(ts, "get_int_max_str_digits", nargs, 0, 0)) {
    return Value::Error();
  }
  return Value::Int(Rt(ts).int_max_str_digits);
}

Value SetIntMaxStrDigits(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "set_int_max_str_digits", args, nargs, kw, {"maxdigits"}, 1,
                1, 0, a)) {
    return Value::Error();
  }
  int64_t n;
  if (!ToIndex(ts, a[0], &n)) {
    if (PendingExceptionMatches(ts, Rt(ts).exc.overflow_error)) {
      TakePendingException(ts);
      return RaiseOverflowError(ts, "Python int too large to convert to C int");
    }
    return Value::Error();
  }
  if (n > INT32_MAX || n < INT32_MIN) {
    return RaiseOverflowError(ts, "Python int too large to convert to C int");
  }
  if (n != 0 && n < 640) {
    return RaiseValueError(ts, "maxdigits must be 0 or larger than 640");
  }
  Rt(ts).int_max_str_digits = n;
  return Value::None();
}

Value ExcInfo(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "exc_info", kw) ||
      !CheckArgCount(ts, "exc_info", nargs, 0, 0)) {
    return Value::Error();
  }
  Value e = CurrentHandledException(ts);
  Value items[3] = {Value::None(), Value::None(), Value::None()};
  if (!e.IsNone() && e.IsObject()) {
    items[0] = Value::Obj(e.AsObject()->cls);
    items[1] = e;
    if (IsKind(e, ObjKind::kException)) {
      Value tb = vm::MaterializeTraceback(ts, e);
      if (tb.IsError()) return tb;
      items[2] = tb;
    }
  }
  Tuple* t = NewTupleFrom(ts, items, 3);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

// sys._getframe(depth=0): the caller's frame object, `depth` script
// frames up.
Value GetFrame(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "_getframe", kw) ||
      !CheckArgCount(ts, "_getframe", nargs, 0, 1)) {
    return Value::Error();
  }
  int64_t depth = 0;
  if (nargs == 1 && !ToIndex(ts, args[0], &depth)) return Value::Error();
  Value f = Value::Empty();
  if (depth >= 0) {
    f = vm::CallerFrameObject(ts, static_cast<uint32_t>(depth));
  }
  if (f.IsEmpty()) return RaiseValueError(ts, "call stack is not deep enough");
  return f;
}

// sys.excepthook(type, value, traceback), the default: the report of
// `value` with `traceback` as its traceback.
Value ExceptHook(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (!NoKwargs(ts, "excepthook", kw)) return Value::Error();
  if (nargs != 3) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "excepthook expected 3 arguments, got %d",
                       static_cast<int>(nargs));
  }
  Value exc = args[1];
  if (IsKind(exc, ObjKind::kException) &&
      (args[2].IsNone() || vm::AsTracebackData(args[2]) != nullptr)) {
    auto* e = As<ExceptionObject>(exc);
    Value own = e->traceback;
    TempRoots roots(ts);
    roots.Add(own);
    e->traceback = args[2];
    PrintException(ts, exc);
    e->traceback = own;
  } else {
    PrintException(ts, exc);
  }
  return Value::None();
}

// sys.displayhook(value), the default: repr on sys.stdout, kept as
// builtins._.
Value DisplayHook(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  if (!NoKwargs(ts, "displayhook", kw) ||
      !CheckArgCount(ts, "displayhook", nargs, 1, 1)) {
    return Value::Error();
  }
  if (!DisplayValue(ts, args[0])) return Value::Error();
  return Value::None();
}

Value Intern(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "intern", kw) ||
      !CheckArgCount(ts, "intern", nargs, 1, 1)) {
    return Value::Error();
  }
  if (!IsStr(args[0])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "intern() argument must be str, not %s",
                       TypeName(ts, args[0]));
  }
  Str* s = InternStr(ts, AsStr(args[0])->view());
  return s != nullptr ? Value::Obj(s) : Value::Error();
}

Value GetDefaultEncoding(ThreadState& ts, const Value*, uint32_t, Tuple*) {
  return StrValue(ts, "utf-8");
}

Value StrList(ThreadState& ts, const std::vector<std::string>& items) {
  List* l = NewList(ts, 0);
  if (l == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(l));
  for (const std::string& s : items) {
    Value v = StrValue(ts, s);
    if (v.IsError() || !ListAppend(ts, l, v)) return Value::Error();
  }
  return Value::Obj(l);
}

Value StdStream(ThreadState& ts, int fd, const char* name, const char* mode,
                uint32_t flags) {
  Value n = StrValue(ts, name);
  if (n.IsError()) return n;
  flags |= kFileStdStream;
  // Interactive output appears line by line; a pipe or file gets large
  // writes (flushed at exit, before tracebacks, fork and os._exit's
  // callers that flush explicitly).
  if (isatty(fd) == 1) flags |= kFileLineBuffered;
  FileObject* f = NewFileObject(ts, fd, n, mode, flags);
  return f != nullptr ? Value::Obj(f) : Value::Error();
}

}  // namespace

namespace {

constexpr const char* kVersionFields[] = {"major", "minor", "micro",
                                          "releaselevel", "serial"};

template <int kIndex>
Value VersionInfoField(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple*) {
  if (nargs != 1 || !IsKind(args[0], ObjKind::kTuple) ||
      As<Tuple>(args[0])->size != 5) {
    return RaiseTypeError(ts, "sys.version_info field of a non-version_info");
  }
  return As<Tuple>(args[0])->items[kIndex];
}

Value VersionInfoRepr(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple*) {
  if (nargs != 1 || !IsKind(args[0], ObjKind::kTuple) ||
      As<Tuple>(args[0])->size != 5) {
    return RaiseTypeError(ts, "sys.version_info.__repr__ needs version_info");
  }
  std::string out = "sys.version_info(";
  Tuple* t = As<Tuple>(args[0]);
  for (int i = 0; i < 5; ++i) {
    if (i > 0) out += ", ";
    out += kVersionFields[i];
    out += '=';
    if (!AppendRepr(ts, t->items[i], &out)) return Value::Error();
  }
  out += ')';
  return StrValue(ts, out);
}

}  // namespace

// sys.version_info's class: a tuple with named fields, like CPython's
// struct sequence.
ClassObject* VersionInfoClass(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  ClassObject* cls =
      NewClass(ts, "version_info", rt.classes.tuple, "sys", ObjKind::kTuple, 0);
  if (cls == nullptr) return nullptr;
  static constexpr NativeFn kGetters[] = {
      VersionInfoField<0>, VersionInfoField<1>, VersionInfoField<2>,
      VersionInfoField<3>, VersionInfoField<4>};
  for (int i = 0; i < 5; ++i) {
    if (!AddNativeProperty(ts, cls, "sys.version_info", kVersionFields[i],
                           kGetters[i])) {
      return nullptr;
    }
  }
  static constexpr MethodDef kMethods[] = {{"__repr__", VersionInfoRepr}};
  if (!AddMethods(ts, cls, "sys.version_info", kMethods)) return nullptr;
  return cls;
}

namespace {

// sys.builtin_module_names: the native modules (sorted, with builtins and
// sys, which bootstrap makes), as a tuple.
bool AddBuiltinModuleNames(ThreadState& ts, Module* m) {
  std::vector<std::string_view> names = BuiltinModuleNames();
  names.push_back("builtins");
  names.push_back("sys");
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  Tuple* t = NewTuple(ts, static_cast<uint32_t>(names.size()));
  if (t == nullptr) return false;
  TempRoots roots(ts);
  roots.Add(Value::Obj(t));
  for (size_t i = 0; i < names.size(); ++i) {
    Value s = StrValue(ts, names[i]);
    if (s.IsError()) return false;
    t->items[i] = s;
  }
  return AddValue(ts, m, "builtin_module_names", Value::Obj(t));
}

}  // namespace

Module* CreateSysModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "sys"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (rt.modules == nullptr) {
    rt.modules = NewDict(ts);
    if (rt.modules == nullptr) return nullptr;
  }
  if (!DictSetStr(ts, rt.modules, rt.names.sys, Value::Obj(m)) ||
      (rt.builtins_module != nullptr &&
       !DictSetStr(ts, rt.modules, rt.names.builtins,
                   Value::Obj(rt.builtins_module)))) {
    return nullptr;
  }
  static constexpr MethodDef kFunctions[] = {
      {"exit", SysExit},
      {"getrecursionlimit", GetRecursionLimit},
      {"setrecursionlimit", SetRecursionLimit},
      {"exc_info", ExcInfo},
      {"_getframe", GetFrame},
      {"intern", Intern},
      {"getdefaultencoding", GetDefaultEncoding},
      {"get_int_max_str_digits", GetIntMaxStrDigits},
      {"set_int_max_str_digits", SetIntMaxStrDigits},
      {"getsizeof", SysGetsizeofNative},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  // The hooks and their originals (sys.__excepthook__ ...) are the same
  // objects, as in CPython; the runtime compares them to tell a script's
  // hook from the default.
  static constexpr MethodDef kHooks[] = {
      {"excepthook", ExceptHook},
      {"displayhook", DisplayHook},
  };
  for (const MethodDef& def : kHooks) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
    Value f = DictGetStr(m->dict, InternStr(ts, def.name));
    if (f.IsEmpty() ||
        !AddValue(ts, m, absl::StrCat("__", def.name, "__"), f)) {
      return nullptr;
    }
  }
  Value argv = StrList(ts, rt.options.argv);
  if (argv.IsError() || !AddValue(ts, m, "argv", argv)) return nullptr;
  Value path = StrList(ts, rt.options.module_path);
  if (path.IsError() || !AddValue(ts, m, "path", path)) return nullptr;
  if (!AddValue(ts, m, "modules", DictValue(rt.modules))) return nullptr;

  Dict* xopts = NewDict(ts);
  if (xopts == nullptr || !AddValue(ts, m, "_xoptions", DictValue(xopts))) {
    return nullptr;
  }
  for (const auto& [name, value] : rt.options.xoptions) {
    Value k = StrValue(ts, name);
    if (k.IsError()) return nullptr;
    roots.Add(k);
    // "-X name" without "=value" is True, like CPython.
    Value v = value.empty() ? Value::Bool(true) : StrValue(ts, value);
    if (v.IsError() || !DictSet(ts, xopts, k, v)) return nullptr;
  }

  struct {
    const char* name;
    const char* dunder;
    int fd;
    const char* label;
    const char* mode;
    uint32_t flags;
  } const streams[] = {
      {"stdin", "__stdin__", 0, "<stdin>", "r", kFileReadable},
      {"stdout", "__stdout__", 1, "<stdout>", "w", kFileWritable},
      {"stderr", "__stderr__", 2, "<stderr>", "w",
       kFileWritable | kFileLineBuffered},
  };
  for (const auto& s : streams) {
    uint32_t flags = s.flags;
    if (rt.options.unbuffered_stdio && s.fd != 0) flags |= kFileUnbuffered;
    Value f = StdStream(ts, s.fd, s.label, s.mode, flags);
    if (f.IsError() || !AddValue(ts, m, s.name, f) ||
        !AddValue(ts, m, s.dunder, f)) {
      return nullptr;
    }
  }

  Value exe = StrValue(ts, rt.options.executable);
  Value platform = StrValue(ts, "linux");
  Value version = StrValue(ts, "3.11.0 (interp 0.1.0)");
  Value byteorder = StrValue(ts, "little");
  if (exe.IsError() || platform.IsError() || version.IsError() ||
      byteorder.IsError() || !AddValue(ts, m, "executable", exe) ||
      !AddValue(ts, m, "platform", platform) ||
      !AddValue(ts, m, "version", version) ||
      !AddValue(ts, m, "byteorder", byteorder) ||
      !AddValue(ts, m, "maxsize", Value::Int(INT64_MAX))) {
    return nullptr;
  }
  if (!AddBuiltinModuleNames(ts, m)) return nullptr;
  Value final_str = StrValue(ts, "final");
  if (final_str.IsError()) return nullptr;
  Value vi[5] = {Value::Int(3), Value::Int(11), Value::Int(0), final_str,
                 Value::Int(0)};
  Tuple* version_info = NewTupleFrom(ts, vi, 5);
  ClassObject* vi_cls = VersionInfoClass(ts);
  if (vi_cls == nullptr) return nullptr;
  if (version_info != nullptr) version_info->cls = vi_cls;
  if (version_info == nullptr ||
      !AddValue(ts, m, "version_info", Value::Obj(version_info)) ||
      !AddValue(ts, m, "hexversion", Value::Int(0x030B00F0))) {
    return nullptr;
  }
  if (!AddSysInfo(ts, m)) return nullptr;
  return m;
}

}  // namespace builtins
}  // namespace interp
