// range and slice objects, and the KindOps of the small fixed layouts
// (range, slice, cell).
#include "runtime/objects/range_slice.h"

#include "runtime/builtins/errors.h"
#include "runtime/objects/bigint.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"

namespace interp {

Range* NewRange(ThreadState& ts, int64_t start, int64_t stop, int64_t step) {
  RuntimeState& rt = Rt(ts);
  Range* r = rt.heap.New<Range>(ts, ObjKind::kRange, rt.classes.range);
  if (r == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  r->start = start;
  r->stop = stop;
  r->step = step;
  return r;
}

Slice* NewSlice(ThreadState& ts, Value start, Value stop, Value step) {
  RuntimeState& rt = Rt(ts);
  Slice* s = rt.heap.New<Slice>(ts, ObjKind::kSlice, rt.classes.slice);
  if (s == nullptr) {
    RaiseMemoryError(ts);
    return nullptr;
  }
  s->start = start;
  s->stop = stop;
  s->step = step;
  return s;
}

int64_t RangeLength(const Range* r) {
  // Unsigned arithmetic: stop - start can exceed INT64_MAX.
  if (r->step > 0) {
    if (r->start >= r->stop) return 0;
    uint64_t span =
        static_cast<uint64_t>(r->stop) - static_cast<uint64_t>(r->start) - 1;
    return static_cast<int64_t>(span / static_cast<uint64_t>(r->step) + 1);
  }
  if (r->start <= r->stop) return 0;
  uint64_t span =
      static_cast<uint64_t>(r->start) - static_cast<uint64_t>(r->stop) - 1;
  uint64_t step = static_cast<uint64_t>(-(r->step + 1)) + 1;
  return static_cast<int64_t>(span / step + 1);
}

namespace {

bool SliceBound(ThreadState& ts, Value v, int64_t* out) {
  if (IsBoxedInt(v)) {  // an int subclass's instance
    v = IntPlain(ts, v);
    if (v.IsError()) return false;
  }
  if (v.IsIntLike()) {
    *out = v.AsInt();
    return true;
  }
  // Bounds beyond 64 bits clamp like any bound past the end (CPython
  // clamps to the index range too).
  if (IsBigInt(v)) {
    *out = IntSign(v) < 0 ? -INT64_MAX : INT64_MAX;
    return true;
  }
  RuntimeState& rt = Rt(ts);
  if (v.IsObject() && IsUserClass(v.AsObject()->cls) &&
      !UserSpecial(rt, v, rt.names.__index__).IsEmpty()) {
    TempRoots roots(ts);
    roots.Add(v);
    Value r = CallUserSpecial(ts, v, rt.names.__index__, nullptr, 0);
    if (r.IsError()) return false;
    if (IsBigInt(r)) {
      *out = IntSign(r) < 0 ? -INT64_MAX : INT64_MAX;
      return true;
    }
    if (!r.IsIntLike()) {
      RaiseFormat(ts, rt.exc.type_error, "__index__ returned non-int (type %s)",
                  TypeName(ts, r));
      return false;
    }
    *out = r.AsInt();
    return true;
  }
  RaiseTypeError(ts,
                 "slice indices must be integers or None or have an "
                 "__index__ method");
  return false;
}

void TraceSlice(Object* o, Tracer& t) {
  Slice* s = static_cast<Slice*>(o);
  t.Mark(s->start);
  t.Mark(s->stop);
  t.Mark(s->step);
}

void TraceCell(Object* o, Tracer& t) { t.Mark(static_cast<Cell*>(o)->value); }

}  // namespace

bool SliceIndices(ThreadState& ts, Slice* slice, int64_t length,
                  int64_t* start_out, int64_t* stop_out, int64_t* step_out,
                  int64_t* count) {
  int64_t step = 1;
  if (!slice->step.IsNone()) {
    if (!SliceBound(ts, slice->step, &step)) return false;
    if (step == 0) {
      RaiseValueError(ts, "slice step cannot be zero");
      return false;
    }
    if (step < -INT64_MAX) step = -INT64_MAX;
  }
  int64_t start, stop;
  if (slice->start.IsNone()) {
    start = step < 0 ? length - 1 : 0;
  } else {
    if (!SliceBound(ts, slice->start, &start)) return false;
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
      start = step < 0 ? length - 1 : length;
    }
  }
  if (slice->stop.IsNone()) {
    stop = step < 0 ? -1 : length;
  } else {
    if (!SliceBound(ts, slice->stop, &stop)) return false;
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
      stop = step < 0 ? length - 1 : length;
    }
  }
  int64_t n;
  if (step < 0) {
    n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  } else {
    n = start < stop ? (stop - start - 1) / step + 1 : 0;
  }
  *start_out = start;
  *stop_out = stop;
  *step_out = step;
  *count = n;
  return true;
}

void RegisterMiscKindOps() {
  RegisterKindOps(ObjKind::kRange, KindOps{});
  RegisterKindOps(ObjKind::kSlice, KindOps{TraceSlice, nullptr});
  RegisterKindOps(ObjKind::kCell, KindOps{TraceCell, nullptr});
  RegisterIteratorKindOps();
  RegisterBytesKindOps();
}

}  // namespace interp
