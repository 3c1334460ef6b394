// -X faulthandler / INTERP_FAULTHANDLER (see startup.h).
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

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

namespace {

// -X faulthandler_format=json / INTERP_FAULTHANDLER_FORMAT=json (the -X
// option wins). An unknown value is reported once and leaves text.
void ApplyStartupFormat(const RuntimeOptions& options) {
  const char* value = nullptr;
  std::string from_x;
  for (const auto& [name, v] : options.xoptions) {
    if (name == "faulthandler_format") {
      from_x = v;
      value = from_x.c_str();
    }
  }
  if (value == nullptr) value = getenv("INTERP_FAULTHANDLER_FORMAT");
  if (value == nullptr || value[0] == '\0') return;
  std::string_view f(value);
  if (f == "json") {
    SetDefaultReportFormat(ReportFormat::kJson);
  } else if (f == "text") {
    SetDefaultReportFormat(ReportFormat::kText);
  } else {
    fprintf(stderr,
            "interp: unknown faulthandler format '%s' (text or json); "
            "using text\n",
            value);
  }
}

}  // namespace

bool EnableFromStartupOptions(const RuntimeOptions& options) {
  ApplyStartupFormat(options);
  if (!RequestedAtStartup(options)) return IsEnabled();
  return Enable({.fd = 2}).ok();
}

}  // namespace interp::faulthandler
