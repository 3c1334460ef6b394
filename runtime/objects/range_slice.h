// range and slice objects (layouts in object.h) and the index arithmetic
// every sequence shares.
#ifndef INTERP_RUNTIME_OBJECTS_RANGE_SLICE_H_
#define INTERP_RUNTIME_OBJECTS_RANGE_SLICE_H_

#include <cstdint>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

// Null with MemoryError pending on OOM. NewRange: step must be non-zero
// (the caller raises "range() arg 3 must not be zero").
Range* NewRange(ThreadState& ts, int64_t start, int64_t stop, int64_t step);
Slice* NewSlice(ThreadState& ts, Value start, Value stop, Value step);

// Number of items of a range, and item i (0 <= i < length).
int64_t RangeLength(const Range* r);
inline int64_t RangeItem(const Range* r, int64_t i) {
  return r->start + i * r->step;
}

// Resolves `slice` against a sequence of `length` items like CPython's
// slice.indices(): clamps start/stop and returns the number of items.
// False with an exception pending (step 0: ValueError "slice step cannot be
// zero"; non-integer bounds: TypeError).
bool SliceIndices(ThreadState& ts, Slice* slice, int64_t length, int64_t* start,
                  int64_t* stop, int64_t* step, int64_t* count);

// Normalises a subscript index (negative counts from the end). False when
// out of range (the caller raises its own IndexError message).
inline bool NormalizeIndex(int64_t* index, int64_t length) {
  if (*index < 0) *index += length;
  return *index >= 0 && *index < length;
}

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_RANGE_SLICE_H_
