// The script-level part of a report (SPEC 2.3, 2.5): thread blocks and frame
// lines, in text or JSON, read lock-free through runtime/frame_reader.h.
// Async-signal-safe.
#ifndef INTERP_FAULTHANDLER_TRACEBACK_H_
#define INTERP_FAULTHANDLER_TRACEBACK_H_

#include <cstdint>

#include "faulthandler/writer.h"
#include "runtime/frames/thread_state.h"

namespace interp::faulthandler {

inline constexpr int kMaxFrameDepth = 100;
inline constexpr int kDefaultMaxThreads = 100;

// The calling thread's id as threading.get_ident() reports it.
uint64_t CurrentIdent();

// What the progress watchdog measured for one thread: no bytecode ran on it
// since `since_ns` (CLOCK_MONOTONIC).
struct Stall {
  const ThreadState* ts = nullptr;
  uint64_t ident = 0;
  int64_t since_ns = 0;
};

// How thread blocks are written. The default is the CPython-compatible
// text of SPEC 2.3.
struct ThreadDumpStyle {
  bool json = false;
  // Text: each header says what the thread is doing and for how long
  // ("waiting on Lock.acquire for 12.4 s, most recent call first"). JSON
  // objects always carry the state.
  bool show_state = false;
  int64_t now_ns = 0;  // CLOCK_MONOTONIC at the dump, for durations
  // Shown first, labelled "Stuck thread" (the progress watchdog's find).
  const ThreadState* first = nullptr;
  const Stall* stalls = nullptr;
  int num_stalls = 0;
};

// All threads: one block per thread, separated by blank lines; other
// threads newest first, then the thread `current` (0: none, as for the
// watchdog) last, labelled "Current thread". At most `max_threads` blocks
// (never dropping the current or the main thread), then "...".
// JSON: `"threads": [...], "threads_truncated": bool` (members of the
// report object; the caller writes the object around them).
void DumpAllThreads(Writer& w, uint64_t current, int max_threads,
                    const ThreadDumpStyle& style = {});

// all_threads=False: "Stack (most recent call first):" and the frames of
// the thread `current` (JSON: a "threads" array of that one thread).
void DumpCurrentStack(Writer& w, uint64_t current,
                      const ThreadDumpStyle& style = {});

// "Timeout (H:MM:SS[.ffffff])!\n" for a watchdog timeout in microseconds,
// formatted as str(datetime.timedelta) does.
void WriteTimeoutHeader(Writer& w, int64_t timeout_us);
// Only the "H:MM:SS[.ffffff]" part.
void WriteTimedelta(Writer& w, int64_t us);

// JSON reports: the opening members every report has -- `{"schema":
// "interp.faulthandler.report", "version": 1, "reason": <reason>, "pid":
// ..., "time": <Unix time, s>` -- without a trailing comma.
inline constexpr int kJsonReportVersion = 1;
void BeginJsonReport(Writer& w, const char* reason);
// "}\n" and a flush: the report is one unit on its stream.
void EndJsonReport(Writer& w);

// A thread's published activity as the text reports show it in a thread
// header: "waiting on Lock.acquire for 12.4 s", "sleeping in time.sleep",
// "running, no progress for 3.0 s" (`stall_since`: when the progress
// watchdog last saw it run bytecode, 0: unknown). No duration when
// `since_ns` or `now_ns` is 0 (CLOCK_MONOTONIC ns). Shared with
// interp-stack, which reads the same fields from another process.
void WriteActivityText(Writer& w, ThreadActivity activity, const char* what,
                       int64_t since_ns, int64_t now_ns, int64_t stall_since);
// The JSON "state" of an activity: "running", "waiting", "joining",
// "sleeping", "native".
const char* ActivityName(ThreadActivity a);

// Name of a signal for reports ("SIGUSR1"), or null when unknown.
const char* SignalShortName(int signum);

}  // namespace interp::faulthandler

#endif  // INTERP_FAULTHANDLER_TRACEBACK_H_
