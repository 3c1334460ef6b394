// The C-level signal handler for script-handled signals (signal_trip.h).
//
// ASYNC-SIGNAL-SAFE: `TripHandler` and everything it calls (Trip, the
// atomics below, write(2)) run inside a signal handler. They only use
// lock-free atomics on static storage and on ThreadStates (type-stable
// memory, never freed), plus write(2) on a non-blocking pipe; errno is
// saved and restored. No allocation, no locks, no stdio, no TLS.
//
// The other functions run in normal context (installing handlers happens
// with the GIL held, in the main thread).
#include "runtime/threads/signal_trip.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>

namespace interp {
namespace sigtrip {
namespace {

static_assert(std::atomic<bool>::is_always_lock_free);
static_assert(std::atomic<int>::is_always_lock_free);
static_assert(std::atomic<ThreadState*>::is_always_lock_free);
static_assert(std::atomic<uint32_t>::is_always_lock_free);

std::atomic<bool> g_tripped[kNumSignals];
std::atomic<bool> g_any_tripped{false};
std::atomic<ThreadState*> g_target{nullptr};
std::atomic<int> g_wakeup_read{-1};
std::atomic<int> g_wakeup_write{-1};

// Handlers replaced by us, restored by RestoreAll. Normal context only
// (written and read with the GIL of the installing runtime held).
struct Saved {
  bool saved = false;
  struct sigaction old;
};
Saved g_saved[kNumSignals];

void TripHandler(int sig) {
  int saved_errno = errno;
  Trip(sig);
  int fd = g_wakeup_write.load(std::memory_order_relaxed);
  if (fd >= 0) {
    char byte = static_cast<char>(sig);
    // Non-blocking: a full pipe already wakes the reader.
    ssize_t unused = write(fd, &byte, 1);
    (void)unused;
  }
  errno = saved_errno;
}

void SaveOnce(int sig) {
  if (g_saved[sig].saved) return;
  if (sigaction(sig, nullptr, &g_saved[sig].old) == 0) {
    g_saved[sig].saved = true;
  }
}

bool MakePipe() {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) return false;
  g_wakeup_read.store(fds[0], std::memory_order_relaxed);
  g_wakeup_write.store(fds[1], std::memory_order_release);
  return true;
}

}  // namespace

// Async-signal-safe.
void Trip(int sig) {
  if (sig <= 0 || sig >= kNumSignals) return;
  g_tripped[sig].store(true, std::memory_order_relaxed);
  // Release: whoever sees "any" (acquire) sees the per-signal flag.
  g_any_tripped.store(true, std::memory_order_release);
  ThreadState* target = g_target.load(std::memory_order_acquire);
  if (target != nullptr) {
    target->eval_breaker.fetch_or(kBreakSignalsPending,
                                  std::memory_order_release);
  }
}

void SetTarget(ThreadState* ts) {
  g_target.store(ts, std::memory_order_release);
}

ThreadState* Target() { return g_target.load(std::memory_order_acquire); }

bool InstallHandler(int sig) {
  if (g_wakeup_write.load(std::memory_order_relaxed) < 0) MakePipe();
  SaveOnce(sig);
  struct sigaction sa = {};
  sa.sa_handler = TripHandler;
  sigemptyset(&sa.sa_mask);
  // SA_ONSTACK: every runtime thread has an alternate stack; no
  // SA_RESTART: the main thread's blocking calls must return EINTR so that
  // the script handler runs promptly.
  sa.sa_flags = SA_ONSTACK;
  return sigaction(sig, &sa, nullptr) == 0;
}

bool SetDisposition(int sig, void (*disposition)(int)) {
  SaveOnce(sig);
  struct sigaction sa = {};
  sa.sa_handler = disposition;
  sigemptyset(&sa.sa_mask);
  return sigaction(sig, &sa, nullptr) == 0;
}

bool HandlerInstalled(int sig) {
  struct sigaction cur;
  if (sigaction(sig, nullptr, &cur) != 0) return false;
  return (cur.sa_flags & SA_SIGINFO) == 0 && cur.sa_handler == TripHandler;
}

void RestoreAll() {
  for (int sig = 1; sig < kNumSignals; ++sig) {
    if (!g_saved[sig].saved) continue;
    sigaction(sig, &g_saved[sig].old, nullptr);
    g_saved[sig].saved = false;
  }
}

bool TakeTripped(int sig) {
  if (sig <= 0 || sig >= kNumSignals) return false;
  if (!g_tripped[sig].load(std::memory_order_relaxed)) return false;
  return g_tripped[sig].exchange(false, std::memory_order_acq_rel);
}

bool AnyTripped() { return g_any_tripped.load(std::memory_order_acquire); }

void ClearAnyTripped() {
  g_any_tripped.store(false, std::memory_order_relaxed);
  // The scan that follows must not be reordered before the clear: a signal
  // that arrives mid-scan re-sets the flag and is seen next time.
  std::atomic_thread_fence(std::memory_order_seq_cst);
}

int WakeupFd() {
  if (g_wakeup_read.load(std::memory_order_relaxed) < 0) MakePipe();
  return g_wakeup_read.load(std::memory_order_relaxed);
}

void DrainWakeupFd() {
  int fd = g_wakeup_read.load(std::memory_order_relaxed);
  if (fd < 0) return;
  char buf[64];
  while (read(fd, buf, sizeof(buf)) > 0) {
  }
}

void ResetAfterFork() {
  for (int sig = 1; sig < kNumSignals; ++sig) {
    g_tripped[sig].store(false, std::memory_order_relaxed);
  }
  g_any_tripped.store(false, std::memory_order_relaxed);
  int r = g_wakeup_read.load(std::memory_order_relaxed);
  int w = g_wakeup_write.load(std::memory_order_relaxed);
  if (r >= 0) {
    // Stop the handler from writing to the shared pipe before closing it.
    g_wakeup_write.store(-1, std::memory_order_release);
    close(w);
    close(r);
    g_wakeup_read.store(-1, std::memory_order_relaxed);
    MakePipe();
  }
}

}  // namespace sigtrip
}  // namespace interp
