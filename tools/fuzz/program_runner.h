// ProgramRunner: runs untrusted program text in a sandboxed interp::Runtime
// that is reused across inputs (SPEC 5, issue 16). Building a Runtime costs
// about 1.2 ms in the fuzz build, more than most inputs take to run, so the
// runner builds one, takes a snapshot of everything a program can change,
// and puts it back before the next input:
//
//  - the runtime's module table: modules imported by the last input are
//    dropped (the next import builds them afresh);
//  - everything the modules present at the snapshot reach (builtins, sys,
//    the sandbox's stand-ins and the preloaded standard modules): module,
//    class, function and instance attributes, containers, cells...
//    (GraphSnapshot: only what an input changed is written back);
//  - the runtime limits a script can set (recursion limit, int digits).
//
// What a program cannot change needs no reset: builtin classes are
// immutable, the process-level modules (posix under os and os.path,
// _subprocess, time/_time, signal, threading, faulthandler) are harmless
// stand-ins whose functions are natives, open()/input() raise, the last
// input's __del__ never runs, the compiled code of frozen stdlib modules
// (kept by the runtime across imports) is immutable, and garbage of an
// earlier input is not reachable from anything above. ProgramRunnerTest
// proves the reset over the whole tests/programs corpus: B after A gives
// what B alone gives.
//
// Interned strings are never freed, so the runtime is rebuilt every
// runs_per_runtime inputs to keep a long fuzzing session's memory flat.
#ifndef INTERP_TOOLS_FUZZ_PROGRAM_RUNNER_H_
#define INTERP_TOOLS_FUZZ_PROGRAM_RUNNER_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "runtime/embed/runtime.h"
#include "runtime/value.h"
#include "tools/fuzz/graph_snapshot.h"

namespace interp::fuzz {

struct ProgramRunnerOptions {
  // Calls plus loop iterations per input.
  int64_t instruction_budget = 20000;
  // A safety net for single slow operations; the budget bounds the rest.
  std::chrono::nanoseconds timeout = std::chrono::seconds(2);
  // Deep native recursion uses the C stack, more of it under ASan.
  int64_t recursion_limit = 100;
  // Keep what the program writes to sys.stdout/sys.stderr (tests); the
  // fuzzer discards it.
  bool capture_output = false;
  // False: a fresh Runtime for every input (the reference the reset is
  // checked against).
  bool reuse = true;
  // Inputs run on one Runtime before it is rebuilt (a rebuild with the
  // preloads costs about 0.4 s of CPU in the fuzz build).
  int runs_per_runtime = 20000;
  // Import the standard modules the generated programs use once per
  // runtime (kPreloadedModules in program_runner.cc), before the snapshot,
  // so that an input's `import collections` finds it in sys.modules as a
  // program finds os or abc in CPython at startup. The reset puts back
  // whatever an input changed in them (GraphSnapshot). Fresh and reused
  // runtimes preload alike.
  bool preload_stdlib = true;
};

struct ProgramResult {
  absl::Status status;  // how the program ended (traceback in the message)
  std::string output;   // stdout and stderr, interleaved (capture_output)
};

class ProgramRunner {
 public:
  explicit ProgramRunner(ProgramRunnerOptions options = {});
  ~ProgramRunner();
  ProgramRunner(const ProgramRunner&) = delete;
  ProgramRunner& operator=(const ProgramRunner&) = delete;

  // Runs `source` as __main__ of file "fuzz.py". Never crashes on bad
  // input (that is what the fuzzers check).
  ProgramResult Run(std::string_view source);
  // The same, with `input` readable by the program as _fuzz.input(): a str
  // holding the bytes decoded as UTF-8 when they are valid UTF-8, else one
  // code point per byte (Latin-1). For targets whose driver is a script
  // and whose fuzzed data is its input (json_fuzzer, re_fuzzer).
  ProgramResult RunWithInput(std::string_view source, std::string_view input);

  // Used by the sandbox's natives (program_runner.cc).
  struct Sandbox;

  // Objects the last reset had to put back (tests), and what the snapshot
  // holds.
  int64_t last_restored() const { return last_restored_; }
  const GraphSnapshot* graph() const { return graph_.get(); }

 private:
  // Builds and sandboxes a runtime and takes its snapshot; aborts if the
  // sandbox cannot be installed (running unsandboxed is not an option).
  void Start();
  void Stop();
  void Reset();

  ProgramRunnerOptions options_;
  std::unique_ptr<Runtime> rt_;
  // The snapshot (a list, see program_runner.cc), rooted in the main
  // thread's temp_roots while the runtime lives.
  Value snapshot_ = Value::None();
  std::unique_ptr<GraphSnapshot> graph_;
  int64_t last_restored_ = 0;
  bool restart_ = false;
  int runs_ = 0;
  std::string output_;
  std::string input_;  // UTF-8
};

}  // namespace interp::fuzz

#endif  // INTERP_TOOLS_FUZZ_PROGRAM_RUNNER_H_
