// Traceback entries for the frames of CPython's pure-Python threading
// module. Internal to runtime/threads/.
//
// Why: in CPython, Event.wait, Thread.join, Thread.start and the thread
// bootstrap are Python functions in threading.py, so an exception that
// comes out of them (an exception escaping a thread's run(), a
// KeyboardInterrupt or a signal handler's exception while blocked, "cannot
// join current thread", ...) carries traceback entries for their frames,
// and a script's uncaught-exception output shows them. Scripts are checked
// against CPython's output, so our native versions add the same entries:
// each is a real traceback entry whose code object is a never-run
// placeholder carrying the function's name, threading.py's path and the
// line (the source line itself is read from that file when it exists, like
// any traceback line). Line numbers are those of the reference CPython
// (Debian's 3.11, /usr/lib/python3.11/threading.py).
#ifndef INTERP_RUNTIME_THREADS_LIBRARY_FRAMES_H_
#define INTERP_RUNTIME_THREADS_LIBRARY_FRAMES_H_

#include <initializer_list>

#include "runtime/frames/thread_state.h"

namespace interp {

// The path CPython 3.11 reports for its threading module.
inline constexpr char kThreadingPyPath[] = "/usr/lib/python3.11/threading.py";

// A frame of threading.py: the function's name, the line executing and
// the span of the call or raise statement on it (0-based byte columns,
// end exclusive), which the traceback printer marks like CPython 3.11.
struct ThreadingPyFrame {
  const char* function;
  int line;
  int col;
  int end_col;
};

// Lines of the reference threading.py that the natives stand for, with
// the spans CPython's compiler gives the failing call or raise there.
namespace threading_py {
inline constexpr ThreadingPyFrame kConditionWait{"wait", 320, 16, 32};
inline constexpr ThreadingPyFrame kConditionWaitTimeout{"wait", 324, 28, 57};
inline constexpr ThreadingPyFrame kEventWait{"wait", 622, 27, 51};
inline constexpr ThreadingPyFrame kThreadRun{"run", 975, 16, 57};
inline constexpr ThreadingPyFrame kBootstrapInner{"_bootstrap_inner", 1038, 16,
                                                  26};
inline constexpr ThreadingPyFrame kStartTwice{"start", 952, 12, 66};
inline constexpr ThreadingPyFrame kJoinBeforeStart{"join", 1107, 12, 73};
inline constexpr ThreadingPyFrame kJoinCurrent{"join", 1109, 12, 60};
inline constexpr ThreadingPyFrame kJoinWait{"join", 1112, 12, 40};
inline constexpr ThreadingPyFrame kJoinWaitTimeout{"join", 1116, 12, 63};
inline constexpr ThreadingPyFrame kWaitForTstateLock{"_wait_for_tstate_lock",
                                                     1132, 15, 43};
inline constexpr ThreadingPyFrame kShutdown{"_shutdown", 1583, 12, 26};
}  // namespace threading_py

// Appends `frames` (innermost first, the order an exception unwinds) to the
// traceback of the pending exception. Call right before a native returns
// Error. Best effort: on any failure the entries are left out and the
// pending exception is unchanged.
void AddThreadingPyFrames(ThreadState& ts,
                          std::initializer_list<ThreadingPyFrame> frames);

}  // namespace interp

#endif  // INTERP_RUNTIME_THREADS_LIBRARY_FRAMES_H_
