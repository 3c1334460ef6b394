// Fuzz targets whose driver is a fixed script and whose fuzzed data is that
// script's input (_fuzz.input(), program_runner.h): json_fuzzer, re_fuzzer.
// The driver catches the exceptions its API documents for bad input and
// checks properties (round trips, consistency between methods); whatever
// else escapes it -- an undocumented exception, a failed assert -- is a
// finding: the target prints the traceback and aborts, so libFuzzer saves
// the input. The limits (TimeoutError from the budget or deadline,
// RecursionError, MemoryError) are expected outcomes.
#ifndef INTERP_TOOLS_FUZZ_DRIVER_TARGET_H_
#define INTERP_TOOLS_FUZZ_DRIVER_TARGET_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace interp::fuzz {

int RunDriverTarget(std::string_view driver, const uint8_t* data, size_t size,
                    size_t max_size);

}  // namespace interp::fuzz

#endif  // INTERP_TOOLS_FUZZ_DRIVER_TARGET_H_
