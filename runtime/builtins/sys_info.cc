// The numeric parameter tuples of sys. Their classes are tuple subclasses
// with `__match_args__` naming the fields (as 3.11's struct sequences
// have); repr and attribute access read the names from there, so one repr
// and one __getattr__ serve every such class.
//
// float_info and int_info describe this runtime's real numbers (IEEE
// doubles; ints whose printing limit is CPython's). hash_info's numeric
// fields are the rules interp's numeric hash follows (CPython's: modulus
// 2**61-1, inf 314159, imag 1000003), so a script that reimplements
// numeric hashing gets equal results. Its str-hash fields describe
// interp's own str hash, which is not CPython's siphash13 and takes no
// seed.
//
// The rest of this file is sys's module __getattr__ (PEP 562): flags,
// implementation, thread_info, prefix and the other attributes few
// scripts read are made on first use and then stored in the module, so
// starting the runtime does not pay for them.
#include "runtime/builtins/sys_info.h"

#include <cfloat>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
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
#include "runtime/vm/interpreter.h"

namespace interp {
namespace builtins {
namespace {

constexpr int kMaxFields = 18;

// The field names of an info tuple's class (its __match_args__), or null.
Tuple* FieldNames(ThreadState& ts, ClassObject* cls, uint32_t size) {
  Str* key = InternStr(ts, "__match_args__");
  Dict* d = key != nullptr ? ClassDict(ts, cls) : nullptr;
  if (d == nullptr) return nullptr;
  Value names = DictGetStr(d, key);
  if (!IsKind(names, ObjKind::kTuple) || As<Tuple>(names)->size != size) {
    return nullptr;
  }
  return As<Tuple>(names);
}

// Fields are read through the class's __getattr__ (one native per class
// rather than a property per field: these classes are made at every
// start, and properties would cost each start a native per field).
Value InfoGetattr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 2 || !IsKind(args[0], ObjKind::kTuple) || !IsStr(args[1])) {
    return RaiseTypeError(ts, "__getattr__ needs a sys info tuple and a name");
  }
  Tuple* t = As<Tuple>(args[0]);
  std::string_view name = AsStr(args[1])->view();
  Tuple* fields = FieldNames(ts, t->cls, t->size);
  if (fields != nullptr) {
    for (uint32_t i = 0; i < fields->size; ++i) {
      if (AsStr(fields->items[i])->view() == name) return t->items[i];
    }
  }
  return RaiseFormat(ts, Rt(ts).exc.attribute_error,
                     "'sys.%s' object has no attribute '%s'",
                     AV(t->cls->name->view()), AV(name));
}

// "sys.NAME(field=value, ...)", the names from the class's __match_args__.
Value InfoRepr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1 || !IsKind(args[0], ObjKind::kTuple)) {
    return RaiseTypeError(ts, "__repr__ needs a sys info tuple");
  }
  Tuple* t = As<Tuple>(args[0]);
  ClassObject* cls = t->cls;
  Tuple* fields = FieldNames(ts, cls, t->size);
  if (fields == nullptr) {
    return RaiseTypeError(ts, "__repr__ needs a sys info tuple");
  }
  std::string out = absl::StrCat("sys.", AV(cls->name->view()), "(");
  for (uint32_t i = 0; i < t->size; ++i) {
    if (i > 0) out += ", ";
    absl::StrAppend(&out, AV(AsStr(fields->items[i])->view()), "=");
    if (!AppendRepr(ts, t->items[i], &out)) return Value::Error();
  }
  out += ')';
  return StrValue(ts, out);
}

struct Field {
  const char* name;
  Value value;  // Empty: the str in `text`
  const char* text;
};

// An info tuple of class sys.NAME; `methods` are the shared __repr__ and
// __getattr__ natives.
Value MakeInfo(ThreadState& ts, const char* name, const Field* fields, int n,
               const Value (&methods)[2]) {
  RuntimeState& rt = Rt(ts);
  ClassObject* cls =
      NewClass(ts, name, rt.classes.tuple, "sys", ObjKind::kTuple, 0);
  if (cls == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(cls));
  Value names[kMaxFields];
  Value values[kMaxFields];
  for (int i = 0; i < n; ++i) {
    Str* s = InternStr(ts, fields[i].name);
    if (s == nullptr) return Value::Error();
    names[i] = Value::Obj(s);
    values[i] = fields[i].value;
    if (values[i].IsEmpty()) {
      values[i] = StrValue(ts, fields[i].text);
      if (values[i].IsError()) return Value::Error();
      roots.Add(values[i]);
    }
  }
  Tuple* match_args = NewTupleFrom(ts, names, n);
  if (match_args == nullptr ||
      !SetClassAttr(ts, cls, "__match_args__", Value::Obj(match_args))) {
    return Value::Error();
  }
  if (!SetClassAttr(ts, cls, "__repr__", methods[0]) ||
      !SetClassAttr(ts, cls, "__getattr__", methods[1])) {
    return Value::Error();
  }
  Tuple* t = NewTupleFrom(ts, values, n);
  if (t == nullptr) return Value::Error();
  t->cls = cls;
  return Value::Obj(t);
}

bool AddInfo(ThreadState& ts, Module* sys, const char* name,
             const Field* fields, int n, const Value (&methods)[2]) {
  Value info = MakeInfo(ts, name, fields, n, methods);
  return !info.IsError() && AddValue(ts, sys, name, info);
}

// The __repr__/__getattr__ pair of the info classes made after start.
bool InfoMethods(ThreadState& ts, Value (&methods)[2]) {
  Value float_info =
      GetAttr(ts, Value::Obj(Rt(ts).sys_module), InternStr(ts, "float_info"));
  if (float_info.IsError()) return false;
  if (!float_info.IsObject()) {
    RaiseTypeError(ts, "sys.float_info was replaced");
    return false;
  }
  ClassObject* cls = float_info.AsObject()->cls;
  Dict* d = ClassDict(ts, cls);
  methods[0] = DictGetStr(d, InternStr(ts, "__repr__"));
  methods[1] = DictGetStr(d, InternStr(ts, "__getattr__"));
  if (methods[0].IsEmpty() || methods[1].IsEmpty()) {
    RaiseTypeError(ts, "sys.float_info was replaced");
    return false;
  }
  return true;
}

// CPython's UTF-8 mode: on with PYTHONUTF8=1, off with PYTHONUTF8=0,
// else on exactly when the locale is "C" or "POSIX" (LC_ALL, LC_CTYPE,
// LANG, the first one set). interp's text I/O is UTF-8 in every locale;
// outside UTF-8 locales that are not C, CPython would use the locale's
// encoding.
int Utf8Mode() {
  const char* forced = std::getenv("PYTHONUTF8");
  if (forced != nullptr &&
      (std::strcmp(forced, "0") == 0 || std::strcmp(forced, "1") == 0)) {
    return forced[0] - '0';
  }
  for (const char* var : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = std::getenv(var);
    if (value != nullptr && value[0] != '\0') {
      return std::strcmp(value, "C") == 0 || std::strcmp(value, "POSIX") == 0;
    }
  }
  return 1;
}

// sys.flags: the command-line flags as this runtime has them. interp
// never writes bytecode files and does not randomise str hashes.
Value MakeFlags(ThreadState& ts) {
  const Field flags[] = {
      {"debug", Value::Int(0), nullptr},
      {"inspect", Value::Int(0), nullptr},
      {"interactive", Value::Int(0), nullptr},
      {"optimize", Value::Int(0), nullptr},
      {"dont_write_bytecode", Value::Int(1), nullptr},
      {"no_user_site", Value::Int(0), nullptr},
      {"no_site", Value::Int(0), nullptr},
      {"ignore_environment", Value::Int(0), nullptr},
      {"verbose", Value::Int(0), nullptr},
      {"bytes_warning", Value::Int(0), nullptr},
      {"quiet", Value::Int(0), nullptr},
      {"hash_randomization", Value::Int(0), nullptr},
      {"isolated", Value::Int(0), nullptr},
      {"dev_mode", Value::Bool(false), nullptr},
      {"utf8_mode", Value::Int(Utf8Mode()), nullptr},
      {"warn_default_encoding", Value::Int(0), nullptr},
      {"safe_path", Value::Bool(false), nullptr},
      {"int_max_str_digits", Value::Int(-1), nullptr},
  };
  Value methods[2];
  if (!InfoMethods(ts, methods)) return Value::Error();
  return MakeInfo(ts, "flags", flags, 18, methods);
}

Value MakeThreadInfo(ThreadState& ts) {
  const Field info[] = {
      {"name", Value::Empty(), "pthread"},
      {"lock", Value::Empty(), "mutex+cond"},
      {"version", Value::None(), nullptr},
  };
  Value methods[2];
  if (!InfoMethods(ts, methods)) return Value::Error();
  return MakeInfo(ts, "thread_info", info, 3, methods);
}

// sys.implementation: a types.SimpleNamespace naming interp, whose
// version is interp's own (sys.version_info is the language's).
Value MakeImplementation(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  Value types = ImportModule(ts, InternStr(ts, "types"));
  if (types.IsError()) return types;
  Value ns_cls = GetAttr(ts, types, InternStr(ts, "SimpleNamespace"));
  if (ns_cls.IsError()) return ns_cls;
  Value ns = CallValue(ts, ns_cls, nullptr, 0);
  if (ns.IsError()) return ns;
  TempRoots roots(ts);
  roots.Add(ns);
  Value version_info =
      GetAttr(ts, Value::Obj(rt.sys_module), InternStr(ts, "version_info"));
  if (version_info.IsError()) return version_info;
  if (!IsKind(version_info, ObjKind::kTuple)) {
    return RaiseTypeError(ts, "sys.version_info was replaced");
  }
  Value release = StrValue(ts, "final");
  if (release.IsError()) return release;
  roots.Add(release);
  Value fields[5] = {Value::Int(0), Value::Int(1), Value::Int(0), release,
                     Value::Int(0)};
  Tuple* version = NewTupleFrom(ts, fields, 5);
  if (version == nullptr) return Value::Error();
  version->cls = version_info.AsObject()->cls;
  roots.Add(Value::Obj(version));
  Value name = StrValue(ts, "interp");
  if (name.IsError()) return name;
  roots.Add(name);
  Value multiarch = StrValue(ts, "x86_64-linux-gnu");
  if (multiarch.IsError()) return multiarch;
  roots.Add(multiarch);
  const std::pair<const char*, Value> attrs[] = {
      {"name", name},
      {"cache_tag", Value::None()},
      {"version", Value::Obj(version)},
      {"hexversion", Value::Int(0x000100F0)},
      {"_multiarch", multiarch},
  };
  for (const auto& [key, value] : attrs) {
    if (SetAttr(ts, ns, InternStr(ts, key), value).IsError()) {
      return Value::Error();
    }
  }
  return ns;
}

// sys.prefix and friends: the directory above the one holding the
// executable (/usr for /usr/bin/interp), as CPython derives its prefix.
Value MakePrefix(ThreadState& ts) {
  std::string exe = Rt(ts).options.executable;
  for (int i = 0; i < 2; ++i) {
    size_t slash = exe.rfind('/');
    exe = slash == std::string::npos ? "" : exe.substr(0, slash);
  }
  return StrValue(ts, exe.empty() ? "/" : exe);
}

Value MakeStrList(ThreadState& ts, const std::vector<std::string>& items) {
  List* l = NewList(ts, 0);
  if (l == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(l));
  for (const std::string& item : items) {
    Value v = StrValue(ts, item);
    if (v.IsError() || !ListAppend(ts, l, v)) return Value::Error();
  }
  return Value::Obj(l);
}

// sys.exception(): the exception being handled, or None (3.11).
Value SysException(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "exception", kw) ||
      !CheckArgCount(ts, "exception", nargs, 0, 0)) {
    return Value::Error();
  }
  Value e = CurrentHandledException(ts);
  return e.IsObject() ? e : Value::None();
}

// Paths are bytes on Linux; interp decodes and encodes them as UTF-8.
Value GetFilesystemEncoding(ThreadState& ts, const Value*, uint32_t nargs,
                            Tuple* kw) {
  if (!NoKwargs(ts, "getfilesystemencoding", kw) ||
      !CheckArgCount(ts, "getfilesystemencoding", nargs, 0, 0)) {
    return Value::Error();
  }
  return StrValue(ts, "utf-8");
}

// The attributes of sys few scripts read, made on first use (PEP 562) so
// that starting the runtime does not pay for them.
Value SysGetattr(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (!NoKwargs(ts, "__getattr__", kw) ||
      !CheckArgCount(ts, "__getattr__", nargs, 1, 1)) {
    return Value::Error();
  }
  if (!IsStr(args[0])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "attribute name must be string, not '%s'",
                       TypeName(ts, args[0]));
  }
  RuntimeState& rt = Rt(ts);
  std::string_view name = AsStr(args[0])->view();
  Value v = Value::Empty();
  if (name == "flags") {
    v = MakeFlags(ts);
  } else if (name == "thread_info") {
    v = MakeThreadInfo(ts);
  } else if (name == "implementation") {
    v = MakeImplementation(ts);
  } else if (name == "exception") {
    NativeFunction* fn = NewNative(ts, "exception", SysException);
    v = fn != nullptr ? Value::Obj(fn) : Value::Error();
  } else if (name == "getfilesystemencoding") {
    NativeFunction* fn =
        NewNative(ts, "getfilesystemencoding", GetFilesystemEncoding);
    v = fn != nullptr ? Value::Obj(fn) : Value::Error();
  } else if (name == "maxunicode") {
    v = Value::Int(0x10FFFF);
  } else if (name == "float_repr_style") {
    v = StrValue(ts, "short");
  } else if (name == "abiflags") {
    v = StrValue(ts, "");
  } else if (name == "platlibdir") {
    v = StrValue(ts, "lib");
  } else if (name == "pycache_prefix") {
    v = Value::None();
  } else if (name == "dont_write_bytecode") {
    v = Value::Bool(true);
  } else if (name == "prefix" || name == "exec_prefix" ||
             name == "base_prefix" || name == "base_exec_prefix") {
    v = MakePrefix(ts);
  } else if (name == "warnoptions") {
    v = MakeStrList(ts, {});
  } else if (name == "orig_argv") {
    std::vector<std::string> argv = {rt.options.executable};
    argv.insert(argv.end(), rt.options.argv.begin(), rt.options.argv.end());
    v = MakeStrList(ts, argv);
  } else {
    return RaiseFormat(ts, rt.exc.attribute_error,
                       "module 'sys' has no attribute '%s'", AV(name));
  }
  if (v.IsError()) return v;
  TempRoots roots(ts);
  roots.Add(v);
  if (SetAttr(ts, Value::Obj(rt.sys_module), AsStr(args[0]), v).IsError()) {
    return Value::Error();
  }
  return v;
}

}  // namespace

bool AddSysInfo(ThreadState& ts, Module* sys) {
  const Field float_info[] = {
      {"max", Value::Float(DBL_MAX), nullptr},
      {"max_exp", Value::Int(DBL_MAX_EXP), nullptr},
      {"max_10_exp", Value::Int(DBL_MAX_10_EXP), nullptr},
      {"min", Value::Float(DBL_MIN), nullptr},
      {"min_exp", Value::Int(DBL_MIN_EXP), nullptr},
      {"min_10_exp", Value::Int(DBL_MIN_10_EXP), nullptr},
      {"dig", Value::Int(DBL_DIG), nullptr},
      {"mant_dig", Value::Int(DBL_MANT_DIG), nullptr},
      {"epsilon", Value::Float(DBL_EPSILON), nullptr},
      {"radix", Value::Int(FLT_RADIX), nullptr},
      {"rounds", Value::Int(1), nullptr},
  };
  // CPython's digit layout (bits_per_digit, sizeof_digit) is not ours --
  // big ints are GMP limbs -- but scripts read these fields as "how ints
  // print": the str-digits limit fields are this runtime's real ones.
  const Field int_info[] = {
      {"bits_per_digit", Value::Int(30), nullptr},
      {"sizeof_digit", Value::Int(4), nullptr},
      {"default_max_str_digits", Value::Int(4300), nullptr},
      {"str_digits_check_threshold", Value::Int(640), nullptr},
  };
  const Field hash_info[] = {
      {"width", Value::Int(64), nullptr},
      {"modulus", Value::Int((int64_t{1} << 61) - 1), nullptr},
      {"inf", Value::Int(314159), nullptr},
      {"nan", Value::Int(0), nullptr},
      {"imag", Value::Int(1000003), nullptr},
      {"algorithm", Value::Empty(), "interp-mulxorshift"},
      {"hash_bits", Value::Int(64), nullptr},
      {"seed_bits", Value::Int(0), nullptr},
      {"cutoff", Value::Int(0), nullptr},
  };
  // One pair of natives serves the three classes (made at every start).
  NativeFunction* repr = NewNative(ts, "sys.info.__repr__", InfoRepr);
  if (repr == nullptr) return false;
  TempRoots roots(ts);
  roots.Add(Value::Obj(repr));
  NativeFunction* getattr = NewNative(ts, "sys.info.__getattr__", InfoGetattr);
  if (getattr == nullptr) return false;
  const Value methods[2] = {Value::Obj(repr), Value::Obj(getattr)};
  roots.Add(methods[1]);
  return AddInfo(ts, sys, "float_info", float_info, 11, methods) &&
         AddInfo(ts, sys, "int_info", int_info, 4, methods) &&
         AddInfo(ts, sys, "hash_info", hash_info, 9, methods) &&
         AddFunction(ts, sys, "__getattr__", SysGetattr);
}

}  // namespace builtins
}  // namespace interp
