// ThreadState::SetName (seqlock writer) and the current-thread TLS slot.
#include "runtime/frames/thread_state.h"

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

ThreadState* CurrentThreadState() { return tls_current; }

void SetCurrentThreadState(ThreadState* ts) { tls_current = ts; }

}  // namespace interp
