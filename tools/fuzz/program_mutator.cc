// libFuzzer's custom mutator and crossover for targets whose inputs are
// programs (program_fuzzer, differential_fuzzer): structure-aware steps
// from program_generator.h most of the time, a fresh program sometimes,
// and libFuzzer's own byte-level mutation one time in eight, which still
// reaches the error paths (SyntaxError, bad literals).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "tools/fuzz/program_generator.h"

namespace {

// What the structure-aware steps grow a program to at most (one chunk may
// be longer: a few templates fill to 400-800 bytes). The cost of an input
// is mostly parsing, compiling and running its own text, and libFuzzer's
// per-input work grows with the edges it covers; chunks use only their own
// names, so two chunks in one input reach little that the two apart do
// not. README.md (fifth pass) measures caps against coverage reached in
// the same CPU time. INTERP_FUZZ_PROGRAM_BYTES=N overrides it (for such
// measurements).
constexpr size_t kProgramBytes = 1024;

size_t ProgramBytes() {
  static const size_t bytes = [] {
    const char* env = std::getenv("INTERP_FUZZ_PROGRAM_BYTES");
    long n = env != nullptr ? std::atol(env) : 0;
    return n > 0 ? static_cast<size_t>(n) : kProgramBytes;
  }();
  return bytes;
}

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
  size_t limit = std::min(max_size, ProgramBytes());
  switch (rng() % 16) {
    case 0: {
      // A fresh program of 1-3 chunks, as many as fit under the cap.
      std::string text = interp::fuzz::GenerateChunk(rng);
      for (int n = static_cast<int>(rng() % 3); n > 0; --n) {
        std::string chunk = interp::fuzz::GenerateChunk(rng);
        if (text.size() + chunk.size() > limit) break;
        text += chunk;
      }
      return Store(text, data, max_size);
    }
    case 1:
    case 2:
      if (LLVMFuzzerMutate != nullptr) {
        // Under the cap too: with libFuzzer's -max_len, its inserts and
        // crossovers grew inputs to 2 KB past the 1 KB cap.
        return LLVMFuzzerMutate(data, size, std::max(size, limit));
      }
      [[fallthrough]];
    default: {
      std::string text(reinterpret_cast<const char*>(data), size);
      // A few structural steps at once explore faster than one.
      int steps = 1 + static_cast<int>(rng() % 3);
      for (int i = 0; i < steps; ++i) {
        text = interp::fuzz::MutateProgram(text, limit, rng);
      }
      return Store(text, data, max_size);
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
      std::min(max_out_size, ProgramBytes()), rng);
  return Store(text, out, max_out_size);
}
