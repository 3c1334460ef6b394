// The start-up switch (SPEC 2.2): `interp -X faulthandler` or a non-empty
// INTERP_FAULTHANDLER environment variable enables the faulthandler before
// the script's first line, exactly as faulthandler.enable() would (report to
// stderr, all threads, C stack).
#ifndef INTERP_FAULTHANDLER_STARTUP_H_
#define INTERP_FAULTHANDLER_STARTUP_H_

#include "runtime/objects/runtime_state.h"

namespace interp::faulthandler {

// True when the options or the environment ask for the faulthandler.
bool RequestedAtStartup(const RuntimeOptions& options);

// Enables it when requested. Call once the options are parsed and before
// any script runs (the interp command does). Returns whether it is enabled.
bool EnableFromStartupOptions(const RuntimeOptions& options);

}  // namespace interp::faulthandler

#endif  // INTERP_FAULTHANDLER_STARTUP_H_
