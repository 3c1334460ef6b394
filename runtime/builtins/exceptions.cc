// The builtin exception classes with CPython's hierarchy, and their
// methods: BaseException (args, __str__, __repr__, add_note), OSError (errno,
// strerror, filename, "[Errno 2] ...", the errno -> subclass mapping),
// SyntaxError (msg, filename, lineno, ...), SystemExit.code and
// StopIteration.value.
//
// Most exception classes are plain builtin classes whose `construct`
// builds the instance directly. The OSError and SyntaxError families are
// created WITHOUT kClassBuiltin: their instances need an __init__ that
// derives attributes from the arguments and a __str__ of their own, and
// the data layer only consults a class's __str__ for non-builtin classes
// (protocols' UserSpecial). The VM then treats them like user exception
// classes: it makes the instance (args = call arguments) and runs the
// native __init__ found in the class dict.
#include <cerrno>
#include <cstring>
#include <iterator>
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/frame_object.h"
#include "runtime/vm/lazy_natives.h"

namespace interp {
namespace builtins {
namespace {

template <ClassObject* ExceptionClasses::*F>
Value ExcConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  ClassObject* cls = Rt(ts).exc.*F;
  if (NumKw(kwnames) > 0) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s() takes no keyword arguments", cls->name->view());
  }
  return NewException(ts, cls, args, nargs);
}

struct ExcDef {
  ClassObject* ExceptionClasses::*field;
  const char* name;
  ClassObject* ExceptionClasses::*base;  // null: BaseException itself
  NativeFn construct;                    // null: a non-builtin family
};

#define EXC(f, name, b) \
  ExcDef { &ExceptionClasses::f, name, b, &ExcConstruct<&ExceptionClasses::f> }
#define EXC_FAMILY(f, name, b) \
  ExcDef { &ExceptionClasses::f, name, b, nullptr }
#define B(f) &ExceptionClasses::f

// Parents before children.
const ExcDef kExceptions[] = {
    EXC(base_exception, "BaseException", nullptr),
    EXC(system_exit, "SystemExit", B(base_exception)),
    EXC(keyboard_interrupt, "KeyboardInterrupt", B(base_exception)),
    EXC(generator_exit, "GeneratorExit", B(base_exception)),
    EXC(exception, "Exception", B(base_exception)),
    EXC(arithmetic_error, "ArithmeticError", B(exception)),
    EXC(zero_division_error, "ZeroDivisionError", B(arithmetic_error)),
    EXC(overflow_error, "OverflowError", B(arithmetic_error)),
    EXC(assertion_error, "AssertionError", B(exception)),
    EXC(attribute_error, "AttributeError", B(exception)),
    EXC(eof_error, "EOFError", B(exception)),
    EXC(import_error, "ImportError", B(exception)),
    EXC(module_not_found_error, "ModuleNotFoundError", B(import_error)),
    EXC(lookup_error, "LookupError", B(exception)),
    EXC(index_error, "IndexError", B(lookup_error)),
    EXC(key_error, "KeyError", B(lookup_error)),
    EXC(memory_error, "MemoryError", B(exception)),
    EXC(name_error, "NameError", B(exception)),
    EXC(unbound_local_error, "UnboundLocalError", B(name_error)),
    EXC_FAMILY(os_error, "OSError", B(exception)),
    EXC_FAMILY(file_not_found_error, "FileNotFoundError", B(os_error)),
    EXC_FAMILY(file_exists_error, "FileExistsError", B(os_error)),
    EXC_FAMILY(permission_error, "PermissionError", B(os_error)),
    EXC_FAMILY(is_a_directory_error, "IsADirectoryError", B(os_error)),
    EXC_FAMILY(not_a_directory_error, "NotADirectoryError", B(os_error)),
    EXC_FAMILY(child_process_error, "ChildProcessError", B(os_error)),
    EXC_FAMILY(process_lookup_error, "ProcessLookupError", B(os_error)),
    EXC_FAMILY(interrupted_error, "InterruptedError", B(os_error)),
    EXC_FAMILY(connection_error, "ConnectionError", B(os_error)),
    EXC_FAMILY(broken_pipe_error, "BrokenPipeError", B(connection_error)),
    EXC_FAMILY(timeout_error, "TimeoutError", B(os_error)),
    EXC(runtime_error, "RuntimeError", B(exception)),
    EXC(recursion_error, "RecursionError", B(runtime_error)),
    EXC(not_implemented_error, "NotImplementedError", B(runtime_error)),
    EXC(stop_iteration, "StopIteration", B(exception)),
    EXC(stop_async_iteration, "StopAsyncIteration", B(exception)),
    EXC_FAMILY(syntax_error, "SyntaxError", B(exception)),
    EXC_FAMILY(indentation_error, "IndentationError", B(syntax_error)),
    EXC_FAMILY(tab_error, "TabError", B(indentation_error)),
    EXC(type_error, "TypeError", B(exception)),
    EXC(value_error, "ValueError", B(exception)),
    EXC(unicode_error, "UnicodeError", B(value_error)),
    EXC(warning, "Warning", B(exception)),
    EXC(user_warning, "UserWarning", B(warning)),
    EXC(deprecation_warning, "DeprecationWarning", B(warning)),
    EXC(pending_deprecation_warning, "PendingDeprecationWarning", B(warning)),
    EXC(syntax_warning, "SyntaxWarning", B(warning)),
    EXC(runtime_warning, "RuntimeWarning", B(warning)),
    EXC(future_warning, "FutureWarning", B(warning)),
    EXC(import_warning, "ImportWarning", B(warning)),
    EXC(unicode_warning, "UnicodeWarning", B(warning)),
    EXC(bytes_warning, "BytesWarning", B(warning)),
    EXC(resource_warning, "ResourceWarning", B(warning)),
    EXC(encoding_warning, "EncodingWarning", B(warning)),
    EXC_FAMILY(unicode_decode_error, "UnicodeDecodeError", B(unicode_error)),
    EXC_FAMILY(unicode_encode_error, "UnicodeEncodeError", B(unicode_error)),
    EXC_FAMILY(connection_aborted_error, "ConnectionAbortedError",
               B(connection_error)),
    EXC_FAMILY(connection_refused_error, "ConnectionRefusedError",
               B(connection_error)),
    EXC_FAMILY(connection_reset_error, "ConnectionResetError",
               B(connection_error)),
    EXC_FAMILY(blocking_io_error, "BlockingIOError", B(os_error)),
    EXC(buffer_error, "BufferError", B(exception)),
    EXC(floating_point_error, "FloatingPointError", B(arithmetic_error)),
    EXC(reference_error, "ReferenceError", B(exception)),
    EXC(system_error, "SystemError", B(exception)),
};
#undef EXC
#undef EXC_FAMILY
#undef B

ExceptionObject* Self(const Value* args, uint32_t nargs) {
  if (nargs < 1 || !IsKind(args[0], ObjKind::kException)) return nullptr;
  return As<ExceptionObject>(args[0]);
}

Value NeedException(ThreadState& ts, const char* method) {
  return RaiseFormat(ts, Rt(ts).exc.type_error,
                     "descriptor '%s' requires a 'BaseException' object",
                     method);
}

Dict* Attrs(ThreadState& ts, ExceptionObject* e) {
  if (e->attrs == nullptr) e->attrs = NewDict(ts);
  return e->attrs;
}

bool SetAttrStr(ThreadState& ts, ExceptionObject* e, std::string_view name,
                Value v) {
  Dict* d = Attrs(ts, e);
  Str* key = InternStr(ts, name);
  return d != nullptr && key != nullptr && DictSetStr(ts, d, key, v);
}

Value GetAttrStr(ThreadState& ts, ExceptionObject* e, std::string_view name) {
  if (e->attrs == nullptr) return Value::Empty();
  Str* key = InternStr(ts, name);
  if (key == nullptr) return Value::Empty();
  return DictGetStr(e->attrs, key);
}

// --- BaseException ---------------------------------------------------------

Value BaseExceptionInit(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kwnames) {
  ExceptionObject* e = Self(args, nargs);
  if (e == nullptr) return NeedException(ts, "__init__");
  if (NumKw(kwnames) > 0) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s() takes no keyword arguments", e->cls->name->view());
  }
  Tuple* t = NewTupleFrom(ts, args + 1, nargs - 1);
  if (t == nullptr) return Value::Error();
  e->args = t;
  return Value::None();
}

bool AppendBaseStr(ThreadState& ts, ExceptionObject* e, std::string* out) {
  RuntimeState& rt = Rt(ts);
  if (e->args == nullptr || e->args->size == 0) return true;
  if (e->args->size == 1) {
    if (IsSubclass(e->cls, rt.exc.key_error)) {
      return AppendRepr(ts, e->args->items[0], out);
    }
    return AppendStr(ts, e->args->items[0], out);
  }
  return AppendRepr(ts, Value::Obj(e->args), out);
}

Value BaseExceptionStr(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple*) {
  ExceptionObject* e = Self(args, nargs);
  if (e == nullptr) return NeedException(ts, "__str__");
  std::string out;
  if (!AppendBaseStr(ts, e, &out)) return Value::Error();
  return StrValue(ts, out);
}

Value BaseExceptionRepr(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple*) {
  ExceptionObject* e = Self(args, nargs);
  if (e == nullptr) return NeedException(ts, "__repr__");
  std::string out(e->cls->name->view());
  if (e->args == nullptr || e->args->size == 0) {
    out += "()";
  } else if (e->args->size == 1) {
    out += "(";
    if (!AppendRepr(ts, e->args->items[0], &out)) return Value::Error();
    out += ")";
  } else if (!AppendRepr(ts, Value::Obj(e->args), &out)) {
    return Value::Error();
  }
  return StrValue(ts, out);
}

Value BaseExceptionWithTraceback(ThreadState& ts, const Value* args,
                                 uint32_t nargs, Tuple*) {
  ExceptionObject* e = Self(args, nargs);
  if (e == nullptr || nargs != 2) return NeedException(ts, "with_traceback");
  if (!args[1].IsNone() && vm::AsTracebackData(args[1]) == nullptr) {
    return RaiseTypeError(ts, "__traceback__ must be a traceback or None");
  }
  e->traceback = args[1];
  return args[0];
}

// BaseException.add_note (3.11): appends to the instance's __notes__
// list, creating it on first use; the traceback printer shows the notes
// after the exception line.
Value BaseExceptionAddNote(ThreadState& ts, const Value* args, uint32_t nargs,
                           Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  ExceptionObject* e = Self(args, nargs);
  if (e == nullptr) return NeedException(ts, "add_note");
  if (NumKw(kwnames) > 0) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "BaseException.add_note() takes no keyword arguments");
  }
  if (nargs != 2) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "BaseException.add_note() takes exactly one argument "
                       "(%d given)",
                       nargs - 1);
  }
  if (!IsKind(args[1], ObjKind::kStr)) {
    return RaiseFormat(ts, rt.exc.type_error, "note must be a str, not '%s'",
                       ClassOf(rt, args[1])->name->view());
  }
  Str* key = InternStr(ts, "__notes__");
  if (key == nullptr) return Value::Error();
  Value notes = GetAttrOrEmpty(ts, args[0], key);
  if (notes.IsError()) return notes;
  TempRoots roots(ts);
  if (notes.IsEmpty()) {
    List* l = NewList(ts, 0);
    if (l == nullptr) return Value::Error();
    notes = Value::Obj(l);
    roots.Add(notes);
    if (SetAttr(ts, args[0], key, notes).IsError()) return Value::Error();
  }
  if (!IsKind(notes, ObjKind::kList)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "Cannot add note: __notes__ is not a list");
  }
  if (!ListAppend(ts, As<List>(notes), args[1])) return Value::Error();
  return Value::None();
}

// --- OSError ---------------------------------------------------------------

ClassObject* ClassForErrno(RuntimeState& rt, int err) {
  switch (err) {
    case ENOENT:
      return rt.exc.file_not_found_error;
    case EEXIST:
      return rt.exc.file_exists_error;
    case EACCES:
    case EPERM:
      return rt.exc.permission_error;
    case EISDIR:
      return rt.exc.is_a_directory_error;
    case ENOTDIR:
      return rt.exc.not_a_directory_error;
    case ECHILD:
      return rt.exc.child_process_error;
    case ESRCH:
      return rt.exc.process_lookup_error;
    case EINTR:
      return rt.exc.interrupted_error;
    case EPIPE:
    case ESHUTDOWN:
      return rt.exc.broken_pipe_error;
    case ETIMEDOUT:
      return rt.exc.timeout_error;
    case ECONNABORTED:
      return rt.exc.connection_aborted_error;
    case ECONNREFUSED:
      return rt.exc.connection_refused_error;
    case ECONNRESET:
      return rt.exc.connection_reset_error;
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
      return rt.exc.blocking_io_error;
    default:
      return rt.exc.os_error;
  }
}

// OSError(errno, strerror[, filename]): the attributes, args trimmed to
// (errno, strerror) when a filename is given, and OSError itself replaced
// by the errno's subclass (CPython does this in OSError.__new__).
Value OSErrorInit(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  ExceptionObject* e = Self(args, nargs);
  if (e == nullptr) return NeedException(ts, "__init__");
  if (NumKw(kwnames) > 0) {
    return RaiseFormat(ts, rt.exc.type_error, "%s() takes no keyword arguments",
                       e->cls->name->view());
  }
  const Value* a = args + 1;
  uint32_t n = nargs - 1;
  Tuple* t = NewTupleFrom(ts, a, n >= 3 && n <= 5 ? 2 : n);
  if (t == nullptr) return Value::Error();
  e->args = t;
  if (n >= 2 && n <= 5) {
    if (!SetAttrStr(ts, e, "errno", a[0]) ||
        !SetAttrStr(ts, e, "strerror", a[1])) {
      return Value::Error();
    }
    if (n >= 3 && !SetAttrStr(ts, e, "filename", a[2])) return Value::Error();
    if (n >= 5 && !SetAttrStr(ts, e, "filename2", a[4])) return Value::Error();
    if (e->cls == rt.exc.os_error && a[0].IsInt()) {
      e->cls = ClassForErrno(rt, static_cast<int>(a[0].AsInt()));
    }
  }
  return Value::None();
}

Value OSErrorStr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  ExceptionObject* e = Self(args, nargs);
  if (e == nullptr) return NeedException(ts, "__str__");
  Value err = GetAttrStr(ts, e, "errno");
  Value msg = GetAttrStr(ts, e, "strerror");
  Value file = GetAttrStr(ts, e, "filename");
  std::string out;
  if (!err.IsEmpty() && !msg.IsEmpty() && !(err.IsNone() && msg.IsNone())) {
    out += "[Errno ";
    if (!AppendStr(ts, err, &out)) return Value::Error();
    out += "] ";
    if (!AppendStr(ts, msg, &out)) return Value::Error();
    if (!file.IsEmpty() && !file.IsNone()) {
      out += ": ";
      if (!AppendRepr(ts, file, &out)) return Value::Error();
      Value file2 = GetAttrStr(ts, e, "filename2");
      if (!file2.IsEmpty() && !file2.IsNone()) {
        out += " -> ";
        if (!AppendRepr(ts, file2, &out)) return Value::Error();
      }
    }
    return StrValue(ts, out);
  }
  if (!AppendBaseStr(ts, e, &out)) return Value::Error();
  return StrValue(ts, out);
}

// --- SyntaxError -----------------------------------------------------------

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
// end_offset])).
Value SyntaxErrorInit(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  ExceptionObject* e = Self(args, nargs);
  if (e == nullptr) return NeedException(ts, "__init__");
  if (NumKw(kwnames) > 0) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s() takes no keyword arguments", e->cls->name->view());
  }
  Tuple* t = NewTupleFrom(ts, args + 1, nargs - 1);
  if (t == nullptr) return Value::Error();
  e->args = t;
  if (nargs >= 2 && !SetAttrStr(ts, e, "msg", args[1])) return Value::Error();
  if (nargs == 3) {
    if (!IsKind(args[2], ObjKind::kTuple)) {
      return RaiseTypeError(ts, "tuple expected for SyntaxError details");
    }
    Tuple* d = As<Tuple>(args[2]);
    if (d->size < 4 || d->size > 6) {
      return RaiseFormat(ts, Rt(ts).exc.index_error,
                         "tuple index out of range");
    }
    static constexpr const char* kNames[] = {
        "filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    for (uint32_t i = 0; i < d->size; ++i) {
      if (!SetAttrStr(ts, e, kNames[i], d->items[i])) return Value::Error();
    }
  }
  return Value::None();
}

Value SyntaxErrorStr(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  ExceptionObject* e = Self(args, nargs);
  if (e == nullptr) return NeedException(ts, "__str__");
  Value msg = GetAttrStr(ts, e, "msg");
  std::string out;
  if (msg.IsEmpty() || msg.IsNone()) {
    if (!AppendBaseStr(ts, e, &out)) return Value::Error();
    return StrValue(ts, out);
  }
  if (!AppendStr(ts, msg, &out)) return Value::Error();
  Value file = GetAttrStr(ts, e, "filename");
  Value line = GetAttrStr(ts, e, "lineno");
  bool have_file = IsStr(file);
  bool have_line = line.IsInt();
  if (have_file) {
    // CPython shows only the file's last path component here.
    std::string_view f = AsStr(file)->view();
    size_t slash = f.rfind('/');
    if (slash != std::string_view::npos) f = f.substr(slash + 1);
    if (have_line) {
      absl::StrAppend(&out, " (", AV(f), ", line ", line.AsInt(), ")");
    } else {
      absl::StrAppend(&out, " (", AV(f), ")");
    }
  } else if (have_line) {
    absl::StrAppend(&out, " (line ", line.AsInt(), ")");
  }
  return StrValue(ts, out);
}

// --- SystemExit.code, StopIteration.value ----------------------------------

// The attribute when it was assigned, else what CPython derives from args
// (code: None / the single argument / the args tuple; value: args[0]).
Value DerivedAttr(ThreadState& ts, const Value* args, uint32_t nargs,
                  std::string_view name, bool whole_tuple) {
  ExceptionObject* e = Self(args, nargs);
  if (e == nullptr) return NeedException(ts, "__get__");
  Value v = GetAttrStr(ts, e, name);
  if (!v.IsEmpty()) return v;
  if (e->args == nullptr || e->args->size == 0) return Value::None();
  if (e->args->size == 1 || !whole_tuple) return e->args->items[0];
  return Value::Obj(e->args);
}
Value SetDerivedAttr(ThreadState& ts, const Value* args, uint32_t nargs,
                     std::string_view name) {
  ExceptionObject* e = Self(args, nargs);
  if (e == nullptr || nargs != 2) return NeedException(ts, "__set__");
  if (!SetAttrStr(ts, e, name, args[1])) return Value::Error();
  return Value::None();
}
Value SystemExitCode(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  return DerivedAttr(ts, args, nargs, "code", true);
}
Value SystemExitSetCode(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple*) {
  return SetDerivedAttr(ts, args, nargs, "code");
}
Value StopIterationValue(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple*) {
  return DerivedAttr(ts, args, nargs, "value", false);
}
Value StopIterationSetValue(ThreadState& ts, const Value* args, uint32_t nargs,
                            Tuple*) {
  return SetDerivedAttr(ts, args, nargs, "value");
}

}  // namespace

bool CreateExceptionClasses(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  for (const ExcDef& def : kExceptions) {
    ClassObject* base =
        def.base != nullptr ? rt.exc.*(def.base) : rt.classes.object;
    uint32_t flags = kClassException | kClassBaseOk;
    if (def.construct != nullptr) flags |= kClassBuiltin;
    ClassObject* cls =
        NewClass(ts, def.name, base, "builtins", ObjKind::kException, flags);
    if (cls == nullptr) return false;
    cls->construct = def.construct;
    // The data layer dispatches to a class's own __str__ only for classes
    // it considers user classes: not kClassBuiltin and not from module
    // "builtins". A null module name reads as "builtins" everywhere names
    // are printed (reprs, tracebacks) but keeps the families' __str__
    // reachable. (__module__ of these classes is None as a result.)
    if (def.construct == nullptr) cls->module_name = nullptr;
    rt.exc.*(def.field) = cls;
  }
  // CPython derives io.UnsupportedOperation from OSError and ValueError;
  // with single inheritance it is an OSError (its __init__/__str__ too)
  // that IsSubclass also counts as a ValueError (kClassAlsoValueError).
  ClassObject* unsupported =
      NewClass(ts, "UnsupportedOperation", rt.exc.os_error, "io",
               ObjKind::kException, kClassException | kClassBaseOk);
  if (unsupported == nullptr) return false;
  rt.exc.unsupported_operation = unsupported;
  unsupported->flags |= kClassAlsoValueError;
  rt.exc.value_error->flags |= kClassIsValueError;
  return CreateExceptionGroupClasses(ts);
}

bool InitExceptionMethods(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  static constexpr MethodDef kBase[] = {
      {"__init__", BaseExceptionInit},
      {"__str__", BaseExceptionStr},
      {"__repr__", BaseExceptionRepr},
      {"with_traceback", BaseExceptionWithTraceback},
      {"add_note", BaseExceptionAddNote},
  };
  static constexpr MethodDef kOSError[] = {
      {"__init__", OSErrorInit},
      {"__str__", OSErrorStr},
  };
  static constexpr MethodDef kSyntaxError[] = {
      {"__init__", SyntaxErrorInit},
      {"__str__", SyntaxErrorStr},
  };
  if (!AddMethods(ts, rt.exc.base_exception, "BaseException", kBase) ||
      !InitExceptionGroupMethods(ts) ||
      !AddMethods(ts, rt.exc.os_error, "OSError", kOSError) ||
      !AddMethods(ts, rt.exc.syntax_error, "SyntaxError", kSyntaxError)) {
    return false;
  }
  // Class attributes that are None until an instance sets its own.
  static constexpr MethodDef kOSErrorNone[] = {
      {"errno", nullptr},
      {"strerror", nullptr},
      {"filename", nullptr},
      {"filename2", nullptr},
  };
  static constexpr MethodDef kSyntaxErrorNone[] = {
      {"msg", nullptr},        {"filename", nullptr},
      {"lineno", nullptr},     {"offset", nullptr},
      {"text", nullptr},       {"end_lineno", nullptr},
      {"end_offset", nullptr}, {"print_file_and_line", nullptr},
  };
  static constexpr MethodDef kImportErrorNone[] = {{"name", nullptr},
                                                   {"path", nullptr}};
  static constexpr MethodDef kNameErrorNone[] = {{"name", nullptr}};
  DeferNatives(ts, rt.exc.os_error, "OSError", kOSErrorNone,
               std::size(kOSErrorNone), DeferredKind::kNone);
  DeferNatives(ts, rt.exc.syntax_error, "SyntaxError", kSyntaxErrorNone,
               std::size(kSyntaxErrorNone), DeferredKind::kNone);
  DeferNatives(ts, rt.exc.import_error, "ImportError", kImportErrorNone,
               std::size(kImportErrorNone), DeferredKind::kNone);
  DeferNatives(ts, rt.exc.name_error, "NameError", kNameErrorNone,
               std::size(kNameErrorNone), DeferredKind::kNone);
  return AddNativeProperty(ts, rt.exc.system_exit, "SystemExit", "code",
                           SystemExitCode, SystemExitSetCode) &&
         AddNativeProperty(ts, rt.exc.stop_iteration, "StopIteration", "value",
                           StopIterationValue, StopIterationSetValue);
}

Value RaiseOSError(ThreadState& ts, int err, std::string_view filename,
                   bool has_filename) {
  RuntimeState& rt = Rt(ts);
  Value msg = StrValue(ts, strerror(err));
  if (msg.IsError()) return msg;
  TempRoots roots(ts);
  roots.Add(msg);
  Value a[2] = {Value::Int(err), msg};
  Value ev = NewException(ts, ClassForErrno(rt, err), a, 2);
  if (ev.IsError()) return ev;
  roots.Add(ev);
  auto* e = As<ExceptionObject>(ev);
  if (!SetAttrStr(ts, e, "errno", a[0]) ||
      !SetAttrStr(ts, e, "strerror", msg)) {
    return Value::Error();
  }
  if (has_filename) {
    Value f = StrValue(ts, filename);
    if (f.IsError() || !SetAttrStr(ts, e, "filename", f)) {
      return Value::Error();
    }
  }
  ts.pending_exception = ev;
  return Value::Error();
}

}  // namespace builtins
}  // namespace interp
