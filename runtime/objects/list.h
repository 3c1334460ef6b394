// Lists (layout in object.h): items in a heap buffer that grows by 1.5x.
#ifndef INTERP_RUNTIME_OBJECTS_LIST_H_
#define INTERP_RUNTIME_OBJECTS_LIST_H_

#include <cstdint>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

// A list of `size` None items with capacity >= size. Null with MemoryError
// pending on OOM.
List* NewList(ThreadState& ts, uint32_t size);
// A list of `size` items the caller writes before anything else can see
// the list (no allocation or script code in between): repetition fills
// its result once instead of after a zero fill.
List* NewListUninit(ThreadState& ts, uint32_t size);
List* NewListFrom(ThreadState& ts, const Value* items, uint32_t n);
// False with MemoryError pending on OOM.
bool ListAppend(ThreadState& ts, List* list, Value v);
// list.extend(iterable) (may run script code via iteration).
// The length hint of an instance of a user class (its __len__, else its
// __length_hint__; 0 when it has neither), with CPython's checks:
// TypeError for a non-int hint, ValueError for a negative one. False with
// the exception pending.
bool UserLengthHint(ThreadState& ts, Value obj, int64_t* out);
bool ListExtend(ThreadState& ts, List* list, Value iterable);
bool ListInsert(ThreadState& ts, List* list, int64_t index, Value v);
Value ListSlice(ThreadState& ts, List* list, int64_t start, int64_t stop,
                int64_t step);
// Stable sort with optional key function and reverse (list.sort, sorted).
// Raises what comparisons/key raise; the list is left in some order.
bool ListSort(ThreadState& ts, List* list, Value key, bool reverse);
// Sets the size (new items None; shrinking may release capacity). False
// with MemoryError pending on OOM.
bool ListResize(ThreadState& ts, List* list, uint32_t size);
// Slice assignment and deletion, indices resolved by SliceIndices
// (range_slice.h): list[start:stop:step] = iterable; del list[...].
// Extended slices (step != 1) need an iterable of exactly `count` items
// (ValueError like CPython).
bool ListSetSlice(ThreadState& ts, List* list, int64_t start, int64_t stop,
                  int64_t step, int64_t count, Value iterable);
void ListDelSlice(ThreadState& ts, List* list, int64_t start, int64_t step,
                  int64_t count);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_LIST_H_
