// Metaclasses: the `class` statement with metaclass= or with a base whose
// class is not `type` (metaclass selection, __prepare__, calling the
// metaclass), and the natives `type` gets so that `class M(type)` works:
// type.__new__, type.__init__, type.__call__ and type.__prepare__.
//
// Plain classes (every base's class is `type`, no metaclass=) never come
// here: BuildClass keeps its direct path to MakeClass.
#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/iterator.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/lazy_natives.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {

ClassObject* CalculateMetaclass(ThreadState& ts, ClassObject* meta,
                                const Value* bases, uint32_t nbases) {
  RuntimeState& rt = Rt(ts);
  ClassObject* winner = meta;
  for (uint32_t i = 0; i < nbases; ++i) {
    ClassObject* t = ClassOf(rt, bases[i]);
    if (IsSubclass(winner, t)) continue;
    if (IsSubclass(t, winner)) {
      winner = t;
      continue;
    }
    RaiseTypeError(ts,
                   "metaclass conflict: the metaclass of a derived class must "
                   "be a (non-strict) subclass of the metaclasses of all its "
                   "bases");
    return nullptr;
  }
  return winner;
}

Value MetaclassCallHook(RuntimeState& rt, ClassObject* cls) {
  Value found = Value::Empty();
  VisitMro(cls->cls, [&](ClassObject* c) {
    if (c->flags & kClassBuiltin) return true;
    found = DictGetStr(ClassDict(c), rt.names.__call__);
    return !found.IsEmpty();
  });
  return found;
}

namespace {

Value GetOptionalAttr(ThreadState& ts, Value obj, std::string_view name) {
  Str* s = InternStr(ts, name);
  if (s == nullptr) return Value::Error();
  return GetAttrOrEmpty(ts, obj, s);
}

// The mapping a class body fills: meta.__prepare__(name, bases, **kw) when
// the metaclass has one, else a new dict.
Value PrepareNamespace(ThreadState& ts, Value meta, Str* name, Value bases,
                       const Value* kwvalues, Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  Value prep = GetOptionalAttr(ts, meta, "__prepare__");
  if (prep.IsError()) return prep;
  if (prep.IsEmpty()) {
    Dict* d = NewDict(ts);
    return d != nullptr ? DictValue(d) : Value::Error();
  }
  TempRoots roots(ts);
  roots.Add(prep);
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  std::vector<Value> args(2 + nkw);
  args[0] = Value::Obj(name);
  args[1] = bases;
  for (uint32_t i = 0; i < nkw; ++i) args[2 + i] = kwvalues[i];
  Value ns = CallValue(ts, prep, args.data(), 2, nkw > 0 ? kwnames : nullptr);
  if (ns.IsError()) return ns;
  if (!IsKind(ns, ObjKind::kDict) &&
      (!ns.IsObject() ||
       LookupSpecial(ClassOf(rt, ns), rt.names.__getitem__).IsEmpty())) {
    std::string mname = IsKind(meta, ObjKind::kClass)
                            ? std::string(As<ClassObject>(meta)->name->view())
                            : std::string("<metaclass>");
    return RaiseFormat(ts, rt.exc.type_error,
                       "%s.__prepare__() must return a mapping, not %s", mname,
                       TypeNameOf(ts, ns));
  }
  return ns;
}

// The frame of the innermost script function (type(name, bases, ns) takes
// __module__ from its globals).
Dict* CallerGlobals(ThreadState& ts) {
  uint32_t depth = ts.frames.depth_relaxed();
  for (uint32_t i = depth; i > 0; --i) {
    Frame* f = &ts.frames.records()[i - 1];
    if (f->func != nullptr && f->code != nullptr) return f->func->globals;
  }
  return nullptr;
}

}  // namespace

Value ClassNamespaceLoad(ThreadState& ts, Value ns, Str* name) {
  RuntimeState& rt = Rt(ts);
  Value v = GetItem(ts, ns, Value::Obj(name));
  if (v.IsError() && PendingExceptionMatches(ts, rt.exc.key_error)) {
    TakePendingException(ts);
    return Value::Empty();
  }
  return v;
}

Value MetaBuildClass(ThreadState& ts, Value body_fn, Str* name, Value meta,
                     const Value* bases, uint32_t nbases, const Value* kwvalues,
                     Tuple* kwnames, Value module_name, Value orig_bases) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  roots.Add(body_fn);
  roots.Add(meta);
  Tuple* bt = NewTupleFrom(ts, bases, nbases);
  if (bt == nullptr) return Value::Error();
  Value btv = Value::Obj(bt);
  roots.Add(btv);
  if (meta.IsEmpty()) {
    meta = Value::Obj(nbases == 0 ? rt.classes.type : ClassOf(rt, bases[0]));
    roots.Add(meta);
  }
  if (IsKind(meta, ObjKind::kClass)) {
    ClassObject* w =
        CalculateMetaclass(ts, As<ClassObject>(meta), bases, nbases);
    if (w == nullptr) return Value::Error();
    meta = Value::Obj(w);
    roots.Add(meta);
  }
  Value ns = PrepareNamespace(ts, meta, name, btv, kwvalues, kwnames);
  if (ns.IsError()) return ns;
  roots.Add(ns);
  Value r = SetItem(ts, ns, Value::Obj(rt.names.__module__), module_name);
  if (r.IsError()) return r;
  Value cell = RunClassBody(ts, body_fn, ns);
  if (cell.IsError()) return cell;
  roots.Add(cell);
  if (IsKind(cell, ObjKind::kCell)) {
    Str* key = InternStr(ts, "__classcell__");
    if (key == nullptr) return Value::Error();
    r = SetItem(ts, ns, Value::Obj(key), cell);
    if (r.IsError()) return r;
  }
  if (!orig_bases.IsEmpty()) {
    Str* key = InternStr(ts, "__orig_bases__");
    if (key == nullptr) return Value::Error();
    r = SetItem(ts, ns, Value::Obj(key), orig_bases);
    if (r.IsError()) return r;
  }
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  std::vector<Value> args(3 + nkw);
  args[0] = Value::Obj(name);
  args[1] = btv;
  args[2] = ns;
  for (uint32_t i = 0; i < nkw; ++i) args[3 + i] = kwvalues[i];
  Value cls = CallValue(ts, meta, args.data(), 3, nkw > 0 ? kwnames : nullptr);
  if (cls.IsError()) return cls;
  // A metaclass that built the class some other way than type.__new__
  // still gives zero-argument super() its class.
  if (IsKind(cell, ObjKind::kCell) && As<Cell>(cell)->value.IsEmpty() &&
      IsKind(cls, ObjKind::kClass)) {
    As<Cell>(cell)->value = cls;
  }
  return cls;
}

namespace {

// type.__new__(mcls, name, bases, ns, **kwargs).
Value TypeNew(ThreadState& ts, const Value* args, uint32_t nargs,
              Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (nargs < 1 || !IsKind(args[0], ObjKind::kClass)) {
    return RaiseTypeError(ts, "type.__new__(X): X is not a type object");
  }
  auto* mcls = As<ClassObject>(args[0]);
  if (!IsSubclass(mcls, rt.classes.type)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "type.__new__(%s): %s is not a subtype of type",
                       mcls->name->view(), mcls->name->view());
  }
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  if (nargs == 2 && nkw == 0 && mcls == rt.classes.type) {
    return Value::Obj(ClassOf(rt, args[1]));
  }
  if (nargs != 4) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "type.__new__() takes exactly 3 arguments (%d given)",
                       static_cast<int>(nargs) - 1);
  }
  if (!IsKind(args[1], ObjKind::kStr)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "type.__new__() argument 1 must be str, not %s",
                       TypeNameOf(ts, args[1]));
  }
  if (!IsKind(args[2], ObjKind::kTuple)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "type.__new__() argument 2 must be tuple, not %s",
                       TypeNameOf(ts, args[2]));
  }
  if (!IsKind(args[3], ObjKind::kDict)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "type.__new__() argument 3 must be dict, not %s",
                       TypeNameOf(ts, args[3]));
  }
  Tuple* bases = As<Tuple>(args[2]);
  ClassObject* meta = CalculateMetaclass(ts, mcls, bases->items, bases->size);
  if (meta == nullptr) return Value::Error();
  Dict* ns = DictCopy(ts, AsDict(args[3]));
  if (ns == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(DictValue(ns));
  Str* cell_key = InternStr(ts, "__classcell__");
  if (cell_key == nullptr) return Value::Error();
  Value cell = DictGetStr(ns, cell_key);
  if (!cell.IsEmpty()) {
    roots.Add(cell);
    if (DictDel(ts, ns, Value::Obj(cell_key)) < 0) return Value::Error();
  } else {
    cell = Value::None();
  }
  if (DictGetStr(ns, rt.names.__module__).IsEmpty()) {
    Dict* g = CallerGlobals(ts);
    Value mod =
        g != nullptr ? DictGetStr(g, rt.names.__name__) : Value::Empty();
    if (!mod.IsEmpty() && !DictSetStr(ts, ns, rt.names.__module__, mod)) {
      return Value::Error();
    }
  }
  Str* name = InternStr(ts, AsStr(args[1])->view());
  if (name == nullptr) return Value::Error();
  return MakeClass(ts, name, bases->items, bases->size, ns, args + nargs,
                   kwnames, cell, meta);
}

// type.__init__(cls, ...): nothing to do once type.__new__ made the class.
Value TypeInit(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kwnames) {
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  if (nargs != 2 && nargs != 4) {
    return RaiseTypeError(ts, "type.__init__() takes 1 or 3 arguments");
  }
  if (nargs == 2 && nkw > 0) {
    return RaiseTypeError(ts, "type.__init__() takes no keyword arguments");
  }
  return Value::None();
}

// type.__call__(cls, *args, **kwargs): instance creation as if the class
// had no metaclass __call__ (what super().__call__ reaches).
Value TypeCall(ThreadState& ts, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (nargs < 1 || !IsKind(args[0], ObjKind::kClass)) {
    return RaiseFormat(
        ts, rt.exc.type_error,
        "descriptor '__call__' requires a 'type' object but "
        "received a '%s'",
        nargs > 0 ? TypeNameOf(ts, args[0]) : std::string_view("nothing"));
  }
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  uint32_t n = nargs - 1;
  Value* top = StackTop(ts);
  if (top + 2 + n + nkw + kStackSlack > ts.stack_limit) {
    return RaiseRecursionError(ts, " while calling a Python object");
  }
  top[0] = Value::None();
  if (n + nkw > 0) {
    std::memmove(static_cast<void*>(top + 1), args + 1,
                 sizeof(Value) * (n + nkw));
  }
  Value result;
  Frame* f = PrepareClassCall(ts, As<ClassObject>(args[0]), top + 1, n, kwnames,
                              &result);
  if (f != nullptr) return RunNested(ts, f);
  return result;
}

// type.__prepare__(name, bases, **kwargs): a new dict.
Value TypePrepare(ThreadState& ts, const Value*, uint32_t, Tuple*) {
  Dict* d = NewDict(ts);
  return d != nullptr ? DictValue(d) : Value::Error();
}

}  // namespace

Value NewMetaclassInstance(ThreadState& ts, ClassObject* mcls,
                           const Value* args, uint32_t nargs, Tuple* kwnames) {
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  std::vector<Value> call(1 + nargs + nkw);
  call[0] = Value::Obj(mcls);
  for (uint32_t i = 0; i < nargs + nkw; ++i) call[1 + i] = args[i];
  return TypeNew(ts, call.data(), 1 + nargs, kwnames);
}

Value RaiseAbstractInstantiation(ThreadState& ts, ClassObject* cls) {
  RuntimeState& rt = Rt(ts);
  Str* key = InternStr(ts, "__abstractmethods__");
  if (key == nullptr) return Value::Error();
  Value names = ClassLookup(cls, key);
  std::vector<std::string> sorted;
  if (!names.IsEmpty()) {
    TempRoots roots(ts);
    roots.Add(names);
    Value it = GetIter(ts, names);
    if (it.IsError()) return it;
    roots.Add(it);
    for (;;) {
      Value item = IterNext(ts, it);
      if (item.IsError()) return item;
      if (item.IsEmpty()) break;
      Value s = ToStr(ts, item);
      if (s.IsError()) return s;
      sorted.emplace_back(AsStr(s)->view());
    }
  }
  std::sort(sorted.begin(), sorted.end());
  std::string joined;
  for (const std::string& n : sorted) {
    if (!joined.empty()) joined += ", ";
    joined += n;
  }
  return RaiseFormat(ts, rt.exc.type_error,
                     "Can't instantiate abstract class %s with abstract "
                     "method%s %s",
                     cls->name->view(), sorted.size() > 1 ? "s" : "", joined);
}

void InitMetaclasses(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  if (rt.classes.type == nullptr || rt.classes.staticmethod == nullptr ||
      rt.classes.classmethod == nullptr) {
    return;
  }
  rt.classes.type->flags |= kClassBaseOk;
  // Where the builtins layer defined none of these (made on first read of
  // type's dict, vm/lazy_natives.h).
  DeferNative(ts, rt.classes.type, "type", "__new__", TypeNew,
              DeferredKind::kStaticMethod, /*if_absent=*/true);
  DeferNative(ts, rt.classes.type, "type", "__init__", TypeInit,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, rt.classes.type, "type", "__call__", TypeCall,
              DeferredKind::kMethod, /*if_absent=*/true);
  DeferNative(ts, rt.classes.type, "type", "__prepare__", TypePrepare,
              DeferredKind::kClassMethod, /*if_absent=*/true);
}

}  // namespace vm
}  // namespace interp
