// The heap: a size-class allocator for small objects (malloc above that)
// under a precise, non-moving mark-and-sweep collector (see heap.h).
//
// Small objects come from per-class chunks carved by a bump pointer and are
// recycled through per-class free lists; chunks come from 2 MiB arenas
// (huge pages where the kernel allows) and are only released when the heap
// dies. Freed large objects are kept in a bounded cache for reuse. The sweep
// scans chunks linearly rather than chasing a list of objects (sequential
// memory instead of one cache miss per object); only large objects sit on a
// linked list (Object::gc_next). Out-of-line buffers use malloc but count
// toward the threshold, so a program that grows lists and dicts still triggers
// collections.
//
// Pacing: a collection is requested when live_bytes_ (the survivors of the
// last one plus all allocated since) passes the threshold (twice the
// survivors, at least kMinThreshold), or,
// for a heap whose last collection freed much, when it has taken more than
// a little fresh memory from the system (Heap::CheckFresh; see the end of
// Collect).
#include "runtime/objects/heap.h"

#include <sys/mman.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <vector>

#include "runtime/frames/lsan_roots.h"
#include "runtime/frames/thread_registry.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/safepoint.h"

namespace interp {

namespace {

constexpr size_t kGranule = 16;
constexpr size_t kMaxSmall = 512;
constexpr size_t kNumClasses = kMaxSmall / kGranule;
constexpr size_t kChunkBytes = 256 * 1024;
constexpr size_t kMinThreshold = 8u << 20;
// Least fresh memory a garbage-heavy heap may take between collections
// (Heap::CheckFresh).
constexpr size_t kMinFreshBudget = 4u << 20;
// One past the last ObjKind (kinds past it mark free slots).
constexpr size_t kNumKinds = static_cast<size_t>(ObjKind::kShape) + 1;
// Freed small slots are filled with this byte: their kind is out of range
// (so sweeps skip them) and gc_mark is non-zero (so a stale pointer is
// never traced).
constexpr int kFreeByte = 0xdb;

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

struct Chunk {
  char* base;
  char* end;  // end of the carved part (the bump pointer while current)
  uint32_t slot;
};

// Marks a freed slot (see kFreeByte) with fixed-size stores: the sweep does
// this for every dead small object, and a memset call each was a visible
// share of collections.
inline void PoisonHeader(Object* o) {
  static_assert(sizeof(Object) % 8 == 0);
  constexpr uint64_t kWord = 0x0101010101010101ull * kFreeByte;
  char* p = reinterpret_cast<char*>(o);
  for (size_t i = 0; i < sizeof(Object); i += 8) std::memcpy(p + i, &kWord, 8);
}

bool IsFreeSlot(const Object* o) {
  return static_cast<size_t>(o->kind) >= kNumKinds;
}

void (*FinalizerOf(const Object* o))(Object*) {
  return g_kind_ops[static_cast<size_t>(o->kind)].finalize.load(
      std::memory_order_acquire);
}

}  // namespace

void RegisterKindOps(ObjKind kind, KindOps ops) {
  KindOpsSlot& slot = g_kind_ops[static_cast<size_t>(kind)];
  slot.trace.store(ops.trace, std::memory_order_release);
  slot.finalize.store(ops.finalize, std::memory_order_release);
}

namespace {

// Chunks are carved from 2 MiB arenas that ask for transparent huge pages:
// a fresh 4 KiB page costs a page fault on first touch, and on virtualised
// hosts those faults were a third of the run time of allocation-heavy
// programs. One huge page takes one fault for 512 small ones. Without THP
// the arena simply stays on small pages.
constexpr size_t kArenaBytes = 2u << 20;
static_assert(kArenaBytes % kChunkBytes == 0);
// Arenas kept on small pages (see NewArena).
constexpr size_t kSmallPageArenas = 2;

class ChunkSource {
 public:
  ChunkSource() = default;
  ChunkSource(const ChunkSource&) = delete;
  ChunkSource& operator=(const ChunkSource&) = delete;
  ~ChunkSource() {
    for (void* a : arenas_) {
      UnregisterLsanRoot(a, kArenaBytes);
      munmap(a, kArenaBytes);
    }
  }

  // A kChunkBytes block, or null when out of memory. Blocks are released
  // only when the source dies.
  // Bytes of new arena memory since the owner last reset it.
  size_t fresh_bytes = 0;

  char* Take() {
    if (next_ == end_ && !NewArena()) return nullptr;
    char* c = next_;
    next_ += kChunkBytes;
    return c;
  }

 private:
  bool NewArena() {
    // Over-allocate to align the arena on its own size (THP needs 2 MiB
    // alignment), then return the slack.
    size_t span = kArenaBytes * 2;
    void* p = mmap(nullptr, span, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return false;
    uintptr_t base = reinterpret_cast<uintptr_t>(p);
    uintptr_t aligned = (base + kArenaBytes - 1) & ~(kArenaBytes - 1);
    if (aligned > base) munmap(p, aligned - base);
    uintptr_t tail = aligned + kArenaBytes;
    if (base + span > tail)
      munmap(reinterpret_cast<void*>(tail), base + span - tail);
    char* arena = reinterpret_cast<char*>(aligned);
    // The first arenas hold what bootstrap allocates, scattered over a
    // chunk per size class: on huge pages (THP "always" or madvise) each
    // would be 2 MiB of RSS for a few hundred KiB used, doubling the
    // footprint of a short run. Later arenas serve programs that allocate
    // in bulk, where one fault per 2 MiB pays.
    if (arenas_.size() < kSmallPageArenas) {
#ifdef MADV_NOHUGEPAGE
      madvise(arena, kArenaBytes, MADV_NOHUGEPAGE);
#endif
    } else {
#ifdef MADV_HUGEPAGE
      madvise(arena, kArenaBytes, MADV_HUGEPAGE);
#endif
    }
    // Live objects here own malloc'd buffers (dict tables, code bodies).
    RegisterLsanRoot(arena, kArenaBytes);
    arenas_.push_back(arena);
    fresh_bytes += kArenaBytes;
    next_ = arena;
    end_ = arena + kArenaBytes;
    return true;
  }

  std::vector<void*> arenas_;
  char* next_ = nullptr;
  char* end_ = nullptr;
};

}  // namespace

// Freed large objects kept for reuse, up to kLargeCacheBytes in all: a
// program that builds big strings round after round would otherwise hand
// each one back to the C library, which returns it to the system, and pay
// fresh page faults for the next.
constexpr size_t kLargeCacheBytes = 16u << 20;
constexpr size_t kLargeCacheMaxBlock = 4u << 20;

// Buffers of at least kHugeBuffer bytes (a list of 128Ki items) are mapped
// directly, in whole 2 MiB units aligned for transparent huge pages, and
// freed ones are kept (up to kHugeCacheBytes) for the next big buffer. A
// program that makes a big list per round (a sieve) otherwise had malloc
// map fresh memory each round and paid a page fault per 4 KiB of it: with
// huge pages and reuse, one fault per 2 MiB, and none once warm.
constexpr size_t kHugeBuffer = 2u << 20;
constexpr size_t kHugeUnit = 2u << 20;
constexpr size_t kHugeCacheBytes = 48u << 20;

size_t HugeMapBytes(size_t bytes) {
  return (bytes + kHugeUnit - 1) & ~(kHugeUnit - 1);
}

// `bytes` (a multiple of kHugeUnit) of fresh memory aligned on kHugeUnit,
// or null.
void* MapHuge(size_t bytes) {
  size_t span = bytes + kHugeUnit;
  void* p = mmap(nullptr, span, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  uintptr_t base = reinterpret_cast<uintptr_t>(p);
  uintptr_t aligned = (base + kHugeUnit - 1) & ~(kHugeUnit - 1);
  if (aligned > base) munmap(p, aligned - base);
  uintptr_t tail = aligned + bytes;
  if (base + span > tail) {
    munmap(reinterpret_cast<void*>(tail), base + span - tail);
  }
#ifdef MADV_HUGEPAGE
  madvise(reinterpret_cast<void*>(aligned), bytes, MADV_HUGEPAGE);
#endif
  // Lists hold pointers to malloc'd large objects.
  RegisterLsanRoot(reinterpret_cast<void*>(aligned), bytes);
  return reinterpret_cast<void*>(aligned);
}

void UnmapHuge(void* p, size_t bytes) {
  UnregisterLsanRoot(p, bytes);
  munmap(p, bytes);
}

struct Heap::FreeLists {
  ChunkSource chunk_source;  // destroyed last: owns every chunk's memory
  // Keyed by size: thousands of mid-sized blocks (big ints, long strings)
  // may be cached, and a linear scan per allocation dominated programs
  // that make many of them.
  std::multimap<size_t, void*> large_cache;
  size_t large_cache_bytes = 0;

  // A cached block of at least `bytes` (and not much more), or null.
  void* TakeLarge(size_t bytes, size_t* got) {
    auto it = large_cache.lower_bound(bytes);
    if (it == large_cache.end() || it->first > bytes + bytes / 4) {
      return nullptr;
    }
    void* p = it->second;
    *got = it->first;
    large_cache_bytes -= it->first;
    large_cache.erase(it);
    return p;
  }
  void GiveLarge(void* p, size_t bytes) {
    if (bytes <= kLargeCacheMaxBlock &&
        large_cache_bytes + bytes <= kLargeCacheBytes) {
      large_cache.emplace(bytes, p);
      large_cache_bytes += bytes;
    } else {
      std::free(p);
    }
  }
  // Mapped big buffers (kHugeBuffer and up) kept for reuse, by mapped size.
  std::multimap<size_t, void*> huge_cache;
  size_t huge_cache_bytes = 0;

  void* TakeHuge(size_t mapped) {
    auto it = huge_cache.find(mapped);
    if (it == huge_cache.end()) {
      chunk_source.fresh_bytes += mapped;
      return MapHuge(mapped);
    }
    void* p = it->second;
    huge_cache_bytes -= mapped;
    huge_cache.erase(it);
    return p;
  }
  void GiveHuge(void* p, size_t mapped) {
    if (huge_cache_bytes + mapped <= kHugeCacheBytes) {
      huge_cache.emplace(mapped, p);
      huge_cache_bytes += mapped;
    } else {
      UnmapHuge(p, mapped);
    }
  }
  ~FreeLists() {
    for (const auto& [bytes, p] : large_cache) std::free(p);
    for (const auto& [bytes, p] : huge_cache) UnmapHuge(p, bytes);
  }
  // Out-of-line buffers up to kMaxSmall bytes (dict tables, list items,
  // set tables) come from their own size classes: instances, small dicts
  // and short lists each own one, so malloc/free was a large share of
  // allocation-heavy programs. Buffer chunks are never swept (buffers have
  // no Object header; their owners free them explicitly, with the size).
  std::array<FreeObject*, kNumClasses> buffer_free{};
  std::array<char*, kNumClasses> buffer_bump{};
  std::array<char*, kNumClasses> buffer_bump_end{};
  std::vector<char*> buffer_chunks;
  // The collector's mark stack, kept between collections: growing a fresh
  // one each time cost page faults on every collection of a big heap.
  std::vector<Object*> mark_stack;
  std::array<FreeObject*, kNumClasses> free{};
  // Bump region of the current chunk of each class.
  std::array<char*, kNumClasses> bump{};
  std::array<char*, kNumClasses> bump_end{};
  std::array<int64_t, kNumClasses> current{};  // index in chunks, or -1
  std::vector<Chunk> chunks;
  FreeLists() { current.fill(-1); }
};

Heap* Heap::Finalizing() { return t_finalizing_heap; }

namespace {
// INTERP_GC_STRESS=1 collects after every 16 KiB of allocation: a debugging
// aid that turns a missing TempRoots into a prompt, reproducible failure.
bool GcStress() {
  const char* v = std::getenv("INTERP_GC_STRESS");
  return v != nullptr && v[0] != '\0' && v[0] != '0';
}
constexpr size_t kStressStep = 16u << 10;
// INTERP_GC_TRACE=1 prints a line per collection to stderr (bytes before
// and after, fresh memory taken since the previous one, duration): for
// tuning the pacing below.
bool GcTrace() {
  const char* v = std::getenv("INTERP_GC_TRACE");
  return v != nullptr && v[0] != '\0' && v[0] != '0';
}
}  // namespace

Heap::Heap(RuntimeState* rt) : rt_(rt), free_lists_(new FreeLists) {
  if (GcStress()) threshold_ = kStressStep;
}

Heap::~Heap() {
  Heap* saved = t_finalizing_heap;
  t_finalizing_heap = this;
  // Finalize everything first, then free, so a finalizer never sees memory
  // that was already released.
  for (const Chunk& c : free_lists_->chunks) {
    for (char* p = c.base; p < c.end; p += c.slot) {
      Object* o = reinterpret_cast<Object*>(p);
      if (IsFreeSlot(o)) continue;
      if (auto fin = FinalizerOf(o)) fin(o);
    }
  }
  for (Object* o = all_objects_; o != nullptr; o = o->gc_next) {
    if (auto fin = FinalizerOf(o)) fin(o);
  }
  for (Object* o = all_objects_; o != nullptr;) {
    Object* next = o->gc_next;
    std::free(o);
    o = next;
  }
  all_objects_ = nullptr;
  t_finalizing_heap = saved;
  // Chunk memory goes with free_lists_->chunk_source.
  delete free_lists_;
}

Object* Heap::Allocate(ThreadState& ts, size_t size, ObjKind kind,
                       ClassObject* cls) {
  return AllocateImpl(ts, size, kind, cls, true);
}

Object* Heap::AllocateUninit(ThreadState& ts, size_t size, ObjKind kind,
                             ClassObject* cls) {
  return AllocateImpl(ts, size, kind, cls, false);
}

void Heap::set_memory_limit(size_t bytes) {
  memory_limit_ = bytes;
  over_limit_ = false;
  if (bytes != 0 && !GcStress()) threshold_ = std::min(threshold_, bytes / 2);
}

bool Heap::WithinLimit(ThreadState* ts, size_t bytes) {
  if (memory_limit_ == 0) return true;
  size_t cap = memory_limit_ + (over_limit_ ? kLimitGrace : 0);
  if (bytes <= cap && live_bytes_ <= cap - bytes) return true;
  over_limit_ = true;
  if (ts != nullptr) {
    ts->eval_breaker.fetch_or(kBreakGcRequest, std::memory_order_relaxed);
  }
  return false;
}

Object* Heap::AllocateImpl(ThreadState& ts, size_t size, ObjKind kind,
                           ClassObject* cls, bool zero) {
  if (size < sizeof(Object)) size = sizeof(Object);
  if (size > UINT32_MAX - kGranule) return nullptr;
  size_t rounded = (size + kGranule - 1) & ~(kGranule - 1);
  if (memory_limit_ != 0 && !WithinLimit(&ts, rounded)) return nullptr;
  Object* o;
  if (rounded <= kMaxSmall) {
    size_t c = rounded / kGranule - 1;
    FreeLists& fl = *free_lists_;
    void* mem;
    if (fl.free[c] != nullptr) {
      FreeObject* f = fl.free[c];
      fl.free[c] = f->next;
      mem = f;
    } else {
      if (fl.bump[c] == nullptr ||
          static_cast<size_t>(fl.bump_end[c] - fl.bump[c]) < rounded) {
        char* chunk = fl.chunk_source.Take();
        if (chunk == nullptr) return nullptr;
        CheckFresh();
        fl.current[c] = static_cast<int64_t>(fl.chunks.size());
        fl.chunks.push_back(
            Chunk{chunk, chunk, static_cast<uint32_t>(rounded)});
        fl.bump[c] = chunk;
        fl.bump_end[c] = chunk + (kChunkBytes / rounded) * rounded;
      }
      mem = fl.bump[c];
      fl.bump[c] += rounded;
      fl.chunks[fl.current[c]].end = fl.bump[c];
    }
    o = static_cast<Object*>(mem);
    o->gc_next = nullptr;
  } else {
    size_t got;
    void* mem = free_lists_->TakeLarge(rounded, &got);
    if (mem != nullptr) {
      rounded = got;  // the whole block is accounted to the object
    } else {
      mem = std::malloc(rounded);
      if (mem == nullptr) return nullptr;
      free_lists_->chunk_source.fresh_bytes += rounded;
      CheckFresh();
    }
    o = static_cast<Object*>(mem);
    o->gc_next = all_objects_;
    all_objects_ = o;
  }
  // The header is written field by field; only the body needs the fill.
  if (zero) {
    std::memset(reinterpret_cast<char*>(o) + sizeof(Object), 0,
                rounded - sizeof(Object));
  }
  o->cls = cls;
  o->kind = kind;
  o->gc_mark = 0;
  o->gc_flags = 0;
  o->alloc_size = static_cast<uint32_t>(rounded);
  live_bytes_ += rounded;
  if (live_bytes_ > threshold_ && automatic_) {
    ts.eval_breaker.fetch_or(kBreakGcRequest, std::memory_order_relaxed);
  }
  return o;
}

namespace {

// Size class of a buffer of `bytes`, or kNumClasses when malloc serves it.
size_t BufferClass(size_t bytes) {
  if (bytes == 0) bytes = 1;
  if (bytes > kMaxSmall) return kNumClasses;
  return (bytes + kGranule - 1) / kGranule - 1;
}

}  // namespace

void* Heap::AllocBuffer(size_t bytes) {
  if (memory_limit_ != 0 && !WithinLimit(nullptr, bytes)) return nullptr;
  size_t c = BufferClass(bytes);
  void* p;
  if (c < kNumClasses) {
    FreeLists& fl = *free_lists_;
    if (fl.buffer_free[c] != nullptr) {
      FreeObject* f = fl.buffer_free[c];
      fl.buffer_free[c] = f->next;
      p = f;
    } else {
      size_t rounded = (c + 1) * kGranule;
      if (fl.buffer_bump[c] == nullptr ||
          static_cast<size_t>(fl.buffer_bump_end[c] - fl.buffer_bump[c]) <
              rounded) {
        char* chunk = fl.chunk_source.Take();
        if (chunk == nullptr) return nullptr;
        CheckFresh();
        fl.buffer_chunks.push_back(chunk);
        fl.buffer_bump[c] = chunk;
        fl.buffer_bump_end[c] = chunk + (kChunkBytes / rounded) * rounded;
      }
      p = fl.buffer_bump[c];
      fl.buffer_bump[c] += rounded;
    }
  } else if (bytes >= kHugeBuffer) {
    p = free_lists_->TakeHuge(HugeMapBytes(bytes));
    CheckFresh();
  } else {
    p = std::malloc(bytes);
  }
  if (p != nullptr) live_bytes_ += bytes;
  return p;
}

void* Heap::ReallocBuffer(void* p, size_t old_bytes, size_t new_bytes) {
  size_t oc = BufferClass(old_bytes);
  size_t nc = BufferClass(new_bytes);
  if (memory_limit_ != 0 && new_bytes > old_bytes &&
      !WithinLimit(nullptr, new_bytes - old_bytes)) {
    return nullptr;
  }
  if (oc == kNumClasses && nc == kNumClasses && old_bytes < kHugeBuffer &&
      new_bytes < kHugeBuffer) {
    void* q = std::realloc(p, new_bytes);
    if (q == nullptr) return nullptr;
    live_bytes_ += new_bytes;
    live_bytes_ -= std::min(live_bytes_, old_bytes);
    return q;
  }
  if (old_bytes >= kHugeBuffer && new_bytes >= kHugeBuffer) {
    const size_t old_mapped = HugeMapBytes(old_bytes);
    const size_t new_mapped = HugeMapBytes(new_bytes);
    if (old_mapped != new_mapped) {
      // A growing list (append in a loop) would otherwise copy all its
      // items into fresh memory at every step, faulting in every page of
      // the copy: the kernel moves the mapping instead.
      void* q = mremap(p, old_mapped, new_mapped, MREMAP_MAYMOVE);
      if (q == MAP_FAILED) return nullptr;
      UnregisterLsanRoot(p, old_mapped);
      RegisterLsanRoot(q, new_mapped);
      if (new_mapped > old_mapped) {
        free_lists_->chunk_source.fresh_bytes += new_mapped - old_mapped;
        CheckFresh();
      }
      p = q;
    }
    live_bytes_ += new_bytes;
    live_bytes_ -= std::min(live_bytes_, old_bytes);
    return p;
  }
  if (oc == nc && oc < kNumClasses) {
    live_bytes_ += new_bytes;
    live_bytes_ -= std::min(live_bytes_, old_bytes);
    return p;
  }
  void* q = AllocBuffer(new_bytes);
  if (q == nullptr) return nullptr;
  std::memcpy(q, p, std::min(old_bytes, new_bytes));
  FreeBuffer(p, old_bytes);
  return q;
}

void Heap::FreeBuffer(void* p, size_t bytes) {
  if (p == nullptr) return;
  size_t c = BufferClass(bytes);
  if (c < kNumClasses) {
    FreeObject* f = static_cast<FreeObject*>(p);
    f->next = free_lists_->buffer_free[c];
    free_lists_->buffer_free[c] = f;
  } else if (bytes >= kHugeBuffer) {
    free_lists_->GiveHuge(p, HugeMapBytes(bytes));
  } else {
    std::free(p);
  }
  live_bytes_ -= std::min(live_bytes_, bytes);
}

void Heap::CheckFresh() {
  // Buffer allocations have no thread to flag: dropping the threshold makes
  // the next object allocation ask for the collection.
  if (free_lists_->chunk_source.fresh_bytes > fresh_budget_) threshold_ = 0;
}

void Heap::set_automatic(bool on) { automatic_ = on; }

namespace {

bool WantsDel(const Object* o) {
  return o->cls != nullptr && (o->cls->flags & kClassHasDel) != 0 &&
         (o->gc_flags & kGcDelQueued) == 0;
}

}  // namespace

std::vector<Object*> Heap::ObjectsWithPendingDel() {
  std::vector<Object*> found;
  for (const Chunk& c : free_lists_->chunks) {
    for (char* p = c.base; p < c.end; p += c.slot) {
      Object* o = reinterpret_cast<Object*>(p);
      if (!IsFreeSlot(o) && WantsDel(o)) found.push_back(o);
    }
  }
  for (Object* o = all_objects_; o != nullptr; o = o->gc_next) {
    if (WantsDel(o)) found.push_back(o);
  }
  return found;
}

void Heap::ResurrectForDel(Tracer& tracer) {
  for (Object* o : ObjectsWithPendingDel()) {
    if (o->gc_mark) continue;
    o->gc_flags |= kGcDelQueued;
    rt_->pending_del.push_back(o);
    tracer.MarkObject(o);
  }
}

void Heap::Collect(ThreadState& ts) {
  ts.collecting.store(true, std::memory_order_release);
  const size_t live_before = live_bytes_;
  const bool trace = GcTrace();
  const auto start = std::chrono::steady_clock::now();

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
  tracer.stack_.swap(free_lists_->mark_stack);
  tracer.stack_.clear();
  tracer.stack_.reserve(4096);
  rt_->TraceRoots(tracer);
  TraceVmRoots(*rt_, tracer);
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
  auto drain = [&] {
    while (!tracer.stack_.empty()) {
      Object* o = tracer.stack_.back();
      tracer.stack_.pop_back();
      // Freed memory is scribbled (gc_mark set, kind out of range), so a
      // stale pointer is never traced; this check is the backstop.
      if (IsFreeSlot(o)) continue;
      tracer.MarkObject(o->cls);
      auto trace = ops[static_cast<size_t>(o->kind)].trace;
      if (trace != nullptr) trace(o, tracer);
    }
  };
  drain();
  if (rt_->has_del_classes) {
    ResurrectForDel(tracer);
    drain();
  }
  // Finalization steps 2-4 (objects/finalization.h): dying generators,
  // then the ephemerons, then weak references, once nothing new can be
  // marked.
  ResurrectDyingGenerators(*rt_, tracer);
  drain();
  // Side attribute dicts live exactly as long as their objects (an
  // ephemeron table): mark the dicts of marked objects until no new object
  // is reached, then forget the dead objects' entries.
  for (bool again = !rt_->side_dicts.empty(); again;) {
    again = false;
    for (auto& [obj, dict] : rt_->side_dicts) {
      Object* d = reinterpret_cast<Object*>(dict);
      if (obj->gc_mark && !d->gc_mark) {
        tracer.MarkObject(d);
        again = true;
      }
    }
    drain();
  }
  absl::erase_if(rt_->side_dicts,
                 [](const auto& entry) { return !entry.first->gc_mark; });
  PruneStrIndex(*rt_);
  ClearDeadWeakRefs(*rt_);

  free_lists_->mark_stack.swap(tracer.stack_);

  // --- Sweep. Large objects are finalized first; small ones in the same
  // single backwards pass over the chunks that rebuilds the free lists (one
  // walk over the heap instead of two: the sweep is memory-bound). That is
  // safe because a finalizer only reads its own object and releases its
  // out-of-line buffers, and freed slots are not reused before Collect
  // returns. ---
  Heap* saved = t_finalizing_heap;
  t_finalizing_heap = this;
  FreeLists& fl = *free_lists_;
  for (Object* o = all_objects_; o != nullptr; o = o->gc_next) {
    if (o->gc_mark) continue;
    auto fin = ops[static_cast<size_t>(o->kind)].finalize;
    if (fin != nullptr) fin(o);
  }
  // Free lists are rebuilt in address order (chunks and slots walked
  // backwards, pushing), so allocation after a collection fills memory
  // sequentially. A freed slot only needs its header poisoned (kind out of
  // range, gc_mark set): allocation zero-fills anyway. Under GC stress the
  // whole slot is scribbled, to make use-after-free loud.
  const bool scribble_all = GcStress();
  size_t freed = 0;
  size_t unreachable = 0;
  fl.free.fill(nullptr);
  for (size_t i = fl.chunks.size(); i-- > 0;) {
    const Chunk& c = fl.chunks[i];
    size_t cls = c.slot / kGranule - 1;
    if (c.end == c.base) continue;
    for (char* p = c.end - c.slot;; p -= c.slot) {
      Object* o = reinterpret_cast<Object*>(p);
      bool free_slot = IsFreeSlot(o);
      if (!free_slot && o->gc_mark) {
        o->gc_mark = 0;
      } else {
        if (!free_slot) {
          auto fin = ops[static_cast<size_t>(o->kind)].finalize;
          if (fin != nullptr) fin(o);
          freed += c.slot;
          ++unreachable;
          if (__builtin_expect(scribble_all, 0)) {
            std::memset(p, kFreeByte, c.slot);
          } else {
            PoisonHeader(o);
          }
        }
        FreeObject* f = reinterpret_cast<FreeObject*>(p);
        f->next = fl.free[cls];
        fl.free[cls] = f;
      }
      if (p == c.base) break;
    }
  }
  t_finalizing_heap = saved;
  Object** link = &all_objects_;
  while (Object* o = *link) {
    if (o->gc_mark) {
      o->gc_mark = 0;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      freed += o->alloc_size;
      ++unreachable;
      fl.GiveLarge(o, o->alloc_size);
    }
  }

  live_bytes_ -= std::min(live_bytes_, freed);
  last_unreachable_ = unreachable;
  threshold_ = GcStress() ? live_bytes_ + kStressStep
                          : std::max(kMinThreshold, live_bytes_ * 2);
  // A program whose collections find much garbage can recycle memory
  // instead of faulting in fresh pages, which the kernel must zero first
  // (on the benchmark host a fresh megabyte cost several times what
  // marking and sweeping one did): once it has taken a little new memory,
  // collect (CheckFresh). One that is building what it keeps would find
  // little to free and only pay for more collections: it may double its
  // heap. (Finalizers free dead objects' buffers straight from
  // live_bytes_, so `freed` alone would miss dead lists' items.)
  const size_t dropped =
      live_before > live_bytes_ ? live_before - live_bytes_ : 0;
  const bool garbage_heavy = dropped >= live_before / 4;
  fresh_budget_ = garbage_heavy && !GcStress()
                      ? std::max(kMinFreshBudget, live_bytes_ / 4)
                      : SIZE_MAX;
  if (memory_limit_ != 0 && !GcStress()) {
    threshold_ = std::min(
        threshold_,
        std::max(live_bytes_ + (kMinThreshold / 8), memory_limit_ / 2));
    over_limit_ = false;
  }
  ++num_collections_;
  if (trace) {
    double ms = std::chrono::duration<double, std::milli>(
                    std::chrono::steady_clock::now() - start)
                    .count();
    std::fprintf(stderr, "gc %zu: %.1f -> %.1f MB, fresh %.1f MB, %.2f ms\n",
                 num_collections_, live_before / 1048576.0,
                 live_bytes_ / 1048576.0,
                 fl.chunk_source.fresh_bytes / 1048576.0, ms);
  }
  fl.chunk_source.fresh_bytes = 0;
  ts.collecting.store(false, std::memory_order_release);
}

}  // namespace interp
