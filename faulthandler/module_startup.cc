// -X faulthandler / INTERP_FAULTHANDLER (see startup.h).
#include <cstdlib>

#include "faulthandler/faulthandler.h"
#include "faulthandler/startup.h"

namespace interp::faulthandler {

bool RequestedAtStartup(const RuntimeOptions& options) {
  for (const auto& [name, value] : options.xoptions) {
    if (name == "faulthandler") return true;
  }
  const char* env = getenv("INTERP_FAULTHANDLER");
  return env != nullptr && env[0] != '\0';
}

bool EnableFromStartupOptions(const RuntimeOptions& options) {
  if (!RequestedAtStartup(options)) return IsEnabled();
  return Enable({.fd = 2}).ok();
}

}  // namespace interp::faulthandler
