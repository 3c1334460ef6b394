// A host application embedding interp (SPEC 3): it registers a native
// module `host`, runs a plugin script, calls into it, and bounds a runaway
// script with an instruction budget. Crash reports (faulthandler) show the
// plugin's script frames and the host's <native> frames.
//
//   embed_demo            run the built-in demo plugin
//   embed_demo plugin.py  run a plugin file (it may define on_event(n))
#include <cstdio>
#include <string>

#include "absl/strings/str_cat.h"
#include "faulthandler/faulthandler.h"
#include "runtime/errors.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/str.h"

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

constexpr char kPlugin[] = R"(import host

def on_event(n):
    host.log("event", n, "scaled", host.scale(n))
    return n + 1

def bad():
    return host.scale("x")

host.log("plugin loaded")
)";

}  // namespace

int main(int argc, char** argv) {
  interp::faulthandler::Enable({.fd = 2});
  interp::Runtime rt({.argv = {argc > 1 ? argv[1] : "plugin.py"}});
  if (!rt.ok()) return 1;
  absl::Status s =
      rt.DefineModule("host", {{"log", HostLog}, {"scale", HostScale}});
  if (!s.ok()) return 1;
  s = argc > 1 ? rt.RunFile(argv[1]) : rt.RunString(kPlugin, "plugin.py");
  if (!s.ok()) {
    fprintf(stderr, "plugin failed:\n%s", std::string(s.message()).c_str());
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

  // Script errors come back as a status whose message is the traceback.
  absl::StatusOr<interp::Value> bad = rt.Call("bad");
  printf("bad() failed as expected:\n%s",
         std::string(bad.status().message()).c_str());

  // A runaway script is stopped by the budget.
  rt.SetInstructionBudget(100000);
  s = rt.RunString("while True:\n    pass\n", "runaway.py");
  rt.SetInstructionBudget(-1);
  printf("runaway script stopped:\n%s", std::string(s.message()).c_str());
  return 0;
}
