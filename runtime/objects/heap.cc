// The heap: a size-class allocator for small objects (malloc above that)
// under a precise, non-moving mark-and-sweep collector (see heap.h).
//
// Small objects come from per-class chunks carved by a bump pointer and are
// recycled through per-class free lists; chunks are only released when the
// heap dies. Out-of-line buffers use malloc but count toward the threshold,
// so a program that grows lists and dicts still triggers collections.
#include <algorithm>
#include <array>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "runtime/heap.h"
#include "runtime/interpreter.h"
#include "runtime/runtime_state.h"
#include "runtime/thread_registry.h"

namespace interp {

namespace {

constexpr size_t kGranule = 16;
constexpr size_t kMaxSmall = 512;
constexpr size_t kNumClasses = kMaxSmall / kGranule;
constexpr size_t kChunkBytes = 256 * 1024;
constexpr size_t kMinThreshold = 8u << 20;
constexpr size_t kNumKinds = static_cast<size_t>(ObjKind::kNativeData) + 1;

// Kind operations are registered once per process by each layout's owner
// (several runtimes register the same functions). Atomics keep concurrent
// bootstraps of different runtimes race-free; collections snapshot the
// table once.
struct KindOpsSlot {
  std::atomic<void (*)(Object*, Tracer&)> trace{nullptr};
  std::atomic<void (*)(Object*)> finalize{nullptr};
};
KindOpsSlot g_kind_ops[kNumKinds];

// Which heap is finalizing on this thread (Heap::Finalizing).
thread_local Heap* t_finalizing_heap = nullptr;

struct FreeObject {
  FreeObject* next;
};

}  // namespace

void RegisterKindOps(ObjKind kind, KindOps ops) {
  KindOpsSlot& slot = g_kind_ops[static_cast<size_t>(kind)];
  slot.trace.store(ops.trace, std::memory_order_release);
  slot.finalize.store(ops.finalize, std::memory_order_release);
}

struct Heap::FreeLists {
  std::array<FreeObject*, kNumClasses> free{};
  // Bump region of the current chunk of each class.
  std::array<char*, kNumClasses> bump{};
  std::array<char*, kNumClasses> bump_end{};
  std::vector<void*> chunks;
};

Heap* Heap::Finalizing() { return t_finalizing_heap; }

Heap::Heap(RuntimeState* rt) : rt_(rt), free_lists_(new FreeLists) {}

Heap::~Heap() {
  Heap* saved = t_finalizing_heap;
  t_finalizing_heap = this;
  // Finalize everything first, then free, so a finalizer never sees memory
  // that was already recycled.
  for (Object* o = all_objects_; o != nullptr; o = o->gc_next) {
    auto fin = g_kind_ops[static_cast<size_t>(o->kind)].finalize.load(
        std::memory_order_acquire);
    if (fin != nullptr) fin(o);
  }
  for (Object* o = all_objects_; o != nullptr;) {
    Object* next = o->gc_next;
    if (o->alloc_size > kMaxSmall) std::free(o);
    o = next;
  }
  all_objects_ = nullptr;
  t_finalizing_heap = saved;
  for (void* chunk : free_lists_->chunks) std::free(chunk);
  delete free_lists_;
}

Object* Heap::Allocate(ThreadState& ts, size_t size, ObjKind kind,
                       ClassObject* cls) {
  if (size < sizeof(Object)) size = sizeof(Object);
  if (size > UINT32_MAX - kGranule) return nullptr;
  size_t rounded = (size + kGranule - 1) & ~(kGranule - 1);
  void* mem;
  if (rounded <= kMaxSmall) {
    size_t c = rounded / kGranule - 1;
    FreeLists& fl = *free_lists_;
    if (fl.free[c] != nullptr) {
      FreeObject* f = fl.free[c];
      fl.free[c] = f->next;
      mem = f;
    } else {
      if (fl.bump[c] == nullptr ||
          static_cast<size_t>(fl.bump_end[c] - fl.bump[c]) < rounded) {
        char* chunk = static_cast<char*>(std::malloc(kChunkBytes));
        if (chunk == nullptr) return nullptr;
        fl.chunks.push_back(chunk);
        fl.bump[c] = chunk;
        fl.bump_end[c] = chunk + (kChunkBytes / rounded) * rounded;
      }
      mem = fl.bump[c];
      fl.bump[c] += rounded;
    }
  } else {
    mem = std::malloc(rounded);
    if (mem == nullptr) return nullptr;
  }
  std::memset(mem, 0, rounded);
  Object* o = static_cast<Object*>(mem);
  o->cls = cls;
  o->kind = kind;
  o->alloc_size = static_cast<uint32_t>(rounded);
  o->gc_next = all_objects_;
  all_objects_ = o;
  live_bytes_ += rounded;
  if (live_bytes_ > threshold_) {
    ts.eval_breaker.fetch_or(kBreakGcRequest, std::memory_order_relaxed);
  }
  return o;
}

void* Heap::AllocBuffer(size_t bytes) {
  void* p = std::malloc(bytes == 0 ? 1 : bytes);
  if (p != nullptr) live_bytes_ += bytes;
  return p;
}

void* Heap::ReallocBuffer(void* p, size_t old_bytes, size_t new_bytes) {
  void* q = std::realloc(p, new_bytes == 0 ? 1 : new_bytes);
  if (q == nullptr) return nullptr;
  live_bytes_ += new_bytes;
  live_bytes_ -= std::min(live_bytes_, old_bytes);
  return q;
}

void Heap::FreeBuffer(void* p, size_t bytes) {
  if (p == nullptr) return;
  std::free(p);
  live_bytes_ -= std::min(live_bytes_, bytes);
}

void Heap::Collect(ThreadState& ts) {
  ts.collecting.store(true, std::memory_order_release);

  struct Snapshot {
    void (*trace)(Object*, Tracer&);
    void (*finalize)(Object*);
  };
  std::array<Snapshot, kNumKinds> ops;
  for (size_t k = 0; k < kNumKinds; ++k) {
    ops[k].trace = g_kind_ops[k].trace.load(std::memory_order_acquire);
    ops[k].finalize = g_kind_ops[k].finalize.load(std::memory_order_acquire);
  }

  // --- Mark. ---
  Tracer tracer;
  tracer.stack_.reserve(4096);
  rt_->TraceRoots(tracer);
  for (ThreadState* t = FirstThreadState(); t != nullptr; t = t->next) {
    if (t->runtime.load(std::memory_order_acquire) != rt_) continue;
    ThreadStatus status = t->status.load(std::memory_order_acquire);
    if (status != ThreadStatus::kRunning && status != ThreadStatus::kExiting) {
      continue;
    }
    TraceThreadStack(*t, tracer);
    for (const Value& v : t->temp_roots) tracer.Mark(v);
    tracer.Mark(t->pending_exception);
    tracer.Mark(t->thread_object);
    // This collection serves every thread's request.
    t->eval_breaker.fetch_and(~kBreakGcRequest, std::memory_order_relaxed);
  }
  while (!tracer.stack_.empty()) {
    Object* o = tracer.stack_.back();
    tracer.stack_.pop_back();
    tracer.MarkObject(o->cls);
    auto trace = ops[static_cast<size_t>(o->kind)].trace;
    if (trace != nullptr) trace(o, tracer);
  }

  // --- Sweep: unlink the dead, finalize them all, then free them. ---
  Object* dead = nullptr;
  Object** link = &all_objects_;
  size_t freed = 0;
  while (Object* o = *link) {
    if (o->gc_mark) {
      o->gc_mark = 0;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      o->gc_next = dead;
      dead = o;
    }
  }
  Heap* saved = t_finalizing_heap;
  t_finalizing_heap = this;
  for (Object* o = dead; o != nullptr; o = o->gc_next) {
    auto fin = ops[static_cast<size_t>(o->kind)].finalize;
    if (fin != nullptr) fin(o);
  }
  t_finalizing_heap = saved;
  FreeLists& fl = *free_lists_;
  for (Object* o = dead; o != nullptr;) {
    Object* next = o->gc_next;
    size_t size = o->alloc_size;
    freed += size;
    if (size <= kMaxSmall) {
      // Scribble over the header so a stale pointer to a dead object is
      // recognisable in a debugger / crash dump (kind out of range).
      std::memset(static_cast<void*>(o), 0xdb, size);
      FreeObject* f = reinterpret_cast<FreeObject*>(o);
      size_t c = size / kGranule - 1;
      f->next = fl.free[c];
      fl.free[c] = f;
    } else {
      std::free(o);
    }
    o = next;
  }
  live_bytes_ -= std::min(live_bytes_, freed);
  threshold_ = std::max(kMinThreshold, live_bytes_ * 2);
  ++num_collections_;
  ts.collecting.store(false, std::memory_order_release);
}

}  // namespace interp
