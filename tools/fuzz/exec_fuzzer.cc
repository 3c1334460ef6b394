// Execution fuzz target (SPEC 5): any program text runs in a sandboxed
// interp::Runtime under an instruction budget, a deadline and a small
// recursion limit; it must never crash. Script exceptions (SyntaxError,
// TimeoutError from the budget, RecursionError, MemoryError, ...) are
// expected outcomes, not findings.
//
// The fuzzer runs programs nobody wrote, so the runtime is sandboxed
// (tools/fuzz/program_runner.h, which also reuses one runtime across
// inputs): a libFuzzer process must not write files, kill processes (a
// fuzzed `os.kill(-1, 9)` would take the whole machine's session down),
// fork, block on stdin, sleep, or install signal handlers. The modules that
// can (os, signal, threading, faulthandler, time) are replaced by host
// modules with harmless, deterministic stand-ins before anything imports
// them, `open` and `input` raise, and sys.std* write into a sink. The
// script-visible sys.modules is a copy, so deleting from it cannot bring a
// real module back: import consults the runtime's own table.
//
// When a run does crash, tools/fuzz/crash_reporter prints the script
// traceback and the crash signature after the sanitizer's report.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "tools/fuzz/crash_reporter.h"
#include "tools/fuzz/outcome_stats.h"
#include "tools/fuzz/program_runner.h"

namespace {

// Longer programs add little coverage and make each run slower; libFuzzer
// is told (return -1) not to keep them.
constexpr size_t kMaxInputBytes = 4096;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Here rather than in LLVMFuzzerInitialize: libFuzzer registers its own
  // death callback after that, and the reporter must chain to it.
  static const bool installed = [] {
    interp::fuzz::InstallCrashReporter(2);
    return true;
  }();
  (void)installed;
  if (size > kMaxInputBytes) return -1;
  // One runtime for the whole session, reset between inputs
  // (program_runner.h). INTERP_FUZZ_FRESH=1 builds one per input instead,
  // to check whether a finding depends on an earlier input.
  static interp::fuzz::ProgramRunner runner({
      .reuse = std::getenv("INTERP_FUZZ_FRESH") == nullptr,
  });
  std::string_view src(reinterpret_cast<const char*>(data), size);
  const int64_t t0 =
      interp::fuzz::OutcomeStatsEnabled() ? interp::fuzz::ThreadCpuNs() : 0;
  interp::fuzz::ProgramResult result = runner.Run(src);
  interp::fuzz::RecordOutcome(result.status,
                              interp::fuzz::OutcomeStatsEnabled()
                                  ? interp::fuzz::ThreadCpuNs() - t0
                                  : -1);
  // INTERP_FUZZ_DEBUG=1: show how each input ended, when replaying a
  // reproducer by hand.
  static const bool debug = std::getenv("INTERP_FUZZ_DEBUG") != nullptr;
  if (debug) {
    std::fprintf(stderr, "--- %s\n", result.status.ToString().c_str());
  }
  return 0;
}

// AddressSanitizer defaults for this binary (ASAN_OPTIONS still overrides
// them): no leak detection -- the runtime is reused, so every input leaves
// the heap bigger than it found it until the collector runs, and
// libFuzzer's per-input leak check would run LSan's whole-process scan on
// most inputs (it made the reused runner 6x slower than a fresh runtime);
// hunt leaks with INTERP_FUZZ_FRESH=1 ASAN_OPTIONS=detect_leaks=1; an
// allocation too large for the fuzzing machine fails (the runtime turns that
// into MemoryError) instead of ending the run as an out-of-memory "crash";
// abort() and SIGILL get a sanitizer report (and so the script traceback and
// signature) like SIGSEGV does.
// quarantine_size_mb=32: with ASan's default 256 MB quarantine every
// input's parser and compiler allocations landed on fresh pages (page
// faults and TLB shootdowns were a fifth of the time); 32 MB still holds
// the frees of the last few dozen inputs for use-after-free detection.
// malloc_context_size=0: no allocation/free stack per malloc. Recording
// one (unwind + stack depot insert) was a quarter of the runner's CPU (the
// parser, compiler and runtime buffers allocate per node); measured on 960
// replays of program_corpus/ (README, fourth pass). Reports still show the
// faulting access's stack (and so the crash signature); for the
// "allocated/freed by" stacks, replay the reproducer with
// ASAN_OPTIONS=malloc_context_size=30 (triage.py does).
extern "C" const char* __asan_default_options() {
  return "allocator_may_return_null=1:max_allocation_size_mb=512:detect_leaks="
         "0:quarantine_size_mb=32:malloc_context_size=0:"
         "handle_abort=1:handle_sigill=1:handle_sigfpe=1";
}

// UndefinedBehaviorSanitizer: a report with its stack, like ASan's.
extern "C" const char* __ubsan_default_options() {
  return "print_stacktrace=1";
}
