// Execution fuzz target (SPEC 5): any program text runs in a fresh
// interp::Runtime under an instruction budget, a deadline and a small
// recursion limit; it must never crash. Script exceptions (SyntaxError,
// TimeoutError from the budget, RecursionError, MemoryError, ...) are
// expected outcomes, not findings.
//
// The fuzzer runs programs nobody wrote, so the runtime is sandboxed before
// each one: a libFuzzer process must not write files, kill processes (a
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
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "runtime/builtins/errors.h"
#include "runtime/embed/runtime.h"
#include "runtime/object.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/value.h"
#include "tools/fuzz/crash_reporter.h"

namespace {

// Longer programs add little coverage and make each run slower; libFuzzer
// is told (return -1) not to keep them.
constexpr size_t kMaxInputBytes = 4096;
// Calls plus loop iterations; enough for every seed to run to completion.
constexpr int64_t kInstructionBudget = 20000;
// A safety net for single operations that are slow without hitting safe
// points often; the budget is what bounds ordinary programs.
constexpr auto kDeadline = std::chrono::seconds(2);
// Deep native recursion (__repr__, sorted key=, ...) uses the C stack,
// several times more of it under AddressSanitizer.
constexpr int64_t kRecursionLimit = 100;

using interp::ThreadState;
using interp::Tuple;
using interp::Value;

interp::RuntimeState& Rt(ThreadState& ts) {
  return *ts.runtime.load(std::memory_order_relaxed);
}

// sys.stdout / sys.stderr stand-in: write(s) returns len(s), flush() does
// nothing.
Value SinkWrite(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1 || !interp::IsKind(args[0], interp::ObjKind::kStr)) {
    return interp::RaiseTypeError(ts, "write() argument must be str");
  }
  auto* s = static_cast<interp::Str*>(args[0].AsObject());
  return Value::Int(static_cast<int64_t>(s->view().size()));
}

Value ReturnNone(ThreadState&, const Value*, uint32_t, Tuple*) {
  return Value::None();
}

// open() and input(): not in the fuzzer.
Value Blocked(ThreadState& ts, const Value*, uint32_t, Tuple*) {
  return interp::RaiseWithMessage(ts, Rt(ts).exc.os_error,
                                  "not available while fuzzing");
}

// sys.setrecursionlimit, clamped to kRecursionLimit.
Value SetRecursionLimit(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple*) {
  if (nargs != 1 || !args[0].IsIntLike()) {
    return interp::RaiseTypeError(ts, "an integer is required");
  }
  int64_t n = args[0].AsInt();
  if (n < 1) {
    return interp::RaiseValueError(ts,
                                   "recursion limit must be greater or "
                                   "equal than 1");
  }
  Rt(ts).recursion_limit = n < kRecursionLimit ? n : kRecursionLimit;
  return Value::None();
}

// Deterministic clocks: time-dependent programs would make runs
// irreproducible.
Value FixedTime(ThreadState&, const Value*, uint32_t, Tuple*) {
  return Value::Float(1700000000.0);
}

Value FixedPid(ThreadState&, const Value*, uint32_t, Tuple*) {
  return Value::Int(4242);
}

// Wires the stand-ins into sys and builtins. Runs as __main__ before the
// input, so its names are deleted at the end.
constexpr char kPrelude[] = R"(import sys, builtins, _fuzz
sys.stdout = sys.stderr = sys.__stdout__ = sys.__stderr__ = _fuzz
sys.stdin = sys.__stdin__ = None
sys.modules = dict(sys.modules)
sys.path = []
sys.setrecursionlimit = _fuzz.setrecursionlimit
builtins.open = builtins.input = _fuzz.blocked
del sys, builtins, _fuzz
)";

bool Sandbox(interp::Runtime& rt) {
  rt.state().recursion_limit = kRecursionLimit;
  bool ok = rt.DefineModule("_fuzz", {{"write", SinkWrite},
                                      {"flush", ReturnNone},
                                      {"blocked", Blocked},
                                      {"setrecursionlimit", SetRecursionLimit}})
                .ok() &&
            rt.DefineModule("os", {{"getpid", FixedPid}}).ok() &&
            rt.DefineModule("time", {{"time", FixedTime},
                                     {"monotonic", FixedTime},
                                     {"perf_counter", FixedTime},
                                     {"sleep", ReturnNone}})
                .ok() &&
            rt.DefineModule("signal", {}).ok() &&
            rt.DefineModule("threading", {}).ok() &&
            rt.DefineModule("faulthandler", {}).ok();
  return ok && rt.RunString(kPrelude, "<fuzz-prelude>").ok();
}

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
  std::string_view src(reinterpret_cast<const char*>(data), size);
  interp::Runtime rt({.argv = {"fuzz.py"}});
  // Bootstrap only fails when out of memory: nothing to test then.
  if (!rt.ok()) return 0;
  if (!Sandbox(rt)) {
    // Running unsandboxed programs is not an option.
    std::abort();
  }
  rt.SetInstructionBudget(kInstructionBudget);
  rt.SetTimeout(kDeadline);
  absl::Status status = rt.RunString(src, "fuzz.py");
  // Formats and "prints" the traceback (into the sink), like `interp`.
  rt.PrintError(status);
  rt.Finalize();
  // ThreadStates live in the stable arena (mmap'ed memory LeakSanitizer
  // does not scan) and are reused by the next Runtime, so the buffer of
  // temp_roots would be reported as leaked at exit (crashes/README.md).
  // Releasing it here keeps leak detection usable for real leaks.
  std::vector<Value>().swap(rt.main_thread().temp_roots);
  // INTERP_FUZZ_DEBUG=1: show how each input ended, when replaying a
  // reproducer by hand.
  static const bool debug = std::getenv("INTERP_FUZZ_DEBUG") != nullptr;
  if (debug) {
    std::fprintf(stderr, "--- %s\n", status.ToString().c_str());
  }
  return 0;
}

// AddressSanitizer defaults for this binary (ASAN_OPTIONS still overrides
// them): an allocation too large for the fuzzing machine fails (the
// runtime turns that into MemoryError) instead of ending the run as an
// out-of-memory "crash"; abort() and SIGILL get a sanitizer report (and so
// the script traceback and signature) like SIGSEGV does.
extern "C" const char* __asan_default_options() {
  return "allocator_may_return_null=1:max_allocation_size_mb=512:"
         "handle_abort=1:handle_sigill=1:handle_sigfpe=1";
}

// UndefinedBehaviorSanitizer: a report with its stack, like ASan's.
extern "C" const char* __ubsan_default_options() {
  return "print_stacktrace=1";
}
