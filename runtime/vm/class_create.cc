// Class creation shared by the `class` statement and type(name, bases, ns):
// base validation, the instance layout ("best base"), CPython's C3 method
// resolution order, __slots__, implicit classmethods, __set_name__ and
// __init_subclass__ (PEP 487).
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/iterator.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/slots.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

// The class whose memory layout instances of `cls` have: the nearest
// builtin ancestor, with every exception class sharing BaseException's
// layout and object for plain instances.
ClassObject* SolidBase(RuntimeState& rt, ClassObject* cls) {
  if (cls->flags & kClassException) return rt.exc.base_exception;
  while (cls != nullptr && !(cls->flags & (kClassBuiltin | kClassSlotLayout))) {
    cls = cls->base;
  }
  return cls != nullptr ? cls : rt.classes.object;
}

void MroOf(ClassObject* cls, std::vector<ClassObject*>* out) {
  VisitMro(cls, [&](ClassObject* c) {
    out->push_back(c);
    return false;
  });
}

bool InTail(const std::vector<ClassObject*>& seq, size_t from, ClassObject* c) {
  for (size_t i = from + 1; i < seq.size(); ++i) {
    if (seq[i] == c) return true;
  }
  return false;
}

// C3 linearisation of `bases` (merge of the bases' MROs and the base list).
// False with TypeError pending when no consistent order exists.
bool C3Merge(ThreadState& ts, ClassObject* const* bases, uint32_t nbases,
             std::vector<ClassObject*>* out) {
  std::vector<std::vector<ClassObject*>> seqs(nbases + 1);
  for (uint32_t i = 0; i < nbases; ++i) MroOf(bases[i], &seqs[i]);
  seqs[nbases].assign(bases, bases + nbases);
  std::vector<size_t> pos(seqs.size(), 0);
  for (;;) {
    bool any_left = false;
    ClassObject* next = nullptr;
    for (size_t i = 0; i < seqs.size() && next == nullptr; ++i) {
      if (pos[i] >= seqs[i].size()) continue;
      any_left = true;
      ClassObject* head = seqs[i][pos[i]];
      bool blocked = false;
      for (size_t j = 0; j < seqs.size() && !blocked; ++j) {
        blocked = pos[j] < seqs[j].size() && InTail(seqs[j], pos[j], head);
      }
      if (!blocked) next = head;
    }
    if (!any_left) return true;
    if (next == nullptr) {
      // CPython names the remaining heads, first occurrence first.
      std::vector<ClassObject*> heads;
      for (size_t i = 0; i < seqs.size(); ++i) {
        if (pos[i] >= seqs[i].size()) continue;
        ClassObject* h = seqs[i][pos[i]];
        bool seen = false;
        for (ClassObject* x : heads) seen = seen || x == h;
        if (!seen) heads.push_back(h);
      }
      std::string names;
      for (ClassObject* h : heads) {
        if (!names.empty()) names += ", ";
        names += h->name->view();
      }
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "Cannot create a consistent method resolution\n"
                  "order (MRO) for bases %s",
                  names);
      return false;
    }
    out->push_back(next);
    for (size_t i = 0; i < seqs.size(); ++i) {
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == next) ++pos[i];
    }
  }
}

// The names a class's __slots__ declares, or false with TypeError pending.
bool SlotNames(ThreadState& ts, Value slots, std::vector<Value>* names) {
  RuntimeState& rt = Rt(ts);
  if (IsKind(slots, ObjKind::kStr)) {
    names->push_back(slots);
    return true;
  }
  TempRoots roots(ts);
  Value it = GetIter(ts, slots);
  if (it.IsError()) return false;
  roots.Add(it);
  for (;;) {
    Value item = IterNext(ts, it);
    if (item.IsError()) return false;
    if (item.IsEmpty()) break;
    if (!IsKind(item, ObjKind::kStr)) {
      RaiseFormat(ts, rt.exc.type_error,
                  "__slots__ items must be strings, not '%s'",
                  TypeNameOf(ts, item));
      return false;
    }
    roots.Add(item);
    names->push_back(item);
  }
  return true;
}

// Wraps a plain function stored under `name` in a classmethod, as CPython
// does for __init_subclass__ and __class_getitem__.
bool ImplicitClassMethod(ThreadState& ts, Dict* dict, Str* name) {
  RuntimeState& rt = Rt(ts);
  Value f = DictGetStr(dict, name);
  if (!IsKind(f, ObjKind::kFunction)) return true;
  auto* cm = rt.heap.New<ClassMethod>(ts, ObjKind::kClassMethod,
                                      rt.classes.classmethod);
  if (cm == nullptr) {
    RaiseMemoryError(ts);
    return false;
  }
  cm->func = f;
  return DictSetStr(ts, dict, name, Value::Obj(cm));
}

}  // namespace

Value MakeClass(ThreadState& ts, Str* name, const Value* base_values,
                uint32_t nbases, Dict* ns, const Value* kwvalues,
                Tuple* kwnames, Value class_cell, ClassObject* meta) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  roots.Add(DictValue(ns));
  std::vector<ClassObject*> bases;
  for (uint32_t i = 0; i < nbases; ++i) {
    if (!IsKind(base_values[i], ObjKind::kClass)) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "class %s: bases must be types, not '%s'",
                         name->view(), TypeNameOf(ts, base_values[i]));
    }
    auto* b = As<ClassObject>(base_values[i]);
    if ((b->flags & kClassBuiltin) && !(b->flags & kClassBaseOk)) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "type '%s' is not an acceptable base type",
                         b->name->view());
    }
    for (ClassObject* seen : bases) {
      if (seen == b) {
        return RaiseFormat(ts, rt.exc.type_error, "duplicate base class %s",
                           b->name->view());
      }
    }
    bases.push_back(b);
  }
  if (bases.empty()) bases.push_back(rt.classes.object);

  // The layout winner: the base whose solid base derives from every other
  // base's (first such base on ties), like CPython's best_base.
  ClassObject* base = nullptr;
  ClassObject* solid = nullptr;
  for (ClassObject* b : bases) {
    ClassObject* s = SolidBase(rt, b);
    if (base == nullptr) {
      base = b;
      solid = s;
    } else if (IsSubclass(solid, s)) {
      continue;
    } else if (IsSubclass(s, solid)) {
      base = b;
      solid = s;
    } else {
      return RaiseTypeError(ts,
                            "multiple bases have instance lay-out conflict");
    }
  }

  std::vector<ClassObject*> mro;
  bool multi = bases.size() > 1;
  for (ClassObject* b : bases) multi = multi || (b->flags & kClassMultiBase);
  if (multi && !C3Merge(ts, bases.data(), bases.size(), &mro)) {
    return Value::Error();
  }

  std::string module_name = "__main__";
  Value m = DictGetStr(ns, rt.names.__module__);
  if (IsKind(m, ObjKind::kStr)) module_name = std::string(AsStr(m)->view());

  ObjKind kind;
  if (base->flags & kClassException) {
    kind = ObjKind::kException;
  } else if (IsSubclass(solid, rt.classes.float_)) {
    kind = ObjKind::kNativeData;  // objects/float_box.h
  } else if (solid == rt.classes.object) {
    kind = ObjKind::kInstance;
  } else {
    kind = base->instance_kind;
  }
  uint32_t flags = (base->flags & kClassException) | kClassBaseOk;
  if (multi) flags |= kClassMultiBase;
  // Attributes of instances whose layout is a builtin's (list, int, ...)
  // live in the runtime's side table (RuntimeState::side_dicts).
  // (A metaclass's instances are classes, whose attributes live in their
  // own dict.)
  if (kind != ObjKind::kInstance && kind != ObjKind::kException &&
      kind != ObjKind::kClass) {
    flags |= kClassSideDict;
  }
  Value slots = DictGetStr(ns, rt.names.__slots__);
  std::vector<Value> slot_names;
  if (!slots.IsEmpty()) {
    if (!SlotNames(ts, slots, &slot_names)) return Value::Error();
    bool members = false;
    if (!CheckSlots(ts, base, slot_names, &members)) return Value::Error();
    if (members) flags |= kClassSlotLayout;
    bool has_dict = false;
    for (Value s : slot_names)
      has_dict = has_dict || AsStr(s)->view() == "__dict__";
    // Builtin bases other than exceptions give their instances no
    // __dict__ (list, int, ...): only a class without __slots__ does.
    bool bases_no_dict = true;
    for (ClassObject* b : bases) {
      bases_no_dict =
          bases_no_dict &&
          ((b->flags & kClassNoDict) != 0 ||
           ((b->flags & kClassBuiltin) && !(b->flags & kClassException)));
    }
    if (!has_dict && bases_no_dict && kind != ObjKind::kException &&
        kind != ObjKind::kClass) {
      flags |= kClassNoDict;
    }
  }

  ClassObject* cls = NewClass(ts, name->view(), base, module_name, kind, flags);
  if (cls == nullptr) return Value::Error();
  if (bases.size() != 1 || bases[0] != base) {
    // NewClass recorded the layout base; __subclasses__ follows __bases__.
    RemoveSubclass(*rt.finalization, base, cls);
    for (ClassObject* b : bases) AddSubclass(*rt.finalization, b, cls);
  }
  if (meta != nullptr) cls->cls = meta;
  Value clsv = Value::Obj(cls);
  roots.Add(clsv);
  uint32_t pos = 0;
  Value k, v;
  while (DictNext(ns, &pos, &k, &v)) {
    if (!IsKind(k, ObjKind::kStr)) continue;
    if (!DictSetStr(ts, cls->dict, AsStr(k), v)) return Value::Error();
  }
  if (!AddMemberDescriptors(ts, cls, ns, slot_names)) return Value::Error();
  // Like CPython: defining __eq__ without __hash__ sets __hash__ = None, so
  // instances (also of subclasses that do not define __hash__) are
  // unhashable and C.__hash__ is None.
  if (!DictGetStr(cls->dict, rt.names.__eq__).IsEmpty() &&
      DictGetStr(cls->dict, rt.names.__hash__).IsEmpty() &&
      !DictSetStr(ts, cls->dict, rt.names.__hash__, Value::None())) {
    return Value::Error();
  }
  // A class without a docstring has __doc__ None, not its base's.
  if (DictGetStr(cls->dict, rt.names.__doc__).IsEmpty() &&
      !DictSetStr(ts, cls->dict, rt.names.__doc__, Value::None())) {
    return Value::Error();
  }
  if (!ImplicitClassMethod(ts, cls->dict, rt.names.__init_subclass__) ||
      !ImplicitClassMethod(ts, cls->dict, rt.names.__class_getitem__)) {
    return Value::Error();
  }
  Tuple* bt = NewTuple(ts, static_cast<uint32_t>(bases.size()));
  if (bt == nullptr) return Value::Error();
  for (size_t i = 0; i < bases.size(); ++i) bt->items[i] = Value::Obj(bases[i]);
  cls->bases = bt;
  if (multi) {
    Tuple* mt = NewTuple(ts, static_cast<uint32_t>(mro.size() + 1));
    if (mt == nullptr) return Value::Error();
    mt->items[0] = clsv;
    for (size_t i = 0; i < mro.size(); ++i) {
      mt->items[i + 1] = Value::Obj(mro[i]);
    }
    cls->mro = mt;
  }
  if (IsKind(ClassLookup(cls, rt.names.__getattribute__), ObjKind::kFunction)) {
    cls->flags |= kClassHasCustomAttrs;
  }
  {
    Value iter = ClassLookup(cls, rt.names.__iter__);
    if (!iter.IsEmpty() && !IsKind(iter, ObjKind::kNative)) {
      cls->flags |= kClassCustomIter;
    }
  }
  if (!ClassLookup(cls, rt.names.__del__).IsEmpty()) {
    cls->flags |= kClassHasDel;
    rt.has_del_classes = true;
  }
  cls->version = rt.vm->next_class_version++;
  // Zero-argument super(): the body returns the __class__ cell.
  if (IsKind(class_cell, ObjKind::kCell)) As<Cell>(class_cell)->value = clsv;

  // __set_name__ of the attributes, in definition order.
  pos = 0;
  while (DictNext(ns, &pos, &k, &v)) {
    if (!IsKind(k, ObjKind::kStr) || !v.IsObject()) continue;
    Value hook = LookupSpecial(ClassOf(rt, v), rt.names.__set_name__);
    if (hook.IsEmpty()) continue;
    Value args[3] = {v, clsv, k};
    Value r = CallValue(ts, hook, args, 3);
    if (r.IsError()) return r;
  }

  // PEP 487: super(cls, cls).__init_subclass__(**kwargs).
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  Value hook = Value::Empty();
  bool past_self = false;
  VisitMro(cls, [&](ClassObject* c) {
    if (!past_self) {
      past_self = true;
      return false;
    }
    Dict* d = ClassDict(ts, c);
    if (d == nullptr) return false;
    hook = DictGetStr(d, rt.names.__init_subclass__);
    return !hook.IsEmpty();
  });
  if (IsKind(hook, ObjKind::kClassMethod)) hook = As<ClassMethod>(hook)->func;
  if (!hook.IsEmpty()) {
    roots.Add(hook);
    std::vector<Value> args(1 + nkw);
    args[0] = clsv;
    for (uint32_t i = 0; i < nkw; ++i) args[1 + i] = kwvalues[i];
    Value r = CallValue(ts, hook, args.data(), 1, nkw > 0 ? kwnames : nullptr);
    if (r.IsError()) return r;
  }
  return clsv;
}

Value ObjectInitSubclass(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (kwnames != nullptr && kwnames->size > 0) {
    std::string_view cname = nargs > 0 && IsKind(args[0], ObjKind::kClass)
                                 ? As<ClassObject>(args[0])->name->view()
                                 : std::string_view("object");
    return RaiseFormat(ts, rt.exc.type_error,
                       "%s.__init_subclass__() takes no keyword arguments",
                       cname);
  }
  if (nargs > 1) {
    return RaiseTypeError(ts, "object.__init_subclass__() takes no arguments");
  }
  return Value::None();
}

}  // namespace vm

Value MakeClassFromNamespace(ThreadState& ts, Str* name, const Value* bases,
                             uint32_t nbases, Dict* ns) {
  return vm::MakeClass(ts, name, bases, nbases, ns, nullptr, nullptr,
                       Value::None());
}

}  // namespace interp
