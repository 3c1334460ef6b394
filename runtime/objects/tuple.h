// Tuples (layout in object.h).
#ifndef INTERP_RUNTIME_OBJECTS_TUPLE_H_
#define INTERP_RUNTIME_OBJECTS_TUPLE_H_

#include <cstdint>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

// A tuple of n items, all None. Null with MemoryError pending on OOM. The
// empty tuple is a per-runtime singleton.
Tuple* NewTuple(ThreadState& ts, uint32_t n);
Tuple* NewTupleFrom(ThreadState& ts, const Value* items, uint32_t n);
Value TupleSlice(ThreadState& ts, Tuple* t, int64_t start, int64_t stop,
                 int64_t step);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_TUPLE_H_
