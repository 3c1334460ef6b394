// Crash reports for fuzz targets and crash harnesses (SPEC 5): when a run
// crashes for real, the sanitizer's report (or, without a sanitizer, a
// "Fatal error: <signal>" header and the native stack) is followed by the
// script traceback of the program that was running and the one-line
// `Crash signature: <16 hex digits>` (faulthandler/crash_signature.h).
//
// This is deliberately separate from the faulthandler's own fatal report,
// whose format must stay exactly CPython's (SPEC 2.3): the signature line
// is only for fuzzing.
#ifndef INTERP_TOOLS_FUZZ_CRASH_REPORTER_H_
#define INTERP_TOOLS_FUZZ_CRASH_REPORTER_H_

namespace interp::fuzz {

// Installs the reporter, writing to `fd` (kept open by the caller).
// Normal context; idempotent (later calls only change the descriptor).
//
// Under a sanitizer it registers a death callback, which runs after the
// sanitizer's report; libFuzzer's own death callback (which saves the
// crashing input) is chained after ours, so call this from the first
// LLVMFuzzerTestOneInput rather than LLVMFuzzerInitialize (libFuzzer
// registers its callback in between). Without a sanitizer it installs
// handlers for SIGSEGV, SIGFPE, SIGABRT, SIGBUS and SIGILL that report and
// then re-raise the signal with its default action.
void InstallCrashReporter(int fd = 2);

}  // namespace interp::fuzz

#endif  // INTERP_TOOLS_FUZZ_CRASH_REPORTER_H_
