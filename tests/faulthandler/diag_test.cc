// SPEC 2.5 end to end: crash signatures in fatal reports, JSON reports of
// every kind (each parsed by Python's json module through
// check_json_reports.py), and hang detection (thread states in watchdog
// dumps, watch_progress naming the stuck thread).
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gtest/gtest.h"
#include "tests/faulthandler/test_util.h"

extern char** environ;

namespace interp::testing {
namespace {

struct RunOut {
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
    return std::string(timed_out ? "timed out" : "") + " status " +
           std::to_string(status) + "\n--- stdout:\n" + out + "--- stderr:\n" +
           err;
  }
};

std::string TmpPath(const std::string& name) {
  const char* dir = getenv("TEST_TMPDIR");
  return std::string(dir != nullptr ? dir : "/tmp") + "/" + name;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs argv[0] with the rest as arguments, stdout and stderr into files;
// `env` is added to the environment (INTERP_FAULTHANDLER* removed).
RunOut RunProgram(const std::vector<std::string>& argv,
                  const std::vector<std::string>& env = {},
                  int timeout_ms = 60000) {
  static int counter = 0;
  std::string base = TmpPath("run" + std::to_string(getpid()) + "_" +
                             std::to_string(counter++));
  std::string out_path = base + ".out", err_path = base + ".err";
  const std::string kLeave =
      "handle_segv=0:handle_sigbus=0:handle_sigfpe=0:handle_sigill=0:"
      "handle_abort=0";
  std::vector<std::string> envs;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string var(*e);
    if (var.rfind("INTERP_FAULTHANDLER", 0) == 0) continue;
    if (var.rfind("ASAN_OPTIONS=", 0) == 0 ||
        var.rfind("TSAN_OPTIONS=", 0) == 0 ||
        var.rfind("UBSAN_OPTIONS=", 0) == 0) {
      var += ":" + kLeave;
    }
    envs.push_back(var);
  }
  for (const char* v : {"ASAN_OPTIONS=", "TSAN_OPTIONS=", "UBSAN_OPTIONS="}) {
    bool have = false;
    for (const auto& e : envs) have = have || e.rfind(v, 0) == 0;
    if (!have) envs.push_back(v + kLeave);
  }
  for (const auto& e : env) envs.push_back(e);
  pid_t pid = fork();
  if (pid == 0) {
    FILE* o = freopen(out_path.c_str(), "w", stdout);
    FILE* e = freopen(err_path.c_str(), "w", stderr);
    if (o == nullptr || e == nullptr) _exit(126);
    std::vector<char*> a, v;
    std::vector<std::string> args = argv;
    for (auto& s : args) a.push_back(s.data());
    a.push_back(nullptr);
    for (auto& s : envs) v.push_back(s.data());
    v.push_back(nullptr);
    execve(a[0], a.data(), v.data());
    _exit(127);
  }
  RunOut r;
  for (int waited = 0;; waited += 10) {
    pid_t w = waitpid(pid, &r.status, WNOHANG);
    if (w == pid) break;
    if (waited >= timeout_ms) {
      kill(pid, SIGKILL);
      waitpid(pid, &r.status, 0);
      r.timed_out = true;
      break;
    }
    usleep(10000);
  }
  r.out = ReadFile(out_path);
  r.err = ReadFile(err_path);
  unlink(out_path.c_str());
  unlink(err_path.c_str());
  return r;
}

std::string Interp() {
  const char* bin = getenv("INTERP_BIN");
  return bin != nullptr ? bin : "interp/interp";
}

std::string Script(const std::string& name) {
  return "tests/faulthandler/diag/" + name;
}

RunOut RunInterp(const std::vector<std::string>& args,
                 const std::vector<std::string>& env = {}) {
  std::vector<std::string> argv = {Interp()};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunProgram(argv, env);
}

// The summary lines check_json_reports.py prints for the reports in
// `text` (one per report); fails the test when any report does not parse
// or breaks the schema.
std::vector<std::string> ParseJsonReports(const std::string& text) {
  std::string path = TmpPath("reports" + std::to_string(getpid()) + ".json");
  {
    std::ofstream f(path);
    f << text;
  }
  RunOut r = RunProgram(
      {"/usr/bin/python3", "tests/faulthandler/check_json_reports.py", path});
  unlink(path.c_str());
  EXPECT_TRUE(r.Exited(0)) << r.Describe() << "\n--- reports:\n"
                           << text.substr(0, 20000);
  std::vector<std::string> lines = absl::StrSplit(r.out, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

std::vector<std::string> Fields(const std::string& summary) {
  return absl::StrSplit(summary, '|');
}

// "Crash signature: <16 hex>" right after the header line; "" if absent.
std::string SignatureOf(const std::string& report) {
  std::smatch m;
  static const std::regex re(
      "^Fatal error: [^\n]*\nCrash signature: ([0-9a-f]{16})\n\n");
  if (!std::regex_search(report, m, re)) return "";
  return m[1];
}

// ---- crash signatures -------------------------------------------------------

TEST(CrashSignature, SameBugSameSignatureAcrossRuns) {
  RunOut a1 = RunInterp({Script("crash_sites.py"), "a"});
  RunOut a2 = RunInterp({Script("crash_sites.py"), "a"});
  ASSERT_TRUE(a1.Signaled(SIGSEGV)) << a1.Describe();
  ASSERT_TRUE(a2.Signaled(SIGSEGV)) << a2.Describe();
  std::string s1 = SignatureOf(a1.err), s2 = SignatureOf(a2.err);
  ASSERT_NE(s1, "") << a1.err;
  EXPECT_EQ(s1, s2) << a1.err << "\n---\n" << a2.err;
  // Exactly one signature line per report.
  EXPECT_EQ(CountOf(a1.err, "Crash signature: "), 1) << a1.err;
}

TEST(CrashSignature, DifferentBugsDifferentSignatures) {
  RunOut a = RunInterp({Script("crash_sites.py"), "a"});
  RunOut b1 = RunInterp({Script("crash_sites.py"), "b"});
  RunOut b2 = RunInterp({Script("crash_sites.py"), "b"});
  ASSERT_TRUE(a.Signaled(SIGSEGV)) << a.Describe();
  ASSERT_TRUE(b1.Signaled(SIGFPE)) << b1.Describe();
  ASSERT_TRUE(b2.Signaled(SIGFPE)) << b2.Describe();
  std::string sa = SignatureOf(a.err), sb1 = SignatureOf(b1.err),
              sb2 = SignatureOf(b2.err);
  ASSERT_NE(sa, "") << a.err;
  ASSERT_NE(sb1, "") << b1.err;
  EXPECT_NE(sa, sb1);
  EXPECT_EQ(sb1, sb2);
}

TEST(CrashSignature, JsonCarriesTheSameSignatureAsText) {
  RunOut text = RunInterp({Script("crash_sites.py"), "a", "text"});
  RunOut json = RunInterp({Script("crash_sites.py"), "a", "json"});
  ASSERT_TRUE(text.Signaled(SIGSEGV)) << text.Describe();
  ASSERT_TRUE(json.Signaled(SIGSEGV)) << json.Describe();
  std::vector<std::string> reports = ParseJsonReports(json.err);
  ASSERT_EQ(reports.size(), 1u) << json.err;
  std::vector<std::string> f = Fields(reports[0]);
  ASSERT_EQ(f.size(), 8u) << reports[0];
  EXPECT_EQ(f[0], "fatal");
  EXPECT_EQ(f[1], "11");
  EXPECT_EQ(f[2], SignatureOf(text.err)) << text.err << "\n" << json.err;
  EXPECT_EQ(f[4], "MainThread");
  // The frames as the text format shows them.
  EXPECT_NE(json.err.find("{\"native\": \"faulthandler._sigsegv\"}"),
            std::string::npos)
      << json.err;
  EXPECT_NE(json.err.find("\"function\": \"parse_header\"}"), std::string::npos)
      << json.err;
  EXPECT_NE(json.err.find("\"symbol\": \"interp::faulthandler::Sigsegv()\""),
            std::string::npos)
      << json.err;
}

// ---- JSON reports ---------------------------------------------------------

TEST(JsonReports, EveryKindParses) {
  std::string path = TmpPath("json_dumps.out");
  RunOut r = RunInterp({Script("json_dumps.py"), path});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.out, "ok\n");
  std::string text = ReadFile(path);
  std::vector<std::string> reports = ParseJsonReports(text);
  ASSERT_EQ(reports.size(), 4u) << text;
  // dump_traceback (two threads, the worker first, waiting on its event),
  // all_threads=False (one), the user signal, the watchdog.
  std::vector<std::string> f = Fields(reports[0]);
  EXPECT_EQ(f[0], "dump_traceback");
  EXPECT_EQ(f[3], "2");
  EXPECT_EQ(f[4], "worker-1");
  EXPECT_EQ(f[5], "waiting");
  EXPECT_EQ(f[6], "Event.wait");
  f = Fields(reports[1]);
  EXPECT_EQ(f[0], "dump_traceback");
  EXPECT_EQ(f[3], "1");
  EXPECT_EQ(f[4], "MainThread");
  f = Fields(reports[2]);
  EXPECT_EQ(f[0], "signal");
  EXPECT_EQ(f[1], std::to_string(SIGUSR1));
  EXPECT_EQ(f[3], "2");
  f = Fields(reports[3]);
  EXPECT_EQ(f[0], "timeout");
  EXPECT_EQ(f[3], "2");
  EXPECT_NE(text.find("\"signal_name\": \"SIGUSR1\""), std::string::npos);
  EXPECT_NE(text.find("\"state\": \"sleeping\", \"in\": \"time.sleep\""),
            std::string::npos)
      << text;
}

TEST(JsonReports, StartupOptionAndEnvironmentChooseTheDefault) {
  RunOut text = RunInterp({Script("json_default.py")});
  ASSERT_TRUE(text.Exited(0)) << text.Describe();
  EXPECT_EQ(text.out.rfind("Stack (most recent call first):\n", 0), 0u)
      << text.out;
  for (const auto& how :
       std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"-X", "faulthandler_format=json", Script("json_default.py")}, ""},
           {{Script("json_default.py")}, "INTERP_FAULTHANDLER_FORMAT=json"}}) {
    std::vector<std::string> env;
    if (!how.second.empty()) env.push_back(how.second);
    RunOut r = RunInterp(how.first, env);
    ASSERT_TRUE(r.Exited(0)) << r.Describe();
    // The JSON report, then the text one asked for explicitly.
    size_t text_at = r.out.find("Stack (most recent call first):\n");
    ASSERT_NE(text_at, std::string::npos) << r.out;
    std::vector<std::string> reports =
        ParseJsonReports(r.out.substr(0, text_at));
    ASSERT_EQ(reports.size(), 1u) << r.out;
    EXPECT_EQ(Fields(reports[0])[0], "dump_traceback");
  }
  RunOut fatal =
      RunInterp({"-X", "faulthandler", "-X", "faulthandler_format=json",
                 Script("crash_sites.py"), "b"});
  ASSERT_TRUE(fatal.Signaled(SIGFPE)) << fatal.Describe();
  std::vector<std::string> reports = ParseJsonReports(fatal.err);
  ASSERT_EQ(reports.size(), 1u) << fatal.err;
  EXPECT_EQ(Fields(reports[0])[0], "fatal");
  EXPECT_EQ(Fields(reports[0])[1], std::to_string(SIGFPE));
}

TEST(JsonReports, BadFormatIsAValueError) {
  RunOut r = RunInterp({"-c",
                        "import faulthandler\n"
                        "for f in ('xml', 3):\n"
                        "    try:\n"
                        "        faulthandler.dump_traceback(format=f)\n"
                        "    except (ValueError, TypeError) as e:\n"
                        "        print(type(e).__name__, e)\n"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.out,
            "ValueError format must be 'text' or 'json'\n"
            "TypeError format must be str or None, not int\n");
}

// Many JSON dumps at once (threads, a signal storm, a repeating watchdog):
// every report is whole and parses.
TEST(JsonReports, ConcurrentDumpsAllParse) {
  std::string path = TmpPath("json_storm.out");
  RunOut r = RunInterp({Script("json_storm.py"), path});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  std::string text = ReadFile(path);
  std::vector<std::string> reports = ParseJsonReports(text);
  int dumps = 0, signals = 0;
  for (const std::string& s : reports) {
    std::string reason = Fields(s)[0];
    dumps += reason == "dump_traceback";
    signals += reason == "signal";
  }
  // 8 threads x 15 dumps; signals may coalesce while one is pending.
  EXPECT_EQ(dumps, 120) << reports.size();
  EXPECT_GE(signals, 1);
  EXPECT_EQ(CountOf(text, "{\"schema\""), static_cast<int>(reports.size()));
}

// ---- hang detection ---------------------------------------------------------

const std::string kId = "0x[0-9a-f]{16}";

TEST(Hang, WatchProgressNamesTheStuckThreadFirst) {
  RunOut r = RunInterp({Script("hang.py"), "watch"});
  ASSERT_TRUE(r.Exited(1)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.err,
      "No progress for [0-9]+\\.[0-9] s \\(timeout 0:00:00\\.500000\\)!\n"
      "Stuck thread " +
          kId +
          " \\[worker-1\\] \\(waiting on Lock\\.acquire for [0-9]+\\.[0-9] s, "
          "most recent call first\\):\n"
          "(  <native> [^\n]*\n)?"
          "  File \"[^\"]*hang\\.py\", line 17 in worker\n"
          "(  [^\n]*\n)*"
          "\n"
          "Thread " +
          kId +
          " \\[MainThread\\] \\(waiting on Thread\\.join for [0-9]+\\.[0-9] s, "
          "most recent call first\\):\n"
          "(  [^\n]*\n)+"))
      << r.err;
}

TEST(Hang, WatchProgressJson) {
  RunOut r = RunInterp({Script("hang.py"), "watch", "json"});
  ASSERT_TRUE(r.Exited(1)) << r.Describe();
  std::vector<std::string> reports = ParseJsonReports(r.err);
  ASSERT_EQ(reports.size(), 1u) << r.err;
  EXPECT_EQ(reports[0], "no_progress|||2|worker-1|waiting|Lock.acquire|True")
      << r.err;
}

TEST(Hang, WatchdogHeadersShowStateAndDuration) {
  RunOut r = RunInterp({Script("hang.py"), "later"});
  ASSERT_TRUE(r.Exited(1)) << r.Describe();
  EXPECT_TRUE(FullMatch(
      r.err,
      "Timeout \\(0:00:00\\.500000\\)!\n"
      "Thread " +
          kId +
          " \\[worker-1\\] \\(waiting on Lock\\.acquire for [0-9]+\\.[0-9] s, "
          "most recent call first\\):\n"
          "(  [^\n]*\n)+"
          "\n"
          "Thread " +
          kId +
          " \\[MainThread\\] \\(waiting on Thread\\.join for [0-9]+\\.[0-9] s, "
          "most recent call first\\):\n"
          "(  [^\n]*\n)+"))
      << r.err;
}

TEST(Hang, ThreadsThatRunBytecodeNeverTrigger) {
  RunOut r = RunInterp({Script("hang.py"), "busy"});
  ASSERT_TRUE(r.Exited(0)) << r.Describe();
  EXPECT_EQ(r.out, "no report\n");
  EXPECT_EQ(r.err, "");
}

}  // namespace
}  // namespace interp::testing
