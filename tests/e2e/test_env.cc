#include "tests/e2e/test_env.h"

#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"

namespace interp::testing {
namespace {

std::string EnvOr(const char* name, absl::string_view fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? std::string(value)
                                            : std::string(fallback);
}

std::string Absolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buf[4096];
  if (getcwd(buf, sizeof buf) == nullptr) return path;
  return absl::StrCat(buf, "/", path);
}

}  // namespace

std::string RunfilePath(absl::string_view workspace_relative) {
  const char* srcdir = std::getenv("TEST_SRCDIR");
  if (srcdir != nullptr && *srcdir != '\0') {
    // The workspace is named "interp" in WORKSPACE.
    return Absolute(absl::StrCat(srcdir, "/interp/", workspace_relative));
  }
  return Absolute(std::string(workspace_relative));
}

std::string InterpBinary() {
  const char* bin = std::getenv("INTERP_BIN");
  if (bin != nullptr && *bin != '\0') return Absolute(bin);
  return RunfilePath("interp/interp");
}

std::string ProgramsDir() {
  const char* dir = std::getenv("INTERP_PROGRAMS_DIR");
  if (dir != nullptr && *dir != '\0') return Absolute(dir);
  return RunfilePath("tests/programs");
}

absl::Duration HangTimeout(absl::Duration plain) {
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
  return plain * 10;
#elif __has_feature(address_sanitizer)
  return plain * 4;
#endif
#endif
#ifdef INTERP_UBSAN  // no __has_feature for it; .bazelrc defines this
  return plain * 2;
#endif
  return plain;
}

std::string TempDir() { return Absolute(EnvOr("TEST_TMPDIR", "/tmp")); }

std::vector<std::string> ProgramEnv() {
  std::vector<std::string> env = {
      "PATH=/bin:/usr/bin",
      "LANG=C.UTF-8",
      "LC_ALL=C.UTF-8",
      "PYTHONHASHSEED=0",
      "PYTHONIOENCODING=utf-8",
      "PYTHONDONTWRITEBYTECODE=1",
      "HOME=/tmp",
      absl::StrCat("TMPDIR=", TempDir()),
  };
  // Sanitizer builds: keep the options the build gives the test. Programs
  // may start threads in the child of a multi-threaded fork (like CPython,
  // the runtime supports it); TSan refuses that unless told otherwise.
  // INTERP_GC_STRESS: `bazel test --test_env=INTERP_GC_STRESS=1` runs the
  // corpus with a collection every few kilobytes (heap.cc).
  for (const char* name :
       {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "INTERP_GC_STRESS"}) {
    const char* value = std::getenv(name);
    if (value != nullptr) env.push_back(absl::StrCat(name, "=", value));
  }
  env.push_back(absl::StrCat("TSAN_OPTIONS=", EnvOr("TSAN_OPTIONS", ""),
                             ":die_after_fork=0"));
  return env;
}

}  // namespace interp::testing
