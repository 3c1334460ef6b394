// Structure-aware execution fuzz target (issue 16): the same sandboxed,
// reused runtime as exec_fuzzer (program_runner.h), fed by a custom
// mutator that works on whole top-level statements and draws new ones from
// templates (program_generator.h), so most inputs are valid programs that
// run to the end instead of SyntaxErrors and NameErrors. One mutation in
// eight is still libFuzzer's byte-level one, which reaches the error paths.
//
//   bazel build --config=fuzz //tools/fuzz:program_fuzzer
//   INTERP_FUZZ_STATS=1 bazel-bin/tools/fuzz/program_fuzzer -max_len=4096 DIR
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "tools/fuzz/crash_reporter.h"
#include "tools/fuzz/outcome_stats.h"
#include "tools/fuzz/program_generator.h"
#include "tools/fuzz/program_runner.h"

namespace {

constexpr size_t kMaxInputBytes = 4096;

size_t Store(const std::string& text, uint8_t* data, size_t max_size) {
  size_t n = text.size() < max_size ? text.size() : max_size;
  std::memcpy(data, text.data(), n);
  return n;
}

}  // namespace

// libFuzzer's byte-level mutator; absent (weak) in the replay build, which
// never mutates.
extern "C" __attribute__((weak)) size_t LLVMFuzzerMutate(uint8_t* data,
                                                         size_t size,
                                                         size_t max_size);

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size,
                                          size_t max_size, unsigned int seed) {
  interp::fuzz::Rng rng(seed);
  size_t limit = max_size < kMaxInputBytes ? max_size : kMaxInputBytes;
  switch (rng() % 16) {
    case 0:
      return Store(interp::fuzz::GenerateProgram(rng, 1 + rng() % 6), data,
                   limit);
    case 1:
    case 2:
      if (LLVMFuzzerMutate != nullptr) {
        return LLVMFuzzerMutate(data, size, max_size);
      }
      [[fallthrough]];
    default: {
      std::string text(reinterpret_cast<const char*>(data), size);
      // A few structural steps at once explore faster than one.
      int steps = 1 + static_cast<int>(rng() % 3);
      for (int i = 0; i < steps; ++i) {
        text = interp::fuzz::MutateProgram(text, limit, rng);
      }
      return Store(text, data, limit);
    }
  }
}

extern "C" size_t LLVMFuzzerCustomCrossOver(const uint8_t* data1, size_t size1,
                                            const uint8_t* data2, size_t size2,
                                            uint8_t* out, size_t max_out_size,
                                            unsigned int seed) {
  interp::fuzz::Rng rng(seed);
  std::string text = interp::fuzz::CrossOverPrograms(
      std::string_view(reinterpret_cast<const char*>(data1), size1),
      std::string_view(reinterpret_cast<const char*>(data2), size2),
      max_out_size < kMaxInputBytes ? max_out_size : kMaxInputBytes, rng);
  return Store(text, out, max_out_size);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool installed = [] {
    interp::fuzz::InstallCrashReporter(2);
    return true;
  }();
  (void)installed;
  if (size > kMaxInputBytes) return -1;
  static interp::fuzz::ProgramRunner runner({
      .reuse = std::getenv("INTERP_FUZZ_FRESH") == nullptr,
  });
  interp::fuzz::ProgramResult result =
      runner.Run(std::string_view(reinterpret_cast<const char*>(data), size));
  interp::fuzz::RecordOutcome(result.status);
  static const bool debug = std::getenv("INTERP_FUZZ_DEBUG") != nullptr;
  if (debug) {
    std::fprintf(stderr, "--- %s\n", result.status.ToString().c_str());
  }
  return 0;
}

extern "C" const char* __asan_default_options() {
  return "allocator_may_return_null=1:max_allocation_size_mb=512:"
         "handle_abort=1:handle_sigill=1:handle_sigfpe=1";
}

extern "C" const char* __ubsan_default_options() {
  return "print_stacktrace=1";
}
