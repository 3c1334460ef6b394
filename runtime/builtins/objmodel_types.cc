// frozenset (the Set layout with an immutable class), the Ellipsis
// singleton and type(name, bases, dict).
#include <string>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

Value FrozensetConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                         Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (!NoKwargs(ts, "frozenset", kwnames)) return Value::Error();
  if (nargs > 1) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "frozenset expected at most 1 argument, got %d", nargs);
  }
  // frozenset(fs) is fs itself, like CPython.
  if (nargs == 1 && args[0].IsObject() &&
      args[0].AsObject()->cls == rt.classes.frozenset) {
    return args[0];
  }
  Value r = rt.classes.set->construct(ts, args, nargs, nullptr);
  if (r.IsObject()) r.AsObject()->cls = rt.classes.frozenset;
  return r;
}

// The set method `name` applied to a frozenset; a new set result becomes
// a frozenset (frozenset.union(...) is a frozenset).
template <const char* kName>
Value FrozenMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (nargs == 0 || !IsKind(args[0], ObjKind::kSet) ||
      !IsSubclass(args[0].AsObject()->cls, rt.classes.frozenset)) {
    return RaiseFormat(
        ts, rt.exc.type_error,
        "descriptor '%s' for 'frozenset' objects doesn't apply "
        "to a '%s' object",
        kName, nargs > 0 ? TypeName(ts, args[0]) : std::string_view("nothing"));
  }
  Value m = DictGetStr(rt.classes.set->dict, InternStr(ts, kName));
  if (m.IsEmpty()) return RaiseTypeError(ts, "frozenset method missing");
  Value r = CallValue(ts, m, args, nargs, kwnames);
  if (IsKind(r, ObjKind::kSet) && r.AsObject()->cls == rt.classes.set &&
      !r.Is(args[0])) {
    r.AsObject()->cls = rt.classes.frozenset;
  }
  return r;
}

constexpr char kCopy[] = "copy";
constexpr char kUnion[] = "union";
constexpr char kIntersection[] = "intersection";
constexpr char kDifference[] = "difference";
constexpr char kSymmetricDifference[] = "symmetric_difference";
constexpr char kIssubset[] = "issubset";
constexpr char kIssuperset[] = "issuperset";
constexpr char kIsdisjoint[] = "isdisjoint";

Value EllipsisRepr(ThreadState& ts, const Value*, uint32_t, Tuple*) {
  return StrValue(ts, "Ellipsis");
}

// type(name, bases, dict): a class like the class statement makes.
Value TypeConstruct3(ThreadState& ts, const Value* args) {
  RuntimeState& rt = Rt(ts);
  if (!IsKind(args[0], ObjKind::kStr)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "type.__new__() argument 1 must be str, not %s",
                       TypeName(ts, args[0]));
  }
  if (!IsKind(args[1], ObjKind::kTuple)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "type.__new__() argument 2 must be tuple, not %s",
                       TypeName(ts, args[1]));
  }
  if (!IsKind(args[2], ObjKind::kDict)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "type.__new__() argument 3 must be dict, not %s",
                       TypeName(ts, args[2]));
  }
  // A base with a user metaclass: the most derived metaclass makes the
  // class (type("T", (A,), {}) with type(A) M calls M), like CPython.
  Tuple* bt = As<Tuple>(args[1]);
  ClassObject* winner = rt.classes.type;
  for (uint32_t i = 0; i < bt->size; ++i) {
    ClassObject* t = ClassOf(rt, bt->items[i]);
    if (IsSubclass(winner, t)) continue;
    if (IsSubclass(t, winner)) {
      winner = t;
      continue;
    }
    return RaiseTypeError(ts,
                          "metaclass conflict: the metaclass of a derived "
                          "class must be a (non-strict) subclass of the "
                          "metaclasses of all its bases");
  }
  if (winner != rt.classes.type) {
    return CallValue(ts, Value::Obj(winner), args, 3);
  }
  Dict* ns = DictCopy(ts, AsDict(args[2]));
  if (ns == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(DictValue(ns));
  if (DictGetStr(ns, rt.names.__module__).IsEmpty()) {
    // CPython takes __name__ from the calling frame's globals.
    Value g = CurrentGlobals(ts);
    Value mod =
        g.IsError() ? Value::Empty() : DictGetStr(AsDict(g), rt.names.__name__);
    if (g.IsError()) TakePendingException(ts);
    if (!mod.IsEmpty() && !DictSetStr(ts, ns, rt.names.__module__, mod)) {
      return Value::Error();
    }
  }
  Str* name = InternStr(ts, AsStr(args[0])->view());
  if (name == nullptr) return Value::Error();
  Tuple* bases = As<Tuple>(args[1]);
  return MakeClassFromNamespace(ts, name, bases->items, bases->size, ns);
}

}  // namespace

Value TypeConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (nargs == 1 && NumKw(kwnames) == 0) {
    return Value::Obj(ClassOf(rt, args[0]));
  }
  if (nargs == 3 && NumKw(kwnames) == 0) return TypeConstruct3(ts, args);
  return RaiseTypeError(ts, "type() takes 1 or 3 arguments");
}

bool InitObjectModelTypes(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  BuiltinClasses& c = rt.classes;
  c.frozenset->construct = FrozensetConstruct;
  static constexpr MethodDef kFrozen[] = {
      {"copy", FrozenMethod<kCopy>},
      {"union", FrozenMethod<kUnion>},
      {"intersection", FrozenMethod<kIntersection>},
      {"difference", FrozenMethod<kDifference>},
      {"symmetric_difference", FrozenMethod<kSymmetricDifference>},
      {"issubset", FrozenMethod<kIssubset>},
      {"issuperset", FrozenMethod<kIssuperset>},
      {"isdisjoint", FrozenMethod<kIsdisjoint>},
  };
  if (!AddMethods(ts, c.frozenset, "frozenset", kFrozen)) return false;
  static constexpr MethodDef kEllipsis[] = {{"__repr__", EllipsisRepr}};
  if (!AddMethods(ts, c.ellipsis_type, "ellipsis", kEllipsis)) return false;
  auto* e = rt.heap.New<NativeData>(ts, ObjKind::kNativeData, c.ellipsis_type);
  if (e == nullptr) return false;
  rt.ellipsis = e;
  return true;
}

}  // namespace builtins
}  // namespace interp
