// Methods of set (self = args[0]). Results are built in the order CPython
// builds them (copy-then-update for union, iteration over the smaller set
// for intersection), so small-int sets print in the same order.
#include <string>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

#define SET_SELF(method)                                           \
  if (!CheckSelf(ts, args, nargs, ObjKind::kSet, "set", method)) { \
    return Value::Error();                                         \
  }                                                                \
  Set* self = AsSet(args[0]);                                      \
  const uint32_t argc = nargs - 1;                                 \
  (void)argc

// `v` as a set: itself when it is one, else a new set of its items.
Set* AsSetArg(ThreadState& ts, Value v, TempRoots& roots) {
  if (IsKind(v, ObjKind::kSet)) return AsSet(v);
  Set* s = NewSet(ts);
  if (s == nullptr) return nullptr;
  roots.Add(SetValue(s));
  if (!SetUpdate(ts, s, v)) return nullptr;
  return s;
}

Value SetAddMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  SET_SELF("add");
  if (!NoKwargs(ts, "set.add", kw) ||
      !CheckArgCount(ts, "set.add", argc, 1, 1)) {
    return Value::Error();
  }
  if (SetAdd(ts, self, args[1]) < 0) return Value::Error();
  return Value::None();
}

Value SetDiscardMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  SET_SELF("discard");
  if (!NoKwargs(ts, "set.discard", kw) ||
      !CheckArgCount(ts, "set.discard", argc, 1, 1)) {
    return Value::Error();
  }
  if (SetDiscard(ts, self, args[1]) < 0) return Value::Error();
  return Value::None();
}

Value SetRemoveMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  SET_SELF("remove");
  if (!NoKwargs(ts, "set.remove", kw) ||
      !CheckArgCount(ts, "set.remove", argc, 1, 1)) {
    return Value::Error();
  }
  int r = SetDiscard(ts, self, args[1]);
  if (r < 0) return Value::Error();
  if (r == 0) return RaiseKeyError(ts, args[1]);
  return Value::None();
}

Value SetPopMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  SET_SELF("pop");
  if (!NoKwargs(ts, "set.pop", kw) ||
      !CheckArgCount(ts, "set.pop", argc, 0, 0)) {
    return Value::Error();
  }
  return SetPop(ts, self);
}

Value SetClearMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  SET_SELF("clear");
  if (!NoKwargs(ts, "set.clear", kw) ||
      !CheckArgCount(ts, "set.clear", argc, 0, 0)) {
    return Value::Error();
  }
  SetClear(ts, self);
  return Value::None();
}

Value SetCopyMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  SET_SELF("copy");
  if (!NoKwargs(ts, "set.copy", kw) ||
      !CheckArgCount(ts, "set.copy", argc, 0, 0)) {
    return Value::Error();
  }
  Set* s = SetCopy(ts, self);
  return s != nullptr ? SetValue(s) : Value::Error();
}

Value SetUnionMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  SET_SELF("union");
  if (!NoKwargs(ts, "set.union", kw)) return Value::Error();
  Set* r = SetCopy(ts, self);
  if (r == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(SetValue(r));
  for (uint32_t i = 1; i < nargs; ++i) {
    if (!SetUpdate(ts, r, args[i])) return Value::Error();
  }
  return SetValue(r);
}

Value SetUpdateMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  SET_SELF("update");
  if (!NoKwargs(ts, "set.update", kw)) return Value::Error();
  for (uint32_t i = 1; i < nargs; ++i) {
    if (!SetUpdate(ts, self, args[i])) return Value::Error();
  }
  return Value::None();
}

// self & other.
Set* Intersect(ThreadState& ts, Set* self, Value other) {
  TempRoots roots(ts);
  Set* o = AsSetArg(ts, other, roots);
  if (o == nullptr) return nullptr;
  Set* r = NewSet(ts);
  if (r == nullptr) return nullptr;
  roots.Add(SetValue(r));
  Set* small = self;
  Set* big = o;
  if (SetSize(o) < SetSize(self)) {
    small = o;
    big = self;
  }
  uint32_t pos = 0;
  Value item;
  while (SetNext(small, &pos, &item)) {
    int c = SetContains(ts, big, item);
    if (c < 0) return nullptr;
    if (c && SetAdd(ts, r, item) < 0) return nullptr;
  }
  return r;
}

Value SetIntersectionMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                            Tuple* kw) {
  SET_SELF("intersection");
  if (!NoKwargs(ts, "set.intersection", kw)) return Value::Error();
  if (nargs == 1) {
    Set* r = SetCopy(ts, self);
    return r != nullptr ? SetValue(r) : Value::Error();
  }
  TempRoots roots(ts);
  Set* r = self;
  for (uint32_t i = 1; i < nargs; ++i) {
    r = Intersect(ts, r, args[i]);
    if (r == nullptr) return Value::Error();
    roots.Add(SetValue(r));
  }
  return SetValue(r);
}

Value SetIntersectionUpdateMethod(ThreadState& ts, const Value* args,
                                  uint32_t nargs, Tuple* kw) {
  Value r = SetIntersectionMethod(ts, args, nargs, kw);
  if (r.IsError()) return r;
  TempRoots roots(ts);
  roots.Add(r);
  Set* self = AsSet(args[0]);
  SetClear(ts, self);
  if (!SetUpdate(ts, self, r)) return Value::Error();
  return Value::None();
}

Set* Difference(ThreadState& ts, Set* self, const Value* others, uint32_t n) {
  TempRoots roots(ts);
  Set* r = NewSet(ts);
  if (r == nullptr) return nullptr;
  roots.Add(SetValue(r));
  std::vector<Set*> sets;
  for (uint32_t i = 0; i < n; ++i) {
    Set* o = AsSetArg(ts, others[i], roots);
    if (o == nullptr) return nullptr;
    sets.push_back(o);
  }
  uint32_t pos = 0;
  Value item;
  while (SetNext(self, &pos, &item)) {
    bool keep = true;
    for (Set* o : sets) {
      int c = SetContains(ts, o, item);
      if (c < 0) return nullptr;
      if (c) {
        keep = false;
        break;
      }
    }
    if (keep && SetAdd(ts, r, item) < 0) return nullptr;
  }
  return r;
}

Value SetDifferenceMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                          Tuple* kw) {
  SET_SELF("difference");
  if (!NoKwargs(ts, "set.difference", kw)) return Value::Error();
  Set* r = Difference(ts, self, args + 1, argc);
  return r != nullptr ? SetValue(r) : Value::Error();
}

Value SetDifferenceUpdateMethod(ThreadState& ts, const Value* args,
                                uint32_t nargs, Tuple* kw) {
  SET_SELF("difference_update");
  if (!NoKwargs(ts, "set.difference_update", kw)) return Value::Error();
  TempRoots roots(ts);
  for (uint32_t i = 1; i < nargs; ++i) {
    Set* o = AsSetArg(ts, args[i], roots);
    if (o == nullptr) return Value::Error();
    if (o == self) {
      SetClear(ts, self);
      continue;
    }
    uint32_t pos = 0;
    Value item;
    while (SetNext(o, &pos, &item)) {
      if (SetDiscard(ts, self, item) < 0) return Value::Error();
    }
  }
  return Value::None();
}

// Items of `o` leave `r` when present there and join it otherwise.
bool SymmetricUpdate(ThreadState& ts, Set* r, Set* o) {
  uint32_t pos = 0;
  Value item;
  while (SetNext(o, &pos, &item)) {
    int c = SetDiscard(ts, r, item);
    if (c < 0) return false;
    if (c == 0 && SetAdd(ts, r, item) < 0) return false;
  }
  return true;
}

Value SetSymmetricDifferenceMethod(ThreadState& ts, const Value* args,
                                   uint32_t nargs, Tuple* kw) {
  SET_SELF("symmetric_difference");
  if (!NoKwargs(ts, "set.symmetric_difference", kw) ||
      !CheckArgCount(ts, "set.symmetric_difference", argc, 1, 1)) {
    return Value::Error();
  }
  TempRoots roots(ts);
  Set* o = AsSetArg(ts, args[1], roots);
  if (o == nullptr) return Value::Error();
  // Like CPython: a copy of the argument with self folded in (the table
  // layout, so the printed order, depends on it).
  Set* r = SetCopy(ts, o);
  if (r == nullptr) return Value::Error();
  roots.Add(SetValue(r));
  if (!SymmetricUpdate(ts, r, self)) return Value::Error();
  return SetValue(r);
}

Value SetSymmetricDifferenceUpdateMethod(ThreadState& ts, const Value* args,
                                         uint32_t nargs, Tuple* kw) {
  SET_SELF("symmetric_difference_update");
  if (!NoKwargs(ts, "set.symmetric_difference_update", kw) ||
      !CheckArgCount(ts, "set.symmetric_difference_update", argc, 1, 1)) {
    return Value::Error();
  }
  TempRoots roots(ts);
  Set* o = AsSetArg(ts, args[1], roots);
  if (o == nullptr) return Value::Error();
  if (o == self) {
    SetClear(ts, self);
    return Value::None();
  }
  if (!SymmetricUpdate(ts, self, o)) return Value::Error();
  return Value::None();
}

// All items of `a` in `b`.
int SubsetOf(ThreadState& ts, Set* a, Set* b) {
  if (SetSize(a) > SetSize(b)) return 0;
  uint32_t pos = 0;
  Value item;
  while (SetNext(a, &pos, &item)) {
    int c = SetContains(ts, b, item);
    if (c <= 0) return c;
  }
  return 1;
}

Value SetIssubsetMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kw) {
  SET_SELF("issubset");
  if (!NoKwargs(ts, "set.issubset", kw) ||
      !CheckArgCount(ts, "set.issubset", argc, 1, 1)) {
    return Value::Error();
  }
  TempRoots roots(ts);
  Set* o = AsSetArg(ts, args[1], roots);
  if (o == nullptr) return Value::Error();
  int r = SubsetOf(ts, self, o);
  return r < 0 ? Value::Error() : Value::Bool(r);
}

Value SetIssupersetMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                          Tuple* kw) {
  SET_SELF("issuperset");
  if (!NoKwargs(ts, "set.issuperset", kw) ||
      !CheckArgCount(ts, "set.issuperset", argc, 1, 1)) {
    return Value::Error();
  }
  TempRoots roots(ts);
  Set* o = AsSetArg(ts, args[1], roots);
  if (o == nullptr) return Value::Error();
  int r = SubsetOf(ts, o, self);
  return r < 0 ? Value::Error() : Value::Bool(r);
}

Value SetIsdisjointMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                          Tuple* kw) {
  SET_SELF("isdisjoint");
  if (!NoKwargs(ts, "set.isdisjoint", kw) ||
      !CheckArgCount(ts, "set.isdisjoint", argc, 1, 1)) {
    return Value::Error();
  }
  TempRoots roots(ts);
  Set* o = AsSetArg(ts, args[1], roots);
  if (o == nullptr) return Value::Error();
  uint32_t pos = 0;
  Value item;
  while (SetNext(self, &pos, &item)) {
    int c = SetContains(ts, o, item);
    if (c < 0) return Value::Error();
    if (c) return Value::Bool(false);
  }
  return Value::Bool(true);
}

Value SetInitMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  SET_SELF("__init__");
  if (!NoKwargs(ts, "set", kw) || !CheckArgCount(ts, "set", argc, 0, 1)) {
    return Value::Error();
  }
  SetClear(ts, self);
  if (argc == 1 && !SetUpdate(ts, self, args[1])) return Value::Error();
  return Value::None();
}

#undef SET_SELF

}  // namespace

bool InitSetMethods(ThreadState& ts) {
  static constexpr MethodDef kMethods[] = {
      {"add", SetAddMethod},
      {"discard", SetDiscardMethod},
      {"remove", SetRemoveMethod},
      {"pop", SetPopMethod},
      {"clear", SetClearMethod},
      {"copy", SetCopyMethod},
      {"union", SetUnionMethod},
      {"update", SetUpdateMethod},
      {"intersection", SetIntersectionMethod},
      {"intersection_update", SetIntersectionUpdateMethod},
      {"difference", SetDifferenceMethod},
      {"difference_update", SetDifferenceUpdateMethod},
      {"symmetric_difference", SetSymmetricDifferenceMethod},
      {"symmetric_difference_update", SetSymmetricDifferenceUpdateMethod},
      {"issubset", SetIssubsetMethod},
      {"issuperset", SetIssupersetMethod},
      {"isdisjoint", SetIsdisjointMethod},
      {"__init__", SetInitMethod},
  };
  return AddMethods(ts, Rt(ts).classes.set, "set", kMethods);
}

}  // namespace builtins
}  // namespace interp
