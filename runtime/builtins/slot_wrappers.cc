// The special methods of builtin types as attributes: list.__len__,
// dict.__setitem__, int.__add__, str.__eq__ ... so scripts can call them
// directly (`[].__len__()`, `int.__add__(1, 2)`) and subclasses reach the
// builtin behaviour through super() (`super().__setitem__(k, v)`).
//
// Each wrapper performs the builtin operation on `self` as an instance of
// the owning builtin type: a user subclass's own override of the same
// method is not called again (it is usually the caller).
#include <string>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/iterator.h"
#include "runtime/objects/operators.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/lazy_natives.h"

namespace interp {
namespace builtins {
namespace {

enum class Slot : uint8_t {
  kLen,
  kGetItem,
  kSetItem,
  kDelItem,
  kContains,
  kIter,
  kRepr,
  kStr,
  kHash,
  kBool,
  kNeg,
  kPos,
  kInvert,
  kAbs,
  kCompare,    // + CmpOp
  kBinary,     // + BinOp
  kReflected,  // + BinOp, operands swapped (__radd__)
  kInplace,    // + BinOp, in place (__iadd__): the result of `self op= x`
  kReversed,   // __reversed__: reversed(self)
};

// Which builtin type owns a wrapper (an index into BuiltinClasses).
enum class Owner : uint8_t {
  kList,
  kTuple,
  kStr,
  kDict,
  kSet,
  kInt,
  kFloat,
  kBytes,
  kFrozenset,
  kByteArray,
  kRange,
};

ClassObject* OwnerClass(RuntimeState& rt, Owner o) {
  switch (o) {
    case Owner::kList:
      return rt.classes.list;
    case Owner::kTuple:
      return rt.classes.tuple;
    case Owner::kStr:
      return rt.classes.str;
    case Owner::kDict:
      return rt.classes.dict;
    case Owner::kSet:
      return rt.classes.set;
    case Owner::kInt:
      return rt.classes.int_;
    case Owner::kFloat:
      return rt.classes.float_;
    case Owner::kBytes:
      return rt.classes.bytes;
    case Owner::kFrozenset:
      return rt.classes.frozenset;
    case Owner::kByteArray:
      return rt.classes.bytearray;
    case Owner::kRange:
      return rt.classes.range;
  }
  return rt.classes.object;
}

Value NotImplemented(RuntimeState& rt) {
  return Value::Obj(rt.not_implemented);
}

// Whether `other` is an operand the owner's binary operator accepts
// (CPython answers NotImplemented otherwise: int.__add__(1, 1.5)).
bool AcceptsOperand(RuntimeState& rt, Owner owner, BinOp op, Value other) {
  ClassObject* oc = ClassOf(rt, other);
  switch (owner) {
    case Owner::kInt:
      return IsSubclass(oc, rt.classes.int_);
    case Owner::kFloat:
      return IsSubclass(oc, rt.classes.int_) ||
             IsSubclass(oc, rt.classes.float_);
    case Owner::kBytes:
    case Owner::kByteArray:
      // bytes' sequence operations raise their own TypeError for an
      // operand they do not take ("can't concat str to bytes").
      if (op == BinOp::kAdd) return true;
      [[fallthrough]];
    case Owner::kStr:
      if (op == BinOp::kMod) return true;
      [[fallthrough]];
    case Owner::kList:
    case Owner::kTuple:
      if (op == BinOp::kMul) return IsSubclass(oc, rt.classes.int_);
      return IsSubclass(oc, OwnerClass(rt, owner));
    case Owner::kSet:
    case Owner::kFrozenset:
      return IsSubclass(oc, rt.classes.set) ||
             (rt.classes.frozenset != nullptr &&
              IsSubclass(oc, rt.classes.frozenset));
    case Owner::kDict:
      return IsSubclass(oc, rt.classes.dict);
    case Owner::kRange:
      return false;
  }
  return false;
}

bool AcceptsCompare(RuntimeState& rt, Owner owner, Value other) {
  ClassObject* oc = ClassOf(rt, other);
  switch (owner) {
    case Owner::kInt:
      return IsSubclass(oc, rt.classes.int_);
    case Owner::kFloat:
      return IsSubclass(oc, rt.classes.int_) ||
             IsSubclass(oc, rt.classes.float_);
    case Owner::kSet:
    case Owner::kFrozenset:
      return IsSubclass(oc, rt.classes.set) ||
             (rt.classes.frozenset != nullptr &&
              IsSubclass(oc, rt.classes.frozenset));
    case Owner::kByteArray:
      // bytearray compares with any bytes-like object; bytes only with
      // bytes.
      return IsSubclass(oc, rt.classes.bytes) ||
             IsSubclass(oc, rt.classes.bytearray);
    default:
      return IsSubclass(oc, OwnerClass(rt, owner));
  }
}

const char* SlotName(Slot s, uint8_t op) {
  static constexpr const char* kCmp[] = {"__eq__", "__ne__", "__lt__",
                                         "__le__", "__gt__", "__ge__"};
  static constexpr const char* kBin[] = {
      "__add__",      "__sub__", "__mul__", "__truediv__",
      "__floordiv__", "__mod__", "__pow__", "__lshift__",
      "__rshift__",   "__and__", "__or__",  "__xor__"};
  static constexpr const char* kRef[] = {
      "__radd__",      "__rsub__", "__rmul__", "__rtruediv__",
      "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__",
      "__rrshift__",   "__rand__", "__ror__",  "__rxor__"};
  static constexpr const char* kIn[] = {
      "__iadd__",      "__isub__", "__imul__", "__itruediv__",
      "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__",
      "__irshift__",   "__iand__", "__ior__",  "__ixor__"};
  switch (s) {
    case Slot::kLen:
      return "__len__";
    case Slot::kGetItem:
      return "__getitem__";
    case Slot::kSetItem:
      return "__setitem__";
    case Slot::kDelItem:
      return "__delitem__";
    case Slot::kContains:
      return "__contains__";
    case Slot::kIter:
      return "__iter__";
    case Slot::kRepr:
      return "__repr__";
    case Slot::kStr:
      return "__str__";
    case Slot::kHash:
      return "__hash__";
    case Slot::kBool:
      return "__bool__";
    case Slot::kNeg:
      return "__neg__";
    case Slot::kPos:
      return "__pos__";
    case Slot::kInvert:
      return "__invert__";
    case Slot::kAbs:
      return "__abs__";
    case Slot::kCompare:
      return kCmp[op];
    case Slot::kBinary:
      return kBin[op];
    case Slot::kReflected:
      return kRef[op];
    case Slot::kInplace:
      return kIn[op];
    case Slot::kReversed:
      return "__reversed__";
  }
  return "?";
}

uint32_t SlotArity(Slot s) {
  switch (s) {
    case Slot::kGetItem:
    case Slot::kDelItem:
    case Slot::kContains:
    case Slot::kCompare:
    case Slot::kBinary:
    case Slot::kReflected:
    case Slot::kInplace:
      return 1;
    case Slot::kSetItem:
      return 2;
    default:
      return 0;
  }
}

Value IntValue(ThreadState& ts, bool ok, int64_t n) {
  (void)ts;
  return ok ? Value::Int(n) : Value::Error();
}

// The operation itself, on a self already checked and viewed as builtin.
Value Perform(ThreadState& ts, Owner owner, Slot slot, uint8_t op,
              const Value* args) {
  RuntimeState& rt = Rt(ts);
  Value self = args[0];
  switch (slot) {
    case Slot::kLen: {
      int64_t n = 0;
      return IntValue(ts, Length(ts, self, &n), n);
    }
    case Slot::kGetItem:
      return GetItem(ts, self, args[1]);
    case Slot::kSetItem:
      return SetItem(ts, self, args[1], args[2]);
    case Slot::kDelItem:
      return DelItem(ts, self, args[1]);
    case Slot::kContains: {
      int r = Contains(ts, self, args[1]);
      return r < 0 ? Value::Error() : Value::Bool(r != 0);
    }
    case Slot::kIter:
      return GetIter(ts, self);
    case Slot::kRepr:
      return Repr(ts, self);
    case Slot::kStr:
      return ToStr(ts, self);
    case Slot::kHash: {
      int64_t h = 0;
      return IntValue(ts, Hash(ts, self, &h), h);
    }
    case Slot::kBool: {
      int t = Truthy(ts, self);
      return t < 0 ? Value::Error() : Value::Bool(t != 0);
    }
    case Slot::kNeg:
      return Negate(ts, self);
    case Slot::kPos:
      return Positive(ts, self);
    case Slot::kInvert:
      return Invert(ts, self);
    case Slot::kAbs: {
      Value neg = CompareBool(ts, CmpOp::kLt, self, Value::Int(0)) == 1
                      ? Negate(ts, self)
                      : Positive(ts, self);
      return neg;
    }
    case Slot::kCompare:
      if (!AcceptsCompare(rt, owner, args[1])) return NotImplemented(rt);
      return Compare(ts, static_cast<CmpOp>(op), self, args[1]);
    case Slot::kBinary:
      if (!AcceptsOperand(rt, owner, static_cast<BinOp>(op), args[1])) {
        return NotImplemented(rt);
      }
      return BinaryOp(ts, static_cast<BinOp>(op), self, args[1]);
    case Slot::kReflected:
      if (!AcceptsOperand(rt, owner, static_cast<BinOp>(op), args[1])) {
        return NotImplemented(rt);
      }
      return BinaryOp(ts, static_cast<BinOp>(op), args[1], self);
    case Slot::kInplace:
      // Sets take only sets; list += and dict |= take any iterable (and
      // raise their own TypeError), as CPython's do.
      if ((owner == Owner::kSet || owner == Owner::kFrozenset) &&
          !AcceptsOperand(rt, owner, static_cast<BinOp>(op), args[1])) {
        return NotImplemented(rt);
      }
      // The repeat count of `seq *= n` is an index.
      if (static_cast<BinOp>(op) == BinOp::kMul &&
          !IsSubclass(ClassOf(rt, args[1]), rt.classes.int_)) {
        int64_t n;
        if (!ToIndex(ts, args[1], &n)) return Value::Error();
        return InplaceOp(ts, BinOp::kMul, self, Value::Int(n));
      }
      return InplaceOp(ts, static_cast<BinOp>(op), self, args[1]);
    case Slot::kReversed:
      return rt.classes.reversed->construct(ts, args, 1, nullptr);
  }
  return Value::None();
}

template <Owner kOwner, Slot kSlot, uint8_t kOp = 0>
Value Wrapper(ThreadState& ts, const Value* args, uint32_t nargs,
              Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  ClassObject* owner = OwnerClass(rt, kOwner);
  const char* name = SlotName(kSlot, kOp);
  if (nargs == 0 || !IsSubclass(ClassOf(rt, args[0]), owner)) {
    if (nargs == 0) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "descriptor '%s' of '%s' object needs an argument",
                         name, owner->name->view());
    }
    return RaiseFormat(ts, rt.exc.type_error,
                       "descriptor '%s' requires a '%s' object but received "
                       "a '%s'",
                       name, owner->name->view(), TypeName(ts, args[0]));
  }
  if (!NoKwargs(ts, name, kwnames)) return Value::Error();
  uint32_t want = SlotArity(kSlot);
  if (nargs - 1 != want) {
    return RaiseFormat(ts, rt.exc.type_error, "expected %d argument%s, got %d",
                       static_cast<int>(want), want == 1 ? "" : "s",
                       static_cast<int>(nargs - 1));
  }
  ClassObject* self_cls = ClassOf(rt, args[0]);
  Value r;
  {
    BuiltinView view(args[0], owner);
    r = Perform(ts, kOwner, kSlot, kOp, args);
  }
  // str.__str__ of a str subclass instance is an exact str.
  if (kSlot == Slot::kStr && r.Is(args[0]) && self_cls != owner &&
      IsKind(r, ObjKind::kStr)) {
    r = StrValue(ts, static_cast<Str*>(r.AsObject())->view());
  }
  // tuple.__getitem__(sub, slice(None)) is an exact tuple too (the whole
  // slice of a tuple is the tuple itself only for exact tuples).
  if (kSlot == Slot::kGetItem && r.Is(args[0]) && self_cls != owner &&
      IsKind(r, ObjKind::kTuple)) {
    Tuple* whole = static_cast<Tuple*>(r.AsObject());
    Tuple* copy = NewTupleFrom(ts, whole->items, whole->size);
    r = copy != nullptr ? Value::Obj(copy) : Value::Error();
  }
  // dict.__getitem__ on a subclass still consults the subclass's
  // __missing__, like CPython's.
  if (kOwner == Owner::kDict && kSlot == Slot::kGetItem && r.IsError() &&
      self_cls != owner && PendingExceptionMatches(ts, rt.exc.key_error)) {
    Value missing = LookupSpecial(self_cls, InternStr(ts, "__missing__"));
    if (!missing.IsEmpty()) {
      TakePendingException(ts);
      Value call[2] = {args[0], args[1]};
      r = CallValue(ts, missing, call, 2);
    }
  }
  return r;
}

#define CMP_SLOTS(O)                               \
  {"__eq__", Wrapper<O, Slot::kCompare, 0>},       \
      {"__ne__", Wrapper<O, Slot::kCompare, 1>},   \
      {"__lt__", Wrapper<O, Slot::kCompare, 2>},   \
      {"__le__", Wrapper<O, Slot::kCompare, 3>},   \
      {"__gt__", Wrapper<O, Slot::kCompare, 4>}, { \
    "__ge__", Wrapper<O, Slot::kCompare, 5>        \
  }
#define BIN(O, i) Wrapper<O, Slot::kBinary, i>
#define INPLACE(O, i) Wrapper<O, Slot::kInplace, i>
#define SET_OPS(O)                                                        \
  {"__sub__", BIN(O, 1)}, {"__and__", BIN(O, 9)}, {"__or__", BIN(O, 10)}, \
      {"__xor__", BIN(O, 11)}, {"__rsub__", REF(O, 1)},                   \
      {"__rand__", REF(O, 9)}, {"__ror__", REF(O, 10)}, {                 \
    "__rxor__", REF(O, 11)                                                \
  }
#define REF(O, i) Wrapper<O, Slot::kReflected, i>
#define NUM_SLOTS(O)                                                           \
  {"__add__", BIN(O, 0)}, {"__sub__", BIN(O, 1)}, {"__mul__", BIN(O, 2)},      \
      {"__truediv__", BIN(O, 3)}, {"__floordiv__", BIN(O, 4)},                 \
      {"__mod__", BIN(O, 5)}, {"__pow__", BIN(O, 6)}, {"__radd__", REF(O, 0)}, \
      {"__rsub__", REF(O, 1)}, {"__rmul__", REF(O, 2)},                        \
      {"__rtruediv__", REF(O, 3)}, {"__rfloordiv__", REF(O, 4)},               \
      {"__rmod__", REF(O, 5)}, {"__rpow__", REF(O, 6)},                        \
      {"__neg__", Wrapper<O, Slot::kNeg>},                                     \
      {"__pos__", Wrapper<O, Slot::kPos>},                                     \
      {"__abs__", Wrapper<O, Slot::kAbs>},                                     \
      {"__bool__", Wrapper<O, Slot::kBool>},                                   \
      {"__repr__", Wrapper<O, Slot::kRepr>}, {                                 \
    "__hash__", Wrapper<O, Slot::kHash>                                        \
  }

constexpr MethodDef kListSlots[] = {
    {"__len__", Wrapper<Owner::kList, Slot::kLen>},
    {"__getitem__", Wrapper<Owner::kList, Slot::kGetItem>},
    {"__setitem__", Wrapper<Owner::kList, Slot::kSetItem>},
    {"__delitem__", Wrapper<Owner::kList, Slot::kDelItem>},
    {"__contains__", Wrapper<Owner::kList, Slot::kContains>},
    {"__iter__", Wrapper<Owner::kList, Slot::kIter>},
    {"__repr__", Wrapper<Owner::kList, Slot::kRepr>},
    {"__add__", BIN(Owner::kList, 0)},
    {"__mul__", BIN(Owner::kList, 2)},
    {"__rmul__", REF(Owner::kList, 2)},
    {"__iadd__", INPLACE(Owner::kList, 0)},
    {"__imul__", INPLACE(Owner::kList, 2)},
    {"__reversed__", Wrapper<Owner::kList, Slot::kReversed>},
    CMP_SLOTS(Owner::kList),
};
constexpr MethodDef kTupleSlots[] = {
    {"__len__", Wrapper<Owner::kTuple, Slot::kLen>},
    {"__getitem__", Wrapper<Owner::kTuple, Slot::kGetItem>},
    {"__contains__", Wrapper<Owner::kTuple, Slot::kContains>},
    {"__iter__", Wrapper<Owner::kTuple, Slot::kIter>},
    {"__repr__", Wrapper<Owner::kTuple, Slot::kRepr>},
    {"__hash__", Wrapper<Owner::kTuple, Slot::kHash>},
    {"__add__", BIN(Owner::kTuple, 0)},
    {"__mul__", BIN(Owner::kTuple, 2)},
    {"__rmul__", REF(Owner::kTuple, 2)},
    CMP_SLOTS(Owner::kTuple),
};
constexpr MethodDef kStrSlots[] = {
    {"__len__", Wrapper<Owner::kStr, Slot::kLen>},
    {"__getitem__", Wrapper<Owner::kStr, Slot::kGetItem>},
    {"__contains__", Wrapper<Owner::kStr, Slot::kContains>},
    {"__iter__", Wrapper<Owner::kStr, Slot::kIter>},
    {"__repr__", Wrapper<Owner::kStr, Slot::kRepr>},
    {"__str__", Wrapper<Owner::kStr, Slot::kStr>},
    {"__hash__", Wrapper<Owner::kStr, Slot::kHash>},
    {"__add__", BIN(Owner::kStr, 0)},
    {"__mul__", BIN(Owner::kStr, 2)},
    {"__rmul__", REF(Owner::kStr, 2)},
    {"__mod__", BIN(Owner::kStr, 5)},
    CMP_SLOTS(Owner::kStr),
};
constexpr MethodDef kDictSlots[] = {
    {"__len__", Wrapper<Owner::kDict, Slot::kLen>},
    {"__getitem__", Wrapper<Owner::kDict, Slot::kGetItem>},
    {"__setitem__", Wrapper<Owner::kDict, Slot::kSetItem>},
    {"__delitem__", Wrapper<Owner::kDict, Slot::kDelItem>},
    {"__contains__", Wrapper<Owner::kDict, Slot::kContains>},
    {"__iter__", Wrapper<Owner::kDict, Slot::kIter>},
    {"__repr__", Wrapper<Owner::kDict, Slot::kRepr>},
    {"__eq__", Wrapper<Owner::kDict, Slot::kCompare, 0>},
    {"__ne__", Wrapper<Owner::kDict, Slot::kCompare, 1>},
    {"__or__", BIN(Owner::kDict, 10)},
    {"__ror__", REF(Owner::kDict, 10)},
    {"__ior__", INPLACE(Owner::kDict, 10)},
    {"__reversed__", Wrapper<Owner::kDict, Slot::kReversed>},
};
constexpr MethodDef kSetSlots[] = {
    {"__len__", Wrapper<Owner::kSet, Slot::kLen>},
    {"__contains__", Wrapper<Owner::kSet, Slot::kContains>},
    {"__iter__", Wrapper<Owner::kSet, Slot::kIter>},
    {"__repr__", Wrapper<Owner::kSet, Slot::kRepr>},
    SET_OPS(Owner::kSet),
    {"__isub__", INPLACE(Owner::kSet, 1)},
    {"__iand__", INPLACE(Owner::kSet, 9)},
    {"__ior__", INPLACE(Owner::kSet, 10)},
    {"__ixor__", INPLACE(Owner::kSet, 11)},
    CMP_SLOTS(Owner::kSet),
};
constexpr MethodDef kFrozensetSlots[] = {
    {"__len__", Wrapper<Owner::kFrozenset, Slot::kLen>},
    {"__contains__", Wrapper<Owner::kFrozenset, Slot::kContains>},
    {"__iter__", Wrapper<Owner::kFrozenset, Slot::kIter>},
    {"__repr__", Wrapper<Owner::kFrozenset, Slot::kRepr>},
    {"__hash__", Wrapper<Owner::kFrozenset, Slot::kHash>},
    SET_OPS(Owner::kFrozenset),
    CMP_SLOTS(Owner::kFrozenset),
};
constexpr MethodDef kByteArraySlots[] = {
    {"__len__", Wrapper<Owner::kByteArray, Slot::kLen>},
    {"__getitem__", Wrapper<Owner::kByteArray, Slot::kGetItem>},
    {"__setitem__", Wrapper<Owner::kByteArray, Slot::kSetItem>},
    {"__delitem__", Wrapper<Owner::kByteArray, Slot::kDelItem>},
    {"__contains__", Wrapper<Owner::kByteArray, Slot::kContains>},
    {"__iter__", Wrapper<Owner::kByteArray, Slot::kIter>},
    {"__repr__", Wrapper<Owner::kByteArray, Slot::kRepr>},
    {"__str__", Wrapper<Owner::kByteArray, Slot::kStr>},
    {"__add__", BIN(Owner::kByteArray, 0)},
    {"__mul__", BIN(Owner::kByteArray, 2)},
    {"__rmul__", REF(Owner::kByteArray, 2)},
    {"__mod__", BIN(Owner::kByteArray, 5)},
    {"__iadd__", INPLACE(Owner::kByteArray, 0)},
    {"__imul__", INPLACE(Owner::kByteArray, 2)},
    CMP_SLOTS(Owner::kByteArray),
};
constexpr MethodDef kRangeSlots[] = {
    {"__len__", Wrapper<Owner::kRange, Slot::kLen>},
    {"__getitem__", Wrapper<Owner::kRange, Slot::kGetItem>},
    {"__contains__", Wrapper<Owner::kRange, Slot::kContains>},
    {"__iter__", Wrapper<Owner::kRange, Slot::kIter>},
    {"__reversed__", Wrapper<Owner::kRange, Slot::kReversed>},
    {"__repr__", Wrapper<Owner::kRange, Slot::kRepr>},
    {"__hash__", Wrapper<Owner::kRange, Slot::kHash>},
    {"__bool__", Wrapper<Owner::kRange, Slot::kBool>},
    {"__eq__", Wrapper<Owner::kRange, Slot::kCompare, 0>},
    {"__ne__", Wrapper<Owner::kRange, Slot::kCompare, 1>},
};
constexpr MethodDef kIntSlots[] = {
    NUM_SLOTS(Owner::kInt),
    {"__lshift__", BIN(Owner::kInt, 7)},
    {"__rshift__", BIN(Owner::kInt, 8)},
    {"__and__", BIN(Owner::kInt, 9)},
    {"__or__", BIN(Owner::kInt, 10)},
    {"__xor__", BIN(Owner::kInt, 11)},
    {"__rand__", REF(Owner::kInt, 9)},
    {"__ror__", REF(Owner::kInt, 10)},
    {"__rxor__", REF(Owner::kInt, 11)},
    {"__rlshift__", REF(Owner::kInt, 7)},
    {"__rrshift__", REF(Owner::kInt, 8)},
    {"__invert__", Wrapper<Owner::kInt, Slot::kInvert>},
    CMP_SLOTS(Owner::kInt),
};
constexpr MethodDef kBytesSlots[] = {
    {"__len__", Wrapper<Owner::kBytes, Slot::kLen>},
    {"__getitem__", Wrapper<Owner::kBytes, Slot::kGetItem>},
    {"__contains__", Wrapper<Owner::kBytes, Slot::kContains>},
    {"__iter__", Wrapper<Owner::kBytes, Slot::kIter>},
    {"__repr__", Wrapper<Owner::kBytes, Slot::kRepr>},
    {"__str__", Wrapper<Owner::kBytes, Slot::kStr>},
    {"__hash__", Wrapper<Owner::kBytes, Slot::kHash>},
    {"__add__", BIN(Owner::kBytes, 0)},
    {"__mul__", BIN(Owner::kBytes, 2)},
    {"__rmul__", REF(Owner::kBytes, 2)},
    {"__mod__", BIN(Owner::kBytes, 5)},
    CMP_SLOTS(Owner::kBytes),
};
constexpr MethodDef kFloatSlots[] = {
    NUM_SLOTS(Owner::kFloat),
    CMP_SLOTS(Owner::kFloat),
};

#undef CMP_SLOTS
#undef BIN
#undef REF
#undef INPLACE
#undef SET_OPS
#undef NUM_SLOTS

// Adds the wrappers a class does not define itself (its own natives, e.g.
// a faster list.__getitem__, win), when the class's dict is first read.
bool AddMissing(ThreadState& ts, ClassObject* cls, std::string_view prefix,
                const MethodDef* defs, size_t n) {
  return DeferNatives(ts, cls, prefix, defs, n, DeferredKind::kMethod,
                      /*if_absent=*/true);
}

// __call__ of functions, builtin functions and bound methods: the object
// called with the remaining arguments (keyword values follow them, as the
// native convention has it), so `f.__call__(x)` is `f(x)`.
Value CallAs(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kwnames,
             ObjKind kind, ClassObject* owner) {
  RuntimeState& rt = Rt(ts);
  if (nargs < 1) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "descriptor '__call__' of '%s' object needs an argument",
                       owner->name->view());
  }
  if (!IsKind(args[0], kind)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "descriptor '__call__' requires a '%s' object but "
                       "received a '%s'",
                       owner->name->view(), TypeName(ts, args[0]));
  }
  return CallValue(ts, args[0], args + 1, nargs - 1, kwnames);
}

Value FunctionCall(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  return CallAs(ts, args, nargs, kwnames, ObjKind::kFunction,
                Rt(ts).classes.function);
}

Value NativeCall(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  return CallAs(ts, args, nargs, kwnames, ObjKind::kNative,
                Rt(ts).classes.builtin_function);
}

Value MethodCall(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  return CallAs(ts, args, nargs, kwnames, ObjKind::kBoundMethod,
                Rt(ts).classes.method);
}

// function.__get__(obj, type=None): functions are the descriptors that
// make methods; what attribute lookup does implicitly, spelled out (used by
// functools.partialmethod, singledispatchmethod and user descriptors).
Value FunctionGet(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (!NoKwargs(ts, "__get__", kwnames)) return Value::Error();
  if (nargs < 1 || !IsKind(args[0], ObjKind::kFunction)) {
    return RaiseTypeError(ts,
                          "descriptor '__get__' requires a 'function' object");
  }
  if (nargs < 2) {
    return RaiseTypeError(ts, "expected at least 1 argument, got 0");
  }
  if (nargs > 3) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "expected at most 2 arguments, got %d", nargs - 1);
  }
  if (args[1].IsNone()) {
    if (nargs < 3 || args[2].IsNone()) {
      return RaiseTypeError(ts, "__get__(None, None) is invalid");
    }
    return args[0];
  }
  return NewBoundMethod(ts, args[0], args[1]);
}

constexpr MethodDef kFunctionSlots[] = {{"__call__", FunctionCall},
                                        {"__get__", FunctionGet}};
constexpr MethodDef kNativeSlots[] = {{"__call__", NativeCall}};
constexpr MethodDef kMethodSlots[] = {{"__call__", MethodCall}};

template <size_t N>
bool AddMissing(ThreadState& ts, ClassObject* cls, std::string_view prefix,
                const MethodDef (&defs)[N]) {
  return AddMissing(ts, cls, prefix, defs, N);
}

// __iter__ and __next__ of the builtin iterators (list_iterator, map, zip,
// ...): `it.__next__` is what heapq.merge and hand-written loops call.
bool SelfIterator(ThreadState& ts, const char* name, const Value* args,
                  uint32_t nargs, Tuple* kwnames) {
  if (!NoKwargs(ts, name, kwnames)) return false;
  if (nargs != 1 || !IsKind(args[0], ObjKind::kIterator)) {
    if (nargs == 0) {
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "descriptor '%s' needs an argument", name);
    } else {
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "descriptor '%s' requires an iterator", name);
    }
    return false;
  }
  return true;
}

Value IteratorIter(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  if (!SelfIterator(ts, "__iter__", args, nargs, kwnames)) {
    return Value::Error();
  }
  return args[0];
}

Value IteratorNext(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  if (!SelfIterator(ts, "__next__", args, nargs, kwnames)) {
    return Value::Error();
  }
  Value v = IterNext(ts, args[0]);
  return v.IsEmpty() ? RaiseStopIteration(ts) : v;
}

constexpr MethodDef kIteratorSlots[] = {{"__iter__", IteratorIter},
                                        {"__next__", IteratorNext}};

// __length_hint__ of the iterators over sized sources: the items left
// (what operator.length_hint and list() read).
Value IteratorLengthHintMethod(ThreadState& ts, const Value* args,
                               uint32_t nargs, Tuple* kwnames) {
  if (!SelfIterator(ts, "__length_hint__", args, nargs, kwnames)) {
    return Value::Error();
  }
  int64_t n = IteratorLengthHint(static_cast<Iterator*>(args[0].AsObject()));
  return n < 0 ? NotImplemented(Rt(ts)) : Value::Int(n);
}

constexpr MethodDef kSizedIteratorSlots[] = {
    {"__length_hint__", IteratorLengthHintMethod}};

bool AddIteratorSlots(ThreadState& ts) {
  BuiltinClasses& c = Rt(ts).classes;
  ClassObject* const iterators[] = {c.enumerate,
                                    c.zip,
                                    c.map,
                                    c.filter,
                                    c.reversed,
                                    c.list_iterator,
                                    c.tuple_iterator,
                                    c.str_iterator,
                                    c.range_iterator,
                                    c.dict_keyiterator,
                                    c.dict_valueiterator,
                                    c.dict_itemiterator,
                                    c.set_iterator,
                                    c.callable_iterator,
                                    c.list_reverseiterator,
                                    c.dict_reversekeyiterator,
                                    c.str_unicode_iterator,
                                    c.bytes_iterator,
                                    c.bytearray_iterator};
  for (ClassObject* cls : iterators) {
    if (cls != nullptr &&
        !AddMissing(ts, cls, cls->name->view(), kIteratorSlots)) {
      return false;
    }
  }
  ClassObject* const sized[] = {c.reversed,
                                c.list_iterator,
                                c.tuple_iterator,
                                c.str_iterator,
                                c.range_iterator,
                                c.dict_keyiterator,
                                c.dict_valueiterator,
                                c.dict_itemiterator,
                                c.set_iterator,
                                c.list_reverseiterator,
                                c.dict_reversekeyiterator,
                                c.str_unicode_iterator,
                                c.bytes_iterator,
                                c.bytearray_iterator};
  for (ClassObject* cls : sized) {
    if (cls != nullptr &&
        !AddMissing(ts, cls, cls->name->view(), kSizedIteratorSlots)) {
      return false;
    }
  }
  return true;
}

// The mutable containers are unhashable: their __hash__ is None, as
// CPython's (`list.__hash__ is None`; subclasses inherit it).
bool AddUnhashable(ThreadState& ts) {
  BuiltinClasses& c = Rt(ts).classes;
  for (ClassObject* cls : {c.list, c.dict, c.set, c.bytearray}) {
    if (!DeferNative(ts, cls, cls->name->view(), "__hash__", nullptr,
                     DeferredKind::kNone)) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool InitSlotWrappers(ThreadState& ts) {
  BuiltinClasses& c = Rt(ts).classes;
  return AddMissing(ts, c.list, "list", kListSlots) &&
         AddMissing(ts, c.tuple, "tuple", kTupleSlots) &&
         AddMissing(ts, c.str, "str", kStrSlots) &&
         AddMissing(ts, c.dict, "dict", kDictSlots) &&
         AddMissing(ts, c.set, "set", kSetSlots) &&
         AddMissing(ts, c.int_, "int", kIntSlots) &&
         AddMissing(ts, c.float_, "float", kFloatSlots) &&
         AddMissing(ts, c.bytes, "bytes", kBytesSlots) &&
         AddMissing(ts, c.frozenset, "frozenset", kFrozensetSlots) &&
         AddMissing(ts, c.bytearray, "bytearray", kByteArraySlots) &&
         AddMissing(ts, c.range, "range", kRangeSlots) && AddUnhashable(ts) &&
         AddMissing(ts, c.function, "function", kFunctionSlots) &&
         AddMissing(ts, c.builtin_function, "builtin_function_or_method",
                    kNativeSlots) &&
         AddMissing(ts, c.method, "method", kMethodSlots) &&
         AddIteratorSlots(ts);
}

}  // namespace builtins
}  // namespace interp
