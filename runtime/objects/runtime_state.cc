// RuntimeState's lifetime and roots. The constructor allocates no script
// objects (allocation needs an attached ThreadState; BootstrapRuntime
// builds the builtin world afterwards), and the destructor lets the heap
// free every object.
#include "runtime/objects/runtime_state.h"

#include <utility>

#include "runtime/objects/finalization.h"
#include "runtime/objects/intern_table.h"
#include "runtime/objects/str.h"

namespace interp {

// The global lock is created by whoever attaches the first thread (the
// embedding API, tests that run threads): a runtime used by one thread that
// never takes the lock (unit tests) must not have BlockingRegion release a
// lock it does not hold.
RuntimeState::RuntimeState(RuntimeOptions opts)
    : options(std::move(opts)),
      finalization(std::make_unique<FinalizationState>()) {}

// Members are destroyed in reverse order: the VM caches, the lock and the
// intern table (which only points into the heap) go first, then the heap
// finalizes and frees every object (files flush their buffers there).
RuntimeState::~RuntimeState() = default;

void RuntimeState::TraceRoots(Tracer& t) {
  ClassObject** cls = reinterpret_cast<ClassObject**>(&classes);
  for (size_t i = 0; i < sizeof(BuiltinClasses) / sizeof(ClassObject*); ++i) {
    t.MarkObject(cls[i]);
  }
  ClassObject** ex = reinterpret_cast<ClassObject**>(&exc);
  for (size_t i = 0; i < sizeof(ExceptionClasses) / sizeof(ClassObject*); ++i) {
    t.MarkObject(ex[i]);
  }
  Str** nm = reinterpret_cast<Str**>(&names);
  for (size_t i = 0; i < sizeof(CommonNames) / sizeof(Str*); ++i) {
    t.MarkObject(nm[i]);
  }
  if (modules != nullptr) t.MarkObject(reinterpret_cast<Object*>(modules));
  t.MarkObject(builtins_module);
  t.MarkObject(sys_module);
  t.MarkObject(not_implemented);
  t.MarkObject(ellipsis);
  t.Mark(threads_roots);
  for (Object* o : pending_del) t.MarkObject(o);
  // A class with natives still deferred stays alive: a record must never
  // name a freed class whose memory another class reuses.
  for (const DeferredNatives& r : deferred_natives) t.MarkObject(r.cls);
  TraceFinalizationRoots(*finalization, t);
  TraceInternTable(*this, t);
  if (trace_host_roots) trace_host_roots(t);
  if (frozen_code != nullptr) {
    t.MarkObject(reinterpret_cast<Object*>(frozen_code));
  }
}

}  // namespace interp
