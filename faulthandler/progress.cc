// The progress watchdog (WatchProgress; faulthandler.watch_progress). A
// thread of its own samples every registered thread a few times per
// timeout: its progress counter (bumped by the interpreter at every safe
// point) and its published activity (ActivityScope), both read lock-free
// through the frame reader, never stopping anyone nor waiting for the
// global interpreter lock. A thread whose counter has not moved for the
// timeout -- and that is not merely joining another thread or sleeping on
// request -- is stuck: the report names it first ("Stuck thread").
//
// Why sampling rather than timestamps on the hot path: the counter costs the
// interpreter one owner-only increment per safe point; when it last moved
// is this thread's business. A wait publishes its own start time
// (ActivityScope), so a thread that was already blocked when the watch was
// armed is measured from the start of its wait, not from the arming.
//
// Lifecycle, fork and cancellation are ReportThread's (report_thread.h),
// shared with the timeout watchdog (watchdog.cc): this file samples and
// reports.
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
#include "runtime/frames/frame_reader.h"
#include "runtime/frames/thread_registry.h"
#include "runtime/frames/thread_state.h"

namespace interp::faulthandler {
namespace {

// Threads tracked at once; more are not watched (the registry rarely holds
// that many live threads).
constexpr int kMaxWatched = 1024;

struct Sample {
  const ThreadState* ts;
  uint64_t ident;
  uint64_t progress;
  int64_t changed_ns;   // when the counter was last seen to move
  bool never_moved;     // not once since this thread was first seen
  int64_t reported_ns;  // when its stall was last reported (0: never)
  bool seen;
};

// The watchdog thread's own tables (no one else touches them).
Sample g_samples[kMaxWatched];
int g_num_samples = 0;
Stall g_stalls[kMaxWatched];

void ThreadMain();

internal::ReportThread& State() {
  return internal::ProcessReportThread<&ThreadMain>();
}

// Joining and sleeping threads wait on purpose (or on the real culprit).
bool CanBeStuck(ThreadActivity a) {
  return a != ThreadActivity::kJoining && a != ThreadActivity::kSleeping;
}

// When the thread last ran bytecode, as far as can be told: a wait that
// started before the thread was first seen, with no progress since, goes
// back to the start of the wait.
int64_t StallStart(const Sample& s, const frame_reader::ThreadSnapshot& t) {
  if (s.never_moved && t.activity_valid &&
      t.activity != ThreadActivity::kRunning && t.activity_since_ns > 0 &&
      t.activity_since_ns < s.changed_ns) {
    return t.activity_since_ns;
  }
  return s.changed_ns;
}

Sample* FindOrAdd(const ThreadState* ts, uint64_t ident, uint64_t progress,
                  int64_t now) {
  for (int i = 0; i < g_num_samples; ++i) {
    if (g_samples[i].ts == ts && g_samples[i].ident == ident) {
      return &g_samples[i];
    }
  }
  if (g_num_samples == kMaxWatched) return nullptr;
  g_samples[g_num_samples] = {ts, ident, progress, now, true, 0, false};
  return &g_samples[g_num_samples++];
}

struct Finding {
  const ThreadState* stuck = nullptr;
  uint64_t ident = 0;
  int64_t stall_ns = 0;  // how long it has made no progress
  int num_stalls = 0;    // entries of g_stalls
};

// One sampling round. Returns the thread stuck longest (if any is stuck
// for `timeout_ns` and not yet reported within the last `timeout_ns`).
Finding SampleThreads(int64_t now, int64_t timeout_ns) {
  for (int i = 0; i < g_num_samples; ++i) g_samples[i].seen = false;
  Finding f;
  int64_t worst_start = 0;
  for (const ThreadState* ts = frame_reader::FirstLiveThread(); ts != nullptr;
       ts = frame_reader::NextLiveThread(ts)) {
    frame_reader::ThreadSnapshot t;
    if (!frame_reader::ReadThread(ts, &t)) continue;
    Sample* s = FindOrAdd(ts, t.ident, t.progress, now);
    if (s == nullptr) continue;
    s->seen = true;
    if (t.progress != s->progress) {
      s->progress = t.progress;
      s->changed_ns = now;
      s->never_moved = false;
      s->reported_ns = 0;
      continue;
    }
    int64_t start = StallStart(*s, t);
    if (now - start < timeout_ns) continue;
    if (f.num_stalls < kMaxWatched)
      g_stalls[f.num_stalls++] = {ts, t.ident, start};
    if (!t.activity_valid || !CanBeStuck(t.activity)) continue;
    if (s->reported_ns != 0 && now - s->reported_ns < timeout_ns) continue;
    if (f.stuck == nullptr || start < worst_start) {
      f.stuck = ts;
      f.ident = t.ident;
      worst_start = start;
      f.stall_ns = now - start;
    }
  }
  // Forget threads that are gone.
  int k = 0;
  for (int i = 0; i < g_num_samples; ++i) {
    if (g_samples[i].seen) g_samples[k++] = g_samples[i];
  }
  g_num_samples = k;
  return f;
}

void MarkReported(const ThreadState* ts, uint64_t ident, int64_t now) {
  for (int i = 0; i < g_num_samples; ++i) {
    if (g_samples[i].ts == ts && g_samples[i].ident == ident) {
      g_samples[i].reported_ns = now;
    }
  }
}

void WriteProgressReport(Writer& out, const Finding& f, int64_t now,
                         int64_t timeout_us, int max_threads, bool json) {
  ThreadDumpStyle style;
  style.json = json;
  style.show_state = true;
  style.now_ns = now;
  style.first = f.stuck;
  style.stalls = g_stalls;
  style.num_stalls = f.num_stalls;
  if (json) {
    BeginJsonReport(out, "no_progress");
    out.Str(", \"timeout_seconds\": ")
        .Seconds(timeout_us * 1000, 6)
        .Str(", \"stuck_thread\": \"0x")
        .Hex(f.ident, 16)
        .Str("\", \"no_progress_seconds\": ")
        .Seconds(f.stall_ns, 3)
        .Str(",\n");
  } else {
    out.Str("No progress for ").Seconds(f.stall_ns, 1).Str(" s (timeout ");
    WriteTimedelta(out, timeout_us);
    out.Str(")!\n");
    out.EndLine();
    out.Flush();
  }
  DumpAllThreads(out, 0, max_threads, style);
  if (json) EndJsonReport(out);
}

void ThreadMain() {
  prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);
  internal::ReportThread& p = State();
  std::unique_lock<std::mutex> lock(p.mu);
  uint64_t sampled_gen = 0;
  for (;;) {
    if (!p.armed) {
      p.cv.wait(lock);
      continue;
    }
    if (p.generation != sampled_gen) {
      // Newly armed: start measuring from now.
      sampled_gen = p.generation;
      g_num_samples = 0;
    }
    uint64_t gen = p.generation;
    const internal::ReportSettings s = p.settings;
    int64_t period_us = s.timeout_us / 4;
    if (period_us > 100000) period_us = 100000;
    if (period_us < 1000) period_us = 1000;
    p.BeginReport();
    lock.unlock();
    int64_t now = MonotonicNowNs();
    Finding f = SampleThreads(now, s.timeout_us * 1000);
    if (f.stuck != nullptr) {
      {
        DumpClaim claim(CurrentIdent());
        if (claim.held()) {
          Writer out(internal::CheckReportFd(s.fd, s.fd_dev, s.fd_ino));
          out.YieldToFatalReport();
          WriteProgressReport(out, f, now, s.timeout_us, s.max_threads, s.json);
        }
      }
      MarkReported(f.stuck, f.ident, now);
      if (s.exit) {
        CloseFatalReportGateForExit();
        _exit(1);
      }
    }
    lock.lock();
    p.EndReport();
    if (p.generation != gen) continue;  // re-armed or cancelled meanwhile
    if (f.stuck != nullptr && !s.repeat) {
      p.DisarmLocked();
      continue;
    }
    p.cv.wait_for(lock, std::chrono::microseconds(period_us),
                  [&] { return p.generation != gen; });
  }
}

}  // namespace

absl::Status WatchProgress(const ProgressOptions& options) {
  return State().Arm(options, [] {});
}

void CancelWatchProgress() { State().Cancel(); }

}  // namespace interp::faulthandler
