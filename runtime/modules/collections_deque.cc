// The `_collections` module: collections.deque, native (issue 13: the
// Python-written deque made deque_bench 3.5x CPython's time).
//
// A deque is a NativeData whose state (DequeState, inline after the
// header) is a ring buffer of Values with a power-of-two capacity, so
// appends and pops at both ends are O(1) amortised and indexing is O(1).
// `state` counts the mutations that move items (appends, pops, rotate,
// clear, ...), as CPython does: an iterator that sees it change raises
// "deque mutated during iteration", and the methods that compare items
// (count, index, remove, `in`), which may run script code, check it after
// every comparison.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/operators.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

struct DequeState {
  Value* items;     // ring buffer (heap buffer), null while capacity is 0
  size_t capacity;  // 0 or a power of two
  size_t head;      // index of the first item
  size_t size;
  int64_t maxlen;  // -1: unbounded
  uint64_t state;  // bumped by every mutation that moves items
};

struct DequeIterState {
  Value deque;       // the deque (traced)
  size_t index;      // items already returned
  size_t remaining;  // 0 once exhausted or after a mutation error
  uint64_t state;
  bool reverse;
};

Value& At(DequeState* d, size_t i) {
  return d->items[(d->head + i) & (d->capacity - 1)];
}

void TraceDeque(void* p, Tracer& t) {
  auto* d = static_cast<DequeState*>(p);
  for (size_t i = 0; i < d->size; ++i) t.Mark(At(d, i));
}

void FinalizeDeque(void* p) {
  auto* d = static_cast<DequeState*>(p);
  if (d->items != nullptr) {
    if (Heap* heap = Heap::Finalizing()) {
      heap->FreeBuffer(d->items, d->capacity * sizeof(Value));
    }
    d->items = nullptr;
  }
}

void TraceDequeIter(void* p, Tracer& t) {
  t.Mark(static_cast<DequeIterState*>(p)->deque);
}

int64_t DequeLength(const void* p) {
  return static_cast<int64_t>(static_cast<const DequeState*>(p)->size);
}

const NativeDataOps kDequeOps = {"deque", TraceDeque, FinalizeDeque,
                                 DequeLength};
const NativeDataOps kDequeIterOps = {"_deque_iterator", TraceDequeIter,
                                     nullptr};

DequeState* AsDeque(Value v) {
  if (!IsKind(v, ObjKind::kNativeData)) return nullptr;
  auto* nd = As<NativeData>(v);
  return nd->ops == &kDequeOps ? static_cast<DequeState*>(nd->data) : nullptr;
}

DequeState* Self(ThreadState& ts, const Value* args, uint32_t nargs,
                 const char* method) {
  DequeState* d = nargs >= 1 ? AsDeque(args[0]) : nullptr;
  if (d == nullptr) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "descriptor '%s' requires a 'collections.deque' object",
                method);
  }
  return d;
}

// Self plus an exact positional count (no keywords).
inline DequeState* SelfArgs(ThreadState& ts, const Value* args, uint32_t nargs,
                            Tuple* kw, const char* method, uint32_t min,
                            uint32_t max) {
  DequeState* d = nargs >= 1 ? AsDeque(args[0]) : nullptr;
  if (__builtin_expect(
          d != nullptr && kw == nullptr && nargs - 1 >= min && nargs - 1 <= max,
          1)) {
    return d;
  }
  d = Self(ts, args, nargs, method);
  if (d == nullptr ||
      !MethodArgs(ts, "deque", method, nargs - 1, kw, min, max)) {
    return nullptr;
  }
  return d;
}

// Room for `need` items; false with MemoryError raised.
bool Grow(ThreadState& ts, DequeState* d, size_t need) {
  size_t cap = d->capacity == 0 ? 8 : d->capacity;
  while (cap < need) cap *= 2;
  if (cap > (size_t{1} << 40)) {
    RaiseMemoryError(ts);
    return false;
  }
  auto* items =
      static_cast<Value*>(Rt(ts).heap.AllocBuffer(cap * sizeof(Value)));
  if (items == nullptr) {
    RaiseMemoryError(ts);
    return false;
  }
  for (size_t i = 0; i < d->size; ++i) items[i] = At(d, i);
  if (d->items != nullptr) {
    Rt(ts).heap.FreeBuffer(d->items, d->capacity * sizeof(Value));
  }
  d->items = items;
  d->capacity = cap;
  d->head = 0;
  return true;
}

inline bool Reserve(ThreadState& ts, DequeState* d, size_t need) {
  return need <= d->capacity || Grow(ts, d, need);
}

// Gives memory back after a deque drained a lot (a queue that once held a
// million items).
void Shrink(ThreadState& ts, DequeState* d) {
  size_t cap = d->capacity;
  while (cap > 64 && d->size * 4 <= cap / 2) cap /= 2;
  auto* items =
      static_cast<Value*>(Rt(ts).heap.AllocBuffer(cap * sizeof(Value)));
  if (items == nullptr) return;  // keep the big buffer
  for (size_t i = 0; i < d->size; ++i) items[i] = At(d, i);
  Rt(ts).heap.FreeBuffer(d->items, d->capacity * sizeof(Value));
  d->items = items;
  d->capacity = cap;
  d->head = 0;
}

inline void MaybeShrink(ThreadState& ts, DequeState* d) {
  if (d->capacity > 64 && d->size * 8 <= d->capacity) Shrink(ts, d);
}

Value PopRight(ThreadState& ts, DequeState* d) {
  Value v = At(d, d->size - 1);
  --d->size;
  ++d->state;
  MaybeShrink(ts, d);
  return v;
}

Value PopLeft(ThreadState& ts, DequeState* d) {
  Value v = At(d, 0);
  d->head = (d->head + 1) & (d->capacity - 1);
  --d->size;
  ++d->state;
  MaybeShrink(ts, d);
  return v;
}

// CPython's order: the item goes in, then the opposite end is trimmed.
bool PushRight(ThreadState& ts, DequeState* d, Value v) {
  if (d->maxlen == 0) return true;
  if (d->maxlen > 0 && d->size >= static_cast<size_t>(d->maxlen)) {
    At(d, 0) = Value::None();
    d->head = (d->head + 1) & (d->capacity - 1);
    --d->size;
  } else if (!Reserve(ts, d, d->size + 1)) {
    return false;
  }
  At(d, d->size) = v;
  ++d->size;
  ++d->state;
  return true;
}

bool PushLeft(ThreadState& ts, DequeState* d, Value v) {
  if (d->maxlen == 0) return true;
  if (d->maxlen > 0 && d->size >= static_cast<size_t>(d->maxlen)) {
    --d->size;  // drops the last item
  } else if (!Reserve(ts, d, d->size + 1)) {
    return false;
  }
  d->head = (d->head - 1) & (d->capacity - 1);
  At(d, 0) = v;
  ++d->size;
  ++d->state;
  return true;
}

void Clear(ThreadState& ts, DequeState* d) {
  if (d->items != nullptr) {
    Rt(ts).heap.FreeBuffer(d->items, d->capacity * sizeof(Value));
  }
  d->items = nullptr;
  d->capacity = 0;
  d->head = 0;
  d->size = 0;
  ++d->state;
}

// A new, empty deque of class `cls`.
Value NewDeque(ThreadState& ts, ClassObject* cls, int64_t maxlen) {
  RuntimeState& rt = Rt(ts);
  auto* obj = rt.heap.New<NativeData>(ts, ObjKind::kNativeData, cls,
                                      sizeof(DequeState));
  if (obj == nullptr) return RaiseMemoryError(ts);
  auto* d = reinterpret_cast<DequeState*>(obj + 1);
  *d = DequeState{nullptr, 0, 0, 0, maxlen, 0};
  obj->data = d;
  obj->ops = &kDequeOps;
  obj->attrs = nullptr;
  return Value::Obj(obj);
}

// The items of a deque as a list (a snapshot).
List* ToList(ThreadState& ts, DequeState* d) {
  List* l = NewListUninit(ts, static_cast<uint32_t>(d->size));
  if (l == nullptr) return nullptr;
  for (size_t i = 0; i < d->size; ++i) l->items[i] = At(d, i);
  return l;
}

// Appends every item of `iterable` on the right (left: `left`). `self`
// is the deque's own Value (rooted by the caller).
bool Extend(ThreadState& ts, Value self, Value iterable, bool left) {
  DequeState* d = AsDeque(self);
  TempRoots roots(ts);
  if (iterable.IsObject() && iterable.AsObject() == self.AsObject()) {
    List* copy = ToList(ts, d);
    if (copy == nullptr) return false;
    iterable = Value::Obj(copy);
    roots.Add(iterable);
  }
  if (IsKind(iterable, ObjKind::kList) || IsKind(iterable, ObjKind::kTuple)) {
    // No script code runs between items: copy straight in.
    const Value* src;
    uint32_t n;
    if (IsKind(iterable, ObjKind::kList)) {
      src = As<List>(iterable)->items;
      n = As<List>(iterable)->size;
    } else {
      src = As<Tuple>(iterable)->items;
      n = As<Tuple>(iterable)->size;
    }
    NativePoll poll(ts, /*at_safe_point=*/false);
    if (!poll.Advance(n) || (d->maxlen < 0 && !Reserve(ts, d, d->size + n))) {
      return false;
    }
    for (uint32_t i = 0; i < n; ++i) {
      if (!(left ? PushLeft(ts, d, src[i]) : PushRight(ts, d, src[i]))) {
        return false;
      }
    }
    return true;
  }
  roots.Add(iterable);
  Value it = GetIter(ts, iterable);
  if (it.IsError()) return false;
  roots.Add(it);
  NativePoll poll(ts);
  for (;;) {
    if (!poll.Tick()) return false;
    Value v = IterNext(ts, it);
    if (v.IsError()) return false;
    if (v.IsEmpty()) return true;
    if (!(left ? PushLeft(ts, d, v) : PushRight(ts, d, v))) return false;
  }
}

// maxlen argument: None or a non-negative int.
bool ParseMaxlen(ThreadState& ts, Value v, int64_t* out) {
  if (v.IsEmpty() || v.IsNone()) {
    *out = -1;
    return true;
  }
  int64_t n;
  if (!ToIndex(ts, v, &n)) return false;
  if (n < 0) {
    RaiseValueError(ts, "maxlen must be non-negative");
    return false;
  }
  *out = n;
  return true;
}

// deque(iterable=(), maxlen=None) and deque.__init__: (re)fills `self`.
Value Init(ThreadState& ts, Value self, const Value* args, uint32_t nargs,
           Tuple* kw) {
  Value a[2] = {Value::Empty(), Value::Empty()};
  if (!BindArgs(ts, "deque", args, nargs, kw, {"iterable", "maxlen"}, 0, 2, 0,
                a)) {
    return Value::Error();
  }
  int64_t maxlen;
  if (!ParseMaxlen(ts, a[1], &maxlen)) return Value::Error();
  DequeState* d = AsDeque(self);
  d->maxlen = maxlen;
  if (d->size > 0) Clear(ts, d);
  if (!a[0].IsEmpty() && !Extend(ts, self, a[0], false)) return Value::Error();
  return Value::None();
}

Value Construct(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value self = NewDeque(ts, Rt(ts).classes.deque, -1);
  if (self.IsError()) return self;
  TempRoots roots(ts);
  roots.Add(self);
  if (Init(ts, self, args, nargs, kw).IsError()) return Value::Error();
  return self;
}

Value InitMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (Self(ts, args, nargs, "__init__") == nullptr) return Value::Error();
  return Init(ts, args[0], args + 1, nargs - 1, kw);
}

Value Append(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "append", 1, 1);
  if (d == nullptr || !PushRight(ts, d, args[1])) return Value::Error();
  return Value::None();
}

Value AppendLeft(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "appendleft", 1, 1);
  if (d == nullptr || !PushLeft(ts, d, args[1])) return Value::Error();
  return Value::None();
}

Value Pop(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "pop", 0, 0);
  if (d == nullptr) return Value::Error();
  if (d->size == 0) return RaiseIndexError(ts, "pop from an empty deque");
  return PopRight(ts, d);
}

Value PopLeftMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "popleft", 0, 0);
  if (d == nullptr) return Value::Error();
  if (d->size == 0) return RaiseIndexError(ts, "pop from an empty deque");
  return PopLeft(ts, d);
}

Value ExtendMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  if (SelfArgs(ts, args, nargs, kw, "extend", 1, 1) == nullptr ||
      !Extend(ts, args[0], args[1], false)) {
    return Value::Error();
  }
  return Value::None();
}

Value ExtendLeft(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (SelfArgs(ts, args, nargs, kw, "extendleft", 1, 1) == nullptr ||
      !Extend(ts, args[0], args[1], true)) {
    return Value::Error();
  }
  return Value::None();
}

Value ClearMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "clear", 0, 0);
  if (d == nullptr) return Value::Error();
  Clear(ts, d);
  return Value::None();
}

// A shallow copy: a plain deque directly, a subclass through its
// constructor (type(d)(d) or type(d)(d, maxlen)), as CPython does.
Value CopyOf(ThreadState& ts, Value self) {
  RuntimeState& rt = Rt(ts);
  DequeState* d = AsDeque(self);
  ClassObject* cls = self.AsObject()->cls;
  if (cls == rt.classes.deque) {
    Value r = NewDeque(ts, cls, d->maxlen);
    if (r.IsError()) return r;
    DequeState* c = AsDeque(r);
    if (!Reserve(ts, c, d->size)) return Value::Error();
    for (size_t i = 0; i < d->size; ++i) At(c, i) = At(d, i);
    c->size = d->size;
    return r;
  }
  Value call[2] = {self, Value::Int(d->maxlen)};
  Value r =
      CallValue(ts, Value::Obj(cls), call, d->maxlen < 0 ? 1 : 2, nullptr);
  if (r.IsError()) return r;
  if (AsDeque(r) == nullptr) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "%s() must return a deque, not %s",
                       AV(cls->name->view()), TypeName(ts, r));
  }
  return r;
}

Value Copy(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (SelfArgs(ts, args, nargs, kw, "copy", 0, 0) == nullptr) {
    return Value::Error();
  }
  return CopyOf(ts, args[0]);
}

// Runs `visit(item)` over the items, checking after each (it may run
// script code) that the deque was not mutated. visit returns 1 to stop,
// 0 to go on, -1 on error.
template <typename F>
int ForEachChecked(ThreadState& ts, Value self, size_t start, size_t stop,
                   F visit) {
  DequeState* d = AsDeque(self);
  TempRoots roots(ts);
  roots.Add(self);
  const uint64_t state = d->state;
  const size_t size = d->size;
  NativePoll poll(ts);
  for (size_t i = start; i < stop && i < d->size; ++i) {
    if (!poll.Tick()) return -1;
    Value item = At(d, i);
    roots.Add(item);
    int r = visit(i, item);
    if (r < 0) return -1;
    if (d->state != state || d->size != size) {
      RaiseRuntimeError(ts, "deque mutated during iteration");
      return -1;
    }
    if (r > 0) return 1;
  }
  return 0;
}

Value Count(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "count", 1, 1);
  if (d == nullptr) return Value::Error();
  Value x = args[1];
  int64_t n = 0;
  int r = ForEachChecked(ts, args[0], 0, d->size, [&](size_t, Value item) {
    int eq = Equals(ts, item, x);
    if (eq > 0) ++n;
    return eq < 0 ? -1 : 0;
  });
  if (r < 0) return Value::Error();
  return Value::Int(n);
}

// Clamps a start/stop argument like CPython's index().
bool Bound(ThreadState& ts, Value v, int64_t size, int64_t* out) {
  int64_t i;
  if (!ToIndex(ts, v, &i)) return false;
  if (i < 0) i = std::max<int64_t>(i + size, 0);
  *out = std::min(i, size);
  return true;
}

Value Index(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "index", 1, 3);
  if (d == nullptr) return Value::Error();
  int64_t size = static_cast<int64_t>(d->size);
  int64_t start = 0, stop = size;
  if (nargs >= 3 && !Bound(ts, args[2], size, &start)) return Value::Error();
  if (nargs >= 4 && !Bound(ts, args[3], size, &stop)) return Value::Error();
  Value x = args[1];
  int64_t found = -1;
  int r = ForEachChecked(ts, args[0], start, std::max(start, stop),
                         [&](size_t i, Value item) {
                           int eq = Equals(ts, item, x);
                           if (eq > 0) found = static_cast<int64_t>(i);
                           return eq;
                         });
  if (r < 0) return Value::Error();
  if (found < 0) {
    Value rep = Repr(ts, x);
    if (rep.IsError()) return rep;
    return RaiseFormat(ts, Rt(ts).exc.value_error, "%s is not in deque",
                       AV(AsStr(rep)->view()));
  }
  return Value::Int(found);
}

// Moves the items so that item i becomes item i + n (right rotation).
void RotateBy(DequeState* d, int64_t n) {
  if (d->size <= 1) return;
  int64_t size = static_cast<int64_t>(d->size);
  n %= size;
  if (n < 0) n += size;
  ++d->state;
  if (n == 0) return;
  if (d->size == d->capacity) {
    // A full ring rotates by moving its start.
    d->head = (d->head + d->size - static_cast<size_t>(n)) & (d->capacity - 1);
    return;
  }
  std::vector<Value> tmp(d->size);
  for (size_t i = 0; i < d->size; ++i) {
    tmp[(i + static_cast<size_t>(n)) % d->size] = At(d, i);
  }
  for (size_t i = 0; i < d->size; ++i) At(d, i) = tmp[i];
}

Value Rotate(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "rotate", 0, 1);
  if (d == nullptr) return Value::Error();
  int64_t n = 1;
  if (nargs >= 2 && !ToInt64(ts, args[1], &n)) return Value::Error();
  RotateBy(d, n);
  return Value::None();
}

Value Reverse(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "reverse", 0, 0);
  if (d == nullptr) return Value::Error();
  for (size_t i = 0, j = d->size; i + 1 < j; ++i, --j) {
    std::swap(At(d, i), At(d, j - 1));
  }
  return Value::None();
}

// Removes item i (0 <= i < size), shifting the shorter side.
void DeleteAt(DequeState* d, size_t i) {
  if (i < d->size / 2) {
    for (size_t k = i; k > 0; --k) At(d, k) = At(d, k - 1);
    d->head = (d->head + 1) & (d->capacity - 1);
  } else {
    for (size_t k = i; k + 1 < d->size; ++k) At(d, k) = At(d, k + 1);
  }
  --d->size;
  ++d->state;
}

Value Insert(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "insert", 2, 2);
  if (d == nullptr) return Value::Error();
  int64_t index;
  if (!ToIndex(ts, args[1], &index)) return Value::Error();
  if (d->maxlen >= 0 && d->size >= static_cast<size_t>(d->maxlen)) {
    return RaiseIndexError(ts, "deque already at its maximum size");
  }
  int64_t size = static_cast<int64_t>(d->size);
  if (index < 0) index = std::max<int64_t>(index + size, 0);
  if (index > size) index = size;
  if (!Reserve(ts, d, d->size + 1)) return Value::Error();
  size_t i = static_cast<size_t>(index);
  if (i < d->size / 2) {
    d->head = (d->head - 1) & (d->capacity - 1);
    ++d->size;
    for (size_t k = 0; k < i; ++k) At(d, k) = At(d, k + 1);
  } else {
    ++d->size;
    for (size_t k = d->size - 1; k > i; --k) At(d, k) = At(d, k - 1);
  }
  At(d, i) = args[2];
  ++d->state;
  return Value::None();
}

Value Remove(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "remove", 1, 1);
  if (d == nullptr) return Value::Error();
  Value self = args[0];
  Value x = args[1];
  TempRoots roots(ts);
  roots.Add(self);
  roots.Add(x);
  const uint64_t state = d->state;
  NativePoll poll(ts);
  for (size_t i = 0; i < d->size; ++i) {
    if (!poll.Tick()) return Value::Error();
    Value item = At(d, i);
    roots.Add(item);
    int eq = Equals(ts, item, x);
    if (eq < 0) return Value::Error();
    if (d->state != state) {
      return RaiseIndexError(ts, "deque mutated during iteration");
    }
    if (eq > 0) {
      DeleteAt(d, i);
      return Value::None();
    }
  }
  Value rep = Repr(ts, x);
  if (rep.IsError()) return rep;
  return RaiseFormat(ts, Rt(ts).exc.value_error, "%s is not in deque",
                     AV(AsStr(rep)->view()));
}

Value Len(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "__len__", 0, 0);
  if (d == nullptr) return Value::Error();
  return Value::Int(static_cast<int64_t>(d->size));
}

Value BoolMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "__bool__", 0, 0);
  if (d == nullptr) return Value::Error();
  return Value::Bool(d->size != 0);
}

// The position of index `v`, or -1 with IndexError raised.
int64_t Position(ThreadState& ts, DequeState* d, Value v) {
  int64_t i;
  if (v.IsInt()) {
    i = v.AsInt();
  } else if (!ToIndex(ts, v, &i)) {
    return -1;
  }
  int64_t size = static_cast<int64_t>(d->size);
  if (i < 0) i += size;
  if (i < 0 || i >= size) {
    RaiseIndexError(ts, "deque index out of range");
    return -1;
  }
  return i;
}

Value GetItemMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "__getitem__", 1, 1);
  if (d == nullptr) return Value::Error();
  int64_t i = Position(ts, d, args[1]);
  if (i < 0) return Value::Error();
  return At(d, static_cast<size_t>(i));
}

Value SetItemMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "__setitem__", 2, 2);
  if (d == nullptr) return Value::Error();
  int64_t i = Position(ts, d, args[1]);
  if (i < 0) return Value::Error();
  At(d, static_cast<size_t>(i)) = args[2];
  return Value::None();
}

Value DelItemMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "__delitem__", 1, 1);
  if (d == nullptr) return Value::Error();
  int64_t i = Position(ts, d, args[1]);
  if (i < 0) return Value::Error();
  DeleteAt(d, static_cast<size_t>(i));
  return Value::None();
}

Value ContainsMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "__contains__", 1, 1);
  if (d == nullptr) return Value::Error();
  Value x = args[1];
  int r = ForEachChecked(ts, args[0], 0, d->size, [&](size_t, Value item) {
    return Equals(ts, item, x);
  });
  if (r < 0) return Value::Error();
  return Value::Bool(r > 0);
}

Value NewIter(ThreadState& ts, Value self, bool reverse) {
  RuntimeState& rt = Rt(ts);
  DequeState* d = AsDeque(self);
  ClassObject* cls =
      reverse ? rt.classes.deque_reverse_iterator : rt.classes.deque_iterator;
  auto* obj = rt.heap.New<NativeData>(ts, ObjKind::kNativeData, cls,
                                      sizeof(DequeIterState));
  if (obj == nullptr) return RaiseMemoryError(ts);
  auto* it = reinterpret_cast<DequeIterState*>(obj + 1);
  *it = DequeIterState{self, 0, d->size, d->state, reverse};
  obj->data = it;
  obj->ops = &kDequeIterOps;
  obj->attrs = nullptr;
  return Value::Obj(obj);
}

Value IterMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (SelfArgs(ts, args, nargs, kw, "__iter__", 0, 0) == nullptr) {
    return Value::Error();
  }
  return NewIter(ts, args[0], false);
}

Value ReversedMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  if (SelfArgs(ts, args, nargs, kw, "__reversed__", 0, 0) == nullptr) {
    return Value::Error();
  }
  return NewIter(ts, args[0], true);
}

DequeIterState* SelfIter(ThreadState& ts, const Value* args, uint32_t nargs,
                         const char* method) {
  if (nargs >= 1 && IsKind(args[0], ObjKind::kNativeData) &&
      As<NativeData>(args[0])->ops == &kDequeIterOps) {
    return static_cast<DequeIterState*>(As<NativeData>(args[0])->data);
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor '%s' requires a '_collections._deque_iterator' "
              "object",
              method);
  return nullptr;
}

Value IterNextMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  DequeIterState* it = SelfIter(ts, args, nargs, "__next__");
  if (it == nullptr) return Value::Error();
  DequeState* d = AsDeque(it->deque);
  if (d->state != it->state) {
    it->remaining = 0;
    return RaiseRuntimeError(ts, "deque mutated during iteration");
  }
  if (it->remaining == 0) return RaiseStopIteration(ts);
  size_t i = it->reverse ? d->size - 1 - it->index : it->index;
  ++it->index;
  --it->remaining;
  return At(d, i);
}

Value IterSelf(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (SelfIter(ts, args, nargs, "__iter__") == nullptr) return Value::Error();
  return args[0];
}

Value IterLengthHint(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
  DequeIterState* it = SelfIter(ts, args, nargs, "__length_hint__");
  if (it == nullptr) return Value::Error();
  return Value::Int(static_cast<int64_t>(it->remaining));
}

// Deques being repr'd on this thread: a deque inside itself shows as
// "[...]", as CPython prints it.
thread_local std::vector<Object*> t_repr_active;

Value ReprMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "__repr__", 0, 0);
  if (d == nullptr) return Value::Error();
  Object* self = args[0].AsObject();
  if (std::find(t_repr_active.begin(), t_repr_active.end(), self) !=
      t_repr_active.end()) {
    return StrValue(ts, "[...]");
  }
  List* items = ToList(ts, d);
  if (items == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(items));
  t_repr_active.push_back(self);
  Value rep = Repr(ts, Value::Obj(items));
  t_repr_active.erase(
      std::find(t_repr_active.begin(), t_repr_active.end(), self));
  if (rep.IsError()) return rep;
  std::string out(self->cls->name->view());
  out += '(';
  out += AsStr(rep)->view();
  if (d->maxlen >= 0) {
    out += ", maxlen=";
    out += std::to_string(d->maxlen);
  }
  out += ')';
  return StrValue(ts, out);
}

// Rich comparisons: deques compare like lists of their items; anything
// else is NotImplemented.
template <CmpOp kOp>
Value CompareMethod(ThreadState& ts, const Value* args, uint32_t nargs,
                    Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "__eq__", 1, 1);
  if (d == nullptr) return Value::Error();
  DequeState* e = AsDeque(args[1]);
  if (e == nullptr) return Value::Obj(Rt(ts).not_implemented);
  List* a = ToList(ts, d);
  if (a == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(a));
  List* b = ToList(ts, e);
  if (b == nullptr) return Value::Error();
  roots.Add(Value::Obj(b));
  return Compare(ts, kOp, Value::Obj(a), Value::Obj(b));
}

Value Add(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (SelfArgs(ts, args, nargs, kw, "__add__", 1, 1) == nullptr) {
    return Value::Error();
  }
  if (AsDeque(args[1]) == nullptr) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "can only concatenate deque (not \"%s\") to deque",
                       TypeName(ts, args[1]));
  }
  Value r = CopyOf(ts, args[0]);
  if (r.IsError()) return r;
  TempRoots roots(ts);
  roots.Add(r);
  if (!Extend(ts, r, args[1], false)) return Value::Error();
  return r;
}

Value InplaceAdd(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (SelfArgs(ts, args, nargs, kw, "__iadd__", 1, 1) == nullptr ||
      !Extend(ts, args[0], args[1], false)) {
    return Value::Error();
  }
  return args[0];
}

bool IsIntLike(Value v) {
  return v.IsInt() || v.IsBool() || IsKind(v, ObjKind::kBigInt);
}

// d *= n in place: the items n times (within maxlen, keeping the last
// ones, as repeated extend would).
bool Repeat(ThreadState& ts, Value self, Value count) {
  DequeState* d = AsDeque(self);
  if (!IsIntLike(count)) {
    RaiseFormat(ts, Rt(ts).exc.type_error,
                "can't multiply sequence by non-int of type '%s'",
                TypeName(ts, count));
    return false;
  }
  int64_t n;
  if (!ToInt64(ts, count, &n)) return false;
  if (n <= 0 || d->size == 0) {
    if (d->size > 0) Clear(ts, d);
    return true;
  }
  if (n == 1) return true;
  size_t size = d->size;
  List* items = ToList(ts, d);
  if (items == nullptr) return false;
  TempRoots roots(ts);
  roots.Add(Value::Obj(items));
  uint64_t total = static_cast<uint64_t>(size) * static_cast<uint64_t>(n);
  if (static_cast<int64_t>(total / size) != n || total > (uint64_t{1} << 40)) {
    RaiseMemoryError(ts);
    return false;
  }
  NativePoll poll(ts, /*at_safe_point=*/false);
  if (!poll.Advance(total)) return false;
  if (d->maxlen < 0 && !Reserve(ts, d, static_cast<size_t>(total))) {
    return false;
  }
  for (int64_t k = 1; k < n; ++k) {
    for (size_t i = 0; i < size; ++i) {
      if (!PushRight(ts, d, items->items[i])) return false;
    }
    // With a maxlen, later rounds only rotate the same window.
    if (d->maxlen >= 0 && static_cast<uint64_t>(k + 1) * size >=
                              static_cast<uint64_t>(d->maxlen) + size) {
      break;
    }
  }
  return true;
}

Value Mul(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (SelfArgs(ts, args, nargs, kw, "__mul__", 1, 1) == nullptr) {
    return Value::Error();
  }
  if (!IsIntLike(args[1])) {
    return Value::Obj(Rt(ts).not_implemented);
  }
  Value r = CopyOf(ts, args[0]);
  if (r.IsError()) return r;
  TempRoots roots(ts);
  roots.Add(r);
  if (!Repeat(ts, r, args[1])) return Value::Error();
  return r;
}

Value InplaceMul(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (SelfArgs(ts, args, nargs, kw, "__imul__", 1, 1) == nullptr ||
      !Repeat(ts, args[0], args[1])) {
    return Value::Error();
  }
  return args[0];
}

// CPython's form: (cls, () or ((), maxlen), instance dict or None,
// iter(self)), so pickles of deques are byte-identical to CPython's.
Value Reduce(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  DequeState* d = SelfArgs(ts, args, nargs, kw, "__reduce__", 0, 0);
  if (d == nullptr) return Value::Error();
  TempRoots roots(ts);
  Tuple* empty = NewTuple(ts, 0);
  if (empty == nullptr) return Value::Error();
  roots.Add(Value::Obj(empty));
  Value ctor_args = Value::Obj(empty);
  if (d->maxlen >= 0) {
    Value inner[2] = {Value::Obj(empty), Value::Int(d->maxlen)};
    Tuple* t = NewTupleFrom(ts, inner, 2);
    if (t == nullptr) return Value::Error();
    ctor_args = Value::Obj(t);
    roots.Add(ctor_args);
  }
  Dict* attrs = As<NativeData>(args[0])->attrs;
  Value state = attrs != nullptr && DictSize(attrs) > 0 ? DictValue(attrs)
                                                        : Value::None();
  Value it = NewIter(ts, args[0], false);
  if (it.IsError()) return it;
  roots.Add(it);
  Value outer[4] = {Value::Obj(args[0].AsObject()->cls), ctor_args, state, it};
  Tuple* t = NewTupleFrom(ts, outer, 4);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

Value Maxlen(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  DequeState* d = Self(ts, args, nargs, "maxlen");
  if (d == nullptr) return Value::Error();
  return d->maxlen < 0 ? Value::None() : Value::Int(d->maxlen);
}

ClassObject* IterClass(ThreadState& ts, const char* name) {
  RuntimeState& rt = Rt(ts);
  ClassObject* c = NewClass(ts, name, rt.classes.object, "_collections",
                            ObjKind::kNativeData, kClassBuiltin);
  if (c == nullptr) return nullptr;
  static constexpr MethodDef kMethods[] = {
      {"__next__", IterNextMethod},
      {"__iter__", IterSelf},
      {"__length_hint__", IterLengthHint},
  };
  std::string qual = std::string("_collections.") + name;
  return AddMethods(ts, c, qual, kMethods) ? c : nullptr;
}

bool InitClasses(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  ClassObject* c = NewClass(ts, "deque", rt.classes.object, "collections",
                            ObjKind::kNativeData,
                            kClassBuiltin | kClassBaseOk | kClassNativeDunders);
  if (c == nullptr) return false;
  TempRoots roots(ts);
  roots.Add(Value::Obj(c));
  c->construct = Construct;
  static constexpr MethodDef kMethods[] = {
      {"__init__", InitMethod},
      {"append", Append},
      {"appendleft", AppendLeft},
      {"pop", Pop},
      {"popleft", PopLeftMethod},
      {"extend", ExtendMethod},
      {"extendleft", ExtendLeft},
      {"clear", ClearMethod},
      {"copy", Copy},
      {"__copy__", Copy},
      {"count", Count},
      {"index", Index},
      {"insert", Insert},
      {"remove", Remove},
      {"reverse", Reverse},
      {"rotate", Rotate},
      {"__len__", Len},
      {"__bool__", BoolMethod},
      {"__getitem__", GetItemMethod},
      {"__setitem__", SetItemMethod},
      {"__delitem__", DelItemMethod},
      {"__contains__", ContainsMethod},
      {"__iter__", IterMethod},
      {"__reversed__", ReversedMethod},
      {"__repr__", ReprMethod},
      {"__eq__", CompareMethod<CmpOp::kEq>},
      {"__ne__", CompareMethod<CmpOp::kNe>},
      {"__lt__", CompareMethod<CmpOp::kLt>},
      {"__le__", CompareMethod<CmpOp::kLe>},
      {"__gt__", CompareMethod<CmpOp::kGt>},
      {"__ge__", CompareMethod<CmpOp::kGe>},
      {"__add__", Add},
      {"__iadd__", InplaceAdd},
      {"__mul__", Mul},
      {"__rmul__", Mul},
      {"__imul__", InplaceMul},
      {"__reduce__", Reduce},
  };
  if (!AddMethods(ts, c, "collections.deque", kMethods) ||
      !AddNativeProperty(ts, c, "collections.deque", "maxlen", Maxlen) ||
      !AddClassGetItem(ts, c, "collections.deque.__class_getitem__") ||
      !SetClassAttr(ts, c, "__hash__", Value::None())) {
    return false;
  }
  ClassObject* it = IterClass(ts, "_deque_iterator");
  if (it == nullptr) return false;
  roots.Add(Value::Obj(it));
  ClassObject* rit = IterClass(ts, "_deque_reverse_iterator");
  if (rit == nullptr) return false;
  rt.classes.deque = c;
  rt.classes.deque_iterator = it;
  rt.classes.deque_reverse_iterator = rit;
  return true;
}

Module* InitCollectionsModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "_collections"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  // The classes are the runtime's: a second import (after del
  // sys.modules[...]) reuses them.
  if (rt.classes.deque == nullptr && !InitClasses(ts)) return nullptr;
  if (!AddValue(ts, m, "deque", Value::Obj(rt.classes.deque)) ||
      !AddValue(ts, m, "_deque_iterator",
                Value::Obj(rt.classes.deque_iterator)) ||
      !AddValue(ts, m, "_deque_reverse_iterator",
                Value::Obj(rt.classes.deque_reverse_iterator))) {
    return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("_collections", InitCollectionsModule);

}  // namespace builtins
}  // namespace interp
