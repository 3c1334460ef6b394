// fork() support (fork.h).
#include "runtime/threads/fork.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <mutex>

#include "runtime/frames/thread_registry.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/threads/signal_trip.h"
#include "runtime/threads/threading.h"
#include "runtime/threads/threads_state.h"
#include "runtime/threads/util.h"
#include "runtime/vm/gil.h"

namespace interp {

namespace {

struct HookSet {
  ForkHook before;
  ForkHook after_parent;
  ForkHook after_child;
};

// Process-wide like fork itself. Entries are written once before `count`
// publishes them, so running the hooks needs no lock.
HookSet g_hooks[kMaxForkHooks];
std::atomic<int> g_hook_count{0};
std::mutex g_hook_mu;  // serialises registrations

}  // namespace

bool RegisterForkHooks(ForkHook before, ForkHook after_parent,
                       ForkHook after_child) {
  std::lock_guard<std::mutex> lock(g_hook_mu);
  int n = g_hook_count.load(std::memory_order_relaxed);
  if (n >= kMaxForkHooks) return false;
  g_hooks[n] = HookSet{before, after_parent, after_child};
  g_hook_count.store(n + 1, std::memory_order_release);
  return true;
}

void RunBeforeForkHooks() {
  for (int i = g_hook_count.load(std::memory_order_acquire) - 1; i >= 0; --i) {
    if (g_hooks[i].before != nullptr) g_hooks[i].before();
  }
}

void RunAfterForkParentHooks() {
  int n = g_hook_count.load(std::memory_order_acquire);
  for (int i = 0; i < n; ++i) {
    if (g_hooks[i].after_parent != nullptr) g_hooks[i].after_parent();
  }
}

void RunAfterForkChildHooks() {
  int n = g_hook_count.load(std::memory_order_acquire);
  for (int i = 0; i < n; ++i) {
    if (g_hooks[i].after_child != nullptr) g_hooks[i].after_child();
  }
}

pid_t ForkProcess(ThreadState& ts) {
  RuntimeState& rt = RuntimeOf(ts);
  // Script-level buffers (sys.stdout...) are NOT flushed, like CPython's
  // os.fork: output still buffered is written by both processes there too,
  // and scripts are checked against CPython's output. C stdio buffers are
  // the runtime's own business: flushed so they are written once.
  fflush(nullptr);
  RunBeforeForkHooks();
  // Locks that other threads may take without the GIL are held across
  // fork() so that the child gets them in a consistent state. (State that
  // is only touched with the GIL held is consistent already: we hold it.)
  std::unique_lock<std::mutex> state_lock;
  if (rt.threads != nullptr) {
    state_lock = std::unique_lock<std::mutex>(rt.threads->mu);
  }
  LockSyncCoreRegistry();
  pid_t pid = fork();
  int saved_errno = errno;
  if (pid == 0) {
    // The child: one thread, the caller, holding the GIL.
    ResetThreadRegistryAfterFork(&ts);
    rt.gil->ReinitAfterFork(ts);
    ReinitSyncCoresAfterFork();
    UnlockSyncCoreRegistry();
    if (state_lock.owns_lock()) state_lock.unlock();
    sigtrip::ResetAfterFork();
    ThreadState* target = sigtrip::Target();
    if (target != nullptr &&
        (target == &ts ||
         target->runtime.load(std::memory_order_relaxed) == nullptr ||
         target->runtime.load(std::memory_order_relaxed) == &rt)) {
      // The old main thread does not exist here: signals go to the caller.
      sigtrip::SetTarget(&ts);
    }
    ThreadingAfterForkChild(ts);
    RunAfterForkChildHooks();
    return 0;
  }
  UnlockSyncCoreRegistry();
  if (state_lock.owns_lock()) state_lock.unlock();
  RunAfterForkParentHooks();
  errno = saved_errno;
  return pid;
}

}  // namespace interp
