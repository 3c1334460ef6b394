#include "tools/fuzz/program_runner.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/object.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"
#include "tools/fuzz/graph_snapshot.h"

namespace interp::fuzz {
namespace {

// The runner whose runtime this thread is driving: the sandbox's natives
// (which get only a ThreadState) find their output buffer and snapshot
// through it. Set for the duration of each host call.
thread_local ProgramRunner* g_current = nullptr;
// True only while the runner itself calls snapshot/reset: a program that
// imports _fuzz_host and calls them gets None and changes nothing.
thread_local bool g_host_call = false;

class CurrentScope {
 public:
  CurrentScope(ProgramRunner* r, bool host_call)
      : previous_(g_current), previous_host_(g_host_call) {
    g_current = r;
    g_host_call = host_call;
  }
  ~CurrentScope() {
    g_current = previous_;
    g_host_call = previous_host_;
  }

 private:
  ProgramRunner* previous_;
  bool previous_host_;
};

// Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80         ? 0
            : (c >> 5) == 6  ? 1
            : (c >> 4) == 14 ? 2
            : (c >> 3) == 30 ? 3
                             : -1;
    // Bytes i + 1 .. i + n must exist.
    if (n < 0 || i + n >= s.size()) return false;
    uint32_t cp = n == 0 ? c : c & (0x3f >> n);
    for (int k = 1; k <= n; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3f);
    }
    static constexpr uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      return false;
    }
    i += n + 1;
  }
  return true;
}

RuntimeState& Rt(ThreadState& ts) {
  return *ts.runtime.load(std::memory_order_relaxed);
}

}  // namespace

struct ProgramRunner::Sandbox {
  // sys.stdout / sys.stderr stand-in: write(s) returns len(s).
  static Value Write(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple*) {
    if (nargs != 1 || !IsKind(args[0], ObjKind::kStr)) {
      return RaiseTypeError(ts, "write() argument must be str");
    }
    auto* s = static_cast<Str*>(args[0].AsObject());
    if (g_current != nullptr && g_current->options_.capture_output) {
      g_current->output_.append(s->view());
    }
    return Value::Int(static_cast<int64_t>(s->view().size()));
  }

  static Value ReturnNone(ThreadState&, const Value*, uint32_t, Tuple*) {
    return Value::None();
  }

  // open() and input().
  static Value Blocked(ThreadState& ts, const Value*, uint32_t, Tuple*) {
    return RaiseWithMessage(ts, Rt(ts).exc.os_error,
                            "not available while fuzzing");
  }

  // sys.setrecursionlimit, clamped to the runner's limit.
  static Value SetRecursionLimit(ThreadState& ts, const Value* args,
                                 uint32_t nargs, Tuple*) {
    if (nargs != 1 || !args[0].IsIntLike()) {
      return RaiseTypeError(ts, "an integer is required");
    }
    int64_t n = args[0].AsInt();
    if (n < 1) {
      return RaiseValueError(ts,
                             "recursion limit must be greater or equal than 1");
    }
    int64_t cap = g_current != nullptr ? g_current->options_.recursion_limit
                                       : int64_t{100};
    Rt(ts).recursion_limit = n < cap ? n : cap;
    return Value::None();
  }

  static Value Input(ThreadState& ts, const Value*, uint32_t, Tuple*) {
    if (g_current == nullptr) return StrValue(ts, "");
    return StrValue(ts, g_current->input_);
  }

  // The sandbox's file system is empty: nothing exists.
  static Value ReturnFalse(ThreadState&, const Value*, uint32_t, Tuple*) {
    return Value::Bool(false);
  }
  static Value FixedCwd(ThreadState& ts, const Value*, uint32_t, Tuple*) {
    return StrValue(ts, "/fuzz");
  }

  // Deterministic clocks and pid: runs must be reproducible.
  static Value FixedTime(ThreadState&, const Value*, uint32_t, Tuple*) {
    return Value::Float(1700000000.0);
  }
  static Value FixedTimeNs(ThreadState&, const Value*, uint32_t, Tuple*) {
    return Value::Int(int64_t{1700000000} * 1000000000);
  }
  static Value FixedPid(ThreadState&, const Value*, uint32_t, Tuple*) {
    return Value::Int(4242);
  }
  // threading.get_ident(): the sandbox runs one thread.
  static Value MainThreadId(ThreadState&, const Value*, uint32_t, Tuple*) {
    return Value::Int(1);
  }

  // The snapshot: the module table and everything the modules in it
  // reach (GraphSnapshot), kept alive through snapshot_ = [the graph's
  // keep list, int_max_str_digits].
  static Value Snapshot(ThreadState& ts, const Value*, uint32_t, Tuple*) {
    if (!g_host_call || g_current == nullptr) return Value::None();
    RuntimeState& rt = Rt(ts);
    // Builtin classes fill their dicts on first use (vm/lazy_natives.h):
    // fill them all before recording, or the reset would put an input's
    // first use back to the recorded, empty dict.
    if (!MaterializeAllClassNatives(ts)) return Value::Error();
    auto graph = std::make_unique<GraphSnapshot>();
    absl::Status taken = graph->Take(ts, {DictValue(rt.modules)});
    if (!taken.ok()) {
      // A preloaded module holds state the reset could not put back: a
      // bug of the preload list, never of the program.
      std::fprintf(stderr, "fuzz sandbox: %s\n", taken.ToString().c_str());
      std::abort();
    }
    TempRoots roots(ts);
    roots.Add(graph->keep());
    List* snap = NewList(ts, 0);
    if (snap == nullptr || !ListAppend(ts, snap, graph->keep()) ||
        !ListAppend(ts, snap, Value::Int(rt.int_max_str_digits))) {
      return Value::Error();
    }
    if (std::getenv("INTERP_FUZZ_DEBUG") != nullptr) {
      std::fprintf(stderr,
                   "fuzz sandbox: snapshot of %zu objects, %zu records\n",
                   graph->objects(), graph->records());
    }
    g_current->graph_ = std::move(graph);
    return Value::Obj(snap);
  }

  static Value Reset(ThreadState& ts, const Value*, uint32_t, Tuple*) {
    if (!g_host_call || g_current == nullptr) return Value::None();
    RuntimeState& rt = Rt(ts);
    auto* snap = static_cast<List*>(g_current->snapshot_.AsObject());
    int64_t restored = g_current->graph_->Restore(ts);
    if (restored < 0) {
      // Not put back (see GraphSnapshot::Restore): start over.
      ts.pending_exception = Value::None();
      g_current->restart_ = true;
      return Value::None();
    }
    g_current->last_restored_ = restored;
    rt.recursion_limit = g_current->options_.recursion_limit;
    rt.heap.set_automatic(true);  // gc.disable()
    rt.int_max_str_digits = snap->items[1].AsInt();
    // The last input's objects never get their __del__: a fresh runtime
    // that is not finalized (the alone run) never calls them either, and
    // they must not print into the next input.
    // Walking the heap for them costs more than most inputs, so only after
    // an input that created a class with __del__; once they are marked, the
    // collector may stop looking (has_del_classes): the classes of earlier
    // inputs are unreachable, so no new instance of them can appear, and
    // the next class with __del__ sets the flag again.
    rt.pending_del.clear();
    if (rt.has_del_classes) {
      for (Object* o : rt.heap.ObjectsWithPendingDel()) {
        o->gc_flags |= kGcDelQueued;
      }
      rt.has_del_classes = false;
    }
    return Value::None();
  }
};

namespace {

// Runs before the `posix` stand-in replaces the real module: the stand-in's
// os.path takes the real module's pure string functions (natives, so a
// program cannot patch them: functions written in Python would carry
// mutable __code__/__defaults__ across resets). The real module is then
// unreachable.
constexpr char kPathPrelude[] = R"(import posix, _fuzz_path
for n in ('join', 'split', 'basename', 'dirname', 'splitext', 'isabs'):
    setattr(_fuzz_path, n, getattr(posix._path, n))
_fuzz_path.sep = '/'
del n, posix, _fuzz_path
)";

// Wires the stand-ins into sys, builtins and posix (on which the frozen os
// and posixpath modules are built, so os.path works); runs as the first
// __main__, whose dict the snapshot then records.
constexpr char kPrelude[] = R"(import sys, builtins, _fuzz, posix, _fuzz_path
sys.stdout = sys.stderr = sys.__stdout__ = sys.__stderr__ = _fuzz
sys.stdin = sys.__stdin__ = None
sys.modules = dict(sys.modules)
sys.path = []
sys.setrecursionlimit = _fuzz.setrecursionlimit
builtins.open = builtins.input = _fuzz.blocked
posix._path = _fuzz_path
posix.environ = {}
posix.name = 'posix'
posix.sep = '/'
posix.linesep = '\n'
posix.devnull = '/dev/null'
posix.curdir = '.'
posix.pardir = '..'
posix.pathsep = ':'
posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR = 0, 1, 2
del sys, builtins, _fuzz, posix, _fuzz_path
)";

// The standard modules kept imported across inputs: those the generator's
// templates use and what they import. Each must pass GraphSnapshot (no
// iterator, generator, file or mutable native object reachable): random
// (a Random instance), logging (locks) and threading-based modules do not,
// and are imported afresh by each input that uses them.
constexpr char kPreload[] =
    R"(import abc, collections, collections.abc, functools
import itertools, operator, keyword, heapq, bisect, json, re, struct, math
import copy, copyreg, types, typing, enum, dataclasses, io, base64, hashlib
import string, textwrap, contextlib, os, posixpath
del abc, collections, functools, itertools, operator, keyword, heapq, bisect
del json, re, struct, math, copy, copyreg, types, typing, enum, dataclasses
del io, base64, hashlib, string, textwrap, contextlib, os, posixpath
)";

}  // namespace

ProgramRunner::ProgramRunner(ProgramRunnerOptions options)
    : options_(std::move(options)) {}

ProgramRunner::~ProgramRunner() { Stop(); }

void ProgramRunner::Start() {
  using S = Sandbox;
  CurrentScope scope(this, true);
  // A clock that never moves (logging and unittest need the *_ns and
  // process_time variants when imported).
  const std::vector<std::pair<std::string, NativeFn>> kClock = {
      {"time", S::FixedTime},         {"time_ns", S::FixedTimeNs},
      {"monotonic", S::FixedTime},    {"monotonic_ns", S::FixedTimeNs},
      {"perf_counter", S::FixedTime}, {"perf_counter_ns", S::FixedTimeNs},
      {"process_time", S::FixedTime}, {"sleep", S::ReturnNone}};
  rt_ = std::make_unique<Runtime>(Runtime::Options{.argv = {"fuzz.py"}});
  rt_->state().recursion_limit = options_.recursion_limit;
  bool ok =
      rt_->ok() &&
      rt_->DefineModule("_fuzz", {{"write", S::Write},
                                  {"flush", S::ReturnNone},
                                  {"blocked", S::Blocked},
                                  {"input", S::Input},
                                  {"setrecursionlimit", S::SetRecursionLimit}})
          .ok() &&
      rt_->DefineModule("_fuzz_host",
                        {{"snapshot", S::Snapshot}, {"reset", S::Reset}})
          .ok() &&
      rt_->DefineModule("_fuzz_path", {{"exists", S::ReturnFalse},
                                       {"isfile", S::ReturnFalse},
                                       {"isdir", S::ReturnFalse},
                                       {"getsize", S::Blocked}})
          .ok() &&
      rt_->RunString(kPathPrelude, "<fuzz-prelude>").ok() &&
      // The native half of os (the frozen os.py and posixpath run on it):
      // what touches files, the environment or processes raises OSError
      // or does nothing; kill, fork, spawn and friends do not exist.
      rt_->DefineModule("posix", {{"getpid", S::FixedPid},
                                  {"getppid", S::FixedPid},
                                  {"getcwd", S::FixedCwd},
                                  {"putenv", S::ReturnNone},
                                  {"unsetenv", S::ReturnNone},
                                  {"stat", S::Blocked},
                                  {"lstat", S::Blocked},
                                  {"fstat", S::Blocked},
                                  {"open", S::Blocked},
                                  {"read", S::Blocked},
                                  {"write", S::Blocked},
                                  {"close", S::Blocked},
                                  {"readlink", S::Blocked},
                                  {"listdir", S::Blocked},
                                  {"_scandir", S::Blocked},
                                  {"mkdir", S::Blocked},
                                  {"rmdir", S::Blocked},
                                  {"rename", S::Blocked},
                                  {"replace", S::Blocked},
                                  {"remove", S::Blocked},
                                  {"unlink", S::Blocked},
                                  {"chdir", S::Blocked},
                                  {"_get_terminal_size", S::Blocked},
                                  {"_exit", S::Blocked}})
          .ok() &&
      rt_->DefineModule("_subprocess", {}).ok() &&
      rt_->DefineModule("time", kClock).ok() &&
      rt_->DefineModule("_time", kClock).ok() &&
      rt_->DefineModule("signal", {}).ok() &&
      rt_->DefineModule("threading", {{"get_ident", S::MainThreadId},
                                      {"get_native_id", S::FixedPid}})
          .ok() &&
      rt_->DefineModule("faulthandler", {}).ok() &&
      rt_->RunString(kPrelude, "<fuzz-prelude>").ok();
  if (ok && options_.preload_stdlib) {
    absl::Status preloaded = rt_->RunString(kPreload, "<fuzz-prelude>");
    if (!preloaded.ok()) {
      std::fprintf(stderr, "fuzz sandbox: preloading failed: %s\n",
                   preloaded.ToString().c_str());
      ok = false;
    }
  }
  absl::StatusOr<Value> snap =
      ok ? rt_->Call("_fuzz_host.snapshot") : absl::InternalError("sandbox");
  if (!snap.ok() || !IsKind(*snap, ObjKind::kList)) {
    // Bootstrap fails only when out of memory; either way, running
    // programs unsandboxed or without a reset is not an option.
    std::abort();
  }
  snapshot_ = *snap;
  rt_->main_thread().temp_roots.push_back(snapshot_);
  runs_ = 0;
}

void ProgramRunner::Stop() {
  if (rt_ == nullptr) return;
  CurrentScope scope(this, true);
  rt_->Finalize();
  // ThreadStates live in mmap'ed memory LeakSanitizer does not scan and
  // are reused by the next Runtime: release the roots' buffer (the
  // snapshot's slot with it) so it is not reported as a leak at exit.
  std::vector<Value>().swap(rt_->main_thread().temp_roots);
  snapshot_ = Value::None();
  graph_.reset();
  rt_.reset();
}

void ProgramRunner::Reset() {
  CurrentScope scope(this, true);
  rt_->SetInstructionBudget(-1);
  rt_->SetTimeout(std::chrono::nanoseconds(0));
  restart_ = false;
  absl::StatusOr<Value> r = rt_->Call("_fuzz_host.reset");
  // Out of memory, or a set the reset could not refill as it was: start
  // over.
  if (!r.ok() || restart_) {
    Stop();
    Start();
  }
}

ProgramResult ProgramRunner::RunWithInput(std::string_view source,
                                          std::string_view input) {
  if (IsValidUtf8(input)) {
    input_.assign(input);
  } else {
    input_.clear();
    for (unsigned char c : input) AppendUtf8(&input_, c);
  }
  ProgramResult r = Run(source);
  input_.clear();
  return r;
}

ProgramResult ProgramRunner::Run(std::string_view source) {
  if (rt_ == nullptr || !options_.reuse || runs_ >= options_.runs_per_runtime) {
    Stop();
    Start();
  } else {
    Reset();
  }
  ++runs_;
  output_.clear();
  CurrentScope scope(this, false);
  rt_->SetInstructionBudget(options_.instruction_budget);
  rt_->SetTimeout(options_.timeout);
  ProgramResult result;
  result.status = rt_->RunString(source, "fuzz.py");
  // Formats and "prints" the traceback into the sink, like `interp` does.
  rt_->PrintError(result.status);
  // The program's exit work (atexit callbacks, finalize, suspended
  // generators closed) is part of its run, reused runtime or not: left
  // over, it would run during the next input.
  rt_->SetInstructionBudget(options_.instruction_budget);
  rt_->SetTimeout(options_.timeout);
  rt_->RunExitHandlers();
  result.output = std::move(output_);
  output_.clear();
  if (!options_.reuse) Stop();
  return result;
}

}  // namespace interp::fuzz
