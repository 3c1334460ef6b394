// libFuzzer defaults for the targets that reuse one runtime across inputs
// (exec, program, differential, json, re, embed), each unless the command
// line sets the flag itself:
//
// -detect_leaks=0: the reused runtime keeps its heap between inputs, so nearly
// every input ends with more mallocs than frees. libFuzzer then runs the input
// a second time under its malloc tracer to look for a leak (even with
// ASAN_OPTIONS=detect_leaks=0, which only turns off the final LSan scan):
// perf showed 22% of program_fuzzer's time in TryDetectingAMemoryLeak.
// Hunt leaks with INTERP_FUZZ_FRESH=1 -detect_leaks=1 instead.
//
// -entropic=0: the entropic scheduler updates a frequency table for every
// coverage feature an input hits, and an interpreter run hits tens of
// thousands: it took 55-70% of program_fuzzer's time. Measured over 4000
// runs from the same seeds: 8 ms of CPU per input instead of 20.5 ms, and
// as much coverage after the same number of inputs (13912 vs 13856 edges).
//
// -reload=10: libFuzzer re-lists the corpus directory (a stat per file) every
// -reload seconds to pick up what -jobs siblings found; every second (its
// default) that was 2% of program_fuzzer's CPU with a 3000-input corpus on
// a loaded machine (fifth pass, perf).
//
// libFuzzer calls LLVMFuzzerInitialize before it parses its flags, and the
// -jobs/-fork children inherit the amended command line.
#include <cstring>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  static char kDetectLeaks[] = "-detect_leaks=0";
  static char kEntropic[] = "-entropic=0";
  static char kReload[] = "-reload=10";
  // The new argv must stay valid for the whole process.
  static std::vector<char*> args;
  args.assign(*argv, *argv + *argc);
  for (char* flag : {kDetectLeaks, kEntropic, kReload}) {
    size_t name_len = std::strchr(flag, '=') - flag + 1;
    bool given = false;
    for (int i = 1; i < *argc; ++i) {
      given = given || std::strncmp((*argv)[i], flag, name_len) == 0;
    }
    // Flags go before the corpus directories, after argv[0].
    if (!given) args.insert(args.begin() + 1, flag);
  }
  args.push_back(nullptr);
  *argc = static_cast<int>(args.size()) - 1;
  *argv = args.data();
  return 0;
}
