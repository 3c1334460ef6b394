// ThreadState::SetName (seqlock writer) and the current-thread TLS slot.
#include "runtime/frames/thread_state.h"

#include <time.h>

#include <atomic>

namespace interp {
namespace {

// initial-exec: the slot lives in the static TLS block, so reading it never
// calls __tls_get_addr (which may allocate) and costs one load.
static thread_local ThreadState* tls_current
    __attribute__((tls_model("initial-exec"))) = nullptr;

}  // namespace

void ThreadState::SetName(const char* s, size_t n) {
  bool truncated = n > kMaxThreadNameLen;
  if (truncated) {
    n = kMaxThreadNameLen;
    // Do not keep half a UTF-8 character.
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xc0) == 0x80) --n;
  }
  // Single writer (the owner, or the creator before publication). Readers
  // copy the bytes with relaxed atomic loads and compare name_seq before
  // and after; the bytes are stored atomically too, so a torn copy is
  // detected, never undefined.
  uint32_t seq = name_seq.load(std::memory_order_relaxed);
  name_seq.store(seq + 1, std::memory_order_relaxed);  // odd: writing
  std::atomic_thread_fence(std::memory_order_release);
  for (size_t i = 0; i < n; ++i) {
    __atomic_store_n(&name[i], s[i], __ATOMIC_RELAXED);
  }
  __atomic_store_n(&name[n], '\0', __ATOMIC_RELAXED);
  name_len.store(static_cast<uint32_t>(n), std::memory_order_relaxed);
  name_truncated.store(truncated, std::memory_order_relaxed);
  name_seq.store(seq + 2, std::memory_order_release);
}

void ThreadState::SetActivity(ThreadActivity a, const char* what,
                              int64_t since_ns) {
  // Single writer (the owner); readers retry or give up on an odd or
  // changed sequence (frame_reader.cc).
  uint32_t seq = activity_seq.load(std::memory_order_relaxed);
  activity_seq.store(seq + 1, std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_release);
  activity.store(static_cast<uint32_t>(a), std::memory_order_relaxed);
  activity_what.store(what, std::memory_order_relaxed);
  activity_since_ns.store(since_ns, std::memory_order_relaxed);
  activity_seq.store(seq + 2, std::memory_order_release);
}

int64_t MonotonicNowNs() {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

ActivityScope::ActivityScope(ThreadState& ts, ThreadActivity a,
                             const char* what)
    : ts_(ts),
      prev_(static_cast<ThreadActivity>(
          ts.activity.load(std::memory_order_relaxed))),
      prev_what_(ts.activity_what.load(std::memory_order_relaxed)),
      prev_since_(ts.activity_since_ns.load(std::memory_order_relaxed)) {
  ts_.SetActivity(a, what, MonotonicNowNs());
}

ActivityScope::~ActivityScope() {
  ts_.SetActivity(prev_, prev_what_, prev_since_);
}

ThreadState* CurrentThreadState() { return tls_current; }

void SetCurrentThreadState(ThreadState* ts) { tls_current = ts; }

}  // namespace interp
