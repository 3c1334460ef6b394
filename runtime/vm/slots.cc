// __slots__: the checks CPython's type_new makes on a class's slot names,
// the member descriptors they become, and the descriptors' own methods
// (objects/member_descriptor.h says where slot values live).
#include "runtime/vm/slots.h"

#include <string>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/member_descriptor.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/shape.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/lazy_natives.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

bool IsIdentifier(std::string_view s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              c >= 0x80 || (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

// Whether the __slots__ of class `c` (its own dict) lists `what`; a class
// without __slots__ counts as listing both __dict__ and __weakref__.
bool OwnSlotsList(RuntimeState& rt, ClassObject* c, std::string_view what) {
  Value slots = DictGetStr(ClassDict(c), rt.names.__slots__);
  if (slots.IsEmpty()) return true;
  if (IsKind(slots, ObjKind::kStr)) return AsStr(slots)->view() == what;
  const Value* items = nullptr;
  uint32_t n = 0;
  if (IsKind(slots, ObjKind::kTuple)) {
    items = As<Tuple>(slots)->items;
    n = As<Tuple>(slots)->size;
  } else if (IsKind(slots, ObjKind::kList)) {
    items = As<List>(slots)->items;
    n = As<List>(slots)->size;
  }
  for (uint32_t i = 0; i < n; ++i) {
    if (IsKind(items[i], ObjKind::kStr) && AsStr(items[i])->view() == what) {
      return true;
    }
  }
  return false;
}

// Whether instances of `cls` already have a __dict__ (what) or a weak
// reference list (__weakref__), as CPython's tp_dictoffset and
// tp_weaklistoffset say.
bool Inherits(RuntimeState& rt, ClassObject* cls, std::string_view what) {
  return VisitMro(cls, [&](ClassObject* c) {
    if (c->flags & kClassBuiltin) {
      // BaseException's instances have a __dict__ (no weak list here:
      // CPython's do, but a __weakref__ slot on an exception is rare).
      return what == "__dict__" && (c->flags & kClassException) != 0;
    }
    return OwnSlotsList(rt, c, what);
  });
}

// The name a slot is stored under: private names are mangled with the
// class name, as the compiler mangles `self.__x`.
Str* MangledSlotName(ThreadState& ts, Str* cls_name, Str* slot) {
  std::string_view s = slot->view();
  if (s.size() < 3 || s[0] != '_' || s[1] != '_' ||
      (s.size() >= 4 && s.substr(s.size() - 2) == "__")) {
    return InternStr(ts, s);
  }
  std::string_view c = cls_name->view();
  while (!c.empty() && c[0] == '_') c.remove_prefix(1);
  if (c.empty()) return InternStr(ts, s);
  std::string mangled = "_";
  mangled.append(c.data(), c.size());
  mangled.append(s.data(), s.size());
  return InternStr(ts, mangled);
}

// The instance storage a member descriptor reads and writes: the
// instance's own attributes, never the class (see member_descriptor.h).
Value MemberLoad(ThreadState& ts, Value obj, Str* name) {
  if (IsKind(obj, ObjKind::kInstance)) {
    return InstanceGetAttr(static_cast<Instance*>(obj.AsObject()), name);
  }
  Dict* d = InstanceDict(ts, obj, false);
  return d != nullptr ? DictGetStr(d, name) : Value::Empty();
}

bool NoKwargs(ThreadState& ts, const char* method, Tuple* kwnames) {
  if (kwnames == nullptr || kwnames->size == 0) return true;
  RaiseFormat(ts, Rt(ts).exc.type_error, "%s() takes no keyword arguments",
              method);
  return false;
}

bool CheckMemberArgs(ThreadState& ts, const char* method, const Value* args,
                     uint32_t nargs, uint32_t min, uint32_t max) {
  RuntimeState& rt = Rt(ts);
  if (nargs == 0 || !IsMemberDescriptor(args[0])) {
    RaiseFormat(ts, rt.exc.type_error,
                "descriptor '%s' requires a 'member_descriptor' object",
                method);
    return false;
  }
  if (nargs - 1 < min || nargs - 1 > max) {
    if (min == max) {
      RaiseFormat(ts, rt.exc.type_error, "expected %d argument%s, got %d",
                  static_cast<int>(min), min == 1 ? "" : "s",
                  static_cast<int>(nargs - 1));
    } else {
      RaiseFormat(ts, rt.exc.type_error,
                  "expected at least %d argument%s, got %d",
                  static_cast<int>(min), min == 1 ? "" : "s",
                  static_cast<int>(nargs - 1));
    }
    return false;
  }
  return true;
}

// The instance check every access makes (CPython's descr_check).
bool AppliesTo(ThreadState& ts, Value descr, Value obj) {
  ClassObject* owner = MemberDescriptorOwner(descr);
  if (IsSubclass(ClassOf(Rt(ts), obj), owner)) return true;
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
              MemberDescriptorName(descr)->view(), owner->name->view(),
              TypeNameOf(ts, obj));
  return false;
}

Value MemberGet(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  if (!NoKwargs(ts, "__get__", kwnames) ||
      !CheckMemberArgs(ts, "__get__", args, nargs, 1, 2)) {
    return Value::Error();
  }
  if (args[1].IsNone()) {
    if (nargs < 3 || args[2].IsNone()) {
      return RaiseTypeError(ts, "__get__(None, None) is invalid");
    }
    return args[0];
  }
  if (!AppliesTo(ts, args[0], args[1])) return Value::Error();
  Str* name = MemberDescriptorName(args[0]);
  Value v = MemberLoad(ts, args[1], name);
  if (!v.IsEmpty()) return v;
  return RaiseFormat(ts, Rt(ts).exc.attribute_error,
                     "'%s' object has no attribute '%s'",
                     TypeNameOf(ts, args[1]), name->view());
}

Value MemberSet(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  if (!NoKwargs(ts, "__set__", kwnames) ||
      !CheckMemberArgs(ts, "__set__", args, nargs, 2, 2) ||
      !AppliesTo(ts, args[0], args[1])) {
    return Value::Error();
  }
  Str* name = MemberDescriptorName(args[0]);
  if (IsKind(args[1], ObjKind::kInstance)) {
    auto* inst = static_cast<Instance*>(args[1].AsObject());
    return InstanceSetAttr(ts, inst, name, args[2]) ? Value::None()
                                                    : Value::Error();
  }
  Dict* d = InstanceDict(ts, args[1], true);
  if (d == nullptr) return RaiseMemoryError(ts);
  return DictSetStr(ts, d, name, args[2]) ? Value::None() : Value::Error();
}

Value MemberDelete(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  if (!NoKwargs(ts, "__delete__", kwnames) ||
      !CheckMemberArgs(ts, "__delete__", args, nargs, 1, 1) ||
      !AppliesTo(ts, args[0], args[1])) {
    return Value::Error();
  }
  Str* name = MemberDescriptorName(args[0]);
  int r = 0;
  if (IsKind(args[1], ObjKind::kInstance)) {
    r = InstanceDelAttr(ts, static_cast<Instance*>(args[1].AsObject()), name);
  } else if (Dict* d = InstanceDict(ts, args[1], false)) {
    r = DictDel(ts, d, Value::Obj(name));
  }
  if (r < 0) return Value::Error();
  if (r == 0) return RaiseUnsetSlotDelete(ts, name);
  return Value::None();
}

Value MemberRepr(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  if (!CheckMemberArgs(ts, "__repr__", args, nargs, 0, 0)) {
    return Value::Error();
  }
  std::string s = "<member '";
  s += MemberDescriptorName(args[0])->view();
  s += "' of '";
  s += MemberDescriptorOwner(args[0])->name->view();
  s += "' objects>";
  return StrValue(ts, s);
}

Value MemberName(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (!CheckMemberArgs(ts, "__name__", args, nargs, 0, 0)) {
    return Value::Error();
  }
  return Value::Obj(MemberDescriptorName(args[0]));
}

Value MemberQualname(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  if (!CheckMemberArgs(ts, "__qualname__", args, nargs, 0, 0)) {
    return Value::Error();
  }
  ClassObject* owner = MemberDescriptorOwner(args[0]);
  Value q = DictGetStr(ClassDict(ts, owner), Rt(ts).names.__qualname__);
  std::string s(IsKind(q, ObjKind::kStr) ? AsStr(q)->view()
                                         : owner->name->view());
  s += '.';
  s += MemberDescriptorName(args[0])->view();
  return StrValue(ts, s);
}

Value MemberObjclass(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  if (!CheckMemberArgs(ts, "__objclass__", args, nargs, 0, 0)) {
    return Value::Error();
  }
  return Value::Obj(MemberDescriptorOwner(args[0]));
}

constexpr NativeMethodDef kMemberMethods[] = {
    {"__get__", MemberGet},
    {"__set__", MemberSet},
    {"__delete__", MemberDelete},
    {"__repr__", MemberRepr},
};

}  // namespace

bool CheckSlots(ThreadState& ts, ClassObject* base,
                const std::vector<Value>& names, bool* members) {
  RuntimeState& rt = Rt(ts);
  *members = false;
  if (names.empty()) return true;
  ClassObject* const variable[] = {rt.classes.int_, rt.classes.bytes,
                                   rt.classes.tuple};
  for (ClassObject* v : variable) {
    if (IsSubclass(base, v)) {
      RaiseFormat(ts, rt.exc.type_error,
                  "nonempty __slots__ not supported for subtype of '%s'",
                  base->name->view());
      return false;
    }
  }
  bool has_dict = Inherits(rt, base, "__dict__");
  bool has_weakref = Inherits(rt, base, "__weakref__");
  for (Value v : names) {
    std::string_view s = AsStr(v)->view();
    if (!IsIdentifier(s)) {
      RaiseTypeError(ts, "__slots__ must be identifiers");
      return false;
    }
    if (s == "__dict__") {
      if (has_dict) {
        RaiseTypeError(ts, "__dict__ slot disallowed: we already got one");
        return false;
      }
      has_dict = true;
    } else if (s == "__weakref__") {
      if (has_weakref) {
        RaiseTypeError(ts,
                       "__weakref__ slot disallowed: either we already got "
                       "one, or __itemsize__ != 0");
        return false;
      }
      has_weakref = true;
    } else {
      *members = true;
    }
  }
  return true;
}

bool AddMemberDescriptors(ThreadState& ts, ClassObject* cls, Dict* ns,
                          const std::vector<Value>& names) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  for (Value v : names) {
    Str* slot = AsStr(v);
    if (slot->view() == "__dict__" || slot->view() == "__weakref__") continue;
    Str* name = MangledSlotName(ts, cls->name, slot);
    if (name == nullptr) return false;
    roots.Add(Value::Obj(name));
    if (!DictGetStr(ns, name).IsEmpty()) {
      Value r = Repr(ts, v);
      if (r.IsError()) return false;
      RaiseFormat(ts, rt.exc.value_error,
                  "%s in __slots__ conflicts with class variable",
                  AsStr(r)->view());
      return false;
    }
    Value d = NewMemberDescriptor(ts, cls, name);
    if (d.IsError()) return false;
    if (!DictSetStr(ts, cls->dict, name, d)) return false;
  }
  return true;
}

bool IsSlotName(RuntimeState& rt, ClassObject* cls, Str* name) {
  (void)rt;
  return IsMemberDescriptor(ClassLookup(cls, name));
}

Value MemberDescriptorAttr(ThreadState& ts, Value descr, Str* name) {
  const CommonNames& n = Rt(ts).names;
  if (name == n.__name__) return MemberName(ts, &descr, 1, nullptr);
  if (name == n.__qualname__) return MemberQualname(ts, &descr, 1, nullptr);
  if (name == n.__doc__) return Value::None();
  return Value::Empty();
}

Value RaiseUnsetSlotDelete(ThreadState& ts, Str* name) {
  return RaiseAttributeError(ts, name->view());
}

void InitMemberDescriptors(ThreadState& ts) {
  ClassObject* c = Rt(ts).classes.member_descriptor;
  DeferNatives(ts, c, "member_descriptor", kMemberMethods,
               sizeof(kMemberMethods) / sizeof(kMemberMethods[0]),
               DeferredKind::kMethod);
  DeferNative(ts, c, "member_descriptor", "__objclass__", MemberObjclass,
              DeferredKind::kProperty);
}

}  // namespace vm
}  // namespace interp
