// The script-level part of a report (SPEC 2.3): thread blocks and frame
// lines, read lock-free through runtime/frame_reader.h. Async-signal-safe.
#ifndef INTERP_FAULTHANDLER_TRACEBACK_H_
#define INTERP_FAULTHANDLER_TRACEBACK_H_

#include <cstdint>

#include "faulthandler/writer.h"

namespace interp::faulthandler {

inline constexpr int kMaxFrameDepth = 100;
inline constexpr int kDefaultMaxThreads = 100;

// The calling thread's id as threading.get_ident() reports it.
uint64_t CurrentIdent();

// All threads: one block per thread, separated by blank lines; other
// threads newest first, then the thread `current` (0: none, as for the
// watchdog) last, labelled "Current thread". At most `max_threads` blocks
// (never dropping the current or the main thread), then "...".
void DumpAllThreads(Writer& w, uint64_t current, int max_threads);

// all_threads=False: "Stack (most recent call first):" and the frames of
// the thread `current`.
void DumpCurrentStack(Writer& w, uint64_t current);

// "Timeout (H:MM:SS[.ffffff])!\n" for a watchdog timeout in microseconds,
// formatted as str(datetime.timedelta) does.
void WriteTimeoutHeader(Writer& w, int64_t timeout_us);

}  // namespace interp::faulthandler

#endif  // INTERP_FAULTHANDLER_TRACEBACK_H_
