// The embedding API (SPEC 3): one interp::Runtime per independent script
// world. Several may live in one process; each has its own heap and global
// lock. The faulthandler (faulthandler/faulthandler.h) is process-wide and
// reports the script frames of every runtime.
//
//   interp::Runtime rt({.argv = {"plugin.py"}, .module_path = {"plugins/"}});
//   rt.DefineModule("host", {{"log", HostLog}, {"parse", HostParse}});
//   absl::Status s = rt.RunFile("plugin.py");   // message: the traceback
//   absl::StatusOr<interp::Value> v = rt.Call("on_event",
//   {interp::Value::Int(7)});
//
// Threading: the thread that constructs the Runtime is attached to it (as
// its "MainThread"). Other host threads attach with
//   Runtime::ThreadScope scope = rt.AttachCurrentThread("worker-1");
// so that their script frames appear in crash reports under that name. Each
// public method takes the runtime's global lock for the duration of the
// call only, so several attached threads may call in concurrently (they are
// serialised like script threads). A thread that calls in without being
// attached is attached for the duration of that call (unnamed).
//
// Independent runtimes share nothing but the process-wide thread registry
// and faulthandler: each has its own heap, lock, modules and limits.
//
// The library never calls exit() and writes nothing unless a script prints
// (print() writes to the process's stdout, as in CPython) or the caller asks
// (PrintError).
#ifndef INTERP_RUNTIME_EMBED_RUNTIME_H_
#define INTERP_RUNTIME_EMBED_RUNTIME_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/types/span.h"
#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/value.h"

namespace interp {

// Status payload key set on the status of a script that ended with
// SystemExit; the payload is the exit code in decimal.
inline constexpr char kSystemExitPayload[] = "interp/system-exit";
// On the status of an uncaught exception a script's sys.excepthook
// reported: PrintError prints nothing more.
inline constexpr char kExceptHookRanPayload[] = "interp/excepthook-ran";
// Payloads of a script error's status: the exception's class name and
// str(exception).
inline constexpr char kExceptionTypePayload[] = "interp/exception-type";
inline constexpr char kExceptionMessagePayload[] = "interp/exception-message";

// The exit code of a status returned for a script that ended with
// SystemExit (sys.exit(n), raise SystemExit(n)); nullopt for any other
// status.
std::optional<int> SystemExitCode(const absl::Status& status);

class Runtime {
 public:
  using Options = RuntimeOptions;

  explicit Runtime(Options options = {});
  // Destroy it on the thread that created it (which owns the "MainThread"
  // state and its alternate signal stack), after every ThreadScope of it
  // has ended.
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  // False when bootstrap failed (out of memory); nothing else works then.
  bool ok() const { return ok_; }

  // Runs a script file as __main__. A script error is a non-OK status
  // (kUnknown) whose message is the formatted traceback; a syntax error
  // likewise (kInvalidArgument). SystemExit: kAborted with exit_code() set
  // and the kSystemExitPayload payload; its message is what `interp`
  // prints for non-integer codes (empty otherwise).
  absl::Status RunFile(std::string_view path);
  // Runs module `name` as __main__, as `python3 -m name` does: found on
  // sys.path or among the frozen standard modules (a package runs its
  // __main__ submodule); sys.argv[0] becomes its file. NotFound when there
  // is no such module.
  absl::Status RunModule(std::string_view name);
  // Runs source text as __main__ (filename shown in tracebacks).
  absl::Status RunString(std::string_view source,
                         std::string_view filename = "<string>");
  // REPL: runs one complete interactive input; expression statements print
  // their repr to sys.stdout.
  absl::Status RunInteractive(std::string_view source,
                              std::string_view filename = "<stdin>");

  // Registers a builtin-like module importable by scripts (`import host`).
  // A function receives its positional arguments as Values (kwnames: null
  // or the names of trailing keyword arguments) and returns a Value, or
  // raises a script exception with runtime/errors.h (`return
  // RaiseValueError(ts, "...")`) that scripts can catch. It runs holding the
  // runtime's lock and may call back into this Runtime. It is its own frame,
  // "<native> <name>.<fn>", in crash reports.
  absl::Status DefineModule(
      std::string_view name,
      std::vector<std::pair<std::string, NativeFn>> functions);

  // Calls global `name` of __main__ (or "module.attr") with positional
  // arguments. The result Value is only valid until the next script code
  // runs on this runtime unless the host keeps it reachable from a script
  // object (the collector does not see host locals).
  absl::StatusOr<Value> Call(std::string_view name,
                             absl::Span<const Value> args = {});

  // Host limits, shared by all threads of this runtime. A script that
  // reaches its budget (counted in calls and loop iterations) or deadline
  // gets TimeoutError("instruction budget exhausted" / "deadline exceeded")
  // at its next safe point. Builtins that loop natively (sum, sorted, list,
  // str.join, any, max, `in`, ...) count one per 64 items and large copies
  // (repetition, padding) one per KiB, and poll the deadline and
  // Interrupt() as they go (vm/native_poll.h), so sum(range(10**12)) stops
  // too; blocking calls (time.sleep, Lock.acquire, Event.wait, Condition,
  // Thread.join, queue) wake within 10 ms of a stop and raise the same
  // error. The exception is catchable (an `except` block can clean up) but
  // it is raised again at every later safe point and wait until the host
  // starts another run, so a script cannot swallow it and keep going. Set
  // them between runs (not while a script of this runtime runs on another
  // thread). n < 0: unlimited.
  void SetInstructionBudget(int64_t n);
  // A deadline per run: every RunString/RunFile/RunModule/Call the host
  // starts gets `timeout` from its start (threads it leaves running share
  // the latest deadline). <= 0: none.
  void SetTimeout(std::chrono::nanoseconds timeout);
  // From any thread (also a signal handler): makes the scripts running on
  // this runtime's threads raise TimeoutError("interrupted by the host") at
  // their next safe point or wait, and again at every later one, until the
  // host starts the next run. A thread that is not running a script then
  // is not affected by it when it next calls in.
  void Interrupt();

  // Caps the bytes of script objects (0: none): an allocation past it
  // raises MemoryError in the script (objects/heap.h).
  void SetMemoryLimit(size_t bytes);

  // Flushes the script's sys.stdout and sys.stderr.
  void FlushOutput();

  // The status of script exception `exc` (already taken from the thread),
  // as Run* return it; `ts` holds the lock. Script errors carry the
  // payloads kExceptionTypePayload and kExceptionMessagePayload.
  absl::Status StatusFromException(ThreadState& ts, Value exc);

  // The exit code requested by the last SystemExit, if any.
  std::optional<int> exit_code() const { return exit_code_; }

  // Writes the traceback of a failed Run* status to sys.stderr the way
  // `python3` does (the message of the status).
  void PrintError(const absl::Status& status);

  // At the end of the program: waits for non-daemon script threads (like
  // CPython at exit). Called by the destructor when not called before.
  void Finalize();

  RuntimeState& state() { return *state_; }
  ThreadState& main_thread() { return *main_ts_; }

  // Attaches the calling host thread to this runtime while it lives. The
  // name is part of the attach (set before the thread becomes visible to
  // crash reports), so a report never shows the thread unnamed. It does not
  // hold the global lock: every call takes it. Create and destroy it on the
  // same host thread, before the Runtime is destroyed. Nested scopes on one
  // thread are allowed (the innermost state is used until it ends).
  class ThreadScope {
   public:
    explicit ThreadScope(Runtime& rt, std::string_view name = "");
    ~ThreadScope();
    ThreadScope(const ThreadScope&) = delete;
    ThreadScope& operator=(const ThreadScope&) = delete;
    // False when no thread state could be mapped (address space exhausted);
    // calls then fall back to a per-call attach.
    bool ok() const { return ts_ != nullptr; }
    ThreadState& thread() { return *ts_; }

   private:
    ThreadState* ts_ = nullptr;
    ThreadState* previous_ = nullptr;  // the thread's TLS state before us
  };
  [[nodiscard]] ThreadScope AttachCurrentThread(std::string_view name = "") {
    return ThreadScope(*this, name);
  }

 private:
  absl::Status RunSource(std::string_view source, std::string_view filename,
                         bool interactive);
  absl::Status StatusFromPending(ThreadState& ts);
  // StatusFromPending for an exception the main program did not catch:
  // a script's sys.excepthook gets it first (PrintError then prints
  // nothing, or the hook's own failure).
  absl::Status StatusFromUncaught(ThreadState& ts);
  // The calling thread's live state on this runtime, or null.
  ThreadState* FindAttached() const;

 public:
  // entry.h: resolve/attach the calling thread, take the lock (used by the
  // public API's implementation too).
  class Entry;

 private:
  std::unique_ptr<RuntimeState> state_;
  ThreadState* main_ts_ = nullptr;
  bool ok_ = false;
  bool finalized_ = false;
  std::optional<int> exit_code_;
};

}  // namespace interp

#endif  // INTERP_RUNTIME_EMBED_RUNTIME_H_
