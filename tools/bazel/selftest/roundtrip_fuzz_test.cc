// Proves the fuzzing wiring (tools/bazel/fuzz.bzl): any bytes that parse as an
// int64 must print back to the same number.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  absl::string_view text(reinterpret_cast<const char*>(data), size);
  int64_t value;
  if (!absl::SimpleAtoi(text, &value)) return 0;
  int64_t again;
  if (!absl::SimpleAtoi(absl::StrCat(value), &again) || again != value) {
    std::abort();
  }
  return 0;
}
