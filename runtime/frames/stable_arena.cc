// Type-stable memory (see stable_arena.h).
//
// Contains() is async-signal-safe and lock-free: it reads only the atomic
// chunk table below. Everything else runs in normal context under one
// std::mutex (std::mutex rather than absl::Mutex so that ThreadSanitizer
// sees the synchronisation; the system Abseil is not instrumented).
//
// Crash reporters may read a block while it is being freed and reused (they
// validate what they read afterwards). So that such a read is a data race
// only in the benign, seqlock sense and never undefined for the sanitizers,
// every store this file makes into memory a reader may reach (zeroing a
// recycled block, the free-list link, interned string bytes) is a relaxed
// atomic store.
#include "runtime/frames/stable_arena.h"

#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "runtime/frames/lsan_roots.h"

namespace interp::stable {
namespace {

constexpr size_t kAlign = 16;
constexpr size_t kChunkSize = size_t{1} << 20;  // bump-allocated chunks
// Blocks above this get a chunk of their own (rounded to pages).
constexpr size_t kLargeThreshold = size_t{64} << 10;
// Enough for 64 GiB of 1 MiB chunks; the table is in .bss (untouched pages
// cost nothing).
constexpr size_t kMaxChunks = size_t{1} << 16;

// The chunk table. Entries [0, count) are published: an entry's bounds are
// written before count is raised with a release store, and never change.
struct ChunkTable {
  std::atomic<uintptr_t> begin[kMaxChunks];
  std::atomic<uintptr_t> end[kMaxChunks];
  std::atomic<size_t> count;
};
ChunkTable g_chunks;

// Size classes: multiples of 16 up to 256, then four classes per power of
// two up to kLargeThreshold.
size_t ClassSize(size_t size) {
  size = (size + kAlign - 1) & ~(kAlign - 1);
  if (size <= 256) return size;
  size_t p = 256;
  while (p < size) p <<= 1;
  size_t q = p >> 3;  // p/2 + k*q for k = 0..4 covers (p/2, p]
  size_t c = p >> 1;
  while (c < size) c += q;
  return c;
}

void StoreZero(void* block, size_t size) {
  auto* w = static_cast<uint64_t*>(block);
  for (size_t i = 0; i < size / sizeof(uint64_t); ++i) {
    __atomic_store_n(&w[i], uint64_t{0}, __ATOMIC_RELAXED);
  }
}

struct FreeBlock {
  FreeBlock* next;
};

void StoreLink(void* block, FreeBlock* next) {
  __atomic_store_n(&static_cast<FreeBlock*>(block)->next, next,
                   __ATOMIC_RELAXED);
}
FreeBlock* LoadLink(void* block) {
  return __atomic_load_n(&static_cast<FreeBlock*>(block)->next,
                         __ATOMIC_RELAXED);
}

[[noreturn]] void Exhausted(const char* what) {
  // Out of address space for memory that must never be unmapped: there is
  // nothing sensible left to do.
  static constexpr char kMsg[] = "interp: stable arena exhausted: ";
  ssize_t ignored = write(2, kMsg, sizeof(kMsg) - 1);
  ignored = write(2, what, strlen(what));
  ignored = write(2, "\n", 1);
  (void)ignored;
  abort();
}

struct StringViewHash {
  size_t operator()(std::string_view s) const {
    return absl::Hash<std::string_view>()(s);
  }
};

class Arena {
 public:
  void* Allocate(size_t size) {
    if (size == 0) size = 1;
    std::lock_guard<std::mutex> lock(mu_);
    if (size > kLargeThreshold) return AllocateLargeLocked(size);
    size_t cs = ClassSize(size);
    auto it = free_.find(cs);
    if (it != free_.end() && it->second != nullptr) {
      FreeBlock* b = it->second;
      it->second = LoadLink(b);
      StoreZero(b, cs);
      return b;
    }
    if (bump_ == nullptr || bump_ + cs > bump_end_) {
      // The tail of the old chunk is abandoned (at most one class size).
      char* chunk = static_cast<char*>(MapChunkLocked(kChunkSize));
      bump_ = chunk;
      bump_end_ = chunk + kChunkSize;
    }
    void* p = bump_;  // fresh mmap'd memory is already zero
    bump_ += cs;
    return p;
  }

  void Free(void* block, size_t size) {
    if (block == nullptr) return;
    if (size == 0) size = 1;
    std::lock_guard<std::mutex> lock(mu_);
    if (size > kLargeThreshold) {
      large_free_[PageRound(size)].push_back(block);
      return;
    }
    size_t cs = ClassSize(size);
    FreeBlock*& head = free_[cs];
    StoreLink(block, head);
    head = static_cast<FreeBlock*>(block);
  }

  const char* Intern(std::string_view s) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = strings_.find(s);
    if (it != strings_.end()) return it->data();
    char* p;
    size_t need = s.size() + 1;
    if (need > kLargeThreshold) {
      p = static_cast<char*>(AllocateLargeLocked(need));
    } else {
      // Strings are immortal: bump-allocate them byte-exact, no class
      // rounding.
      if (str_bump_ == nullptr || str_bump_ + need > str_bump_end_) {
        str_bump_ = static_cast<char*>(MapChunkLocked(kChunkSize));
        str_bump_end_ = str_bump_ + kChunkSize;
      }
      p = str_bump_;
      str_bump_ += need;
    }
    for (size_t i = 0; i < s.size(); ++i) {
      __atomic_store_n(&p[i], s[i], __ATOMIC_RELAXED);
    }
    __atomic_store_n(&p[s.size()], '\0', __ATOMIC_RELAXED);
    strings_.insert(std::string_view(p, s.size()));
    return p;
  }

  void Lock() { mu_.lock(); }
  void Unlock() { mu_.unlock(); }

 private:
  static size_t PageRound(size_t size) {
    size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
    return (size + page - 1) & ~(page - 1);
  }

  void* AllocateLargeLocked(size_t size) {
    size_t rounded = PageRound(size);
    auto it = large_free_.find(rounded);
    if (it != large_free_.end() && !it->second.empty()) {
      void* p = it->second.back();
      it->second.pop_back();
      StoreZero(p, rounded);
      return p;
    }
    return MapChunkLocked(rounded);
  }

  void* MapChunkLocked(size_t size) {
    size_t n = g_chunks.count.load(std::memory_order_relaxed);
    if (n >= kMaxChunks) Exhausted("chunk table full");
    void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED) Exhausted("mmap failed");
    // ThreadStates live here and own heap memory (std::vector buffers).
    RegisterLsanRoot(p, size);
    uintptr_t b = reinterpret_cast<uintptr_t>(p);
    g_chunks.begin[n].store(b, std::memory_order_relaxed);
    g_chunks.end[n].store(b + size, std::memory_order_relaxed);
    g_chunks.count.store(n + 1, std::memory_order_release);
    return p;
  }

  std::mutex mu_;
  char* bump_ = nullptr;
  char* bump_end_ = nullptr;
  char* str_bump_ = nullptr;
  char* str_bump_end_ = nullptr;
  absl::flat_hash_map<size_t, FreeBlock*> free_;
  absl::flat_hash_map<size_t, std::vector<void*>> large_free_;
  absl::flat_hash_set<std::string_view> strings_;
};

// Never destroyed: threads (and signal handlers reading what it handed out)
// may outlive static destruction.
Arena& GetArena() {
  static Arena* arena = [] {
    auto* a = new Arena();
    // Another thread holding the arena lock across fork() would leave the
    // child unable to allocate: the forking thread takes it around fork, so
    // parent and child both own it afterwards and release it.
    pthread_atfork([] { GetArena().Lock(); }, [] { GetArena().Unlock(); },
                   [] { GetArena().Unlock(); });
    return a;
  }();
  return *arena;
}

}  // namespace

void* Allocate(size_t size) { return GetArena().Allocate(size); }

void Free(void* block, size_t size) { GetArena().Free(block, size); }

bool Contains(const void* p, size_t size) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if (a == 0 || a + size < a) return false;
  size_t n = g_chunks.count.load(std::memory_order_acquire);
  for (size_t i = 0; i < n; ++i) {
    uintptr_t b = g_chunks.begin[i].load(std::memory_order_relaxed);
    uintptr_t e = g_chunks.end[i].load(std::memory_order_relaxed);
    if (a >= b && a + size <= e) return true;
  }
  return false;
}

const char* InternString(std::string_view s) { return GetArena().Intern(s); }

}  // namespace interp::stable
