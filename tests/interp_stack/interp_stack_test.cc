// interp-stack against real processes: a live interp process whose 50
// threads push and pop frames while it is read 100 times, a core file of
// the same program, and the clean errors for a process that is not interp,
// a PID that no longer exists and a bad command line.
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/e2e/run_process.h"
#include "tests/e2e/test_env.h"

namespace interp::testing {
namespace {

using ::testing::HasSubstr;

constexpr int kWorkers = 50;

// Worker i recurses to depth 1 + i % 7 in `rec`, then either spins calling
// leaf() (pushing and popping a frame all the time) or waits on an event.
constexpr char kScript[] = R"(import sys, threading, time
SPIN = sys.argv[1] == "spin"
stop = threading.Event()
started = [0]
lock = threading.Lock()
def leaf():
    return 1
def rec(n):
    if n > 1:
        return rec(n - 1)
    with lock:
        started[0] += 1
    if SPIN:
        while not stop.is_set():
            leaf()
    else:
        stop.wait()
threads = [threading.Thread(target=rec, args=(1 + i % 7,), name="w%d" % i,
                            daemon=True) for i in range(50)]
for t in threads:
    t.start()
while True:
    with lock:
        if started[0] == 50:
            break
    time.sleep(0.01)
print("ready", flush=True)
if sys.argv[1] == "crash":
    import faulthandler
    faulthandler._sigsegv()
time.sleep(120)
)";

// A child process that runs until the test ends it.
class Child {
 public:
  explicit Child(const std::vector<std::string>& argv,
                 const std::string& core_dir = "") {
    int out[2];
    if (pipe(out) != 0) return;
    // Under --config=asan/tsan the target is a sanitizer build, whose own
    // SIGSEGV handler would report and exit instead of letting the kernel
    // dump core (and ASan turns core dumps off): hand both back.
    std::vector<std::pair<std::string, std::string>> env;
    if (!core_dir.empty()) {
      for (const char* var :
           {"ASAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS"}) {
        const char* old = getenv(var);
        env.emplace_back(var, absl::StrCat(old != nullptr ? old : "",
                                           old != nullptr ? ":" : "",
                                           "handle_segv=0:disable_coredump=0"));
      }
    }
    pid_ = fork();
    if (pid_ == 0) {
      for (const auto& [var, value] : env)
        setenv(var.c_str(), value.c_str(), 1);
      if (!core_dir.empty()) {
        // Let the kernel write a core file into core_dir when it crashes.
        rlimit unlimited{RLIM_INFINITY, RLIM_INFINITY};
        setrlimit(RLIMIT_CORE, &unlimited);
        if (chdir(core_dir.c_str()) != 0) _exit(126);
      }
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      std::vector<char*> args;
      for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
      args.push_back(nullptr);
      execv(args[0], args.data());
      _exit(127);
    }
    close(out[1]);
    out_ = out[0];
  }
  ~Child() {
    if (pid_ > 0) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (out_ >= 0) close(out_);
  }
  // Waits for the child to end; returns its wait status.
  int Wait() {
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
  }
  pid_t pid() const { return pid_; }
  // Reads stdout until `line` has been printed (or EOF).
  bool WaitForLine(const std::string& line) {
    std::string seen;
    char c;
    while (read(out_, &c, 1) == 1) {
      if (c == '\n') {
        if (seen == line) return true;
        seen.clear();
      } else {
        seen.push_back(c);
      }
    }
    return false;
  }

 private:
  pid_t pid_ = -1;
  int out_ = -1;
};

std::string StackTool() {
  return RunfilePath("tools/interp_stack/interp-stack");
}

ProcessResult RunTool(const std::vector<std::string>& args) {
  ProcessOptions options;
  options.argv = {StackTool()};
  options.argv.insert(options.argv.end(), args.begin(), args.end());
  absl::StatusOr<ProcessResult> r = RunProcess(options);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *r : ProcessResult{};
}

std::string WriteScript() {
  std::string path = absl::StrCat(TempDir(), "/stacks.py");
  std::ofstream(path) << kScript;
  return path;
}

// Checks one text report of the script above. Adds to *corrupt the number
// of workers whose walk ended in <corrupt frame> (allowed: a record torn by
// a concurrent push; nothing after it is printed).
void CheckReport(const std::string& report, const std::string& script,
                 int* corrupt) {
  std::vector<std::string> blocks =
      absl::StrSplit(report, "\n\n", absl::SkipEmpty());
  EXPECT_EQ(blocks.size(), kWorkers + 1) << report;
  std::map<int, bool> seen;
  for (const std::string& block : blocks) {
    std::vector<std::string> lines =
        absl::StrSplit(block, '\n', absl::SkipEmpty());
    ASSERT_FALSE(lines.empty()) << report;
    const std::string& header = lines[0];
    EXPECT_TRUE(absl::StartsWith(header, "Thread 0x")) << header;
    EXPECT_TRUE(absl::EndsWith(header, ", most recent call first):")) << header;
    EXPECT_EQ(header.size() > 25
                  ? header.substr(9, 16).find_first_not_of("0123456789abcdef")
                  : 0,
              std::string::npos)
        << header;
    if (absl::StrContains(header, "[MainThread]")) {
      ASSERT_EQ(lines.size(), 3u) << block;
      // Asleep, still finishing the print of "ready", or (the crash test)
      // in the fault.
      EXPECT_THAT(
          lines[1],
          ::testing::AnyOf("  <native> time.sleep", "  <native> builtins.print",
                           "  <native> faulthandler._sigsegv"));
      EXPECT_THAT(lines[2],
                  HasSubstr(absl::StrCat("File \"", script, "\", line ")));
      EXPECT_TRUE(absl::EndsWith(lines[2], " in <module>")) << lines[2];
      continue;
    }
    size_t open = header.find(" [w");
    ASSERT_NE(open, std::string::npos) << header;
    int worker = -1;
    ASSERT_TRUE(absl::SimpleAtoi(
        header.substr(open + 3, header.find(']') - open - 3), &worker))
        << header;
    EXPECT_FALSE(seen[worker]) << "thread shown twice: " << header;
    seen[worker] = true;
    int recs = 0;
    bool torn = false;
    for (size_t i = 1; i < lines.size(); ++i) {
      const std::string& l = lines[i];
      if (l == "  <corrupt frame>") {
        EXPECT_EQ(i + 1, lines.size()) << "frames after a corrupt one";
        torn = true;
        break;
      }
      if (absl::StartsWith(l, "  <native> ")) {
        EXPECT_EQ(i, 1u) << "a native frame below the top: " << block;
        continue;
      }
      EXPECT_TRUE(
          absl::StartsWith(l, absl::StrCat("  File \"", script, "\", line ")))
          << l;
      if (absl::EndsWith(l, " in rec")) {
        ++recs;
      } else {
        EXPECT_TRUE(absl::EndsWith(l, " in leaf") && i == 1) << block;
      }
    }
    if (torn) {
      ++*corrupt;
    } else {
      EXPECT_EQ(recs, 1 + worker % 7) << block;
    }
  }
  EXPECT_EQ(seen.size(), static_cast<size_t>(kWorkers));
}

int ExpectWhole(const std::string& report, const std::string& script) {
  int corrupt = 0;
  CheckReport(report, script, &corrupt);
  return corrupt;
}

TEST(InterpStack, ReadsALiveProcessWhileItsThreadsRun) {
  std::string script = WriteScript();
  Child child({InterpBinary(), script, "spin"});
  ASSERT_TRUE(child.WaitForLine("ready"));
  int corrupt = 0;
  for (int i = 0; i < 100; ++i) {
    ProcessResult r = RunTool({absl::StrCat(child.pid())});
    ASSERT_EQ(r.status, 0) << r.stderr_data;
    CheckReport(r.stdout_data, script, &corrupt);
    if (::testing::Test::HasFailure()) return;
  }
  // Torn records are retried under the seqlock; a corrupt frame should be
  // rare, never the rule.
  EXPECT_LT(corrupt, 100 * kWorkers / 10);
  // The structured form parses to the same threads.
  ProcessResult json = RunTool({"--json", absl::StrCat(child.pid())});
  ASSERT_EQ(json.status, 0) << json.stderr_data;
  EXPECT_TRUE(absl::StartsWith(json.stdout_data, "{\"schema\": 1, \"pid\": "));
  EXPECT_EQ(std::count(json.stdout_data.begin(), json.stdout_data.end(), '{'),
            std::count(json.stdout_data.begin(), json.stdout_data.end(), '}'));
  // --pause gives an exact snapshot and lets the process go on.
  ProcessResult paused = RunTool({"--pause", absl::StrCat(child.pid())});
  ASSERT_EQ(paused.status, 0) << paused.stderr_data;
  EXPECT_EQ(ExpectWhole(paused.stdout_data, script), 0);
  EXPECT_EQ(kill(child.pid(), 0), 0) << "target died";
  ProcessResult again = RunTool({absl::StrCat(child.pid())});
  EXPECT_EQ(again.status, 0);
}

TEST(InterpStack, ReadsACoreFile) {
  std::string script = WriteScript();
  std::string dir = absl::StrCat(TempDir(), "/crash");
  mkdir(dir.c_str(), 0755);
  std::string pattern;
  std::ifstream("/proc/sys/kernel/core_pattern") >> pattern;
  ASSERT_FALSE(absl::StartsWith(pattern, "|"))
      << "this test needs the kernel to write core files into the crashing "
         "process's directory; /proc/sys/kernel/core_pattern is "
      << pattern;
  Child child({InterpBinary(), script, "crash"}, dir);
  pid_t pid = child.pid();
  ASSERT_TRUE(child.WaitForLine("ready"));
  int status = child.Wait();
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV) << status;
  ASSERT_TRUE(WCOREDUMP(status)) << "no core dumped";
  std::string core = absl::StrCat(dir, "/core.", pid);
  if (access(core.c_str(), R_OK) != 0) core = absl::StrCat(dir, "/core");
  ASSERT_EQ(access(core.c_str(), R_OK), 0) << "no core file in " << dir;
  ProcessResult r = RunTool({"--core", core, "--exe", InterpBinary()});
  ASSERT_EQ(r.status, 0) << r.stderr_data;
  EXPECT_EQ(ExpectWhole(r.stdout_data, script), 0);
  // Every worker waits; the main thread is in the fault.
  std::vector<std::string> waits =
      absl::StrSplit(r.stdout_data, "  <native> threading.Event.wait\n");
  EXPECT_EQ(waits.size(), kWorkers + 1u) << r.stdout_data;
  EXPECT_THAT(r.stdout_data,
              HasSubstr("[MainThread] (running, most recent call first):\n"
                        "  <native> faulthandler._sigsegv\n"));
  // A core has no "now": states without durations.
  EXPECT_THAT(r.stdout_data,
              HasSubstr(" (waiting on Event.wait, most recent call "
                        "first):\n  <native> threading.Event.wait\n"));
  ProcessResult json =
      RunTool({"--json", "--core", core, "--exe", InterpBinary()});
  EXPECT_EQ(json.status, 0);
  EXPECT_THAT(json.stdout_data, HasSubstr(absl::StrCat("\"pid\": ", pid)));
  unlink(core.c_str());
}

// Threads in known states: the header of each says what it is doing and
// for how long, as the faulthandler's watchdog does, and --json carries
// the same state.
constexpr char kStatesScript[] = R"(import threading, time
lock = threading.Lock()
lock.acquire()
never = threading.Event()
def locker():
    lock.acquire()
def sleeper():
    time.sleep(120)
def waiter():
    never.wait()
ts = [threading.Thread(target=locker, name="locker", daemon=True),
      threading.Thread(target=sleeper, name="sleeper", daemon=True),
      threading.Thread(target=waiter, name="waiter", daemon=True)]
for t in ts:
    t.start()
joiner = threading.Thread(target=ts[2].join, name="joiner", daemon=True)
joiner.start()
time.sleep(1.2)
print("ready", flush=True)
time.sleep(120)
)";

// The seconds in "... for 12.4 s, most recent call first" of the block
// whose header contains `name_and_state`, or -1.
double StateSeconds(const std::string& report,
                    const std::string& name_and_state) {
  size_t at = report.find(name_and_state);
  if (at == std::string::npos) return -1;
  size_t end = report.find(" s, most recent call first):\n", at);
  if (end == std::string::npos) return -1;
  size_t start = report.rfind(' ', end - 1);
  double seconds = -1;
  if (!absl::SimpleAtod(report.substr(start + 1, end - start - 1), &seconds)) {
    return -1;
  }
  return seconds;
}

TEST(InterpStack, ShowsWhatEachThreadIsDoing) {
  std::string path = absl::StrCat(TempDir(), "/states.py");
  std::ofstream(path) << kStatesScript;
  Child child({InterpBinary(), path});
  ASSERT_TRUE(child.WaitForLine("ready"));
  ProcessResult r = RunTool({absl::StrCat(child.pid())});
  ASSERT_EQ(r.status, 0) << r.stderr_data;
  const std::string& out = r.stdout_data;
  // Every thread has been in its state for at least the 1.2 s the main
  // thread slept before "ready" (bounded above: the test's own timeout).
  for (const char* header : {"[locker] (waiting on Lock.acquire for ",
                             "[sleeper] (sleeping in time.sleep for ",
                             "[waiter] (waiting on Event.wait for ",
                             "[joiner] (waiting on Thread.join for ",
                             "[MainThread] (sleeping in time.sleep for "}) {
    double seconds = StateSeconds(out, header);
    EXPECT_GE(seconds, absl::StartsWith(header, "[MainThread]") ? 0.0 : 1.0)
        << header << "\n"
        << out;
    EXPECT_LT(seconds, 120.0) << header;
  }
  ProcessResult json = RunTool({"--json", absl::StrCat(child.pid())});
  ASSERT_EQ(json.status, 0) << json.stderr_data;
  EXPECT_THAT(json.stdout_data,
              HasSubstr("\"name\": \"locker\", \"main\": false, "
                        "\"collecting\": false, \"depth\": "));
  EXPECT_THAT(json.stdout_data,
              HasSubstr("\"state\": \"waiting\", \"in\": \"Lock.acquire\", "
                        "\"state_seconds\": "));
  EXPECT_THAT(json.stdout_data,
              HasSubstr("\"state\": \"sleeping\", \"in\": \"time.sleep\", "
                        "\"state_seconds\": "));
  EXPECT_THAT(json.stdout_data, HasSubstr("\"state\": \"joining\", \"in\": "
                                          "\"Thread.join\""));
  EXPECT_THAT(json.stdout_data, HasSubstr(", \"progress\": "));
}

// Reading never disturbs the target: a process whose threads run (and, in
// the --config=asan build of this test, an ASan-built interp) is read 100
// times, some of them paused, then told to stop; it joins its threads and
// exits 0 with no sanitizer report.
constexpr char kExitScript[] = R"(import os, sys, threading, time
stop = threading.Event()
counts = [0] * 8
def work(i):
    def rec(n):
        if n > 0:
            return rec(n - 1)
        counts[i] += 1
    while not stop.is_set():
        rec(i)
ts = [threading.Thread(target=work, args=(i,), name="w%d" % i)
      for i in range(8)]
for t in ts:
    t.start()
print("ready", flush=True)
flag = sys.argv[1]
while not os.path.exists(flag):
    time.sleep(0.01)
stop.set()
for t in ts:
    t.join()
assert all(c > 0 for c in counts), counts
print("clean", flush=True)
)";

TEST(InterpStack, TargetSurvivesBeingReadAndExitsCleanly) {
  std::string path = absl::StrCat(TempDir(), "/exit.py");
  std::string flag = absl::StrCat(TempDir(), "/exit.flag");
  unlink(flag.c_str());
  std::ofstream(path) << kExitScript;
  Child child({InterpBinary(), path, flag});
  ASSERT_TRUE(child.WaitForLine("ready"));
  for (int i = 0; i < 100; ++i) {
    std::vector<std::string> args;
    if (i % 10 == 9) args.push_back("--pause");
    if (i % 2 == 1) args.push_back("--json");
    args.push_back(absl::StrCat(child.pid()));
    ProcessResult r = RunTool(args);
    ASSERT_EQ(r.status, 0) << r.stderr_data;
    EXPECT_THAT(r.stdout_data, HasSubstr("w7"));
  }
  std::ofstream(flag) << "stop\n";
  ASSERT_TRUE(child.WaitForLine("clean"));
  int status = child.Wait();
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  unlink(flag.c_str());
}

TEST(InterpStack, CleanErrors) {
  // Not an interp process.
  Child sleeper({"/bin/sleep", "60"});
  // Until the child has exec'd, /proc/PID/exe is this test's binary, whose
  // mappings are being replaced: wait for sleep itself.
  std::string exe_link = absl::StrCat("/proc/", sleeper.pid(), "/exe");
  for (int i = 0; i < 5000; ++i) {
    char target[PATH_MAX];
    ssize_t n = readlink(exe_link.c_str(), target, sizeof(target) - 1);
    if (n > 0 && absl::EndsWith(absl::string_view(target, n), "/sleep")) {
      break;
    }
    usleep(1000);
  }
  ProcessResult r = RunTool({absl::StrCat(sleeper.pid())});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.stderr_data, HasSubstr("not an interp process"));
  // A PID that is gone.
  pid_t gone = fork();
  if (gone == 0) _exit(0);
  waitpid(gone, nullptr, 0);
  r = RunTool({absl::StrCat(gone)});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.stderr_data,
              HasSubstr(absl::StrCat("no process with PID ", gone)));
  // Usage errors exit 2.
  EXPECT_EQ(RunTool({}).status, 2);
  EXPECT_EQ(RunTool({"abc"}).status, 2);
  EXPECT_EQ(RunTool({"--core", "x"}).status, 2);
  // A core file that is not one.
  r = RunTool({"--core", StackTool(), "--exe", InterpBinary()});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.stderr_data, HasSubstr("is not a core file"));
}

}  // namespace
}  // namespace interp::testing
