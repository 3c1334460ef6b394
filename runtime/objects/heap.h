// The garbage-collected heap of one runtime: a size-class allocator under a
// precise, non-moving mark-and-sweep collector.
//
// Collection happens only at safe points: allocation never collects, it
// only sets kBreakGcRequest on the allocating thread's eval breaker when
// the threshold is passed; the VM collects at its next safe point (a call
// or backward jump), while every other thread of the runtime is parked at
// the global lock or in a blocking call. Therefore native code may hold raw
// Values in C++ locals freely — EXCEPT across a call back into the VM
// (CallValue & co), which can reach a safe point: keep such values alive
// with TempRoots.
//
// Roots: every attached thread's value stack (up to its top frame) and
// frame records, temp roots and pending exception; the runtime's tables
// (builtin classes, interned strings, modules, ...) via
// RuntimeState::TraceRoots; host handles.
#ifndef INTERP_RUNTIME_OBJECTS_HEAP_H_
#define INTERP_RUNTIME_OBJECTS_HEAP_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

struct RuntimeState;

// Visitor handed to trace functions. Mark is cheap (pushes on the mark
// stack; no recursion, so deep structures cannot overflow the C stack).
class Tracer {
 public:
  void Mark(Value v) {
    if (v.IsObject()) MarkObject(v.AsObject());
  }
  void MarkObject(Object* o) {
    if (o != nullptr && !o->gc_mark) {
      o->gc_mark = 1;
      // A str of a builtin class is a leaf (no children; its class is a
      // root): marked, never pushed. Lists of many strings would otherwise
      // grow the mark stack by one entry per string.
      if (o->kind == ObjKind::kStr) {
        // A string extended in place keeps its append buffer alive (itself
        // a plain string, so this does not recurse further).
        Str* owner = static_cast<Str*>(o)->storage_owner();
        if (owner != o) MarkObject(owner);
        if (o->cls == nullptr || (o->cls->flags & kClassBuiltin)) return;
      }
      stack_.push_back(o);
    }
  }
  void MarkRange(const Value* begin, const Value* end) {
    for (const Value* p = begin; p < end; ++p) Mark(*p);
  }

 private:
  friend class Heap;
  std::vector<Object*> stack_;
};

// Per-kind operations, registered by the module that owns the layout
// (e.g. the VM registers kFunction/kCode/kClass...). `trace` marks the
// object's children; `finalize` releases out-of-line buffers (never
// allocates, never calls script code).
struct KindOps {
  void (*trace)(Object* o, Tracer& t) = nullptr;
  void (*finalize)(Object* o) = nullptr;
};
void RegisterKindOps(ObjKind kind, KindOps ops);

// Object::gc_flags bits.
// __del__ was queued or called: it runs at most once per object (PEP 442).
inline constexpr uint16_t kGcDelQueued = 1u << 0;
// A generator listed in FinalizationState::generators (finalization.h).
inline constexpr uint16_t kGcGenTracked = 1u << 1;

class Heap {
 public:
  explicit Heap(RuntimeState* rt);
  ~Heap();  // frees every object (runs finalizers)
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // A zero-filled object of `size` bytes (>= sizeof(Object)) with its
  // header set. Never collects. Returns null only on out-of-memory (caller
  // raises MemoryError).
  Object* Allocate(ThreadState& ts, size_t size, ObjKind kind,
                   ClassObject* cls);

  // Like Allocate, but only the Object header is initialised: the caller
  // must set every field (and may leave payload bytes it never reads).
  // For hot, fully-written layouts (strings), where zero-filling the body
  // first was a measurable share of building them.
  Object* AllocateUninit(ThreadState& ts, size_t size, ObjKind kind,
                         ClassObject* cls);

  template <typename T>
  T* New(ThreadState& ts, ObjKind kind, ClassObject* cls, size_t extra = 0) {
    return static_cast<T*>(Allocate(ts, sizeof(T) + extra, kind, cls));
  }

  // Out-of-line buffers owned by objects (list items, dict tables). Counted
  // towards the collection threshold. Realloc keeps the contents.
  void* AllocBuffer(size_t bytes);
  void* ReallocBuffer(void* p, size_t old_bytes, size_t new_bytes);
  void FreeBuffer(void* p, size_t bytes);

  // Runs a full collection now. `ts` must hold the runtime's global lock,
  // and be at a safe point.
  void Collect(ThreadState& ts);

  // The heap whose finalizers are running on the calling thread (during
  // Collect or ~Heap), so that KindOps::finalize, which only gets the
  // object, can return out-of-line buffers with FreeBuffer. Null elsewhere.
  static Heap* Finalizing();

  // gc.disable()/gc.enable(): while disabled, allocation never requests a
  // collection (an explicit Collect still runs).
  void set_automatic(bool on);
  bool automatic() const { return automatic_; }
  // Objects found unreachable by the last Collect (gc.collect's result).
  size_t last_unreachable() const { return last_unreachable_; }

  // Every live object with a __del__ not yet queued, in address order
  // (the runtime's exit runs their __del__).
  std::vector<Object*> ObjectsWithPendingDel();

  size_t live_bytes() const { return live_bytes_; }

  // A cap on live_bytes() (0: none), set by the host. An allocation that
  // would pass it fails (the caller raises MemoryError) and asks for a
  // collection; the MemoryError itself and the handling of it may then
  // use up to kLimitGrace more, until the next collection. Collections
  // start by half the limit, so garbage rarely counts against it.
  static constexpr size_t kLimitGrace = size_t{1} << 20;
  void set_memory_limit(size_t bytes);
  size_t memory_limit() const { return memory_limit_; }
  size_t num_collections() const { return num_collections_; }

 private:
  Object* AllocateImpl(ThreadState& ts, size_t size, ObjKind kind,
                       ClassObject* cls, bool zero);
  // Unreachable objects whose class has __del__ are queued in
  // RuntimeState::pending_del and marked, with all they reach, so they
  // survive until their __del__ has run.
  void ResurrectForDel(Tracer& tracer);
  bool automatic_ = true;
  size_t last_unreachable_ = 0;

  RuntimeState* rt_;
  Object* all_objects_ = nullptr;
  size_t live_bytes_ = 0;
  size_t threshold_ = 8u << 20;
  // Fresh memory (from the system) allowed before a collection is
  // requested (see CheckFresh).
  size_t fresh_budget_ = SIZE_MAX;
  void CheckFresh();
  size_t num_collections_ = 0;
  size_t memory_limit_ = 0;
  bool over_limit_ = false;  // a limit failure since the last collection
  // Whether `bytes` more fit under the memory limit (sets over_limit_ and
  // asks `ts` for a collection when not).
  bool WithinLimit(ThreadState* ts, size_t bytes);
  struct FreeLists;
  FreeLists* free_lists_ = nullptr;  // size-class allocator state (heap.cc)
};

// Keeps values alive across calls back into the VM:
//   TempRoots roots(ts);  roots.Add(v);  ... CallValue(...) ...
// Entries are dropped when the scope ends.
class TempRoots {
 public:
  explicit TempRoots(ThreadState& ts) : ts_(ts), mark_(ts.temp_roots.size()) {}
  ~TempRoots() { ts_.temp_roots.resize(mark_); }
  TempRoots(const TempRoots&) = delete;
  TempRoots& operator=(const TempRoots&) = delete;
  void Add(Value v) { ts_.temp_roots.push_back(v); }

 private:
  ThreadState& ts_;
  size_t mark_;
};

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_HEAP_H_
