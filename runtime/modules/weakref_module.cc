// `_weakref`: weak reference objects (weakref.ReferenceType), counts and
// lists of an object's weak references. weakref.py builds proxies,
// WeakMethod, the weak containers and finalize on top.
//
// A weak reference is a NativeData whose WeakRefState (inline after the
// header) holds the referent untraced; the collector clears it when the
// referent dies and queues the callback (objects/finalization.h). Which
// objects accept weak references follows CPython: instances of user
// classes (unless __slots__ leaves out __weakref__), classes, functions,
// methods, builtin functions, sets, modules, files, generators, code and
// native objects (locks, deques, ...), and user subclasses of list, dict,
// bytearray and the exceptions; not ints, strs, tuples, bytes or their
// subclasses, None, lists, dicts or builtin exceptions themselves.
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

// Whether a __slots__ value (a name or an iterable of names) lists
// __weakref__.
bool SlotsListWeakref(Value slots) {
  auto is_weakref = [](Value v) {
    return IsStr(v) && AsStr(v)->view() == "__weakref__";
  };
  if (is_weakref(slots)) return true;
  if (IsKind(slots, ObjKind::kTuple)) {
    Tuple* t = As<Tuple>(slots);
    for (uint32_t i = 0; i < t->size; ++i) {
      if (is_weakref(t->items[i])) return true;
    }
  } else if (IsKind(slots, ObjKind::kList)) {
    List* l = As<List>(slots);
    for (uint32_t i = 0; i < l->size; ++i) {
      if (is_weakref(l->items[i])) return true;
    }
  }
  return false;
}

bool CanBeWeaklyReferenced(RuntimeState& rt, Object* o) {
  const bool user_class = o->cls != nullptr && !(o->cls->flags & kClassBuiltin);
  switch (o->kind) {
    case ObjKind::kInstance: {
      if (!(o->cls->flags & kClassNoDict)) return true;
      Str* slots = rt.names.__slots__;
      return VisitMro(o->cls, [&](ClassObject* c) {
        if (c->flags & kClassBuiltin) return false;
        Value s = DictGetStr(ClassDict(c), slots);
        return !s.IsEmpty() && SlotsListWeakref(s);
      });
    }
    case ObjKind::kNativeData:
      // A weak reference itself only when it is a subclass's instance
      // (WeakMethod lists __weakref__ in its slots).
      return !IsWeakRef(o) || user_class;
    case ObjKind::kFunction:
    case ObjKind::kNative:
    case ObjKind::kBoundMethod:
    case ObjKind::kClass:
    case ObjKind::kSet:
    case ObjKind::kModule:
    case ObjKind::kFile:
    case ObjKind::kGenerator:
    case ObjKind::kCode:
      return true;
    case ObjKind::kList:
    case ObjKind::kDict:
    case ObjKind::kByteArray:
    case ObjKind::kException:
      return user_class;
    default:
      return false;
  }
}

// CPython's tp_name: "module.Name" for a builtin type outside builtins,
// the plain name otherwise.
std::string TpName(const ClassObject* cls) {
  std::string name(cls->name->view());
  if ((cls->flags & kClassBuiltin) && cls->module_name != nullptr &&
      cls->module_name->view() != "builtins") {
    return absl::StrCat(AV(cls->module_name->view()), ".", name);
  }
  return name;
}

WeakRefState* SelfRef(ThreadState& ts, const Value* args, uint32_t nargs,
                      const char* method) {
  if (nargs >= 1 && args[0].IsObject() && IsWeakRef(args[0].AsObject())) {
    return WeakRefOf(args[0].AsObject());
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor '%s' for 'weakref.ReferenceType' objects doesn't "
              "apply to a '%s' object",
              method, nargs >= 1 ? TypeName(ts, args[0]) : "NoneType");
  return nullptr;
}

// Points `ref` at `target` with `callback` (None when absent).
Value Bind(ThreadState& ts, Object* ref, Value target, Value callback) {
  RuntimeState& rt = Rt(ts);
  if (!target.IsObject() || !CanBeWeaklyReferenced(rt, target.AsObject())) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "cannot create weak reference to '%s' object",
                       target.IsObject() ? TpName(target.AsObject()->cls)
                                         : std::string(TypeName(ts, target)));
  }
  WeakRefState* w = WeakRefOf(ref);
  w->referent = target.AsObject();
  w->callback = callback;
  AddWeakRef(*rt.finalization, w->referent, ref, callback.IsNone());
  return Value::Obj(ref);
}

bool UnpackNewArgs(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw, const char* name, Value* target,
                   Value* callback) {
  if (!NoKwargs(ts, name, kw)) return false;
  if (nargs < 1 || nargs > 2) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "%s expected at %s %d argument%s, got %d", name,
                nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2,
                nargs < 1 ? "" : "s", static_cast<int>(nargs));
    return false;
  }
  *target = args[0];
  *callback = nargs > 1 ? args[1] : Value::None();
  return true;
}

Value NewRef(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* obj = rt.heap.New<NativeData>(ts, ObjKind::kNativeData,
                                      rt.finalization->weakref_class,
                                      sizeof(WeakRefState));
  if (obj == nullptr) return RaiseMemoryError(ts);
  auto* w = reinterpret_cast<WeakRefState*>(obj + 1);
  *w = WeakRefState{nullptr, Value::None(), -1};
  obj->data = w;
  obj->ops = &kWeakRefOps;
  obj->attrs = nullptr;
  return Value::Obj(obj);
}

// ref(object[, callback]); also the base part of a subclass's instance
// (vm/calls.cc passes the arguments, as to an immutable builtin's __new__).
Value Construct(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value target, callback;
  if (!UnpackNewArgs(ts, args, nargs, kw, "__new__", &target, &callback)) {
    return Value::Error();
  }
  Value ref = NewRef(ts);
  if (ref.IsError()) return ref;
  return Bind(ts, ref.AsObject(), target, callback);
}

// ref.__init__(object[, callback]): only checks the arguments (__new__
// bound the reference).
Value InitMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (SelfRef(ts, args, nargs, "__init__") == nullptr) return Value::Error();
  Value target, callback;
  if (!UnpackNewArgs(ts, args + 1, nargs - 1, kw, "__init__", &target,
                     &callback)) {
    return Value::Error();
  }
  return Value::None();
}

Value CallMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  WeakRefState* w = SelfRef(ts, args, nargs, "__call__");
  if (w == nullptr || !NoKwargs(ts, "weakref", kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "weakref() takes exactly 0 arguments (%d given)",
                       static_cast<int>(nargs - 1));
  }
  return w->referent == nullptr ? Value::None() : Value::Obj(w->referent);
}

Value HashMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  WeakRefState* w = SelfRef(ts, args, nargs, "__hash__");
  if (w == nullptr) return Value::Error();
  if (w->hash != -1) return Value::Int(w->hash);
  if (w->referent == nullptr) {
    return RaiseTypeError(ts, "weak object has gone away");
  }
  int64_t h;
  if (!Hash(ts, Value::Obj(w->referent), &h)) return Value::Error();
  w->hash = h;
  return Value::Int(h);
}

// ==: the referents' equality while both live, identity otherwise.
template <bool kEq>
Value CompareMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  WeakRefState* w = SelfRef(ts, args, nargs, kEq ? "__eq__" : "__ne__");
  if (w == nullptr) return Value::Error();
  if (nargs != 2 || !args[1].IsObject() || !IsWeakRef(args[1].AsObject())) {
    return Value::Obj(Rt(ts).not_implemented);
  }
  WeakRefState* o = WeakRefOf(args[1].AsObject());
  if (w->referent == nullptr || o->referent == nullptr) {
    const bool same = args[0].AsObject() == args[1].AsObject();
    return Value::Bool(kEq ? same : !same);
  }
  return Compare(ts, kEq ? CmpOp::kEq : CmpOp::kNe, Value::Obj(w->referent),
                 Value::Obj(o->referent));
}

Value ReprMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  WeakRefState* w = SelfRef(ts, args, nargs, "__repr__");
  if (w == nullptr) return Value::Error();
  const void* self = args[0].AsObject();
  if (w->referent == nullptr) {
    return StrValue(ts, absl::StrFormat("<weakref at %p; dead>", self));
  }
  Value target = Value::Obj(w->referent);
  TempRoots roots(ts);
  roots.Add(target);
  std::string text = absl::StrFormat("<weakref at %p; to '%s' at %p", self,
                                     TpName(w->referent->cls), w->referent);
  Value name = GetAttrOrEmpty(ts, target, Rt(ts).names.__name__);
  if (name.IsError()) {
    // CPython's lookup swallows AttributeError only; keep it simple and
    // show no name, as for an object without one.
    TakePendingException(ts);
    name = Value::Empty();
  }
  if (IsStr(name)) absl::StrAppend(&text, " (", AV(AsStr(name)->view()), ")");
  text += ">";
  return StrValue(ts, text);
}

Value CallbackGetter(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  WeakRefState* w = SelfRef(ts, args, nargs, "__callback__");
  if (w == nullptr) return Value::Error();
  return w->callback;
}

// Module functions.

Value GetWeakRefCount(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  if (!NoKwargs(ts, "getweakrefcount", kw) ||
      !CheckArgCount(ts, "getweakrefcount", nargs, 1, 1)) {
    return Value::Error();
  }
  if (!args[0].IsObject()) return Value::Int(0);
  const auto* refs = WeakRefsTo(*Rt(ts).finalization, args[0].AsObject());
  return Value::Int(refs == nullptr ? 0 : static_cast<int64_t>(refs->size()));
}

Value GetWeakRefs(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  if (!NoKwargs(ts, "getweakrefs", kw) ||
      !CheckArgCount(ts, "getweakrefs", nargs, 1, 1)) {
    return Value::Error();
  }
  const std::vector<Object*>* refs =
      args[0].IsObject() ? WeakRefsTo(*Rt(ts).finalization, args[0].AsObject())
                         : nullptr;
  const uint32_t n = refs == nullptr ? 0 : static_cast<uint32_t>(refs->size());
  List* out = NewList(ts, n);
  if (out == nullptr) return Value::Error();
  for (uint32_t i = 0; i < n; ++i) out->items[i] = Value::Obj((*refs)[i]);
  return Value::Obj(out);
}

// _remove_dead_weakref(dict, key): del dict[key] if its value is a dead
// weak reference (WeakValueDictionary's callbacks use it).
Value RemoveDeadWeakRef(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kw) {
  if (!NoKwargs(ts, "_remove_dead_weakref", kw) ||
      !CheckArgCount(ts, "_remove_dead_weakref", nargs, 2, 2)) {
    return Value::Error();
  }
  if (!IsKind(args[0], ObjKind::kDict)) {
    return RaiseTypeError(ts, "not a dict");
  }
  Dict* d = AsDict(args[0]);
  Value v = DictGet(ts, d, args[1]);
  if (v.IsError()) return v;
  if (v.IsEmpty()) return Value::None();
  if (v.IsObject() && IsWeakRef(v.AsObject()) &&
      WeakRefOf(v.AsObject())->referent == nullptr) {
    if (DictDel(ts, d, args[1]) < 0) return Value::Error();
  }
  return Value::None();
}

bool InitClass(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  ClassObject* c = NewClass(ts, "ReferenceType", rt.classes.object, "weakref",
                            ObjKind::kNativeData,
                            kClassBuiltin | kClassBaseOk | kClassNativeDunders);
  if (c == nullptr) return false;
  TempRoots roots(ts);
  roots.Add(Value::Obj(c));
  c->construct = Construct;
  static constexpr MethodDef kMethods[] = {
      {"__init__", InitMethod},         {"__call__", CallMethod},
      {"__hash__", HashMethod},         {"__eq__", CompareMethod<true>},
      {"__ne__", CompareMethod<false>}, {"__repr__", ReprMethod},
  };
  if (!AddMethods(ts, c, "weakref.ReferenceType", kMethods) ||
      !AddNativeProperty(ts, c, "weakref.ReferenceType", "__callback__",
                         CallbackGetter)) {
    return false;
  }
  rt.finalization->weakref_class = c;
  return true;
}

Module* InitWeakrefModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "_weakref"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  // The class is the runtime's: a second import reuses it.
  if (rt.finalization->weakref_class == nullptr && !InitClass(ts)) {
    return nullptr;
  }
  Value cls = Value::Obj(rt.finalization->weakref_class);
  if (!AddValue(ts, m, "ref", cls) || !AddValue(ts, m, "ReferenceType", cls)) {
    return nullptr;
  }
  static constexpr MethodDef kFunctions[] = {
      {"getweakrefcount", GetWeakRefCount},
      {"getweakrefs", GetWeakRefs},
      {"_remove_dead_weakref", RemoveDeadWeakRef},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("_weakref", InitWeakrefModule);

}  // namespace builtins
}  // namespace interp
