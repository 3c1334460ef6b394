// Tuples: fixed-size, items inline.
#include "runtime/objects/tuple.h"

#include <cstring>

#include "runtime/builtins/errors.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/runtime_state.h"

namespace interp {

Tuple* NewTuple(ThreadState& ts, uint32_t n) {
  RuntimeState& rt = Rt(ts);
  if (n == 0 && rt.interned && rt.interned->empty_tuple) {
    return rt.interned->empty_tuple;
  }
  if (n > (UINT32_MAX - 64) / sizeof(Value)) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  // Zero-filled Values are None, so the items start out None.
  Tuple* t = rt.heap.New<Tuple>(ts, ObjKind::kTuple, rt.classes.tuple,
                                static_cast<size_t>(n) * sizeof(Value));
  if (t == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  t->size = n;
  t->hash = -1;
  if (n == 0 && rt.interned) rt.interned->empty_tuple = t;
  return t;
}

Tuple* NewTupleFrom(ThreadState& ts, const Value* items, uint32_t n) {
  Tuple* t = NewTuple(ts, n);
  if (t != nullptr && n > 0) std::memcpy(t->items, items, n * sizeof(Value));
  return t;
}

Value TupleSlice(ThreadState& ts, Tuple* t, int64_t start, int64_t stop,
                 int64_t step) {
  int64_t count;
  if (step > 0) {
    count = stop > start ? (stop - start - 1) / step + 1 : 0;
  } else {
    count = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
  }
  if (count == static_cast<int64_t>(t->size) && step == 1 &&
      t->cls == Rt(ts).classes.tuple) {
    return Value::Obj(t);
  }
  Tuple* r = NewTuple(ts, static_cast<uint32_t>(count));
  if (r == nullptr) return Value::Error();
  for (int64_t k = 0; k < count; ++k) {
    const int64_t i = start + k * step;
    r->items[k] = t->items[i];
  }
  return Value::Obj(r);
}

namespace {
void TraceTuple(Object* o, Tracer& t) {
  Tuple* tup = static_cast<Tuple*>(o);
  t.MarkRange(tup->items, tup->items + tup->size);
}
}  // namespace

void RegisterTupleKindOps() {
  RegisterKindOps(ObjKind::kTuple, KindOps{TraceTuple, nullptr});
}

}  // namespace interp
