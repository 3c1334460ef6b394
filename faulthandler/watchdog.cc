// The watchdog (dump_traceback_later). Not a signal handler, but the dump
// it writes while other threads keep running uses only the async-signal-
// safe, lock-free readers (traceback.cc, writer.cc), so it never waits for
// the global interpreter lock or any runtime lock.
//
// Arming, cancelling and fork handling are ReportThread's
// (report_thread.h); this file is the loop that waits for the deadline.
#include <sys/prctl.h>
#include <unistd.h>

#include <chrono>
#include <mutex>

#include "absl/status/status.h"
#include "faulthandler/faulthandler.h"
#include "faulthandler/internal.h"
#include "faulthandler/report_claim.h"
#include "faulthandler/report_thread.h"
#include "faulthandler/traceback.h"
#include "faulthandler/writer.h"
#include "runtime/frames/thread_registry.h"

namespace interp::faulthandler {
namespace {

using Clock = std::chrono::steady_clock;  // CLOCK_MONOTONIC

void ThreadMain();

internal::ReportThread& State() {
  return internal::ProcessReportThread<&ThreadMain>();
}

// When the armed watchdog fires (under State().mu).
Clock::time_point g_deadline;

void ThreadMain() {
  // Wake up at the deadline, not up to 50 us after it (the default timer
  // slack of a thread lets the kernel batch its timers).
  prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
  internal::ReportThread& w = State();
  std::unique_lock<std::mutex> lock(w.mu);
  for (;;) {
    if (!w.armed) {
      w.cv.wait(lock);
      continue;
    }
    if (Clock::now() < g_deadline) {
      // Any wake-up (re-armed, cancelled, spurious) re-evaluates the state.
      w.cv.wait_until(lock, g_deadline);
      continue;
    }
    uint64_t gen = w.generation;
    const internal::ReportSettings s = w.settings;
    w.BeginReport();
    lock.unlock();
    {
      // A unit on its stream, behind any fatal report (report_claim.h).
      DumpClaim claim(CurrentIdent());
      if (claim.held()) {
        Writer out(internal::CheckReportFd(s.fd, s.fd_dev, s.fd_ino));
        out.YieldToFatalReport();
        ThreadDumpStyle style;
        style.json = s.json;
        style.show_state = true;
        style.now_ns = MonotonicNowNs();
        if (s.json) {
          BeginJsonReport(out, "timeout");
          out.Str(", \"timeout_seconds\": ")
              .Seconds(s.timeout_us * 1000, 6)
              .Str(",\n");
        } else {
          WriteTimeoutHeader(out, s.timeout_us);
          out.Flush();  // the header marks the moment of the timeout
        }
        DumpAllThreads(out, 0, s.max_threads, style);
        if (s.json) EndJsonReport(out);
      }
    }
    if (s.exit) {
      CloseFatalReportGateForExit();
      _exit(1);
    }
    lock.lock();
    w.EndReport();
    if (w.generation != gen) continue;  // re-armed or cancelled meanwhile
    if (s.repeat) {
      auto period = std::chrono::microseconds(s.timeout_us);
      g_deadline += period;
      Clock::time_point now = Clock::now();
      if (g_deadline <= now) g_deadline = now + period;
    } else {
      w.DisarmLocked();
    }
  }
}

}  // namespace

absl::Status DumpTracebackLater(const LaterOptions& options) {
  return State().Arm(options, [&] {
    g_deadline = Clock::now() + std::chrono::microseconds(options.timeout_us);
  });
}

void CancelDumpTracebackLater() { State().Cancel(); }

}  // namespace interp::faulthandler
