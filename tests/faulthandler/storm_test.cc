// Issue 17: reports stay whole under storms. Each case runs the interp
// binary on a script of storm/ many times in a loop (bounded: every run has
// a timeout, storms have a fixed size) and parses every report it printed
// as text: a report is whole -- its lines well formed, its thread blocks
// each once, separated by single blank lines, the current thread last, a
// fatal report through its C stack -- and never spliced with another.
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "tests/faulthandler/test_util.h"

extern char** environ;

namespace interp::testing {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = INTERP_TSAN != 0;
#endif
#else
constexpr bool kSanitized = INTERP_TSAN != 0;
#endif

// Runs per case: the issue asks for 100; the sanitizer builds start the
// interpreter ten times slower, so they loop fewer times to stay bounded.
constexpr int kRuns = kSanitized ? 25 : 100;

std::string Interp() {
  const char* bin = getenv("INTERP_BIN");
  return bin != nullptr ? bin : "interp/interp";
}

std::string Script(const std::string& name) {
  return "tests/faulthandler/storm/" + name;
}

std::string TempDir() {
  const char* d = getenv("TEST_TMPDIR");
  return d != nullptr ? d : "/tmp";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

off_t FileSize(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 ? st.st_size : -1;
}

bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

void SleepUs(long us) {
  struct timespec ts = {us / 1000000, (us % 1000000) * 1000};
  nanosleep(&ts, nullptr);
}

struct RunResult {
  int status = 0;
  bool timed_out = false;
  std::string out, err;

  bool Signaled(int sig) const {
    return !timed_out && WIFSIGNALED(status) && WTERMSIG(status) == sig;
  }
  bool Exited(int code) const {
    return !timed_out && WIFEXITED(status) && WEXITSTATUS(status) == code;
  }
  std::string Describe() const {
    std::string how =
        timed_out ? "timed out"
        : WIFSIGNALED(status)
            ? "killed by signal " + std::to_string(WTERMSIG(status))
            : "exited " + std::to_string(WEXITSTATUS(status));
    return how + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
  }
};

struct RunOptions {
  // >0: the RLIMIT_NOFILE soft limit of the child.
  rlim_t nofile = 0;
  int timeout_ms = 60000;
  // Called in the parent while the child runs.
  std::function<void(pid_t)> during;
};

RunResult RunInterp(const std::vector<std::string>& args,
                    const RunOptions& options = {}) {
  static int counter = 0;
  std::string base = absl::StrCat(TempDir(), "/run", getpid(), "-", ++counter);
  std::string out_path = base + ".out", err_path = base + ".err";
  // As e2e_test.cc: sanitizers leave the fatal signals to the faulthandler.
  const std::string kLeaveSignals =
      "handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:"
      "handle_abort=0";
  std::string asan = "ASAN_OPTIONS=", tsan = "TSAN_OPTIONS=die_after_fork=0:",
              ubsan = "UBSAN_OPTIONS=";
  std::vector<std::string> envs;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string var(*e);
    if (var.rfind("INTERP_FAULTHANDLER", 0) == 0) continue;
    if (var.rfind(asan, 0) == 0) {
      asan = var + ":";
    } else if (var.rfind("TSAN_OPTIONS=", 0) == 0) {
      tsan = var + ":die_after_fork=0:";
    } else if (var.rfind(ubsan, 0) == 0) {
      ubsan = var + ":";
    } else {
      envs.push_back(var);
    }
  }
  envs.push_back(asan + kLeaveSignals);
  envs.push_back(tsan + kLeaveSignals);
  envs.push_back(ubsan + kLeaveSignals);
  std::vector<std::string> argv = {Interp()};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> a, e;
  for (auto& s : argv) a.push_back(s.data());
  a.push_back(nullptr);
  for (auto& s : envs) e.push_back(s.data());
  e.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    int o = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int r = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(o, 1);
    dup2(r, 2);
    if (options.nofile > 0) {
      struct rlimit rl;
      getrlimit(RLIMIT_NOFILE, &rl);
      rl.rlim_cur = options.nofile;
      setrlimit(RLIMIT_NOFILE, &rl);
    }
    execve(a[0], a.data(), e.data());
    _exit(127);
  }
  RunResult r;
  if (options.during) options.during(pid);
  int waited_ms = 0;
  for (;;) {
    if (waitpid(pid, &r.status, WNOHANG) == pid) break;
    if (waited_ms >= options.timeout_ms) {
      kill(pid, SIGKILL);
      waitpid(pid, &r.status, 0);
      r.timed_out = true;
      break;
    }
    SleepUs(1000);
    ++waited_ms;
  }
  r.out = ReadFile(out_path);
  r.err = ReadFile(err_path);
  unlink(out_path.c_str());
  unlink(err_path.c_str());
  return r;
}

// ---------------------------------------------------------------------------
// Reports parsed as text.

bool IsHex16(const std::string& s, size_t pos) {
  if (pos + 16 > s.size()) return false;
  for (size_t i = pos; i < pos + 16; ++i) {
    char c = s[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

// "Thread 0x<16 hex> [name] (most recent call first):" or the same with
// "Current thread"; sets the ident and whether it is the current thread.
// Watchdog dumps say what the thread does first: "(<state>, most recent
// call first):", the state being "running" or "<waiting|sleeping|in> ...
// for <N.N> s".
bool ParseThreadHeader(const std::string& line, uint64_t* ident,
                       bool* current) {
  size_t pos;
  if (StartsWith(line, "Thread 0x")) {
    pos = 9;
    *current = false;
  } else if (StartsWith(line, "Current thread 0x")) {
    pos = 17;
    *current = true;
  } else {
    return false;
  }
  if (!IsHex16(line, pos)) return false;
  std::string body = line;
  size_t open = line.rfind(" (");
  if (open != std::string::npos && open > pos + 16 &&
      EndsWith(line, ", most recent call first):")) {
    std::string state = line.substr(open + 2, line.size() - open - 2 - 26);
    bool timed = state.size() > 6 && EndsWith(state, " s") &&
                 state.find(" for ") != std::string::npos &&
                 (StartsWith(state, "waiting") ||
                  StartsWith(state, "sleeping") || StartsWith(state, "in "));
    if (state != "running" && !timed) return false;
    body = line.substr(0, open) + " (most recent call first):";
  }
  if (!EndsWith(body, " (most recent call first):")) return false;
  std::string rest = body.substr(pos + 16, body.size() - pos - 16 - 26);
  if (!rest.empty() && !(StartsWith(rest, " [") && EndsWith(rest, "]"))) {
    return false;
  }
  *ident = std::stoull(line.substr(pos, 16), nullptr, 16);
  return true;
}

bool IsFrameLine(const std::string& line) {
  if (StartsWith(line, "  File \"")) {
    size_t q = line.find("\", line ", 8);
    if (q == std::string::npos) return false;
    size_t n = q + 8;
    size_t in = line.find(" in ", n);
    if (in == std::string::npos || in + 4 >= line.size()) return false;
    std::string num = line.substr(n, in - n);
    if (num == "???") return true;
    if (num.empty()) return false;
    for (char c : num) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  }
  if (StartsWith(line, "  <native> ")) return line.size() > 11;
  if (line == "  <no script frame>" || line == "  Garbage-collecting" ||
      line == "  <corrupt frame>") {
    return true;
  }
  return StartsWith(line, "  ... (") && EndsWith(line, ")");
}

struct Block {
  uint64_t ident = 0;
  bool current = false;
  int frames = 0;
};

struct Dump {
  std::vector<Block> blocks;
};

std::vector<std::string> Lines(const std::string& text, std::string* why) {
  if (!text.empty() && text.back() != '\n') {
    *why = "text does not end with a newline";
    return {};
  }
  std::vector<std::string> lines = absl::StrSplit(text, '\n');
  if (!lines.empty()) lines.pop_back();  // after the final newline
  return lines;
}

// A sequence of all-thread dumps without header (user signals,
// dump_traceback): each is thread blocks separated by one blank line, the
// current thread's block last; the next dump follows directly. Every ident
// at most once per dump.
bool ParseDumps(const std::string& text, std::vector<Dump>* dumps,
                std::string* why) {
  std::vector<std::string> lines = Lines(text, why);
  if (!why->empty()) return false;
  enum { kNone, kHeader, kFrame, kBlank } prev = kNone;
  Dump* cur = nullptr;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    auto fail = [&](const std::string& what) {
      *why = absl::StrCat("line ", i + 1, ": ", what, ": \"", line, "\"");
      return false;
    };
    uint64_t ident;
    bool current;
    if (ParseThreadHeader(line, &ident, &current)) {
      if (cur == nullptr || (prev == kFrame && cur->blocks.back().current)) {
        dumps->emplace_back();
        cur = &dumps->back();
      } else if (prev != kBlank) {
        return fail("thread header not after a blank line");
      }
      for (const Block& b : cur->blocks) {
        if (b.ident == ident) return fail("thread shown twice in one dump");
      }
      cur->blocks.push_back({ident, current, 0});
      prev = kHeader;
    } else if (IsFrameLine(line)) {
      if (prev != kHeader && prev != kFrame) {
        return fail("frame line outside a thread block");
      }
      ++cur->blocks.back().frames;
      prev = kFrame;
    } else if (line.empty()) {
      if (prev != kFrame) return fail("blank line not after a frame");
      if (cur->blocks.back().current) {
        return fail("blank line after the current thread's block");
      }
      prev = kBlank;
    } else {
      return fail("not a report line");
    }
  }
  if (cur != nullptr && (prev != kFrame || !cur->blocks.back().current)) {
    *why = "the last dump is cut short";
    return false;
  }
  return true;
}

// One fatal report, from its first line to the end of `text`: header,
// crash signature, blank line, thread blocks (current last), blank line,
// the C stack, which must reach the bottom of the thread (or say it was
// truncated).
bool ParseFatalReport(const std::string& text, const std::string& header,
                      std::string* why) {
  std::vector<std::string> lines = Lines(text, why);
  if (!why->empty()) return false;
  if (lines.size() < 7 || lines[0] != "Fatal error: " + header ||
      !std::regex_match(lines[1],
                        std::regex("Crash signature: [0-9a-f]{16}")) ||
      !lines[2].empty()) {
    *why = "bad fatal header";
    return false;
  }
  size_t c = 3;
  while (c < lines.size() &&
         lines[c] !=
             "Current thread's C stack trace (most recent call first):") {
    ++c;
  }
  if (c == lines.size() || c < 4 || !lines[c - 1].empty()) {
    *why = "no C stack section after a blank line";
    return false;
  }
  std::string blocks;
  for (size_t i = 3; i + 1 < c; ++i) blocks += lines[i] + "\n";
  std::vector<Dump> dumps;
  if (!ParseDumps(blocks, &dumps, why)) return false;
  if (dumps.size() != 1) {
    *why = absl::StrCat(dumps.size(), " thread sections in one fatal report");
    return false;
  }
  size_t cframes = 0;
  bool bottom = false;
  for (size_t i = c + 1; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l == "  <truncated rest of calls>" ||
        l == "  <system returned no stack trace>") {
      bottom = i + 1 == lines.size();
      if (!bottom) {
        *why = "lines after the end of the C stack";
        return false;
      }
      break;
    }
    if (!(StartsWith(l, "  Binary file \"") || StartsWith(l, "  <unknown>")) ||
        !EndsWith(l, "]") || l.find(" [0x") == std::string::npos) {
      *why = absl::StrCat("not a C stack line: \"", l, "\"");
      return false;
    }
    ++cframes;
    // Every thread starts in the C library (start_thread/clone for a
    // thread, __libc_start_main for the main one; often without a symbol)
    // or in the executable's _start. When no descriptor was left to read
    // the mappings with (a script that filled them all), every line is
    // "<unknown>": then the bottom cannot be told.
    bottom = StartsWith(l, "  <unknown> [0x") ||
             l.find("/libc.so") != std::string::npos ||
             l.find("/libc-") != std::string::npos ||
             l.find(", at clone") != std::string::npos ||
             l.find(", at _start") != std::string::npos;
  }
  if (cframes == 0 || !bottom) {
    *why = absl::StrCat("C stack cut short after ", cframes, " frames");
    return false;
  }
  return true;
}

std::string FatalHeaderOf(int sig) {
  switch (sig) {
    case SIGSEGV:
      return "Segmentation fault";
    case SIGFPE:
      return "Floating-point exception";
    case SIGABRT:
      return "Aborted";
    default:
      return "?";
  }
}

// ---------------------------------------------------------------------------
// Signal storms.

std::vector<pid_t> Tasks(pid_t pid) {
  std::vector<pid_t> tids;
  std::string dir = absl::StrCat("/proc/", pid, "/task");
  if (DIR* d = opendir(dir.c_str())) {
    while (struct dirent* ent = readdir(d)) {
      if (ent->d_name[0] != '.') tids.push_back(atoi(ent->d_name));
    }
    closedir(d);
  }
  return tids;
}

struct StormResult {
  RunResult run;
  std::string report;
  int rounds = 0;
};

// Starts signal_storm.py, then sends SIGUSR1 to every thread of the
// process `rounds` times (three at once to each thread, so that handlers
// on different threads run together and a handler is re-signalled while it
// runs), then lets the script finish.
StormResult RunStorm(bool chain, int rounds) {
  std::string base =
      absl::StrCat(TempDir(), "/storm", getpid(), chain ? "c" : "p");
  std::string out = base + ".txt", ready = base + ".ready",
              stop = base + ".stop";
  unlink(ready.c_str());
  unlink(stop.c_str());
  StormResult s;
  RunOptions opts;
  opts.during = [&](pid_t pid) {
    for (int i = 0; i < 20000 && !Exists(ready); ++i) SleepUs(500);
    std::vector<pid_t> tids = Tasks(pid);
    for (int r = 0; r < rounds; ++r) {
      off_t before = FileSize(out);
      for (pid_t tid : tids) {
        for (int k = 0; k < 3; ++k) syscall(SYS_tgkill, pid, tid, SIGUSR1);
      }
      ++s.rounds;
      SleepUs(300);
      // A signal already pending on a thread absorbs the next one, so on a
      // loaded machine the sender could outrun the handlers and leave
      // fewer dumps than rounds: wait (bounded) until this round's dumps
      // have started to appear.
      for (int i = 0; i < 2000 && FileSize(out) == before; ++i) SleepUs(1000);
    }
    close(open(stop.c_str(), O_WRONLY | O_CREAT, 0644));
  };
  std::vector<std::string> args = {Script("signal_storm.py"), out, ready, stop};
  if (chain) args.push_back("chain");
  s.run = RunInterp(args, opts);
  s.report = ReadFile(out);
  unlink(out.c_str());
  unlink(ready.c_str());
  unlink(stop.c_str());
  return s;
}

void CheckStorm(bool chain) {
  // Ten processes, ten storm rounds each: every dump of the hundred rounds
  // is parsed.
  int total_dumps = 0;
  for (int p = 0; p < 10; ++p) {
    StormResult s = RunStorm(chain, kRuns / 10);
    ASSERT_TRUE(s.run.Exited(0)) << s.run.Describe();
    EXPECT_EQ(s.run.out, chain ? "calls True\n" : "calls -\n");
    std::vector<Dump> dumps;
    std::string why;
    ASSERT_TRUE(ParseDumps(s.report, &dumps, &why))
        << why << "\n--- report:\n"
        << s.report.substr(0, 20000);
    for (const Dump& d : dumps) {
      // The main thread and the four workers (fewer once they finish),
      // each once, current last.
      ASSERT_LE(d.blocks.size(), 5u) << s.report.substr(0, 20000);
      for (size_t i = 0; i + 1 < d.blocks.size(); ++i) {
        ASSERT_FALSE(d.blocks[i].current);
      }
    }
    EXPECT_GE(dumps.size(), static_cast<size_t>(s.rounds));
    total_dumps += static_cast<int>(dumps.size());
  }
  EXPECT_GE(total_dumps, kRuns);
}

// Item 1: handlers running on several threads at once never splice their
// dumps.
TEST(Storm, ConcurrentUserSignalDumpsAreWhole) { CheckStorm(false); }

// Item 2: chain=True under a storm: the handler never nests on itself, the
// process lives, every dump is whole and the script's handler still runs.
TEST(Storm, ChainedUserSignalStormKeepsTheProcessAlive) { CheckStorm(true); }

// Item 3: a daemon thread faults while the main thread returns from the
// script: either the fault came too late to happen (exit 0, no report) or
// the report is whole and the process dies by SIGSEGV -- never status 0
// after half a report. Every other run makes the overlap certain: the
// daemon gets SIGSEGV from outside while it sleeps without the GIL and the
// main thread returns as soon as the report has started.
TEST(Storm, FaultRacingInterpreterExitEndsInAWholeReport) {
  std::string out = absl::StrCat(TempDir(), "/exit_race.txt");
  std::string ready = absl::StrCat(TempDir(), "/exit_race.ready");
  int reported = 0;
  for (int i = 0; i < kRuns; ++i) {
    bool outside = i % 2 == 0;
    unlink(ready.c_str());
    RunOptions opts;
    if (outside) {
      opts.during = [&](pid_t pid) {
        for (int k = 0; k < 20000 && !Exists(ready); ++k) SleepUs(500);
        for (pid_t tid : Tasks(pid)) {
          if (tid != pid) syscall(SYS_tgkill, pid, tid, SIGSEGV);
        }
      };
    }
    // The self-faulting runs return after a varying amount of work, which
    // moves the exit across the fault.
    RunResult r =
        RunInterp({Script("exit_race.py"), out, outside ? "outside" : "self",
                   outside ? ready : std::to_string(i % 10 * 50)},
                  opts);
    std::string report = ReadFile(out);
    if (!outside && r.Exited(0) && report.empty()) continue;
    ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe() << "--- report:\n"
                                     << report;
    std::string why;
    ASSERT_TRUE(ParseFatalReport(report, "Segmentation fault", &why))
        << why << "\n--- report:\n"
        << report;
    ++reported;
  }
  unlink(out.c_str());
  unlink(ready.c_str());
  EXPECT_GE(reported, kRuns / 2);
}

// Lines of watchdog dumps before a fatal report: "Timeout (...)!" then
// thread blocks; the last dump may stop early, but only at a line boundary.
bool ParseTimeoutPrefix(const std::string& text, int* dumps, std::string* why) {
  std::vector<std::string> lines = Lines(text, why);
  if (!why->empty()) return false;
  enum { kNone, kTimeout, kHeader, kFrame, kBlank } prev = kNone;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    uint64_t ident;
    bool current;
    bool ok;
    if (StartsWith(l, "Timeout (") && EndsWith(l, ")!")) {
      ok = prev == kNone || prev == kFrame;
      prev = kTimeout;
      ++*dumps;
    } else if (ParseThreadHeader(l, &ident, &current)) {
      ok = !current && (prev == kTimeout || prev == kBlank);
      prev = kHeader;
    } else if (IsFrameLine(l)) {
      ok = prev == kHeader || prev == kFrame;
      prev = kFrame;
    } else if (l.empty()) {
      ok = prev == kFrame;
      prev = kBlank;
    } else {
      ok = false;
    }
    if (!ok) {
      *why = absl::StrCat("line ", i + 1, " out of place: \"", l, "\"");
      return false;
    }
  }
  return true;
}

// Item 4: a fatal report while the watchdog dumps every millisecond to the
// same file: the watchdog's dumps stop before the fatal report and never
// resume inside it.
TEST(Storm, WatchdogDumpsNeverSplitAFatalReport) {
  std::string out = absl::StrCat(TempDir(), "/watchdog_fatal.txt");
  int timeouts = 0;
  for (int i = 0; i < kRuns; ++i) {
    RunResult r = RunInterp({Script("watchdog_fatal.py"), out});
    std::string report = ReadFile(out);
    ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
    size_t at = report.find("Fatal error: ");
    ASSERT_NE(at, std::string::npos) << report;
    ASSERT_EQ(CountOf(report, "Fatal error: "), 1) << report;
    std::string why;
    ASSERT_TRUE(ParseTimeoutPrefix(report.substr(0, at), &timeouts, &why))
        << why << "\n--- report:\n"
        << report;
    ASSERT_TRUE(ParseFatalReport(report.substr(at), "Segmentation fault", &why))
        << why << "\n--- report:\n"
        << report;
  }
  unlink(out.c_str());
  EXPECT_GT(timeouts, 0);  // the watchdog did run before the faults
}

// Item 5: SIGSEGV and SIGFPE in two threads at once: one whole report,
// whose header names the signal the process dies of.
TEST(Storm, HeaderNamesTheSignalTheProcessDiesOf) {
  std::string out = absl::StrCat(TempDir(), "/two_faults.txt");
  std::set<int> seen;
  for (int i = 0; i < kRuns; ++i) {
    // The FPE threads fault up to 3 ms after the SEGV ones: before, during
    // and after the first report.
    RunResult r = RunInterp(
        {Script("two_faults.py"), out, absl::StrCat((i % 7) * 0.0005)});
    std::string report = ReadFile(out);
    ASSERT_TRUE(r.Signaled(SIGSEGV) || r.Signaled(SIGFPE)) << r.Describe();
    int sig = WTERMSIG(r.status);
    seen.insert(sig);
    ASSERT_EQ(CountOf(report, "Fatal error: "), 1) << report;
    std::string why;
    ASSERT_TRUE(ParseFatalReport(report, FatalHeaderOf(sig), &why))
        << "died by signal " << sig << ": " << why << "\n--- report:\n"
        << report;
  }
  unlink(out.c_str());
}

// Item 6: enable(file=f), f.close(), every descriptor 3..1023 closed (or
// pointed at another file with dup2), new files opened, then a fault. The
// report goes to f (its duplicate sits above 1023) or, when the duplicate
// was reached (a soft limit of 1024 puts it below), to stderr with a note
// -- never into a file the script opened afterwards.
TEST(Storm, ClosingEveryDescriptorNeverRedirectsTheReport) {
  std::string base = absl::StrCat(TempDir(), "/close_all");
  std::string out = base + ".txt";
  const char kNote[] =
      "faulthandler: the report's file was closed or replaced; writing the "
      "report to stderr\n";
  for (int i = 0; i < kRuns; ++i) {
    int variant = i % 3;
    RunOptions opts;
    // Variants 1 and 2: a soft limit of 1024 puts the duplicate within the
    // script's reach; 2 replaces it with another file instead of closing.
    if (variant != 0) opts.nofile = 1024;
    RunResult r = RunInterp({Script("close_all.py"), out,
                             variant == 2 ? "dup2" : "close", base + "-new"},
                            opts);
    ASSERT_TRUE(r.Signaled(SIGSEGV)) << r.Describe();
    std::string report = ReadFile(out);
    std::string why;
    if (variant == 0) {
      ASSERT_TRUE(ParseFatalReport(report, "Segmentation fault", &why))
          << why << "\n--- report:\n"
          << report << "\n--- stderr:\n"
          << r.err;
    } else {
      ASSERT_EQ(report, "");
      // The script closed the symbolizer's cached descriptors too: absl's
      // symbolizer says so on stderr in lines of its own ("[symbolize_elf
      // ... RAW: ..."), which are not part of the report.
      std::string err;
      for (absl::string_view l : absl::StrSplit(r.err, '\n')) {
        if (!absl::StartsWith(l, "[symbolize_elf")) {
          absl::StrAppend(&err, l, "\n");
        }
      }
      err.pop_back();
      ASSERT_TRUE(StartsWith(err, kNote)) << err;
      ASSERT_TRUE(ParseFatalReport(err.substr(sizeof(kNote) - 1),
                                   "Segmentation fault", &why))
          << why << "\n--- stderr:\n"
          << err;
    }
    for (int k = 0; k < 10; ++k) {
      std::string f = base + "-new-" + std::to_string(k);
      if (variant != 2) {
        ASSERT_EQ(ReadFile(f), "") << f;
      }
      unlink(f.c_str());
    }
    std::string d = base + "-new-dup2";
    ASSERT_EQ(ReadFile(d), "");
    unlink(d.c_str());
  }
  unlink(out.c_str());
}

// Threads start and finish (states and idents reused) while the main thread
// dumps: no ident twice in one dump, every dump whole.
TEST(Storm, ThreadIdentsAreUniqueInEveryDump) {
  std::string out = absl::StrCat(TempDir(), "/churn.txt");
  RunResult r = RunInterp({Script("churn.py"), out, std::to_string(kRuns * 5)});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  std::string report = ReadFile(out);
  std::vector<Dump> dumps;
  std::string why;
  ASSERT_TRUE(ParseDumps(report, &dumps, &why)) << why;
  EXPECT_EQ(dumps.size(), static_cast<size_t>(kRuns * 5));
  unlink(out.c_str());
}

// Issue 17: every builtin that calls script code shows its own frame,
// constructors of builtin types included.
TEST(NativeFrames, BuiltinsThatCallScriptCodeShowTheirFrame) {
  std::string out = absl::StrCat(TempDir(), "/native_frames.txt");
  RunResult r = RunInterp({Script("native_frames.py"), out});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  std::string report = ReadFile(out);
  unlink(out.c_str());
  // The frame right below the script function the builtin called.
  std::vector<std::string> callers;
  std::vector<std::string> lines = absl::StrSplit(report, '\n');
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (EndsWith(lines[i], " in f") &&
        !EndsWith(lines[i + 1], " in __iter__")) {
      callers.push_back(lines[i + 1]);
    } else if (EndsWith(lines[i], " in __iter__")) {
      callers.push_back(lines[i + 1]);
    }
  }
  std::vector<std::string> expected = {
      "  <native> builtins.list",   "  <native> builtins.tuple",
      "  <native> builtins.dict",   "  <native> builtins.set",
      "  <native> builtins.sorted", "  <native> builtins.list",
      "  <native> builtins.list",
  };
  EXPECT_EQ(callers, expected) << report;
}

}  // namespace
}  // namespace interp::testing
