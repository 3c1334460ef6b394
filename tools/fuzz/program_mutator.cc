// libFuzzer's custom mutator and crossover for targets whose inputs are
// programs (program_fuzzer, differential_fuzzer): structure-aware steps
// from program_generator.h most of the time, a fresh program sometimes,
// and libFuzzer's own byte-level mutation one time in eight, which still
// reaches the error paths (SyntaxError, bad literals).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "tools/fuzz/program_generator.h"

namespace {

// What the structure-aware steps grow a program to at most. The cost of an
// input is mostly parsing, compiling and running its own text (about 1 ms
// per 300 bytes in the fuzz build); a few chunks already combine classes,
// exceptions, generators and modules. Under the old 4096-byte cap the
// corpus grew to 1.6 KB per input on average.
constexpr size_t kProgramBytes = 1024;

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
  size_t limit = max_size < kProgramBytes ? max_size : kProgramBytes;
  switch (rng() % 16) {
    case 0:
      return Store(interp::fuzz::GenerateProgram(rng, 1 + rng() % 3), data,
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
      max_out_size < kProgramBytes ? max_out_size : kProgramBytes, rng);
  return Store(text, out, max_out_size);
}
