#include "tools/fuzz/driver_target.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "tools/fuzz/crash_reporter.h"
#include "tools/fuzz/outcome_stats.h"
#include "tools/fuzz/program_runner.h"

namespace interp::fuzz {

int RunDriverTarget(std::string_view driver, const uint8_t* data, size_t size,
                    size_t max_size) {
  static const bool installed = [] {
    InstallCrashReporter(2);
    return true;
  }();
  (void)installed;
  if (size > max_size) return -1;
  // A bigger budget than for programs: the driver itself takes some.
  static ProgramRunner runner({.instruction_budget = 100000});
  ProgramResult r = runner.RunWithInput(
      driver, std::string_view(reinterpret_cast<const char*>(data), size));
  RecordOutcome(r.status);
  std::string kind = OutcomeKind(r.status);
  if (kind == "ok" || kind == "TimeoutError" || kind == "RecursionError" ||
      kind == "MemoryError") {
    return 0;
  }
  std::fprintf(stderr, "driver failed (%s):\n%s\n", kind.c_str(),
               std::string(r.status.message()).c_str());
  std::abort();
}

}  // namespace interp::fuzz
