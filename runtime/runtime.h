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
// Threading: the thread that constructs the Runtime is attached to it and
// holds its global lock between calls. Other host threads use ThreadScope
// to attach (their script frames then appear in crash reports under the
// host's thread name). No method may be called on a thread that is not
// attached.
//
// The library never calls exit() and writes nothing unless a script prints
// or the caller asks (PrintError).
#ifndef INTERP_RUNTIME_RUNTIME_H_
#define INTERP_RUNTIME_RUNTIME_H_

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
#include "runtime/object.h"
#include "runtime/runtime_state.h"
#include "runtime/thread_state.h"
#include "runtime/value.h"

namespace interp {

// Status payload key set on the status of a script that ended with
// SystemExit; the payload is the exit code in decimal.
inline constexpr char kSystemExitPayload[] = "interp/system-exit";

class Runtime {
 public:
  using Options = RuntimeOptions;

  explicit Runtime(Options options = {});
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
  // Runs source text as __main__ (filename shown in tracebacks).
  absl::Status RunString(std::string_view source,
                         std::string_view filename = "<string>");
  // REPL: runs one complete interactive input; expression statements print
  // their repr to sys.stdout.
  absl::Status RunInteractive(std::string_view source,
                              std::string_view filename = "<stdin>");

  // Registers a builtin-like module importable by scripts (`import host`).
  // Each function is "<name>.<fn>" in crash reports.
  absl::Status DefineModule(
      std::string_view name,
      std::vector<std::pair<std::string, NativeFn>> functions);

  // Calls global `name` of __main__ (or "module.attr") with positional
  // arguments. The result Value is only valid until the next script code
  // runs on this runtime unless the host keeps it reachable from a script
  // object (the collector does not see host locals).
  absl::StatusOr<Value> Call(std::string_view name,
                             absl::Span<const Value> args = {});

  // Host limits. A script that reaches its budget (counted in calls and
  // loop iterations) or deadline gets TimeoutError at its next safe point,
  // and again at every safe point after that until the limit is lifted.
  // n < 0: unlimited.
  void SetInstructionBudget(int64_t n);
  void SetTimeout(std::chrono::nanoseconds timeout);  // <= 0: none
  // From any thread: makes the script running on the main thread raise
  // TimeoutError at its next safe point.
  void Interrupt();

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

  // Attaches the calling host thread for its lifetime (acquiring the global
  // lock; released while the scope is not running scripts only when the
  // host uses BlockingRegion). Construct it on the host thread.
  class ThreadScope {
   public:
    explicit ThreadScope(Runtime& rt, std::string_view name = "");
    ~ThreadScope();
    ThreadScope(const ThreadScope&) = delete;
    ThreadScope& operator=(const ThreadScope&) = delete;
    ThreadState& thread() { return *ts_; }

   private:
    Runtime& rt_;
    ThreadState* ts_ = nullptr;
  };

 private:
  absl::Status RunSource(std::string_view source, std::string_view filename,
                         bool interactive);
  absl::Status StatusFromPending(ThreadState& ts);
  ThreadState& CurrentThread();

  std::unique_ptr<RuntimeState> state_;
  ThreadState* main_ts_ = nullptr;
  bool ok_ = false;
  bool finalized_ = false;
  std::optional<int> exit_code_;
};

}  // namespace interp

#endif  // INTERP_RUNTIME_RUNTIME_H_
