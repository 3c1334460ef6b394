// What a tracing collector owes the objects it frees: weak references
// cleared, their callbacks called, suspended generators closed, coroutines
// that never ran reported, and (at exit) the atexit callbacks.
//
// CPython does all of this when an object's reference count drops to
// zero. Here an object dies when a collection finds it unreachable, so the
// work happens in Heap::Collect, between mark and sweep, in this order
// (the way Lua 5.4's lgc.c orders its atomic phase: resurrect what needs
// finalizing first, then clear the weak entries of what stays dead):
//   1. objects with __del__ are resurrected (Heap::ResurrectForDel);
//   2. ResurrectDyingGenerators: every tracked generator that is
//      unreachable and suspended inside a try/with block is queued for
//      close() and marked, with everything it reaches; an unreachable
//      coroutine that never started is queued for its "never awaited"
//      warning (its qualname is kept, not the coroutine);
//   3. the side attribute dicts' ephemeron loop (heap.cc);
//   4. ClearDeadWeakRefs: every weak reference whose referent is unmarked
//      is cleared; a live one with a callback is queued. Callbacks are
//      reachable from their weak reference, which is marked, so nothing
//      new becomes reachable after the decision (no weak reference is
//      cleared whose referent then survives).
// An object resurrected by step 1 or 2 keeps its weak references until a
// later collection finds it dead again: CPython, too, runs __del__ and a
// generator's close() before clearing the object's weak references.
// The queued work runs at the next safe point (vm/finalizers.h), never
// inside the collector, which must not run script code.
//
// The weak-reference table is a side table keyed by the referent (the
// object layouts carry no weak-list slot): referent -> its weak
// references, in CPython's list order (the plain ref without callback
// first, then the others newest first), which is the order callbacks run.
#ifndef INTERP_RUNTIME_OBJECTS_FINALIZATION_H_
#define INTERP_RUNTIME_OBJECTS_FINALIZATION_H_

#include <cstdint>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "runtime/object.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/heap.h"

namespace interp {

struct RuntimeState;

// The state of a weak reference object (a NativeData of class
// weakref.ReferenceType or a subclass; `data` points at this, inline after
// the header). `referent` is not traced: the collector clears it (to null)
// when the referent dies.
struct WeakRefState {
  Object* referent;
  Value callback;  // None when absent (traced)
  int64_t hash;    // the referent's hash once computed, else -1
};

// The NativeDataOps of every weak reference object (identifies them).
extern const NativeDataOps kWeakRefOps;

inline bool IsWeakRef(const Object* o) {
  return o->kind == ObjKind::kNativeData &&
         static_cast<const NativeData*>(o)->ops == &kWeakRefOps;
}
inline WeakRefState* WeakRefOf(Object* o) {
  return static_cast<WeakRefState*>(static_cast<NativeData*>(o)->data);
}

struct FinalizationState {
  // referent -> its weak references (not roots).
  absl::flat_hash_map<const Object*, std::vector<Object*>> weak_refs;
  // Cleared weak references whose callback is due (roots until called).
  std::vector<Object*> weak_callbacks;
  // class -> its direct subclasses in creation order (type.__subclasses__;
  // weak both ways, like CPython's tp_subclasses: neither side is kept
  // alive, dead entries go in ClearDeadWeakRefs).
  absl::flat_hash_map<const ClassObject*, std::vector<ClassObject*>> subclasses;
  // Generators that may need closing when they die: every generator from
  // its first suspension, every coroutine from its creation (not roots;
  // each carries kGcGenTracked while listed).
  std::vector<Generator*> generators;
  // Unreachable suspended generators to close (roots until closed).
  std::vector<Generator*> pending_close;
  // Qualnames of coroutines collected without having run (roots).
  std::vector<Str*> unawaited;
  // atexit.register(func, *args, **kwargs): (func, args tuple, kwargs dict
  // or None) triples, in registration order (roots).
  std::vector<Value> atexit;
  // Whether closing a suspended generator can run script code (set by the
  // VM, which knows the instruction set; see GeneratorNeedsClose). Null:
  // every suspended generator is closed.
  bool (*needs_close)(const Generator* g) = nullptr;
  // weakref.ReferenceType (modules/weakref_module.cc), once imported.
  ClassObject* weakref_class = nullptr;

  bool HasPendingWork() const {
    return !weak_callbacks.empty() || !pending_close.empty() ||
           !unawaited.empty();
  }
};

// Records `sub` as a direct subclass of `base` (weakly).
void AddSubclass(FinalizationState& fs, const ClassObject* base,
                 ClassObject* sub);
// Forgets that record (a class statement whose bases are not just the
// layout base NewClass recorded).
void RemoveSubclass(FinalizationState& fs, const ClassObject* base,
                    const ClassObject* sub);

// Marks what FinalizationState keeps alive (RuntimeState::TraceRoots).
void TraceFinalizationRoots(const FinalizationState& fs, Tracer& t);

// Records `g` (a generator that just suspended, or a new coroutine) as one
// whose death the collector must look at. Cheap when already recorded.
void TrackGeneratorSlow(FinalizationState& fs, Generator* g);
inline void TrackGenerator(FinalizationState& fs, Generator* g) {
  if ((g->gc_flags & kGcGenTracked) == 0) TrackGeneratorSlow(fs, g);
}

// Collector step 2 (see the top of this file): queues and marks. The
// caller drains the tracer afterwards.
void ResurrectDyingGenerators(RuntimeState& rt, Tracer& t);

// Collector step 4: clears the weak references to unmarked objects,
// queues the callbacks of the live ones, and forgets dead weak references.
void ClearDeadWeakRefs(RuntimeState& rt);

// Registers `ref` (a weak reference object) as referring to `referent`.
// With `basic` (a plain ref without callback) it goes first, else after
// the basic ref, before older ones with callbacks.
void AddWeakRef(FinalizationState& fs, Object* referent, Object* ref,
                bool basic);

// The weak references to `o` (live ones; empty when none).
const std::vector<Object*>* WeakRefsTo(const FinalizationState& fs,
                                       const Object* o);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_FINALIZATION_H_
