// The process-wide, grow-only, lock-free registry of ThreadStates (see
// thread_registry.h).
//
// States are claimed with a CAS on `status` (kFree -> kStarting), so two
// attaching threads never share one, and new states are pushed on the head
// with a CAS; nothing is ever unlinked or unmapped. The frame-record array,
// the value stack and the alternate signal stack of a state are mapped once
// when the state is created and reused with it.
#include "runtime/frames/thread_registry.h"

#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <new>

#include "runtime/frames/stable_arena.h"

namespace interp {

// The registry root. External linkage (not in the anonymous namespace) so
// that the debug-offsets descriptor can publish its address.
std::atomic<ThreadState*> g_thread_registry_head{nullptr};

namespace {

std::atomic<ThreadState*>& g_head = g_thread_registry_head;

// Big enough for the crash report (absl::Symbolize and the demangler use a
// few KiB of stack) even in sanitizer builds, whose frames are larger.
constexpr size_t kAltStackSize = size_t{256} << 10;

size_t PageSize() { return static_cast<size_t>(sysconf(_SC_PAGESIZE)); }

// Maps `bytes` (page-rounded) with a PROT_NONE guard page at the low end
// when `guard_low`, else at the high end. Returns the usable region.
void* MapWithGuard(size_t bytes, bool guard_low) {
  size_t page = PageSize();
  bytes = (bytes + page - 1) & ~(page - 1);
  char* p = static_cast<char*>(
      mmap(nullptr, bytes + page, PROT_READ | PROT_WRITE,
           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0));
  if (p == MAP_FAILED) return nullptr;
  char* guard = guard_low ? p : p + bytes;
  if (mprotect(guard, page, PROT_NONE) != 0) {
    munmap(p, bytes + page);
    return nullptr;
  }
  return guard_low ? p + page : p;
}

// A brand-new state, claimed (kStarting), with all its mappings; not yet on
// the registry. Null when memory cannot be mapped.
ThreadState* CreateState() {
  void* mem = stable::Allocate(sizeof(ThreadState));
  auto* ts = new (mem) ThreadState();
  ts->status.store(ThreadStatus::kStarting, std::memory_order_relaxed);
  // The value stack grows upwards: the guard page sits above stack_limit.
  void* values = MapWithGuard(sizeof(Value) * kValueStackSlots, false);
  void* alt = MapWithGuard(kAltStackSize, true);
  if (!ts->frames.Init() || values == nullptr || alt == nullptr) {
    // Not published yet: nobody else can have seen it. The mappings that
    // did succeed are leaked (this only happens when address space is
    // exhausted).
    ts->~ThreadState();
    stable::Free(mem, sizeof(ThreadState));
    return nullptr;
  }
  ts->stack_base = static_cast<Value*>(values);
  ts->stack_limit = ts->stack_base + kValueStackSlots;
  ts->alt_stack = alt;
  ts->alt_stack_size = kAltStackSize;
  return ts;
}

void Publish(ThreadState* ts) {
  ThreadState* head = g_head.load(std::memory_order_relaxed);
  do {
    ts->next = head;
  } while (!g_head.compare_exchange_weak(head, ts, std::memory_order_release,
                                         std::memory_order_relaxed));
}

ThreadState* ClaimFreeState() {
  for (ThreadState* ts = g_head.load(std::memory_order_acquire); ts != nullptr;
       ts = ts->next) {
    ThreadStatus expected = ThreadStatus::kFree;
    if (ts->status.load(std::memory_order_relaxed) == expected &&
        ts->status.compare_exchange_strong(expected, ThreadStatus::kStarting,
                                           std::memory_order_acq_rel)) {
      return ts;
    }
  }
  return nullptr;
}

void InstallAltStack(ThreadState* ts) {
  ts->alt_stack_installed = false;
  stack_t old;
  if (sigaltstack(nullptr, &old) != 0) return;
  // Keep an alternate stack the host (or a sanitizer) already installed.
  if ((old.ss_flags & SS_DISABLE) == 0) return;
  stack_t ss = {};
  ss.ss_sp = ts->alt_stack;
  ss.ss_size = ts->alt_stack_size;
  ss.ss_flags = 0;
  if (sigaltstack(&ss, nullptr) == 0) ts->alt_stack_installed = true;
}

void RemoveAltStack(ThreadState* ts) {
  if (!ts->alt_stack_installed) return;
  ts->alt_stack_installed = false;
  stack_t cur;
  if (sigaltstack(nullptr, &cur) != 0) return;
  // Only remove what is still ours (and never while running on it).
  if (cur.ss_sp != ts->alt_stack || (cur.ss_flags & SS_ONSTACK) != 0) return;
  stack_t ss = {};
  ss.ss_flags = SS_DISABLE;
  sigaltstack(&ss, nullptr);
}

void ResetOwnerFields(ThreadState* ts) {
  ts->eval_breaker.store(0, std::memory_order_relaxed);
  ts->pending_exception = Value::None();
  ts->temp_roots.clear();
  ts->frame_objects.clear();
  ts->native_reentry_depth = 0;
  ts->thread_object = Value::None();
}

}  // namespace

ThreadState* AttachThreadState(RuntimeState* rt, bool is_main,
                               std::string_view name) {
  ThreadState* ts = ClaimFreeState();
  bool fresh = false;
  if (ts == nullptr) {
    ts = CreateState();
    if (ts == nullptr) return nullptr;
    fresh = true;
  }
  ts->frames.Reset();
  ResetOwnerFields(ts);
  // Readers skip kStarting states, so this plain seqlock write is never
  // observed half-done as the thread's first reported name.
  ts->SetName(name.data(), name.size());
  ts->SetActivity(ThreadActivity::kRunning, nullptr, 0);
  ts->progress.store(0, std::memory_order_relaxed);
  ts->collecting.store(false, std::memory_order_relaxed);
  ts->is_main.store(is_main, std::memory_order_relaxed);
  ts->ident.store(static_cast<uint64_t>(pthread_self()),
                  std::memory_order_relaxed);
  ts->runtime.store(rt, std::memory_order_relaxed);
  if (fresh) Publish(ts);
  InstallAltStack(ts);
  SetCurrentThreadState(ts);
  // Readers that see kRunning (acquire) see every field above.
  ts->status.store(ThreadStatus::kRunning, std::memory_order_release);
  return ts;
}

void DetachThreadState(ThreadState* ts) {
  if (ts == nullptr) return;
  // Stop reporting it before tearing it down.
  ts->status.store(ThreadStatus::kStarting, std::memory_order_release);
  bool own = ts->ident.load(std::memory_order_relaxed) ==
             static_cast<uint64_t>(pthread_self());
  if (own) RemoveAltStack(ts);
  ts->frames.Reset();
  ts->collecting.store(false, std::memory_order_relaxed);
  ts->is_main.store(false, std::memory_order_relaxed);
  ts->runtime.store(nullptr, std::memory_order_relaxed);
  ResetOwnerFields(ts);
  if (CurrentThreadState() == ts) SetCurrentThreadState(nullptr);
  ts->ident.store(0, std::memory_order_relaxed);
  ts->status.store(ThreadStatus::kFree, std::memory_order_release);
}

ThreadState* FirstThreadState() {
  return g_head.load(std::memory_order_acquire);
}

void ResetThreadRegistryAfterFork(ThreadState* survivor) {
  // The child has one thread: no concurrent writers remain.
  for (ThreadState* ts = g_head.load(std::memory_order_acquire); ts != nullptr;
       ts = ts->next) {
    if (ts == survivor) continue;
    if (ts->status.load(std::memory_order_relaxed) == ThreadStatus::kFree) {
      continue;
    }
    ts->status.store(ThreadStatus::kStarting, std::memory_order_relaxed);
    ts->frames.Reset();
    ts->collecting.store(false, std::memory_order_relaxed);
    ts->is_main.store(false, std::memory_order_relaxed);
    ts->runtime.store(nullptr, std::memory_order_relaxed);
    // The thread object and temp roots of a thread that no longer exists
    // belong to the runtime's heap: drop them without running anything.
    ResetOwnerFields(ts);
    ts->alt_stack_installed = false;
    ts->ident.store(0, std::memory_order_relaxed);
    ts->status.store(ThreadStatus::kFree, std::memory_order_release);
  }
  if (survivor != nullptr) {
    survivor->ident.store(static_cast<uint64_t>(pthread_self()),
                          std::memory_order_relaxed);
  }
}

namespace {

enum class FatalReport : int { kNone, kWriting, kWritten, kExitGateClosed };
std::atomic<FatalReport> g_fatal_report{FatalReport::kNone};

void SleepMs(int ms) {
  struct timespec ts = {0, ms * 1000000L};
  nanosleep(&ts, nullptr);
}

}  // namespace

bool BeginFatalReport() {
  FatalReport expected = FatalReport::kNone;
  return g_fatal_report.compare_exchange_strong(expected,
                                                FatalReport::kWriting) ||
         expected == FatalReport::kWriting || expected == FatalReport::kWritten;
}

void EndFatalReport() { g_fatal_report.store(FatalReport::kWritten); }

void WaitForFatalReportToEnd() {
  for (int i = 0; i < 10000 && g_fatal_report.load() == FatalReport::kWriting;
       ++i) {
    SleepMs(1);
  }
  for (int i = 0; i < 2000 && g_fatal_report.load() == FatalReport::kWritten;
       ++i) {
    SleepMs(1);
  }
}

void CloseFatalReportGateForExit() {
  FatalReport expected = FatalReport::kNone;
  if (!g_fatal_report.compare_exchange_strong(expected,
                                              FatalReport::kExitGateClosed)) {
    // A report is being written or was written: let it finish and kill
    // the process; if the process survives it, the exit goes on.
    WaitForFatalReportToEnd();
  }
}

}  // namespace interp
