// Frame and traceback objects, the script-visible view of the frame records
// (runtime/frames) and of the traceback an exception collects.
//
// A frame object is a NativeData of class `frame`. While its activation
// runs it refers to the live record (thread state + record index) and reads
// pc, locals and the caller from it; the record carries kFrameHasObject and
// the thread's `frame_objects[index]` holds the object. When the record is
// popped (return, unwinding, a generator's suspension) FinishFrameObject
// snapshots what the object still needs: the last pc, the locals as a dict
// and the caller's frame object. Records without an object pay one flag
// test on an already loaded word, so calls and returns cost what they did.
//
// Tracebacks are built lazily. Raising appends (code-or-function-or-frame,
// record index and pc) pairs to a list on the exception, innermost first
// (AddTraceback); the first read of __traceback__, sys.exc_info() or a
// `with` exit turns the list into a chain of `traceback` objects, outermost
// first, stored back on the exception. Frames that ended before anything
// asked for their object get a finished frame object without locals: their
// registers are gone (README, "Frames and tracebacks").
#ifndef INTERP_RUNTIME_VM_FRAME_OBJECT_H_
#define INTERP_RUNTIME_VM_FRAME_OBJECT_H_

#include <cstdint>
#include <vector>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/value.h"

namespace interp {

struct Code;
struct Dict;

namespace vm {

struct FrameData {
  // Live: the owner and the record index; `ts` is null once finished.
  ThreadState* ts;
  uint32_t index;
  uint32_t lasti;  // finished: the last instruction index
  Code* code;
  Dict* globals;
  Value locals;  // finished: the dict snapshot (or the module's globals)
  Value back;    // finished: the caller's frame object, or None
  Value trace;   // f_trace
};

struct TracebackData {
  Value next;   // traceback or None (writable)
  Value frame;  // frame object
  uint32_t lasti;
  int32_t lineno;
};

// The frame object of live script record `index` of `ts` (created on first
// use). Error with MemoryError pending when the heap is full.
Value FrameObjectFor(ThreadState& ts, uint32_t index);
// The frame object of the innermost script frame `depth` levels up from
// the calling code (native records skipped); Empty when there is none.
Value CallerFrameObject(ThreadState& ts, uint32_t depth);
// Called before a record carrying kFrameHasObject is popped.
void FinishFrameObject(ThreadState& ts, Frame* f);
// Builds the traceback chain of exception `e` from its entry list (no-op
// when it is already a chain or None); returns e->traceback.
Value MaterializeTraceback(ThreadState& ts, Value exc);

FrameData* AsFrameData(Value v);          // null unless a frame object
TracebackData* AsTracebackData(Value v);  // null unless a traceback object
bool FrameIsLive(const FrameData* fd);
// Live-aware accessors of a frame object.
uint32_t FrameLasti(const FrameData* fd);
int32_t FrameLineno(const FrameData* fd);
Value FrameLocals(ThreadState& ts, FrameData* fd);
Value FrameBack(ThreadState& ts, FrameData* fd);
// New traceback object (tb_next = next).
Value NewTracebackObject(ThreadState& ts, Value next, Value frame,
                         uint32_t lasti, int32_t lineno);

// One traceback entry as the printers need it.
struct TbEntry {
  Code* code;
  uint32_t pc;
  int32_t lineno;
};
// The entries of `tb` (an entry list, a traceback chain or None),
// outermost first.
void CollectTracebackEntries(Value tb, std::vector<TbEntry>* out);

}  // namespace vm
}  // namespace interp

#endif  // INTERP_RUNTIME_VM_FRAME_OBJECT_H_
