// Script-level signal handling (the `signal` module's machinery), for the
// VM, the embedding API and blocking builtins.
//
// Like CPython: the C-level handler only records that a signal arrived and
// sets kBreakSignalsPending on the eval breaker of the runtime's main
// thread; the script handler runs later in that thread, between bytecodes
// (HandleEvalBreaker calls RunPendingSignalHandlers) or when a blocking call
// of the main thread is interrupted. Blocking calls of the main thread
// therefore wait in a way that notices pending signals (see
// SleepInterruptibly and runtime/threads/wait.h) and, after the handlers
// ran without raising, resume with the remaining timeout (PEP 475).
#ifndef INTERP_RUNTIME_THREADS_SIGNALS_H_
#define INTERP_RUNTIME_THREADS_SIGNALS_H_

#include "runtime/frames/thread_state.h"
#include "runtime/value.h"

namespace interp {

// Makes `main` (attached, GIL held) the thread that runs this runtime's
// script signal handlers, installs the default SIGINT handler
// (KeyboardInterrupt, like CPython) unless the host set one, and ignores
// SIGPIPE like CPython. Called by the embedding API / interp's main for
// the main thread; idempotent. Importing `signal` also does it.
void InstallDefaultSignalHandlers(ThreadState& main);

// Restores the OS handlers this runtime installed (runtime teardown).
void RestoreSignalHandlers(ThreadState& ts);

// True when `ts` runs its runtime's script signal handlers and a signal
// arrived that has not been handled yet. Cheap (two relaxed loads).
bool SignalsPending(const ThreadState& ts);
// True when `ts` is the thread that runs script signal handlers.
bool IsSignalThread(const ThreadState& ts);

// Runs the script handlers of the signals that arrived (ts = the main
// thread, GIL held). Other threads: returns true at once. False with the
// handler's exception pending (KeyboardInterrupt for SIGINT by default);
// signals not handled yet stay pending.
bool RunPendingSignalHandlers(ThreadState& ts);

// time.sleep: releases the GIL, sleeps, and in the main thread runs signal
// handlers as soon as a signal arrives, then sleeps on for the remaining
// time. False with an exception pending when a handler raised.
bool SleepInterruptibly(ThreadState& ts, double seconds);

// For native blocking calls that retry on EINTR (waitpid, read...): call
// with the GIL held after the call failed with EINTR. Runs pending handlers
// (main thread); false with an exception pending when one raised, true to
// retry.
bool CheckSignalsAfterEintr(ThreadState& ts);

}  // namespace interp

#endif  // INTERP_RUNTIME_THREADS_SIGNALS_H_
