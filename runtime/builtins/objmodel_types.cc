// frozenset (the Set layout with an immutable class), the Ellipsis
// singleton, mappingproxy's methods and type(name, bases, dict).
#include <string>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/mapping_proxy.h"
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
  Value m = DictGetStr(ClassDict(ts, rt.classes.set), InternStr(ts, kName));
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

// mappingproxy methods: the mapping's method of the same name (the read
// methods only; the proxy has no way to store).
constexpr const char* kProxyMethods[] = {
    "keys",     "values",       "items",        "get",
    "copy",     "__getitem__",  "__contains__", "__len__",
    "__iter__", "__reversed__", "__or__",       "__ror__"};

template <int kIndex>
Value ProxyMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  const char* name = kProxyMethods[kIndex];
  Value target = nargs >= 1 ? MappingProxyTarget(args[0]) : Value::Empty();
  if (target.IsEmpty()) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "descriptor '%s' for 'mappingproxy' objects doesn't "
                       "apply to a '%s' object",
                       name, nargs >= 1 ? TypeName(ts, args[0]) : "NoneType");
  }
  if (kIndex == 11) {  // __ror__: other | mapping
    if (nargs != 2) return RaiseTypeError(ts, "expected 1 argument");
    return BinaryOp(ts, BinOp::kBitOr, args[1], target);
  }
  Str* key = InternStr(ts, name);
  if (key == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(target);
  Value m = GetAttr(ts, target, key);
  if (m.IsError()) return m;
  roots.Add(m);
  return CallValue(ts, m, const_cast<Value*>(args + 1), nargs - 1, kwnames);
}

// mappingproxy(mapping), the constructor types.MappingProxyType names.
Value MappingProxyConstruct(ThreadState& ts, const Value* args, uint32_t nargs,
                            Tuple* kwnames) {
  if (!NoKwargs(ts, "mappingproxy", kwnames)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "mappingproxy() takes exactly one argument (%d given)",
                       nargs);
  }
  if (!IsKind(args[0], ObjKind::kDict)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "mappingproxy() argument must be a mapping, not %s",
                       TypeName(ts, args[0]));
  }
  return NewMappingProxy(ts, args[0]);
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
  static constexpr MethodDef kProxy[] = {
      {"keys", ProxyMethod<0>},         {"values", ProxyMethod<1>},
      {"items", ProxyMethod<2>},        {"get", ProxyMethod<3>},
      {"copy", ProxyMethod<4>},         {"__getitem__", ProxyMethod<5>},
      {"__contains__", ProxyMethod<6>}, {"__len__", ProxyMethod<7>},
      {"__iter__", ProxyMethod<8>},     {"__reversed__", ProxyMethod<9>},
      {"__or__", ProxyMethod<10>},      {"__ror__", ProxyMethod<11>},
  };
  if (!AddMethods(ts, c.mappingproxy, "mappingproxy", kProxy)) return false;
  c.mappingproxy->construct = MappingProxyConstruct;
  auto* e = rt.heap.New<NativeData>(ts, ObjKind::kNativeData, c.ellipsis_type);
  if (e == nullptr) return false;
  rt.ellipsis = e;
  return InitGenericAliasHooks(ts);
}

}  // namespace builtins
}  // namespace interp
