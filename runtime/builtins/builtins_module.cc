// The `builtins` module: its table, and the builtins about objects and
// attributes (len, repr, hash, id, isinstance, getattr, callable, iter,
// next, ...). Numeric builtins are in builtins_numeric.cc, the ones that
// consume iterables in builtins_iterables.cc, I/O in builtins_io.cc.
#include <cstdint>
#include <cstring>
#include <string>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/iterator.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/generator.h"

namespace interp {
namespace builtins {

// builtins_numeric.cc, builtins_iterables.cc, builtins_io.cc
bool AddNumericBuiltins(ThreadState& ts, Module* m);
bool AddExecBuiltins(ThreadState& ts, Module* m);
bool AddIterableBuiltins(ThreadState& ts, Module* m);
bool AddIoBuiltins(ThreadState& ts, Module* m);
bool AddSyntaxBuiltins(ThreadState& ts, Module* m);  // syntax_helpers.cc

namespace {

bool OneArg(ThreadState& ts, const char* name, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, name, kw)) return false;
  if (nargs == 1) return true;
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "%s() takes exactly one argument (%d given)", name, nargs);
  return false;
}

Value Len(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  // Exact str and list (no __len__ override possible): read the size.
  if (nargs == 1 && NumKw(kw) == 0 && args[0].IsObject()) {
    Object* o = args[0].AsObject();
    RuntimeState& rt = Rt(ts);
    if (o->cls == rt.classes.str) {
      return Value::Int(static_cast<Str*>(o)->char_len);
    }
    if (o->cls == rt.classes.list) {
      return Value::Int(static_cast<List*>(o)->size);
    }
  }
  if (!OneArg(ts, "len", nargs, kw)) return Value::Error();
  int64_t n;
  if (!Length(ts, args[0], &n)) return Value::Error();
  return Value::Int(n);
}

Value ReprBuiltin(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  if (!OneArg(ts, "repr", nargs, kw)) return Value::Error();
  return Repr(ts, args[0]);
}

// ascii(): repr with non-ASCII characters escaped.
Value Ascii(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!OneArg(ts, "ascii", nargs, kw)) return Value::Error();
  Value r = Repr(ts, args[0]);
  if (r.IsError()) return r;
  Str* s = AsStr(r);
  if (s->is_ascii) return r;
  return StrValue(ts, AsciiEscape(s->view()));
}

Value HashBuiltin(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  if (!OneArg(ts, "hash", nargs, kw)) return Value::Error();
  int64_t h;
  if (!Hash(ts, args[0], &h)) return Value::Error();
  return Value::Int(h);
}

// id(): objects by address; inline values (ints, floats, ...) by a number
// derived from their bits, so equal-by-identity values get equal ids and
// they never collide with object addresses (which are 16-aligned).
Value Id(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!OneArg(ts, "id", nargs, kw)) return Value::Error();
  Value v = args[0];
  if (v.IsObject()) {
    return Value::Int(
        static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.AsObject())));
  }
  uint64_t bits;
  if (v.IsFloat()) {
    double d = v.AsFloat();
    memcpy(&bits, &d, sizeof bits);
  } else {
    bits = static_cast<uint64_t>(v.AsInt());
  }
  uint64_t mixed = (bits * 0x9E3779B97F4A7C15ull) ^ (bits >> 29);
  // Odd, positive, tagged by kind: never an object address.
  return Value::Int(static_cast<int64_t>(
      ((mixed << 4) | (static_cast<uint64_t>(v.tag()) << 1) | 1) >> 1));
}

// A class whose metaclass is not `type` may answer isinstance/issubclass
// itself through the metaclass's __instancecheck__/__subclasscheck__, as in
// CPython (abc.ABCMeta does). 1/0 for the answer, -1 on error, -2 without
// a hook.
int ClassCheckHook(ThreadState& ts, Value spec, Value subject, bool instance) {
  RuntimeState& rt = Rt(ts);
  ClassObject* meta = ClassOf(rt, spec);
  if (meta == rt.classes.type) return -2;
  Str* name =
      InternStr(ts, instance ? "__instancecheck__" : "__subclasscheck__");
  if (name == nullptr) return -1;
  if (LookupSpecial(meta, name).IsEmpty()) return -2;
  bool found = false;
  Value r = CallSpecial(ts, spec, name, &subject, 1, &found);
  if (r.IsError()) return -1;
  TempRoots roots(ts);
  roots.Add(r);
  return Truthy(ts, r);
}

// isinstance's / issubclass's second argument: a class or a (nested)
// tuple of classes. `subject` is the instance (instance) or the class.
// -1 with TypeError pending on anything else.
int MatchesClassSpec(ThreadState& ts, Value subject, bool instance, Value spec,
                     const char* fname, int depth = 0) {
  if (IsKind(spec, ObjKind::kClass)) {
    ClassObject* cls =
        instance ? ClassOf(Rt(ts), subject) : As<ClassObject>(subject);
    if (instance && cls == As<ClassObject>(spec)) return 1;
    bool ordinary = IsSubclass(cls, As<ClassObject>(spec));
    int r = ClassCheckHook(ts, spec, subject, instance);
    if (r != -2) return r;
    return ordinary ? 1 : 0;
  }
  if (IsKind(spec, ObjKind::kTuple) && depth < 100) {
    Tuple* t = As<Tuple>(spec);
    for (uint32_t i = 0; i < t->size; ++i) {
      int r = MatchesClassSpec(ts, subject, instance, t->items[i], fname,
                               depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  // Any object whose class defines __instancecheck__/__subclasscheck__
  // (typing's aliases, types.UnionType).
  int r = ClassCheckHook(ts, spec, subject, instance);
  if (r != -2) return r;
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "%s() arg 2 must be a type, a tuple of types, or a union", fname);
  return -1;
}

Value IsinstanceBuiltin(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kw) {
  if (!NoKwargs(ts, "isinstance", kw)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "isinstance expected 2 arguments, got %d", nargs);
  }
  int r = MatchesClassSpec(ts, args[0], true, args[1], "isinstance");
  if (r < 0) return Value::Error();
  return Value::Bool(r == 1);
}

Value IssubclassBuiltin(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kw) {
  if (!NoKwargs(ts, "issubclass", kw)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "issubclass expected 2 arguments, got %d", nargs);
  }
  if (!IsKind(args[0], ObjKind::kClass)) {
    return RaiseTypeError(ts, "issubclass() arg 1 must be a class");
  }
  int r = MatchesClassSpec(ts, args[0], false, args[1], "issubclass");
  if (r < 0) return Value::Error();
  return Value::Bool(r == 1);
}

bool AttrName(ThreadState& ts, const char* fname, Value v, Str** out) {
  if (!IsStr(v)) {
    (void)fname;
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "attribute name must be string, not '%s'", TypeName(ts, v));
    return false;
  }
  // The attribute machinery compares interned names by pointer.
  *out = AsStr(v)->interned ? AsStr(v) : InternStr(ts, AsStr(v)->view());
  return *out != nullptr;
}

Value Getattr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "getattr", kw)) return Value::Error();
  if (!CheckArgCount(ts, "getattr", nargs, 2, 3)) {
    return Value::Error();
  }
  Str* name;
  if (!AttrName(ts, "getattr", args[1], &name)) return Value::Error();
  if (nargs == 2) return GetAttr(ts, args[0], name);
  Value v = GetAttr(ts, args[0], name);
  if (v.IsError() && PendingExceptionMatches(ts, Rt(ts).exc.attribute_error)) {
    TakePendingException(ts);
    return args[2];
  }
  return v;
}

Value Setattr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "setattr", kw)) return Value::Error();
  if (nargs != 3) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "setattr expected 3 arguments, got %d", nargs);
  }
  Str* name;
  if (!AttrName(ts, "setattr", args[1], &name)) return Value::Error();
  return SetAttr(ts, args[0], name, args[2]);
}

Value Delattr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "delattr", kw)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "delattr expected 2 arguments, got %d", nargs);
  }
  Str* name;
  if (!AttrName(ts, "delattr", args[1], &name)) return Value::Error();
  return DelAttr(ts, args[0], name);
}

Value Hasattr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "hasattr", kw)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "hasattr expected 2 arguments, got %d", nargs);
  }
  Str* name;
  if (!AttrName(ts, "hasattr", args[1], &name)) return Value::Error();
  Value v = GetAttr(ts, args[0], name);
  if (!v.IsError()) return Value::Bool(true);
  if (PendingExceptionMatches(ts, Rt(ts).exc.attribute_error)) {
    TakePendingException(ts);
    return Value::Bool(false);
  }
  return v;
}

bool IsCallableValue(RuntimeState& rt, Value v) {
  if (!v.IsObject()) return false;
  Object* o = v.AsObject();
  switch (o->kind) {
    case ObjKind::kFunction:
    case ObjKind::kNative:
    case ObjKind::kBoundMethod:
    case ObjKind::kClass:
    case ObjKind::kStaticMethod:
      return true;
    default:
      return !LookupSpecial(o->cls, rt.names.__call__).IsEmpty();
  }
}

Value CallableBuiltin(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  if (!OneArg(ts, "callable", nargs, kw)) return Value::Error();
  return Value::Bool(IsCallableValue(Rt(ts), args[0]));
}

Value Iter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "iter", kw)) return Value::Error();
  if (nargs == 1) return GetIter(ts, args[0]);
  if (nargs == 2) {
    if (!IsCallableValue(Rt(ts), args[0])) {
      return RaiseTypeError(ts, "iter(v, w): v must be callable");
    }
    return NewCallIterator(ts, args[0], args[1]);
  }
  CheckArgCount(ts, "iter", nargs, 1, 2);
  return Value::Error();
}

Value Next(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "next", kw)) return Value::Error();
  if (!CheckArgCount(ts, "next", nargs, 1, 2)) {
    return Value::Error();
  }
  if (IsKind(args[0], ObjKind::kGenerator) && nargs == 1 &&
      args[0].AsObject()->cls == Rt(ts).classes.generator) {
    // StopIteration carries the generator's return value.
    return vm::GeneratorSend(ts, As<Generator>(args[0]), Value::None());
  }
  Value r = IterNext(ts, args[0]);
  if (!r.IsEmpty()) return r;
  if (nargs == 2) return args[1];
  return RaiseStopIteration(ts);
}

Value FormatBuiltin(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  if (!NoKwargs(ts, "format", kw)) return Value::Error();
  if (!CheckArgCount(ts, "format", nargs, 1, 2)) {
    return Value::Error();
  }
  std::string_view spec;
  if (nargs == 2) {
    if (!IsStr(args[1])) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "format() argument 2 must be str, not %s",
                         TypeName(ts, args[1]));
    }
    spec = AsStr(args[1])->view();
  }
  return Format(ts, args[0], spec);
}

// vars([obj]): obj.__dict__.
Value Globals(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "globals", kw)) return Value::Error();
  if (nargs != 0) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "globals() takes no arguments (%d given)", nargs);
  }
  return CurrentGlobals(ts);
}

Value Locals(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "locals", kw)) return Value::Error();
  if (nargs != 0) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "locals() takes no arguments (%d given)", nargs);
  }
  return CurrentLocals(ts);
}

Value Vars(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (nargs == 0 && (kw == nullptr || kw->size == 0)) {
    return CurrentLocals(ts);
  }
  if (!OneArg(ts, "vars", nargs, kw)) return Value::Error();
  Value d = GetAttrOrEmpty(ts, args[0], Rt(ts).names.__dict__);
  if (d.IsError()) return d;
  if (d.IsEmpty()) {
    return RaiseTypeError(ts, "vars() argument must have __dict__ attribute");
  }
  return d;
}

// dir(obj): type(obj).__dir__(obj) sorted (a module's own __dir__
// function first, as PEP 562 has it); dir(): the sorted names of the
// current scope.
Value Dir(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "dir", kw)) return Value::Error();
  if (nargs > 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "dir expected at most 1 argument, got %d", nargs);
  }
  TempRoots roots(ts);
  Value names;
  if (nargs == 0) {
    names = CurrentLocals(ts);
  } else {
    RuntimeState& rt = Rt(ts);
    Value obj = args[0];
    Str* dunder_dir = InternStr(ts, "__dir__");
    if (dunder_dir == nullptr) return Value::Error();
    Value module_dir = IsKind(obj, ObjKind::kModule)
                           ? DictGetStr(As<Module>(obj)->dict, dunder_dir)
                           : Value::Empty();
    if (!module_dir.IsEmpty()) {
      names = CallValue(ts, module_dir, nullptr, 0);
    } else if (LookupSpecial(ClassOf(rt, obj), dunder_dir).IsEmpty()) {
      names = DefaultDir(ts, obj);
    } else {
      bool found = false;
      names = CallSpecial(ts, obj, dunder_dir, nullptr, 0, &found);
    }
  }
  if (names.IsError()) return names;
  roots.Add(names);
  List* l = IterableToList(ts, names);
  if (l == nullptr) return Value::Error();
  roots.Add(Value::Obj(l));
  if (!ListSort(ts, l, Value::None(), false)) return Value::Error();
  return Value::Obj(l);
}

// exit([code]) / quit([code]): raise SystemExit.
Value Exit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "exit", kw)) return Value::Error();
  if (nargs > 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "exit expected at most 1 argument, got %d", nargs);
  }
  Value e = NewException(ts, Rt(ts).exc.system_exit, args, nargs);
  if (e.IsError()) return e;
  ts.pending_exception = e;
  return Value::Error();
}

}  // namespace

Value BuiltinRepr(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  return ReprBuiltin(ts, args, nargs, kwnames);
}

Module* CreateBuiltinsModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "builtins"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"len", Len},
      {"repr", ReprBuiltin},
      {"ascii", Ascii},
      {"hash", HashBuiltin},
      {"id", Id},
      {"isinstance", IsinstanceBuiltin},
      {"issubclass", IssubclassBuiltin},
      {"getattr", Getattr},
      {"setattr", Setattr},
      {"delattr", Delattr},
      {"hasattr", Hasattr},
      {"callable", CallableBuiltin},
      {"iter", Iter},
      {"next", Next},
      {"format", FormatBuiltin},
      {"vars", Vars},
      {"globals", Globals},
      {"locals", Locals},
      {"dir", Dir},
      {"exit", Exit},
      {"quit", Exit},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  if (!AddNumericBuiltins(ts, m) || !AddIterableBuiltins(ts, m) ||
      !AddIoBuiltins(ts, m) || !AddExecBuiltins(ts, m) ||
      !AddSyntaxBuiltins(ts, m)) {
    return nullptr;
  }
  const BuiltinClasses& c = rt.classes;
  struct {
    const char* name;
    ClassObject* cls;
  } const types[] = {
      {"object", c.object},
      {"type", c.type},
      {"bool", c.bool_},
      {"int", c.int_},
      {"float", c.float_},
      {"complex", c.complex},
      {"str", c.str},
      {"list", c.list},
      {"tuple", c.tuple},
      {"dict", c.dict},
      {"set", c.set},
      {"frozenset", c.frozenset},
      {"range", c.range},
      {"slice", c.slice},
      {"property", c.property},
      {"staticmethod", c.staticmethod},
      {"classmethod", c.classmethod},
      {"super", c.super},
      {"enumerate", c.enumerate},
      {"zip", c.zip},
      {"map", c.map},
      {"filter", c.filter},
      {"reversed", c.reversed},
      {"bytes", c.bytes},
      {"bytearray", c.bytearray},
  };
  for (const auto& t : types) {
    if (!AddValue(ts, m, t.name, Value::Obj(t.cls))) return nullptr;
  }
  ClassObject* const* ex = reinterpret_cast<ClassObject* const*>(&rt.exc);
  for (size_t i = 0; i < sizeof(ExceptionClasses) / sizeof(ClassObject*); ++i) {
    // Exceptions of other modules (io.UnsupportedOperation) are not
    // builtins.
    if (ex[i] != nullptr && ex[i]->module_name != nullptr &&
        ex[i]->module_name->view() != "builtins") {
      continue;
    }
    if (ex[i] != nullptr &&
        !AddValue(ts, m, ex[i]->name->view(), Value::Obj(ex[i]))) {
      return nullptr;
    }
  }
  // CPython's alias: IOError is OSError.
  if (!AddValue(ts, m, "IOError", Value::Obj(rt.exc.os_error)) ||
      !AddValue(ts, m, "EnvironmentError", Value::Obj(rt.exc.os_error)) ||
      !AddValue(ts, m, "NotImplemented", Value::Obj(rt.not_implemented)) ||
      !AddValue(ts, m, "Ellipsis", Value::Obj(rt.ellipsis)) ||
      !AddValue(ts, m, "__debug__", Value::Bool(true)) ||
      !InitMemoryViewClass(ts, m)) {
    return nullptr;
  }
  return m;
}

// object.__dir__: the names of the instance dict and the class's MRO (a
// module's: its dict), unsorted; a new list.
Value DefaultDir(ThreadState& ts, Value obj) {
  RuntimeState& rt = Rt(ts);
  Dict* names = NewDict(ts);
  if (names == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(DictValue(names));
  auto add_keys = [&](Dict* d) {
    uint32_t pos = 0;
    Value k, v;
    while (DictNext(d, &pos, &k, &v)) {
      if (!DictSet(ts, names, k, Value::None())) return false;
    }
    return true;
  };
  if (IsKind(obj, ObjKind::kModule)) {
    if (!add_keys(As<Module>(obj)->dict)) return Value::Error();
  } else {
    Value inst = GetAttrOrEmpty(ts, obj, rt.names.__dict__);
    if (inst.IsError()) TakePendingException(ts);
    if (IsKind(inst, ObjKind::kDict) && !add_keys(AsDict(inst))) {
      return Value::Error();
    }
    ClassObject* c =
        IsKind(obj, ObjKind::kClass) ? As<ClassObject>(obj) : ClassOf(rt, obj);
    bool failed = VisitMro(c, [&](ClassObject* k) {
      Dict* d = ClassDict(ts, k);
      return d != nullptr && !add_keys(d);
    });
    if (failed) return Value::Error();
  }
  List* l = IterableToList(ts, DictValue(names));
  return l == nullptr ? Value::Error() : Value::Obj(l);
}

}  // namespace builtins
}  // namespace interp
