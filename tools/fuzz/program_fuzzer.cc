// Structure-aware execution fuzz target (issue 16): the same sandboxed,
// reused runtime as exec_fuzzer (program_runner.h), fed by a custom
// mutator that works on whole top-level statements and draws new ones from
// templates (program_generator.h, program_mutator.cc), so most inputs are
// valid programs that run to the end instead of SyntaxErrors and
// NameErrors.
//
//   bazel build --config=fuzz-structured //tools/fuzz:program_fuzzer
//   INTERP_FUZZ_STATS=1 bazel-out/k8-optfuzzs/bin/tools/fuzz/program_fuzzer \
//       -max_len=4096 DIR
// (--config=fuzz works too, at half the speed: see README.md, fifth pass.)
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "tools/fuzz/crash_reporter.h"
#include "tools/fuzz/outcome_stats.h"
#include "tools/fuzz/program_runner.h"

namespace {

constexpr size_t kMaxInputBytes = 4096;

// Calls plus loop iterations per input (INTERP_FUZZ_BUDGET=N overrides
// it). 5,000, not the runner's 20,000 (which tests/programs need): the
// generated chunks' loops are bounded far below it, but the mutator's
// literal tweaks (range(9) -> range(65535)) make inputs that spend the
// whole budget, about 47 ms each under ASan, and their hit counts keep
// them in the corpus. Replaying a 30-minute session's final corpus (4,249
// inputs; README.md, sixth pass): 20,000 cost 16.2 s of CPU (67% of it in
// the 5.5% of inputs that ran out of budget) and 70.0% ran to the end;
// 5,000 cost 7.6 s with 68.0% to the end.
constexpr int64_t kBudget = 5000;

int64_t Budget() {
  const char* env = std::getenv("INTERP_FUZZ_BUDGET");
  long n = env != nullptr ? std::atol(env) : 0;
  return n > 0 ? n : kBudget;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool installed = [] {
    interp::fuzz::InstallCrashReporter(2);
    return true;
  }();
  (void)installed;
  if (size > kMaxInputBytes) return -1;
  static interp::fuzz::ProgramRunner runner({
      .instruction_budget = Budget(),
      .reuse = std::getenv("INTERP_FUZZ_FRESH") == nullptr,
  });
  const int64_t t0 =
      interp::fuzz::OutcomeStatsEnabled() ? interp::fuzz::ThreadCpuNs() : 0;
  interp::fuzz::ProgramResult result =
      runner.Run(std::string_view(reinterpret_cast<const char*>(data), size));
  interp::fuzz::RecordOutcome(result.status,
                              interp::fuzz::OutcomeStatsEnabled()
                                  ? interp::fuzz::ThreadCpuNs() - t0
                                  : -1);
  static const bool debug = std::getenv("INTERP_FUZZ_DEBUG") != nullptr;
  if (debug) {
    std::fprintf(stderr, "--- %s (reset restored %lld objects)\n",
                 result.status.ToString().c_str(),
                 static_cast<long long>(runner.last_restored()));
  }
  return 0;
}

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

extern "C" const char* __ubsan_default_options() {
  return "print_stacktrace=1";
}
