// Sets: open-addressing hash sets (iteration order like CPython's for
// small ints). Internals private to set.cc.
#ifndef INTERP_RUNTIME_OBJECTS_SET_H_
#define INTERP_RUNTIME_OBJECTS_SET_H_

#include <cstdint>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

// Set is incomplete outside its .cc file (its layout is private), so these
// convert between Set* and Value / Object* without the derived-to-base
// conversion the compiler cannot see.
inline Object* SetObject(Set* x) { return reinterpret_cast<Object*>(x); }
inline Value SetValue(Set* x) { return Value::Obj(SetObject(x)); }
inline Set* AsSet(Value v) { return reinterpret_cast<Set*>(v.AsObject()); }

Set* NewSet(ThreadState& ts);  // null with MemoryError pending on OOM
// 1 added/present/removed, 0 not, -1 error (unhashable item etc.).
int SetAdd(ThreadState& ts, Set* s, Value item);
int SetContains(ThreadState& ts, Set* s, Value item);
int SetDiscard(ThreadState& ts, Set* s, Value item);
uint32_t SetSize(Set* s);
bool SetNext(Set* s, uint32_t* pos, Value* item);
// set.copy(); CPython's table layout (and so iteration order) is kept.
Set* SetCopy(ThreadState& ts, Set* s);
// A new set made by adding s's items one at a time in s's iteration order
// (a different table layout from SetCopy's when s's items collided).
Set* SetRebuilt(ThreadState& ts, Set* s);
// set.update(iterable): adds every item (in the iterable's order). False
// with an exception pending.
bool SetUpdate(ThreadState& ts, Set* s, Value iterable);
// set.pop(): removes and returns an arbitrary item (KeyError "pop from an
// empty set").
Value SetPop(ThreadState& ts, Set* s);
void SetClear(ThreadState& ts, Set* s);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_SET_H_
