// Classes: the `class` statement (kBuildClass), class versions for the
// inline caches, and the VM's bootstrap (InitVm): KindOps of the layouts
// function.h and object.h give the VM, plus fallbacks for the few builtin
// behaviours the VM itself depends on (object.__init__,
// BaseException.__init__, super(), property setters) when the builtins
// layer has not installed its own.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/frames/code_info.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/generator.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/lazy_natives.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/slots.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {

// A native function object made without the builtins layer (NewNative),
// which may not exist yet while InitVm runs.
NativeFunction* MakeNative(ThreadState& ts, const char* qualified,
                           std::string_view name, NativeFn fn) {
  RuntimeState& rt = Rt(ts);
  auto* nf = rt.heap.New<NativeFunction>(ts, ObjKind::kNative,
                                         rt.classes.builtin_function);
  if (nf == nullptr) return nullptr;
  nf->fn = fn;
  nf->info = InternNativeInfo(qualified);
  nf->name = InternStr(ts, name);
  nf->bound_self = Value::Empty();
  nf->data = Value::None();
  return nf;
}

void BumpClassVersion(ThreadState& ts, ClassObject* cls) {
  RuntimeState& rt = Rt(ts);
  cls->version = rt.vm->next_class_version++;
  // Subclasses inherit the change: every cache keyed on any class also
  // checks the epoch.
  ++rt.class_epoch;
}

// Runs a class body with the namespace in register 0 (passed as its
// parameter when the body declares one).
Value RunClassBody(ThreadState& ts, Value body_fn, Value ns) {
  if (!IsKind(body_fn, ObjKind::kFunction) ||
      As<Function>(body_fn)->code->body->num_params != 0) {
    return CallValue(ts, body_fn, &ns, 1);
  }
  if (ts.native_reentry_depth >= kMaxNativeReentry) {
    return RaiseRecursionError(ts);
  }
  Value* top = StackTop(ts);
  Frame* f = PushFunctionFrame(ts, As<Function>(body_fn), top, 0, nullptr, 0);
  if (f == nullptr) return Value::Error();
  top[0] = ns;
  return RunNested(ts, f);
}

Value BuildClass(ThreadState& ts, Value body_fn, Value name_value, Value* args,
                 uint32_t nargs) {
  RuntimeState& rt = Rt(ts);
  Str* name;
  Tuple* kwnames = nullptr;
  uint32_t nkw = 0;
  Value meta = Value::Empty();
  if (IsKind(name_value, ObjKind::kTuple)) {
    Tuple* names = As<Tuple>(name_value);
    name = AsStr(names->items[0]);
    nkw = names->size - 1;
    uint32_t nb = nargs - nkw;
    // metaclass= chooses the metaclass and is not passed on: drop it from
    // the keywords (the argument registers are this statement's temps).
    uint32_t out = 0;
    std::vector<Value> kept;
    for (uint32_t i = 0; i < nkw; ++i) {
      Value kn = names->items[1 + i];
      if (AsStr(kn)->view() == "metaclass") {
        meta = args[nb + i];
        continue;
      }
      kept.push_back(kn);
      args[nb + out++] = args[nb + i];
    }
    nargs -= nkw - out;
    nkw = out;
    if (nkw > 0) {
      kwnames = NewTupleFrom(ts, kept.data(), nkw);
      if (kwnames == nullptr) return Value::Error();
    }
  } else {
    name = AsStr(name_value);
  }
  uint32_t nbases = nargs - nkw;
  TempRoots roots(ts);
  roots.Add(body_fn);
  if (kwnames != nullptr) roots.Add(Value::Obj(kwnames));
  std::string module_name = "__main__";
  if (IsKind(body_fn, ObjKind::kFunction)) {
    Value m = DictGetStr(As<Function>(body_fn)->globals, rt.names.__name__);
    if (IsKind(m, ObjKind::kStr)) module_name = std::string(AsStr(m)->view());
  }
  Value mv = StrValue(ts, module_name);
  if (mv.IsError()) return mv;
  roots.Add(mv);
  // PEP 560: a base that is not a class may stand for others through its
  // __mro_entries__ (typing.NamedTuple, Generic[T], List[int]); the
  // statement's own bases are kept as __orig_bases__.
  Value orig_bases = Value::Empty();
  std::vector<Value> resolved;
  for (uint32_t i = 0; i < nbases; ++i) {
    if (IsKind(args[i], ObjKind::kClass)) continue;
    Value r = ResolveBases(ts, args, nbases, &resolved);
    if (r.IsError()) return r;
    if (!r.IsEmpty()) {
      orig_bases = r;
      roots.Add(orig_bases);
      for (Value v : resolved) roots.Add(v);
    }
    break;
  }
  const Value* bases = orig_bases.IsEmpty() ? args : resolved.data();
  const Value* kwvalues = args + nbases;
  if (!orig_bases.IsEmpty()) nbases = static_cast<uint32_t>(resolved.size());
  // A base whose class is a user metaclass (or metaclass=) takes the
  // general path; plain classes go straight to MakeClass.
  // metaclass=type changes nothing.
  if (meta.IsObject() && meta.AsObject() == rt.classes.type) {
    meta = Value::Empty();
  }
  bool plain = meta.IsEmpty();
  for (uint32_t i = 0; i < nbases && plain; ++i) {
    plain = !IsKind(bases[i], ObjKind::kClass) ||
            bases[i].AsObject()->cls == rt.classes.type;
  }
  if (!plain) {
    roots.Add(meta);
    return MetaBuildClass(ts, body_fn, name, meta, bases, nbases, kwvalues,
                          kwnames, mv, orig_bases);
  }
  Dict* ns = NewDict(ts);
  if (ns == nullptr) return Value::Error();
  Value nsv = DictValue(ns);
  roots.Add(nsv);
  if (!DictSetStr(ts, ns, rt.names.__module__, mv)) return Value::Error();
  Value body_result = RunClassBody(ts, body_fn, nsv);
  if (body_result.IsError()) return body_result;
  roots.Add(body_result);
  if (!orig_bases.IsEmpty()) {
    Str* key = InternStr(ts, "__orig_bases__");
    if (key == nullptr || !DictSetStr(ts, ns, key, orig_bases)) {
      return Value::Error();
    }
  }
  return MakeClass(ts, name, bases, nbases, ns, kwvalues, kwnames, body_result);
}

Value ResolveBases(ThreadState& ts, const Value* bases, uint32_t nbases,
                   std::vector<Value>* out) {
  TempRoots roots(ts);
  Tuple* orig = NewTupleFrom(ts, bases, nbases);
  if (orig == nullptr) return Value::Error();
  Value origv = Value::Obj(orig);
  roots.Add(origv);
  Str* key = InternStr(ts, "__mro_entries__");
  if (key == nullptr) return Value::Error();
  bool changed = false;
  out->clear();
  for (uint32_t i = 0; i < nbases; ++i) {
    Value b = orig->items[i];
    if (IsKind(b, ObjKind::kClass)) {
      out->push_back(b);
      continue;
    }
    Value m = GetAttrOrEmpty(ts, b, key);
    if (m.IsError()) return m;
    if (m.IsEmpty()) {
      out->push_back(b);
      continue;
    }
    roots.Add(m);
    Value r = CallValue(ts, m, &origv, 1, nullptr);
    if (r.IsError()) return r;
    if (!IsKind(r, ObjKind::kTuple)) {
      return RaiseTypeError(ts, "__mro_entries__ must return a tuple");
    }
    roots.Add(r);
    Tuple* t = As<Tuple>(r);
    for (uint32_t j = 0; j < t->size; ++j) out->push_back(t->items[j]);
    changed = true;
  }
  // (The caller roots the entries it keeps.)
  return changed ? origv : Value::Empty();
}

namespace {

// --- KindOps ---------------------------------------------------------------

void MarkDict(Tracer& t, Dict* d) {
  if (d != nullptr) t.MarkObject(DictObject(d));
}

void TraceFunction(Object* o, Tracer& t) {
  auto* f = static_cast<Function*>(o);
  t.MarkObject(f->code);
  MarkDict(t, f->globals);
  t.MarkObject(f->defaults);
  MarkDict(t, f->kwdefaults);
  t.MarkObject(f->closure);
  t.MarkObject(f->name);
  t.MarkObject(f->qualname);
  MarkDict(t, f->attrs);
  t.Mark(f->doc);
}
void TraceBoundMethod(Object* o, Tracer& t) {
  auto* b = static_cast<BoundMethod*>(o);
  t.Mark(b->func);
  t.Mark(b->self);
}
void TraceClass(Object* o, Tracer& t) {
  auto* c = static_cast<ClassObject*>(o);
  t.MarkObject(c->name);
  t.MarkObject(c->module_name);
  t.MarkObject(c->base);
  MarkDict(t, c->dict);
  t.MarkObject(c->bases);
  t.MarkObject(c->mro);
  t.MarkObject(c->instance_shape);
}
void TraceException(Object* o, Tracer& t) {
  auto* e = static_cast<ExceptionObject*>(o);
  MarkDict(t, e->attrs);
  t.MarkObject(e->args);
  t.Mark(e->traceback);
  t.Mark(e->cause);
  t.Mark(e->context);
  t.Mark(e->group);
}
void TraceModule(Object* o, Tracer& t) {
  auto* m = static_cast<Module*>(o);
  t.MarkObject(m->name);
  MarkDict(t, m->dict);
}
void TraceProperty(Object* o, Tracer& t) {
  auto* p = static_cast<Property*>(o);
  t.Mark(p->fget);
  t.Mark(p->fset);
  t.Mark(p->fdel);
  t.Mark(p->doc);
  t.Mark(p->name);
}
void TraceStaticMethod(Object* o, Tracer& t) {
  t.Mark(static_cast<StaticMethod*>(o)->func);
}
void TraceClassMethod(Object* o, Tracer& t) {
  t.Mark(static_cast<ClassMethod*>(o)->func);
}
void TraceSuper(Object* o, Tracer& t) {
  auto* s = static_cast<Super*>(o);
  t.MarkObject(s->start);
  t.Mark(s->self);
}
void TraceNativeData(Object* o, Tracer& t) {
  auto* n = static_cast<NativeData*>(o);
  if (n->ops != nullptr && n->ops->trace != nullptr && n->data != nullptr) {
    n->ops->trace(n->data, t);
  }
  MarkDict(t, n->attrs);
}
void FinalizeNativeData(Object* o) {
  auto* n = static_cast<NativeData*>(o);
  if (n->ops != nullptr && n->ops->finalize != nullptr && n->data != nullptr) {
    n->ops->finalize(n->data);
  }
  n->data = nullptr;
}
// A code object and the shapes its inline caches remember: a cached shape
// must stay alive so that no other shape takes its address (shape.h).
void TraceCodeAndCaches(Object* o, Tracer& t) {
  TraceCodeObject(o, t);
  CodeBody* b = static_cast<Code*>(o)->body;
  if (b == nullptr) return;
  auto* ic = reinterpret_cast<InlineCache*>(b->vm_ic.data());
  size_t n = b->vm_ic.size() / kIcWords;
  for (size_t i = 0; i < n; ++i) {
    switch (ic[i].kind) {
      case kIcSlotAdd:
        t.MarkObject(ic[i].value);
        [[fallthrough]];
      case kIcSlot:
      case kIcShapeMethod:
        t.MarkObject(reinterpret_cast<Object*>(ic[i].key));
        break;
      default:
        break;
    }
  }
}
void TraceNative(Object* o, Tracer& t) {
  auto* n = static_cast<NativeFunction*>(o);
  t.MarkObject(n->name);
  t.Mark(n->bound_self);
  t.Mark(n->data);
}

// --- Fallback natives ------------------------------------------------------

Value ObjectInit(ThreadState&, const Value*, uint32_t, Tuple*) {
  return Value::None();
}

// BaseException.__init__(self, *args): e.args = args.
Value ExceptionInit(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple*) {
  if (nargs < 1 || !IsKind(args[0], ObjKind::kException)) {
    return RaiseTypeError(ts, "descriptor '__init__' requires an exception");
  }
  Tuple* t = NewTupleFrom(ts, args + 1, nargs - 1);
  if (t == nullptr) return Value::Error();
  static_cast<ExceptionObject*>(args[0].AsObject())->args = t;
  return Value::None();
}

Value SuperNew(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  RuntimeState& rt = Rt(ts);
  if (nargs == 0) return RaiseRuntimeError(ts, "super(): no arguments");
  if (!IsKind(args[0], ObjKind::kClass)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "super() argument 1 must be a type, not %s",
                       TypeNameOf(ts, args[0]));
  }
  auto* start = As<ClassObject>(args[0]);
  Value self = nargs > 1 ? args[1] : Value::None();
  // A class is taken as a subclass of `start` when it is one, else as an
  // instance (of a metaclass deriving from `start`), like CPython.
  bool as_class =
      IsKind(self, ObjKind::kClass) && IsSubclass(As<ClassObject>(self), start);
  ClassObject* self_cls = as_class ? As<ClassObject>(self) : ClassOf(rt, self);
  if (nargs > 1 && !IsSubclass(self_cls, start)) {
    return RaiseTypeError(ts,
                          "super(type, obj): obj must be an instance or "
                          "subtype of type");
  }
  auto* s = rt.heap.New<Super>(ts, ObjKind::kSuper, rt.classes.super);
  if (s == nullptr) return RaiseMemoryError(ts);
  s->start = start;
  s->self = self;
  return Value::Obj(s);
}

// AttributeError for a property without the accessor `what`, named when
// __set_name__ told it its attribute (CPython 3.11's wording both ways).
Value RaisePropertyMissing(ThreadState& ts, Property* p, Value obj,
                           const char* what) {
  if (IsKind(p->name, ObjKind::kStr)) {
    return RaiseFormat(ts, Rt(ts).exc.attribute_error,
                       "property '%s' of '%s' object has no %s",
                       AsStr(p->name)->view(), TypeNameOf(ts, obj), what);
  }
  return RaiseFormat(ts, Rt(ts).exc.attribute_error,
                     "property of '%s' object has no %s", TypeNameOf(ts, obj),
                     what);
}

// property's four fields from (fget, fset, fdel, doc) given positionally
// or by keyword; a missing doc is the getter's docstring (what help() and
// doctest read), as in CPython.
bool PropertyFields(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kwnames, Value (&slots)[4]) {
  RuntimeState& rt = Rt(ts);
  static constexpr std::string_view kNames[4] = {"fget", "fset", "fdel", "doc"};
  for (Value& v : slots) v = Value::None();
  if (nargs > 4) {
    RaiseTypeError(ts, "property() takes at most 4 arguments");
    return false;
  }
  for (uint32_t i = 0; i < nargs; ++i) slots[i] = args[i];
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  for (uint32_t j = 0; j < nkw; ++j) {
    std::string_view kn = AsStr(kwnames->items[j])->view();
    bool ok = false;
    for (int i = 0; i < 4; ++i) {
      if (kn == kNames[i]) {
        slots[i] = args[nargs + j];
        ok = true;
      }
    }
    if (!ok) {
      RaiseFormat(ts, rt.exc.type_error,
                  "property() got an unexpected keyword argument '%s'", kn);
      return false;
    }
  }
  if (slots[3].IsNone() && !slots[0].IsNone()) {
    Value doc = GetAttrOrEmpty(ts, slots[0], rt.names.__doc__);
    if (doc.IsError()) return false;
    if (!doc.IsEmpty()) slots[3] = doc;
  }
  return true;
}

Value PropertyNew(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  Value slots[4];
  if (!PropertyFields(ts, args, nargs, kwnames, slots)) return Value::Error();
  TempRoots roots(ts);
  roots.Add(slots[3]);
  auto* p = rt.heap.New<Property>(ts, ObjKind::kProperty, rt.classes.property);
  if (p == nullptr) return RaiseMemoryError(ts);
  p->fget = slots[0];
  p->fset = slots[1];
  p->fdel = slots[2];
  p->doc = slots[3];
  p->name = Value::None();
  return Value::Obj(p);
}

// property.__init__: what a subclass's __init__ reaches through super()
// (its instance starts empty, as CPython's property.__new__ leaves it).
Value PropertyInit(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  if (nargs < 1 || !IsKind(args[0], ObjKind::kProperty)) {
    return RaiseTypeError(ts,
                          "descriptor '__init__' requires a 'property' object");
  }
  Value slots[4];
  if (!PropertyFields(ts, args + 1, nargs - 1, kwnames, slots)) {
    return Value::Error();
  }
  auto* p = As<Property>(args[0]);
  p->fget = slots[0];
  p->fset = slots[1];
  p->fdel = slots[2];
  p->doc = slots[3];
  return Value::None();
}

// property.__set__ / __delete__ as methods (and for subclasses that do
// not override them).
Value PropertySetOrDelete(ThreadState& ts, const Value* args, uint32_t nargs,
                          bool del) {
  const char* name = del ? "__delete__" : "__set__";
  if (nargs < 1 || !IsKind(args[0], ObjKind::kProperty)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "descriptor '%s' requires a 'property' object", name);
  }
  const uint32_t want = del ? 2 : 3;
  if (nargs != want) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "expected %d argument%s, got %d", want - 1,
                       want == 2 ? "" : "s", nargs - 1);
  }
  auto* p = As<Property>(args[0]);
  Value fn = del ? p->fdel : p->fset;
  if (fn.IsNone() || fn.IsEmpty()) {
    return RaisePropertyMissing(ts, p, args[1], del ? "deleter" : "setter");
  }
  Value r = CallValue(ts, fn, args + 1, nargs - 1);
  return r.IsError() ? r : Value::None();
}
Value PropertySet(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  return PropertySetOrDelete(ts, a, n, false);
}
Value PropertyDelete(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  return PropertySetOrDelete(ts, a, n, true);
}

// property.getter/setter/deleter(self, f): a copy with one accessor replaced.
Value PropertyCopyWith(ThreadState& ts, const Value* args, uint32_t nargs,
                       int which) {
  RuntimeState& rt = Rt(ts);
  if (nargs != 2 || !IsKind(args[0], ObjKind::kProperty)) {
    return RaiseTypeError(ts, "property accessor takes exactly one argument");
  }
  auto* old = As<Property>(args[0]);
  if (old->cls != rt.classes.property) {
    // A subclass makes its copy through its own constructor, as CPython's
    // property_copy calls type(self)(fget, fset, fdel, doc).
    Value fields[4] = {which == 0 ? args[1] : old->fget,
                       which == 1 ? args[1] : old->fset,
                       which == 2 ? args[1] : old->fdel, old->doc};
    return CallValue(ts, Value::Obj(old->cls), fields, 4);
  }
  auto* p = rt.heap.New<Property>(ts, ObjKind::kProperty, old->cls);
  if (p == nullptr) return RaiseMemoryError(ts);
  p->fget = which == 0 ? args[1] : old->fget;
  p->fset = which == 1 ? args[1] : old->fset;
  p->fdel = which == 2 ? args[1] : old->fdel;
  p->doc = old->doc;
  p->name = old->name;
  return Value::Obj(p);
}
Value PropertyGetter(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  return PropertyCopyWith(ts, a, n, 0);
}
Value PropertySetter(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  return PropertyCopyWith(ts, a, n, 1);
}
Value PropertyDeleter(ThreadState& ts, const Value* a, uint32_t n, Tuple*) {
  return PropertyCopyWith(ts, a, n, 2);
}

bool NoKwargsHere(ThreadState& ts, Tuple* kwnames) {
  if (kwnames != nullptr && kwnames->size > 0) {
    RaiseTypeError(ts, "__get__() takes no keyword arguments");
    return false;
  }
  return true;
}

// The descriptor protocol of property, staticmethod and classmethod as
// methods (`prop.__get__(obj)`, `sm.__get__(None, C)`): what attribute
// lookup does with them, for descriptors that wrap other descriptors
// (functools.partialmethod, singledispatchmethod, user code).
bool DescriptorGetArgs(ThreadState& ts, const char* owner, ObjKind kind,
                       const Value* args, uint32_t nargs, Tuple* kwnames) {
  if (!NoKwargsHere(ts, kwnames)) return false;
  if (nargs < 1 || !IsKind(args[0], kind)) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "descriptor '__get__' requires a '%s' object", owner);
    return false;
  }
  if (nargs < 2) {
    RaiseTypeError(ts, "expected at least 1 argument, got 0");
    return false;
  }
  if (nargs > 3) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "expected at most 2 arguments, got %d", nargs - 1);
    return false;
  }
  if (args[1].IsNone() && (nargs < 3 || args[2].IsNone())) {
    RaiseTypeError(ts, "__get__(None, None) is invalid");
    return false;
  }
  return true;
}

Value PropertyGet(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  if (!DescriptorGetArgs(ts, "property", ObjKind::kProperty, args, nargs,
                         kwnames)) {
    return Value::Error();
  }
  if (args[1].IsNone()) return args[0];
  auto* p = As<Property>(args[0]);
  if (p->fget.IsNone() || p->fget.IsEmpty()) {
    return RaisePropertyMissing(ts, p, args[1], "getter");
  }
  return CallValue(ts, p->fget, &args[1], 1);
}

Value PropertySetName(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  if (!NoKwargsHere(ts, kwnames)) return Value::Error();
  if (nargs != 3 || !IsKind(args[0], ObjKind::kProperty)) {
    return RaiseTypeError(ts, "__set_name__() takes 2 positional arguments");
  }
  As<Property>(args[0])->name = args[2];
  return Value::None();
}

Value StaticMethodGet(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  if (!DescriptorGetArgs(ts, "staticmethod", ObjKind::kStaticMethod, args,
                         nargs, kwnames)) {
    return Value::Error();
  }
  return As<StaticMethod>(args[0])->func;
}

Value ClassMethodGet(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kwnames) {
  if (!DescriptorGetArgs(ts, "classmethod", ObjKind::kClassMethod, args, nargs,
                         kwnames)) {
    return Value::Error();
  }
  Value owner = nargs == 3 && !args[2].IsNone()
                    ? args[2]
                    : Value::Obj(ClassOf(Rt(ts), args[1]));
  return NewBoundMethod(ts, As<ClassMethod>(args[0])->func, owner);
}

Value StaticMethodNew(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple*) {
  RuntimeState& rt = Rt(ts);
  if (nargs != 1) {
    return RaiseTypeError(ts, "staticmethod expected 1 argument");
  }
  auto* s = rt.heap.New<StaticMethod>(ts, ObjKind::kStaticMethod,
                                      rt.classes.staticmethod);
  if (s == nullptr) return RaiseMemoryError(ts);
  s->func = args[0];
  return Value::Obj(s);
}

Value ClassMethodNew(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  RuntimeState& rt = Rt(ts);
  if (nargs != 1) {
    return RaiseTypeError(ts, "classmethod expected 1 argument");
  }
  auto* s = rt.heap.New<ClassMethod>(ts, ObjKind::kClassMethod,
                                     rt.classes.classmethod);
  if (s == nullptr) return RaiseMemoryError(ts);
  s->func = args[0];
  return Value::Obj(s);
}

}  // namespace

bool IsObjectInit(ThreadState& ts, Value v) {
  RuntimeState& rt = Rt(ts);
  if (rt.classes.object == nullptr) return false;
  Dict* d = ClassDict(ts, rt.classes.object);
  if (d == nullptr) return false;
  Value oi = DictGetStr(d, rt.names.__init__);
  return !oi.IsEmpty() && oi.Is(v);
}

}  // namespace vm

void InitVm(ThreadState& ts) {
  using namespace vm;  // NOLINT: the trace functions above
  RegisterKindOps(ObjKind::kCode,
                  KindOps{TraceCodeAndCaches, FinalizeCodeObject});
  RegisterKindOps(ObjKind::kFunction, KindOps{TraceFunction, nullptr});
  RegisterKindOps(ObjKind::kBoundMethod, KindOps{TraceBoundMethod, nullptr});
  RegisterKindOps(ObjKind::kClass, KindOps{TraceClass, nullptr});
  RegisterKindOps(ObjKind::kException, KindOps{TraceException, nullptr});
  RegisterKindOps(ObjKind::kModule, KindOps{TraceModule, nullptr});
  RegisterKindOps(ObjKind::kProperty, KindOps{TraceProperty, nullptr});
  RegisterKindOps(ObjKind::kStaticMethod, KindOps{TraceStaticMethod, nullptr});
  RegisterKindOps(ObjKind::kClassMethod, KindOps{TraceClassMethod, nullptr});
  RegisterKindOps(ObjKind::kSuper, KindOps{TraceSuper, nullptr});
  RegisterKindOps(ObjKind::kNativeData,
                  KindOps{TraceNativeData, FinalizeNativeData});
  RegisterKindOps(ObjKind::kNative, KindOps{TraceNative, nullptr});
  RegisterGeneratorKindOps();

  RuntimeState& rt = Rt(ts);
  if (rt.vm == nullptr) rt.vm = MakeUpperLayer<VmCaches>();
  rt.finalization->needs_close = GeneratorNeedsClose;

  // Builtin classes are immortal and never mutated after bootstrap; give
  // them versions from the same counter as user classes anyway, so that
  // no two classes ever share (address, version).
  BuiltinClasses& c = rt.classes;
  ClassObject** all = reinterpret_cast<ClassObject**>(&c);
  for (size_t i = 0; i < sizeof(BuiltinClasses) / sizeof(ClassObject*); ++i) {
    if (all[i] != nullptr && all[i]->version == 0) {
      all[i]->version = rt.vm->next_class_version++;
    }
  }

  // Fallbacks, made only where the builtins layer installed nothing of
  // that name (the records replay after that layer's).
  DeferNative(ts, c.object, "object", "__init__", ObjectInit,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.object, "object", "__getattribute__", ObjectGetattribute,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.type, "type", "mro", TypeMro, DeferredKind::kMethod,
              /*if_absent=*/true);
  DeferNative(ts, c.object, "object", "__new__", ObjectNew,
              DeferredKind::kStaticMethod, /*if_absent=*/true);
  DeferNative(ts, c.object, "object", "__init_subclass__", ObjectInitSubclass,
              DeferredKind::kClassMethod, /*if_absent=*/true);
  DeferNative(ts, rt.exc.base_exception, "BaseException", "__init__",
              ExceptionInit, DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.property, "property", "getter", PropertyGetter,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.property, "property", "setter", PropertySetter,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.property, "property", "deleter", PropertyDeleter,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.type, "type", "__subclasses__", TypeSubclasses,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.property, "property", "__get__", PropertyGet,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.property, "property", "__set__", PropertySet,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.property, "property", "__delete__", PropertyDelete,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.property, "property", "__init__", PropertyInit,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.property, "property", "__set_name__", PropertySetName,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.staticmethod, "staticmethod", "__get__", StaticMethodGet,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, c.classmethod, "classmethod", "__get__", ClassMethodGet,
              DeferredKind::kMethod, /*if_absent=*/true);
  if (c.super != nullptr && c.super->construct == nullptr) {
    c.super->construct = SuperNew;
  }
  if (c.property != nullptr && c.property->construct == nullptr) {
    c.property->construct = PropertyNew;
  }
  if (c.staticmethod != nullptr && c.staticmethod->construct == nullptr) {
    c.staticmethod->construct = StaticMethodNew;
  }
  if (c.classmethod != nullptr && c.classmethod->construct == nullptr) {
    c.classmethod->construct = ClassMethodNew;
  }
  if (c.type != nullptr && c.type->dict == nullptr) c.type->dict = NewDict(ts);
  InitMetaclasses(ts);
  vm::InitMemberDescriptors(ts);
}

}  // namespace interp
