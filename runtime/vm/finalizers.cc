#include "runtime/vm/finalizers.h"

#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace {

void CallDel(ThreadState& ts, Object* o) {
  RuntimeState& rt = vm::Rt(ts);
  o->gc_flags |= kGcDelQueued;
  Value self = Value::Obj(o);
  Value fn = vm::ClassLookup(o->cls, rt.names.__del__);
  if (fn.IsEmpty() || fn.IsNone()) return;
  TempRoots roots(ts);
  roots.Add(self);
  roots.Add(fn);
  Value r = CallValue(ts, fn, &self, 1);
  if (r.IsError()) {
    Value exc = TakePendingException(ts);
    PrintUnraisable(ts, exc, fn);
  }
}

}  // namespace

void RunPendingDel(ThreadState& ts) {
  RuntimeState& rt = vm::Rt(ts);
  if (rt.running_del) return;
  rt.running_del = true;
  Value saved = ts.pending_exception;
  TempRoots roots(ts);
  roots.Add(saved);
  ts.pending_exception = Value::None();
  // Every object stays in the queue (a root) until all have run; a
  // collection inside a __del__ appends, and the loop reaches those too.
  for (size_t i = 0; i < rt.pending_del.size(); ++i) {
    CallDel(ts, rt.pending_del[i]);
  }
  rt.pending_del.clear();
  ts.pending_exception = saved;
  rt.running_del = false;
}

void RunDelAtExit(ThreadState& ts) {
  RuntimeState& rt = vm::Rt(ts);
  if (!rt.has_del_classes) return;
  RunPendingDel(ts);
  for (Object* o : rt.heap.ObjectsWithPendingDel()) {
    o->gc_flags |= kGcDelQueued;
    rt.pending_del.push_back(o);
  }
  RunPendingDel(ts);
}

}  // namespace interp
