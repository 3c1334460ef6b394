// Differential target (issue 16, slow mode): each program runs in interp
// (in process, the sandboxed runner with its output captured) and in
// CPython 3.11 (a subprocess); a difference in what they print, or in the
// class of the exception that ends the program, is a finding (the target
// prints both and aborts, so libFuzzer keeps the input). Inputs come from
// the structure-aware mutator (program_mutator.cc).
//
// Not compared (either side could legitimately differ): programs that end
// on a host limit in interp (TimeoutError, RecursionError, MemoryError) or
// on CPython's timeout; programs that name what the fuzz sandbox replaces
// or what is not deterministic (os, time, signal, threading, open, input,
// id(), random, sys, gc; Excluded()). Heap addresses are masked,
// tracebacks are compared by their last line's exception class only.
//
//   bazel build --config=fuzz //tools/fuzz:differential_fuzzer
//   bazel-bin/tools/fuzz/differential_fuzzer -max_len=4096 -timeout=30 DIR
//
// INTERP_DIFF_PYTHON names the reference interpreter (/usr/bin/python3.11);
// without one every input is skipped (the replay test then checks only
// that interp runs the seeds).
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "tools/fuzz/crash_reporter.h"
#include "tools/fuzz/outcome_stats.h"
#include "tools/fuzz/program_runner.h"

namespace {

constexpr size_t kMaxInputBytes = 4096;
constexpr int kPythonTimeoutSeconds = 10;

const char* Python() {
  static const char* path = [] {
    const char* p = std::getenv("INTERP_DIFF_PYTHON");
    if (p == nullptr) p = "/usr/bin/python3.11";
    return access(p, X_OK) == 0 ? p : nullptr;
  }();
  return path;
}

bool Excluded(std::string_view src) {
  static constexpr std::string_view kWords[] = {
      "os",           "time",
      "signal",       "threading",
      "_thread",      "open",
      "input",        "id",
      "random",       "setrecursionlimit",
      "faulthandler", "sys",
      "exit",         "quit",
      "__import__",   "exec",
      "globals",      "locals",
      "gc",           "subprocess",
      "_fuzz",        "__dict__",
      "breakpoint",   "logging",
      "tempfile",     "shutil",
      "pathlib",      "glob"};
  // Whole identifiers only: `pos` or `__exit__` are fine.
  for (size_t i = 0; i < src.size();) {
    auto c = static_cast<unsigned char>(src[i]);
    if (!std::isalpha(c) && c != '_') {
      ++i;
      continue;
    }
    size_t j = i;
    while (
        j < src.size() &&
        (std::isalnum(static_cast<unsigned char>(src[j])) || src[j] == '_')) {
      ++j;
    }
    std::string_view word = src.substr(i, j - i);
    for (std::string_view w : kWords) {
      if (word == w) return true;
    }
    i = j;
  }
  return false;
}

// Runs the reference on `path`: its stdout and stderr interleaved (-u), or
// nullopt-like false on timeout / failure to start.
bool RunPython(const std::string& path, std::string* out) {
  int pipefd[2];
  if (pipe(pipefd) != 0) return false;
  pid_t pid = fork();
  if (pid < 0) return false;
  if (pid == 0) {
    dup2(pipefd[1], 1);
    dup2(pipefd[1], 2);
    close(pipefd[0]);
    close(pipefd[1]);
    alarm(kPythonTimeoutSeconds);
    setenv("PYTHONHASHSEED", "0", 1);
    execl(Python(), Python(), "-I", "-u", path.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  close(pipefd[1]);
  // libFuzzer's -timeout alarm (SIGALRM every second in this process)
  // interrupts the reads and the wait: without the retries a slow
  // CPython's output was cut short, and a wait cut short left status 0,
  // so an empty CPython output was reported as a difference.
  char buf[4096];
  for (;;) {
    ssize_t n = read(pipefd[0], buf, sizeof(buf));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    if (out->size() < (1 << 20)) out->append(buf, static_cast<size_t>(n));
  }
  close(pipefd[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return false;
  }
  // Killed by the alarm (or anything else): not comparable.
  return WIFEXITED(status) && WEXITSTATUS(status) != 127;
}

// Printed lines, with tracebacks reduced to their exception class and
// addresses masked.
std::string Normalise(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    lines.emplace_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  std::string out;
  bool in_traceback = false;
  for (std::string& line : lines) {
    if (line == "Traceback (most recent call last):") {
      in_traceback = true;
      continue;
    }
    if (in_traceback) {
      if (!line.empty() && line[0] == ' ') continue;
      in_traceback = false;
      size_t colon = line.find(':');
      line = "<exception " + line.substr(0, colon) + ">";
    }
    // 0x1234abcd -> 0x?
    std::string masked;
    for (size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '0' && i + 1 < line.size() && line[i + 1] == 'x') {
        masked += "0x?";
        i += 2;
        while (i < line.size() &&
               std::isxdigit(static_cast<unsigned char>(line[i]))) {
          ++i;
        }
        --i;
        continue;
      }
      masked += line[i];
    }
    out += masked;
    out += '\n';
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const bool installed = [] {
    interp::fuzz::InstallCrashReporter(2);
    return true;
  }();
  (void)installed;
  if (size > kMaxInputBytes) return -1;
  std::string_view src(reinterpret_cast<const char*>(data), size);
  // A bigger budget than the plain fuzzers: the point is comparing, and
  // programs ending on the budget are not compared.
  static interp::fuzz::ProgramRunner runner(
      {.instruction_budget = 200000, .capture_output = true});
  interp::fuzz::ProgramResult mine = runner.Run(src);
  interp::fuzz::RecordOutcome(mine.status);
  std::string kind = interp::fuzz::OutcomeKind(mine.status);
  if (kind == "TimeoutError" || kind == "RecursionError" ||
      kind == "MemoryError" || kind == "SyntaxError" || Python() == nullptr ||
      Excluded(src) ||
      // A caught limit (the sandbox's recursion limit is 100, CPython's
      // 1000) is not a difference in the language.
      mine.output.find("RecursionError") != std::string::npos ||
      mine.output.find("MemoryError") != std::string::npos) {
    return 0;
  }
  // SyntaxError aside (CPython's messages and carets differ), the whole
  // output is compared.
  static const std::string path = [] {
    const char* tmp = std::getenv("TEST_TMPDIR");
    if (tmp == nullptr) tmp = std::getenv("TMPDIR");
    return std::string(tmp != nullptr ? tmp : "/tmp") + "/interp_diff_" +
           std::to_string(getpid()) + ".py";
  }();
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return 0;
  std::fwrite(data, 1, size, f);
  std::fclose(f);
  std::string theirs;
  if (!RunPython(path, &theirs)) return 0;
  // interp's traceback goes through PrintError into the same sink.
  std::string a = Normalise(mine.output);
  std::string b = Normalise(theirs);
  if (a != b) {
    std::fprintf(stderr,
                 "==== differential finding: interp and CPython differ\n"
                 "---- interp\n%s---- CPython\n%s----\n",
                 a.c_str(), b.c_str());
    std::abort();
  }
  return 0;
}

extern "C" const char* __asan_default_options() {
  return "allocator_may_return_null=1:max_allocation_size_mb=512:detect_leaks="
         "0:"
         "handle_abort=1";
}
