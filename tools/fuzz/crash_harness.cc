// A host that crashes on purpose, for the crash-report end-to-end test:
//
//   crash_harness script.py
//
// runs the script with a native module `host` whose crash() reads through
// a null pointer, with the fuzzers' crash reporter installed. The report
// on stderr must show the script frames that led to host.crash() and a
// crash signature that does not depend on line numbers.
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

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: crash_harness script.py\n");
    return 2;
  }
  interp::Runtime rt({.argv = {argv[1]}});
  if (!rt.ok()) return 1;
  interp::fuzz::InstallCrashReporter(2);
  if (!rt.DefineModule("host", {{"crash", HostCrash}}).ok()) return 1;
  absl::Status s = rt.RunFile(argv[1]);
  if (!s.ok()) {
    std::fprintf(stderr, "%s", std::string(s.message()).c_str());
    return 1;
  }
  std::fprintf(stderr, "the script did not crash\n");
  return 1;
}
