// The watchdog (dump_traceback_later). Not a signal handler, but the dump
// it writes while other threads keep running uses only the async-signal-
// safe, lock-free readers (traceback.cc, writer.cc), so it never waits for
// the global interpreter lock or any runtime lock.
//
// One detached watchdog thread per process, started on first arming and
// idle on a condition variable when disarmed. The state is guarded by a
// std::mutex that is never held while dumping, so cancelling waits only for
// a dump in progress, and only for a bounded time. Fork: the child has no
// watchdog thread; a pthread_atfork child handler disarms the inherited
// state and marks the thread absent, so nothing fires in the child and
// cancelling there returns at once.
#include <pthread.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "absl/status/status.h"
#include "faulthandler/faulthandler.h"
#include "faulthandler/internal.h"
#include "faulthandler/report_claim.h"
#include "faulthandler/traceback.h"
#include "faulthandler/writer.h"
#include "runtime/frames/thread_registry.h"

namespace interp::faulthandler {
namespace {

using Clock = std::chrono::steady_clock;  // CLOCK_MONOTONIC

// How long arming/cancelling waits for a dump in progress.
constexpr auto kMaxWaitForDump = std::chrono::seconds(2);

struct Watchdog {
  std::mutex mu;
  std::condition_variable cv;
  bool thread_started = false;
  pid_t thread_pid = 0;
  bool armed = false;
  uint64_t generation = 0;  // bumped by every arm/cancel
  Clock::time_point deadline;
  int64_t timeout_us = 0;
  bool repeat = false;
  bool exit = false;
  int fd = -1;
  uint64_t fd_dev = 0;  // identity at arming (internal::CheckReportFd)
  uint64_t fd_ino = 0;
  int max_threads = kDefaultMaxThreads;
  bool json = false;
  bool dumping = false;
};

Watchdog& State();

void ChildAfterFork() {
  Watchdog& w = State();
  // The lock is held by this (the forking) thread: see the prepare handler.
  w.thread_started = false;
  w.armed = false;
  w.dumping = false;
  ++w.generation;
  internal::CloseFd(w.fd);
  w.fd = -1;
  w.mu.unlock();
}

Watchdog& State() {
  // Never destroyed: the detached thread may outlive static destructors.
  static Watchdog* w = [] {
    auto* s = new Watchdog();
    pthread_atfork([] { State().mu.lock(); }, [] { State().mu.unlock(); },
                   ChildAfterFork);
    return s;
  }();
  return *w;
}

void ThreadMain() {
  // Wake up at the deadline, not up to 50 us after it (the default timer
  // slack of a thread lets the kernel batch its timers).
  prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
  Watchdog& w = State();
  std::unique_lock<std::mutex> lock(w.mu);
  for (;;) {
    if (!w.armed) {
      w.cv.wait(lock);
      continue;
    }
    if (Clock::now() < w.deadline) {
      // Any wake-up (re-armed, cancelled, spurious) re-evaluates the state.
      w.cv.wait_until(lock, w.deadline);
      continue;
    }
    uint64_t gen = w.generation;
    int fd = w.fd;
    uint64_t fd_dev = w.fd_dev;
    uint64_t fd_ino = w.fd_ino;
    int64_t timeout_us = w.timeout_us;
    int max_threads = w.max_threads;
    bool exit_after = w.exit;
    bool json = w.json;
    w.dumping = true;
    lock.unlock();
    {
      // A unit on its stream, behind any fatal report (report_claim.h).
      DumpClaim claim(CurrentIdent());
      if (claim.held()) {
        Writer out(internal::CheckReportFd(fd, fd_dev, fd_ino));
        out.YieldToFatalReport();
        ThreadDumpStyle style;
        style.json = json;
        style.show_state = true;
        style.now_ns = MonotonicNowNs();
        if (json) {
          BeginJsonReport(out, "timeout");
          out.Str(", \"timeout_seconds\": ")
              .Seconds(timeout_us * 1000, 6)
              .Str(",\n");
        } else {
          WriteTimeoutHeader(out, timeout_us);
          out.Flush();  // the header marks the moment of the timeout
        }
        DumpAllThreads(out, 0, max_threads, style);
        if (json) EndJsonReport(out);
      }
    }
    if (exit_after) {
      CloseFatalReportGateForExit();
      _exit(1);
    }
    lock.lock();
    w.dumping = false;
    w.cv.notify_all();
    if (w.generation != gen) continue;  // re-armed or cancelled meanwhile
    if (w.repeat) {
      auto period = std::chrono::microseconds(w.timeout_us);
      w.deadline += period;
      Clock::time_point now = Clock::now();
      if (w.deadline <= now) w.deadline = now + period;
    } else {
      w.armed = false;
      internal::CloseFd(w.fd);
      w.fd = -1;
    }
  }
}

// Waits (bounded) for a dump in progress; true when none is running.
bool WaitNotDumping(std::unique_lock<std::mutex>& lock) {
  Watchdog& w = State();
  return w.cv.wait_for(lock, kMaxWaitForDump, [&] { return !w.dumping; });
}

}  // namespace

absl::Status DumpTracebackLater(const LaterOptions& options) {
  if (options.timeout_us <= 0) {
    return absl::InvalidArgumentError("timeout must be greater than 0");
  }
  if (absl::Status s = internal::CheckMaxThreads(options.max_threads);
      !s.ok()) {
    return s;
  }
  absl::StatusOr<internal::ReportFd> fd = internal::DupFd(options.fd);
  if (!fd.ok()) return fd.status();
  Watchdog& w = State();
  std::unique_lock<std::mutex> lock(w.mu);
  bool idle = WaitNotDumping(lock);
  if (idle) {
    internal::CloseFd(w.fd);
  }  // else: leak the old descriptor rather than close it under the dump
  w.fd = fd->fd;
  w.fd_dev = fd->dev;
  w.fd_ino = fd->ino;
  w.timeout_us = options.timeout_us;
  w.repeat = options.repeat;
  w.exit = options.exit;
  w.max_threads = options.max_threads;
  w.json = ResolveFormat(options.format) == ReportFormat::kJson;
  w.deadline = Clock::now() + std::chrono::microseconds(options.timeout_us);
  w.armed = true;
  ++w.generation;
  if (!w.thread_started || w.thread_pid != getpid()) {
    std::thread(ThreadMain).detach();
    w.thread_started = true;
    w.thread_pid = getpid();
  }
  w.cv.notify_all();
  lock.unlock();
  internal::DisarmAtExit();
  return absl::OkStatus();
}

void CancelDumpTracebackLater() {
  Watchdog& w = State();
  std::unique_lock<std::mutex> lock(w.mu);
  if (!w.armed && w.fd < 0) return;
  w.armed = false;
  ++w.generation;
  w.cv.notify_all();
  if (w.thread_started && w.thread_pid == getpid() && !WaitNotDumping(lock)) {
    w.fd = -1;  // a stuck dump still writes to it: leak it
    return;
  }
  internal::CloseFd(w.fd);
  w.fd = -1;
}

}  // namespace interp::faulthandler
