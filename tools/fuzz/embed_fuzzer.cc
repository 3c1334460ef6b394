// The embedding API (runtime/embed/runtime.h) driven by the input: a
// sequence of operations on one Runtime -- RunString / RunInteractive of
// fuzzed text, Call of fuzzed dotted names with fuzzed ints, floats, bools
// and None, host natives that echo, raise and re-enter the runtime (Call
// from inside a call), SetInstructionBudget / SetTimeout with extreme
// values, Interrupt, DefineModule with fuzzed names, nested ThreadScopes,
// PrintError -- that must never crash, and keeps its contracts: a script
// error is a non-OK status with the traceback as message, SystemExit sets
// exit_code(), a budget or an Interrupt ends the run with TimeoutError and
// does not outlive it (the next run works).
//
// Imports are held to harmless modules (RuntimeOptions::allowed_modules),
// open/input are removed and sys.stdout/stderr discard, so fuzzed text
// cannot touch the machine.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "runtime/builtins/errors.h"
#include "runtime/embed/runtime.h"
#include "runtime/value.h"
#include "tools/fuzz/crash_reporter.h"

namespace {

using interp::Runtime;
using interp::ThreadState;
using interp::Tuple;
using interp::Value;

// The runtime the host natives re-enter (this thread's, one at a time).
thread_local Runtime* g_rt = nullptr;
thread_local int g_reentry = 0;

Value Echo(ThreadState&, const Value* args, uint32_t nargs, Tuple*) {
  return nargs > 0 ? args[0] : Value::None();
}

Value Fail(ThreadState& ts, const Value*, uint32_t, Tuple*) {
  return interp::RaiseValueError(ts, "host failure");
}

// host.reenter(): calls __main__.cb() through the embedding API from inside
// a native call (bounded depth).
Value Reenter(ThreadState&, const Value*, uint32_t, Tuple*) {
  if (g_rt == nullptr || g_reentry >= 3) return Value::None();
  ++g_reentry;
  absl::StatusOr<Value> r = g_rt->Call("cb", {Value::Int(g_reentry)});
  --g_reentry;
  // The result is only valid until script code runs again: use it now.
  return r.ok() && !r->IsObject() ? *r : Value::None();
}

constexpr char kPrelude[] = R"(import sys, builtins
class _Sink:
    def write(self, s):
        return len(s)
    def flush(self):
        pass
sys.stdout = sys.stderr = _Sink()
builtins.open = builtins.input = None
del sys, builtins, _Sink
def cb(n):
    return n + 1
)";

class Input {
 public:
  Input(const uint8_t* d, size_t n) : d_(d), n_(n) {}
  bool empty() const { return pos_ >= n_; }
  uint64_t Take(int bytes) {
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v = (v << 8) | (pos_ < n_ ? d_[pos_++] : 0);
    return v;
  }
  // A length-prefixed piece of text (up to 255 bytes).
  std::string_view Text() {
    size_t len = Take(1);
    if (pos_ + len > n_) len = n_ - pos_;
    std::string_view s(reinterpret_cast<const char*>(d_ + pos_), len);
    pos_ += len;
    return s;
  }
  Value Arg() {
    switch (Take(1) % 6) {
      case 0:
        return Value::None();
      case 1:
        return Value::Bool(Take(1) & 1);
      case 2: {
        double d;
        uint64_t bits = Take(8);
        std::memcpy(&d, &bits, sizeof(d));
        return Value::Float(d);
      }
      case 3:
        return Value::Int(static_cast<int64_t>(Take(8)));
      default:
        return Value::Int(static_cast<int64_t>(Take(1)) - 128);
    }
  }

 private:
  const uint8_t* d_;
  size_t n_;
  size_t pos_ = 0;
};

constexpr const char* kNames[] = {
    "cb",         "host.echo",  "host.fail", "host.reenter",
    "json.dumps", "math.floor", "len",       "cb.__call__",
    "nope.x",     "",           ".",         "cb..x"};

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "embedding contract broken: %s\n", what);
    std::abort();
  }
}

void RunOps(Runtime& rt, Input& in, int depth) {
  for (int op = 0; op < 24 && !in.empty(); ++op) {
    switch (in.Take(1) % 11) {
      case 0: {
        absl::Status s = rt.RunString(in.Text(), "embed.py");
        Check(s.ok() || !s.message().empty() ||
                  s.code() == absl::StatusCode::kAborted,
              "a failed run without a message");
        if (interp::SystemExitCode(s).has_value()) {
          Check(rt.exit_code().has_value(), "SystemExit without exit_code");
        }
        break;
      }
      case 1:
        (void)rt.RunInteractive(in.Text());
        break;
      case 2: {
        std::string name;
        if (in.Take(1) & 1) {
          name = kNames[in.Take(1) % (sizeof(kNames) / sizeof(kNames[0]))];
        } else {
          name = std::string(in.Text());
        }
        std::vector<Value> args;
        int n = static_cast<int>(in.Take(1) % 4);
        for (int i = 0; i < n; ++i) args.push_back(in.Arg());
        (void)rt.Call(name, args);
        break;
      }
      case 3: {
        static constexpr int64_t kBudgets[] = {-1, 0, 1, 2, 50, 1000, 100000};
        rt.SetInstructionBudget(kBudgets[in.Take(1) % 7]);
        break;
      }
      case 4:
        rt.SetTimeout(std::chrono::milliseconds(in.Take(1) % 4 * 50));
        break;
      case 5: {
        rt.Interrupt();
        rt.SetInstructionBudget(20000);
        absl::Status s = rt.RunString("x = 1\n", "after_interrupt.py");
        Check(s.ok(), "an Interrupt outlived the run it was aimed at");
        break;
      }
      case 6: {
        std::string name(in.Text());
        (void)rt.DefineModule(name, {{"echo", Echo}, {"fail", Fail}});
        break;
      }
      case 7: {
        absl::Status s = rt.RunString(in.Text(), "printed.py");
        rt.PrintError(s);
        break;
      }
      case 8:
        if (depth < 2) {
          Runtime::ThreadScope scope = rt.AttachCurrentThread(in.Text());
          RunOps(rt, in, depth + 1);
        }
        break;
      case 9: {
        // The budget ends a loop with TimeoutError, and not the next run.
        rt.SetInstructionBudget(100);
        absl::Status s = rt.RunString("while True:\n    pass\n", "loop.py");
        Check(!s.ok() &&
                  s.message().find("TimeoutError") != std::string_view::npos,
              "the instruction budget did not stop a loop");
        rt.SetInstructionBudget(20000);
        break;
      }
      default:
        (void)rt.RunModule(in.Text());
        break;
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool installed = [] {
    interp::fuzz::InstallCrashReporter(2);
    return true;
  }();
  (void)installed;
  if (size > 2048) return -1;
  Runtime rt({.argv = {"embed.py"},
              .allowed_modules = std::vector<std::string>{
                  "sys", "builtins", "json", "math", "re", "collections",
                  "itertools", "functools", "host"}});
  if (!rt.ok()) return 0;
  rt.state().recursion_limit = 100;
  if (!rt.DefineModule("host",
                       {{"echo", Echo}, {"fail", Fail}, {"reenter", Reenter}})
           .ok() ||
      !rt.RunString(kPrelude, "<prelude>").ok()) {
    std::abort();
  }
  rt.SetInstructionBudget(20000);
  rt.SetTimeout(std::chrono::seconds(2));
  Runtime* previous = g_rt;
  g_rt = &rt;
  Input in(data, size);
  RunOps(rt, in, 0);
  g_rt = previous;
  rt.Finalize();
  std::vector<Value>().swap(rt.main_thread().temp_roots);
  return 0;
}

extern "C" const char* __asan_default_options() {
  return "allocator_may_return_null=1:max_allocation_size_mb=512:"
         "handle_abort=1";
}
