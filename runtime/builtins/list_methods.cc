// Methods of list and tuple (self = args[0]). Comparisons may run script
// code (__eq__) that mutates the list, so loops re-read the size each step.
#include <algorithm>
#include <string>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {
namespace {

#define LIST_SELF(method)                                            \
  if (!CheckSelf(ts, args, nargs, ObjKind::kList, "list", method)) { \
    return Value::Error();                                           \
  }                                                                  \
  List* self = As<List>(args[0]);                                    \
  const uint32_t argc = nargs - 1;                                   \
  (void)argc

Value ListAppendMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  LIST_SELF("append");
  if (!NoKwargs(ts, "list.append", kw) ||
      !CheckArgCount(ts, "list.append", argc, 1, 1)) {
    return Value::Error();
  }
  if (!ListAppend(ts, self, args[1])) return Value::Error();
  return Value::None();
}

Value ListExtendMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  LIST_SELF("extend");
  if (!NoKwargs(ts, "list.extend", kw) ||
      !CheckArgCount(ts, "list.extend", argc, 1, 1)) {
    return Value::Error();
  }
  if (!ListExtend(ts, self, args[1])) return Value::Error();
  return Value::None();
}

Value ListInsertMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  LIST_SELF("insert");
  if (!NoKwargs(ts, "list.insert", kw)) return Value::Error();
  if (argc != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "insert expected 2 arguments, got %d", argc);
  }
  int64_t i;
  if (!ToIndex(ts, args[1], &i)) return Value::Error();
  if (!ListInsert(ts, self, i, args[2])) return Value::Error();
  return Value::None();
}

Value ListPopMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  LIST_SELF("pop");
  if (!NoKwargs(ts, "list.pop", kw) ||
      !CheckArgCount(ts, "list.pop", argc, 0, 1)) {
    return Value::Error();
  }
  int64_t i = -1;
  if (argc == 1 && !ToIndex(ts, args[1], &i)) return Value::Error();
  if (self->size == 0) return RaiseIndexError(ts, "pop from empty list");
  if (i < 0) i += self->size;
  if (i < 0 || i >= self->size) {
    return RaiseIndexError(ts, "pop index out of range");
  }
  Value v = self->items[i];
  std::copy(self->items + i + 1, self->items + self->size, self->items + i);
  self->items[self->size - 1] = Value::None();
  if (!ListResize(ts, self, self->size - 1)) return Value::Error();
  return v;
}

// Clamps start/stop like slice indices.
void ClampRange(int64_t size, int64_t* start, int64_t* stop) {
  if (*start < 0) *start = std::max<int64_t>(0, *start + size);
  if (*stop < 0) *stop = std::max<int64_t>(0, *stop + size);
  *stop = std::min(*stop, size);
}

// One start/stop argument of list.index/tuple.index: an int (no None).
bool SliceIndexArg(ThreadState& ts, Value v, int64_t* out) {
  if (IsBoxedInt(v)) {  // an int subclass's instance
    v = IntPlain(ts, v);
    if (v.IsError()) return false;
  }
  if (v.IsIntLike()) {
    *out = v.AsInt();
    return true;
  }
  if (IsBigInt(v)) {  // clamps like any index past either end
    *out = IntSign(v) < 0 ? -INT64_MAX : INT64_MAX;
    return true;
  }
  if (v.IsObject() && !v.IsNone() &&
      !LookupSpecial(ClassOf(Rt(ts), v), Rt(ts).names.__index__).IsEmpty()) {
    return ToIndex(ts, v, out);
  }
  RaiseTypeError(ts,
                 "slice indices must be integers or have an __index__ method");
  return false;
}

// Optional start/stop arguments of index().
bool StartStop(ThreadState& ts, const Value* a, uint32_t n, int64_t* start,
               int64_t* stop) {
  *start = 0;
  *stop = INT64_MAX;
  if (n >= 1 && !SliceIndexArg(ts, a[0], start)) return false;
  if (n >= 2 && !SliceIndexArg(ts, a[1], stop)) return false;
  return true;
}

Value ListIndexMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  LIST_SELF("index");
  if (!NoKwargs(ts, "list.index", kw) ||
      !CheckArgCount(ts, "list.index", argc, 1, 3)) {
    return Value::Error();
  }
  int64_t start, stop;
  if (!StartStop(ts, args + 2, argc - 1, &start, &stop)) return Value::Error();
  ClampRange(self->size, &start, &stop);
  for (int64_t i = start; i < stop && i < self->size; ++i) {
    int eq = Equals(ts, self->items[i], args[1]);
    if (eq < 0) return Value::Error();
    if (eq) return Value::Int(i);
  }
  std::string msg;
  if (!AppendRepr(ts, args[1], &msg)) return Value::Error();
  msg += " is not in list";
  return RaiseValueError(ts, msg);
}

Value ListCountMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  LIST_SELF("count");
  if (!NoKwargs(ts, "list.count", kw) ||
      !CheckArgCount(ts, "list.count", argc, 1, 1)) {
    return Value::Error();
  }
  int64_t n = 0;
  for (uint32_t i = 0; i < self->size; ++i) {
    int eq = Equals(ts, self->items[i], args[1]);
    if (eq < 0) return Value::Error();
    n += eq;
  }
  return Value::Int(n);
}

Value ListRemoveMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  LIST_SELF("remove");
  if (!NoKwargs(ts, "list.remove", kw) ||
      !CheckArgCount(ts, "list.remove", argc, 1, 1)) {
    return Value::Error();
  }
  for (uint32_t i = 0; i < self->size; ++i) {
    int eq = Equals(ts, self->items[i], args[1]);
    if (eq < 0) return Value::Error();
    if (eq && i < self->size) {
      std::copy(self->items + i + 1, self->items + self->size, self->items + i);
      self->items[self->size - 1] = Value::None();
      if (!ListResize(ts, self, self->size - 1)) return Value::Error();
      return Value::None();
    }
  }
  return RaiseValueError(ts, "list.remove(x): x not in list");
}

Value ListReverseMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kw) {
  LIST_SELF("reverse");
  if (!NoKwargs(ts, "list.reverse", kw) ||
      !CheckArgCount(ts, "list.reverse", argc, 0, 0)) {
    return Value::Error();
  }
  std::reverse(self->items, self->items + self->size);
  return Value::None();
}

Value ListSortMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  LIST_SELF("sort");
  Value a[2];
  if (!BindArgs(ts, "sort", args + 1, argc, kw, {"key", "reverse"}, 0, 0, 0,
                a)) {
    return Value::Error();
  }
  bool reverse = false;
  if (!a[1].IsEmpty()) {
    // An int (the clinic's int converter), not any truthy value.
    int64_t r;
    if (!ToIndex(ts, a[1], &r)) return Value::Error();
    reverse = r != 0;
  }
  if (!ListSort(ts, self, a[0].IsEmpty() ? Value::None() : a[0], reverse)) {
    return Value::Error();
  }
  return Value::None();
}

Value ListCopyMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  LIST_SELF("copy");
  if (!NoKwargs(ts, "list.copy", kw) ||
      !CheckArgCount(ts, "list.copy", argc, 0, 0)) {
    return Value::Error();
  }
  List* l = NewListFrom(ts, self->items, self->size);
  return l != nullptr ? Value::Obj(l) : Value::Error();
}

Value ListClearMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kw) {
  LIST_SELF("clear");
  if (!NoKwargs(ts, "list.clear", kw) ||
      !CheckArgCount(ts, "list.clear", argc, 0, 0)) {
    return Value::Error();
  }
  if (!ListResize(ts, self, 0)) return Value::Error();
  return Value::None();
}

// list.__init__(self[, iterable]) for subclasses calling super().__init__.
Value ListInitMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  LIST_SELF("__init__");
  if (!NoKwargs(ts, "list", kw) || !CheckArgCount(ts, "list", argc, 0, 1)) {
    return Value::Error();
  }
  if (!ListResize(ts, self, 0)) return Value::Error();
  if (argc == 1 && !ListExtend(ts, self, args[1])) return Value::Error();
  return Value::None();
}

#undef LIST_SELF

// --- tuple -----------------------------------------------------------------

#define TUPLE_SELF(method)                                             \
  if (!CheckSelf(ts, args, nargs, ObjKind::kTuple, "tuple", method)) { \
    return Value::Error();                                             \
  }                                                                    \
  Tuple* self = As<Tuple>(args[0]);                                    \
  const uint32_t argc = nargs - 1

Value TupleIndexMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  TUPLE_SELF("index");
  if (!NoKwargs(ts, "tuple.index", kw) ||
      !CheckArgCount(ts, "tuple.index", argc, 1, 3)) {
    return Value::Error();
  }
  int64_t start, stop;
  if (!StartStop(ts, args + 2, argc - 1, &start, &stop)) return Value::Error();
  ClampRange(self->size, &start, &stop);
  for (int64_t i = start; i < stop; ++i) {
    int eq = Equals(ts, self->items[i], args[1]);
    if (eq < 0) return Value::Error();
    if (eq) return Value::Int(i);
  }
  return RaiseValueError(ts, "tuple.index(x): x not in tuple");
}

Value TupleCountMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                       Tuple* kw) {
  TUPLE_SELF("count");
  if (!NoKwargs(ts, "tuple.count", kw) ||
      !CheckArgCount(ts, "tuple.count", argc, 1, 1)) {
    return Value::Error();
  }
  int64_t n = 0;
  for (uint32_t i = 0; i < self->size; ++i) {
    int eq = Equals(ts, self->items[i], args[1]);
    if (eq < 0) return Value::Error();
    n += eq;
  }
  return Value::Int(n);
}

#undef TUPLE_SELF

}  // namespace

bool InitListMethods(ThreadState& ts) {
  static constexpr MethodDef kMethods[] = {
      {"append", ListAppendMethod}, {"extend", ListExtendMethod},
      {"insert", ListInsertMethod}, {"pop", ListPopMethod},
      {"index", ListIndexMethod},   {"count", ListCountMethod},
      {"remove", ListRemoveMethod}, {"reverse", ListReverseMethod},
      {"sort", ListSortMethod},     {"copy", ListCopyMethod},
      {"clear", ListClearMethod},   {"__init__", ListInitMethod},
  };
  return AddMethods(ts, Rt(ts).classes.list, "list", kMethods);
}

bool InitTupleMethods(ThreadState& ts) {
  static constexpr MethodDef kMethods[] = {
      {"index", TupleIndexMethod},
      {"count", TupleCountMethod},
  };
  return AddMethods(ts, Rt(ts).classes.tuple, "tuple", kMethods);
}

}  // namespace builtins
}  // namespace interp
