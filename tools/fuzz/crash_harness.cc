// A host that crashes on purpose, for the crash-report end-to-end test:
//
//   crash_harness script.py
//
// runs the script with a native module `host` holding two planted bugs:
// crash() reads through a null pointer, crash_other() (another function)
// writes through one. The fuzzers' crash reporter is installed: the report
// on stderr must show the script frames that led to the crash and a crash
// signature that depends on the bug, not on the script path to it.
#include <cstdio>
#include <string>

#include "absl/status/status.h"
#include "faulthandler/faulthandler.h"
#include "runtime/embed/runtime.h"
#include "tools/fuzz/crash_reporter.h"

namespace {

interp::Value HostCrash(interp::ThreadState&, const interp::Value*, uint32_t,
                        interp::Tuple*) {
  interp::faulthandler::ReadNull();
}

// The second planted bug. noinline: it must stay its own frame.
__attribute__((noinline)) void WriteNull(volatile int* p) { *p = 1; }

interp::Value HostCrashOther(interp::ThreadState&, const interp::Value*,
                             uint32_t, interp::Tuple*) {
  WriteNull(nullptr);
  return interp::Value::None();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: crash_harness script.py\n");
    return 2;
  }
  interp::Runtime rt({.argv = {argv[1]}});
  if (!rt.ok()) return 1;
  interp::fuzz::InstallCrashReporter(2);
  if (!rt.DefineModule("host",
                       {{"crash", HostCrash}, {"crash_other", HostCrashOther}})
           .ok())
    return 1;
  absl::Status s = rt.RunFile(argv[1]);
  if (!s.ok()) {
    std::fprintf(stderr, "%s", std::string(s.message()).c_str());
    return 1;
  }
  std::fprintf(stderr, "the script did not crash\n");
  return 1;
}
