// Sets: open-addressing hash sets (iteration order like CPython's for
// small ints). Internals private to set.cc.
#ifndef INTERP_RUNTIME_SET_H_
#define INTERP_RUNTIME_SET_H_

#include <cstdint>

#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace interp {

Set* NewSet(ThreadState& ts);  // null with MemoryError pending on OOM
// 1 added/present/removed, 0 not, -1 error (unhashable item etc.).
int SetAdd(ThreadState& ts, Set* s, Value item);
int SetContains(ThreadState& ts, Set* s, Value item);
int SetDiscard(ThreadState& ts, Set* s, Value item);
uint32_t SetSize(Set* s);
bool SetNext(Set* s, uint32_t* pos, Value* item);

}  // namespace interp

#endif  // INTERP_RUNTIME_SET_H_
