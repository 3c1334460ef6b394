// ASYNC-SIGNAL-SAFE: everything here runs inside signal handlers. Only
// atomics, clock_gettime, sched_yield and nanosleep.
//
// One slot per process (not per stream): dumps are short (an all-thread
// dump of 100 threads is a few milliseconds), so serialising dumps to
// different files costs little and a single slot needs no table.
//
// Why this cannot deadlock:
//  - A waiter never holds the slot while it waits (DumpClaim waits before
//    taking it; the fatal owner waits for dumps but no dump waits for the
//    fatal owner -- a dump seeing a fatal report gives up at once).
//  - A thread never waits for itself: a handler that interrupts its own
//    thread's dump (the holder's ident is the caller's) gives up (a dump) or
//    goes ahead (a fatal report; the interrupted dump never resumes, since
//    the fatal report ends the process).
//  - Every wait is bounded in time, so even a holder stuck in write(2) on a
//    full pipe, or stopped by a debugger, delays the others only boundedly.
#include "faulthandler/report_claim.h"

#include <errno.h>
#include <sched.h>
#include <time.h>

#include <atomic>

namespace interp::faulthandler {
namespace {

// The ident of the thread whose dump holds the slot; 0: free.
std::atomic<uint64_t> g_dump_holder{0};
std::atomic<bool> g_fatal_started{false};

// How long a dump waits for another dump, and the fatal report for a dump
// to reach its next line boundary. A dump of 100 threads x 100 frames takes
// milliseconds, so these bounds are only reached by a holder stuck in
// write(2).
constexpr int64_t kDumpWaitNs = 2'000'000'000;
constexpr int64_t kFatalWaitNs = 1'000'000'000;

int64_t NowNs() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

// Yields the CPU first (the holder is usually running elsewhere and about
// to finish), then sleeps in short steps.
void Pause(int round) {
  if (round < 64) {
    sched_yield();
    return;
  }
  struct timespec ts = {0, 20'000};
  int saved = errno;
  nanosleep(&ts, nullptr);
  errno = saved;
}

}  // namespace

DumpClaim::DumpClaim(uint64_t self) : self_(self) {
  int64_t deadline = 0;
  for (int round = 0;; ++round) {
    if (g_fatal_started.load(std::memory_order_acquire)) return;
    uint64_t expected = 0;
    // Sequentially consistent with StartFatalReport's store-then-load:
    // either this thread sees the flag below or the fatal owner sees this
    // claim and waits for its release.
    if (g_dump_holder.compare_exchange_strong(expected, self_,
                                              std::memory_order_seq_cst)) {
      // A fatal report that started between the check and the claim waits
      // for this release; give the slot back at once.
      if (g_fatal_started.load(std::memory_order_seq_cst)) {
        g_dump_holder.store(0, std::memory_order_release);
        return;
      }
      held_ = true;
      return;
    }
    if (expected == self_) return;  // interrupting our own dump
    if (deadline == 0) {
      deadline = NowNs() + kDumpWaitNs;
    } else if ((round & 15) == 0 && NowNs() > deadline) {
      return;
    }
    Pause(round);
  }
}

DumpClaim::~DumpClaim() {
  if (held_) g_dump_holder.store(0, std::memory_order_release);
}

bool FatalReportStarted() {
  return g_fatal_started.load(std::memory_order_acquire);
}

void StartFatalReport(uint64_t self) {
  g_fatal_started.store(true, std::memory_order_seq_cst);
  // A dump writer checks the flag before each write(2): once it is set, the
  // holder writes at most the line batch it already started, then stops
  // and releases. Waiting for that release keeps its last write out of the
  // fatal report.
  int64_t deadline = 0;
  for (int round = 0;; ++round) {
    uint64_t holder = g_dump_holder.load(std::memory_order_seq_cst);
    if (holder == 0 || holder == self) return;
    if (deadline == 0) {
      deadline = NowNs() + kFatalWaitNs;
    } else if ((round & 15) == 0 && NowNs() > deadline) {
      return;
    }
    Pause(round);
  }
}

void ResetFatalReportStarted() {
  g_fatal_started.store(false, std::memory_order_release);
}

}  // namespace interp::faulthandler
