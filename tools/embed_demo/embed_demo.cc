// A host application embedding interp (SPEC 3): it registers a native
// module `host`, runs a plugin script, calls into it, and bounds a runaway
// script with an instruction budget. Crash reports (faulthandler) show the
// plugin's script frames and the host's <native> frames.
//
//   embed_demo            run the built-in demo plugin
//   embed_demo --crash    the plugin calls a host function that crashes:
//                         the report shows its script and <native> frames
//   embed_demo plugin.py  run a plugin file (it may define on_event(n))
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "faulthandler/faulthandler.h"
#include "runtime/builtins/errors.h"
#include "runtime/embed/runtime.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"

namespace {

// host.log(*args): prints its arguments prefixed by "[host]".
interp::Value HostLog(interp::ThreadState& ts, const interp::Value* args,
                      uint32_t nargs, interp::Tuple*) {
  std::string line = "[host]";
  for (uint32_t i = 0; i < nargs; ++i) {
    interp::Value s = interp::ToStr(ts, args[i]);
    if (s.IsError()) return s;
    line += " ";
    line += static_cast<interp::Str*>(s.AsObject())->view();
  }
  line += "\n";
  fputs(line.c_str(), stdout);
  return interp::Value::None();
}

// host.scale(n): n * 10, or TypeError.
interp::Value HostScale(interp::ThreadState& ts, const interp::Value* args,
                        uint32_t nargs, interp::Tuple*) {
  if (nargs != 1 || !args[0].IsInt()) {
    return interp::RaiseTypeError(ts, "scale() expects one int");
  }
  return interp::Value::Int(args[0].AsInt() * 10);
}

// host.crash(): a bug in host code (an invalid memory access). The address
// is volatile so the compiler emits a real load, not a trap instruction.
volatile uintptr_t g_bad_address = 0;
interp::Value HostCrash(interp::ThreadState&, const interp::Value*, uint32_t,
                        interp::Tuple*) {
  return interp::Value::Int(*reinterpret_cast<volatile int*>(g_bad_address));
}

constexpr char kPlugin[] = R"(import host
import sys

def on_event(n):
    host.log("event", n, "scaled", host.scale(n))
    return n + 1

def bad():
    return host.scale("x")

def quit(code):
    sys.exit(code)

def crash_here():
    return host.crash()

host.log("plugin loaded")
)";

void PrintStatus(const char* what, const absl::Status& s) {
  printf("%s:\n%s", what, std::string(s.message()).c_str());
}

}  // namespace

int main(int argc, char** argv) {
  // Reports of fatal faults go to stderr (the descriptor is duplicated).
  if (!interp::faulthandler::Enable({.fd = 2}).ok()) return 1;
  bool crash = argc > 1 && strcmp(argv[1], "--crash") == 0;
  const char* plugin_file = argc > 1 && !crash ? argv[1] : nullptr;
  interp::Runtime rt(
      {.argv = {plugin_file != nullptr ? plugin_file : "plugin.py"}});
  if (!rt.ok()) return 1;
  absl::Status s = rt.DefineModule(
      "host", {{"log", HostLog}, {"scale", HostScale}, {"crash", HostCrash}});
  if (!s.ok()) return 1;
  s = plugin_file != nullptr ? rt.RunFile(plugin_file)
                             : rt.RunString(kPlugin, "plugin.py");
  if (!s.ok()) {
    fprintf(stderr, "plugin failed:\n%s", std::string(s.message()).c_str());
    return 1;
  }
  fflush(stdout);
  if (crash) {
    // Dies by SIGSEGV after the faulthandler's report; returning at all
    // is a failure of the demo, reported with what the call gave back.
    absl::StatusOr<interp::Value> r = rt.Call("crash_here");
    fprintf(stderr, "crash_here() did not crash: %s\n",
            r.ok() ? "it returned a value" : r.status().ToString().c_str());
    return 1;
  }
  absl::StatusOr<interp::Value> v =
      rt.Call("on_event", {interp::Value::Int(7)});
  if (!v.ok()) {
    fprintf(stderr, "on_event failed:\n%s",
            std::string(v.status().message()).c_str());
    return 1;
  }
  printf("on_event(7) returned %lld\n", static_cast<long long>(v->AsInt()));
  if (plugin_file != nullptr) return 0;

  // Script errors come back as a status whose message is the traceback.
  absl::StatusOr<interp::Value> bad = rt.Call("bad");
  PrintStatus("bad() failed as expected", bad.status());

  // sys.exit() in a plugin does not end the host: it is a status.
  absl::StatusOr<interp::Value> q = rt.Call("quit", {interp::Value::Int(3)});
  std::optional<int> code = interp::SystemExitCode(q.status());
  printf("plugin called sys.exit(%d); host continues\n", code.value_or(-1));

  // A host worker thread attaches under its own name and calls in.
  std::thread worker([&rt] {
    interp::Runtime::ThreadScope scope = rt.AttachCurrentThread("host-worker");
    absl::StatusOr<interp::Value> r =
        rt.Call("on_event", {interp::Value::Int(9)});
    printf("host-worker: on_event(9) returned %lld\n",
           r.ok() ? static_cast<long long>(r->AsInt()) : -1LL);
    fflush(stdout);
  });
  worker.join();

  // A runaway script is stopped by the budget; then the runtime is usable.
  rt.SetInstructionBudget(100000);
  s = rt.RunString("while True:\n    pass\n", "runaway.py");
  PrintStatus("runaway script stopped", s);
  // So is a builtin that loops natively, never reaching the bytecode loop.
  rt.SetInstructionBudget(100000);
  s = rt.RunString("total = sum(range(10**12))\n", "runaway_native.py");
  rt.SetInstructionBudget(-1);
  PrintStatus("runaway builtin stopped", s);
  v = rt.Call("on_event", {interp::Value::Int(1)});
  printf("after the budget: on_event(1) returned %lld\n",
         v.ok() ? static_cast<long long>(v->AsInt()) : -1LL);
  return 0;
}
