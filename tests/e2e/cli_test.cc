// The `interp` command line (SPEC section 4): program sources, options,
// usage errors and exit statuses. Expected texts were checked against
// `python3.11` where the behaviour is "like CPython".
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/e2e/expected_output.h"
#include "tests/e2e/run_process.h"
#include "tests/e2e/test_env.h"

namespace interp::testing {
namespace {

using ::testing::ContainsRegex;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::MatchesRegex;
using ::testing::Not;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = absl::StrCat(
        TempDir(), "/cli_",
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    ASSERT_TRUE(mkdir(dir_.c_str(), 0755) == 0 || errno == EEXIST) << dir_;
  }

  // Writes `text` to <dir_>/<name>.
  void WriteScript(const std::string& name, const std::string& text) {
    size_t slash = name.rfind('/');
    if (slash != std::string::npos) {
      mkdir(absl::StrCat(dir_, "/", name.substr(0, slash)).c_str(), 0755);
    }
    std::ofstream out(absl::StrCat(dir_, "/", name), std::ios::binary);
    out << text;
    ASSERT_TRUE(out.good());
  }

  // Runs interp with `args` in dir_; the absolute directory dir_ reads
  // "<dir>/" in stdout and stderr (CPython prints absolute script paths).
  ProcessResult Run(std::vector<std::string> args,
                    const std::string& stdin_data = "",
                    const std::vector<std::string>& extra_env = {}) {
    ProcessOptions options;
    options.argv = {InterpBinary()};
    options.argv.insert(options.argv.end(), args.begin(), args.end());
    options.cwd = dir_;
    options.env = ProgramEnv();
    options.env->insert(options.env->end(), extra_env.begin(), extra_env.end());
    options.stdin_data = stdin_data;
    options.timeout = HangTimeout(absl::Seconds(20));
    absl::StatusOr<ProcessResult> result = RunProcess(options);
    EXPECT_TRUE(result.ok()) << result.status();
    if (!result.ok()) return ProcessResult{.status = -1000};
    EXPECT_FALSE(result->timed_out);
    result->stdout_data =
        ReplaceDirectories(result->stdout_data, {dir_}, "<dir>/");
    result->stderr_data =
        ReplaceDirectories(result->stderr_data, {dir_}, "<dir>/");
    return *std::move(result);
  }

  std::string dir_;
};

TEST_F(CliTest, RunsScriptWithArguments) {
  WriteScript("hello.py",
              "import sys\nprint('hello', sys.argv)\nprint(__name__)\n");
  ProcessResult r = Run({"hello.py", "a", "-c", "--x"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.stdout_data, "hello ['hello.py', 'a', '-c', '--x']\n__main__\n");
  EXPECT_THAT(r.stderr_data, IsEmpty());
}

TEST_F(CliTest, DashCRunsCommand) {
  ProcessResult r = Run({"-c", "import sys; print(sys.argv); print(6 * 7)"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.stdout_data, "['-c']\n42\n");
  r = Run({"-c", "import sys\nprint(sys.argv[1:])", "x", "-V"});
  EXPECT_EQ(r.stdout_data, "['x', '-V']\n");
}

TEST_F(CliTest, DashReadsProgramFromStdin) {
  ProcessResult r = Run({"-", "a", "b"},
                        "import sys\nprint(sys.argv)\nprint('from stdin')\n");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.stdout_data, "['-', 'a', 'b']\nfrom stdin\n");
}

TEST_F(CliTest, NoProgramAndPipedStdinRunsStdin) {
  ProcessResult r = Run({}, "print(40 + 2)\n");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.stdout_data, "42\n");
}

TEST_F(CliTest, StdinProgramTracebackNamesStdin) {
  ProcessResult r = Run({"-"}, "x = 1\n1 / 0\n");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.stderr_data,
            "Traceback (most recent call last):\n"
            "  File \"<stdin>\", line 2, in <module>\n"
            "ZeroDivisionError: division by zero\n");
}

TEST_F(CliTest, XOptionsAreInSysXoptions) {
  ProcessResult r = Run({"-X", "foo", "-X", "bar=baz", "-X", "empty=", "-c",
                         "import sys; print(sys._xoptions)"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.stdout_data, "{'foo': True, 'bar': 'baz', 'empty': ''}\n");
  // The attached form -Xname works too, as in CPython.
  r = Run({"-Xcustom=1", "-c", "import sys; print(sys._xoptions)"});
  EXPECT_EQ(r.stdout_data, "{'custom': '1'}\n");
  r = Run({"-c", "import sys; print(sys._xoptions)"});
  EXPECT_EQ(r.stdout_data, "{}\n");
}

TEST_F(CliTest, XFaulthandlerIsVisible) {
  ProcessResult r =
      Run({"-X", "faulthandler", "-c",
           "import sys; print(sys._xoptions.get('faulthandler'))"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.stdout_data, "True\n");
}

TEST_F(CliTest, VersionFlag) {
  for (const char* flag : {"-V", "--version"}) {
    ProcessResult r = Run({flag});
    EXPECT_EQ(r.status, 0) << flag;
    // SPEC 4 only says "print the version"; like `python3 -V` it is one
    // line on stdout naming the program and a dotted version.
    EXPECT_THAT(r.stdout_data,
                MatchesRegex("interp [0-9]+\\.[0-9]+(\\.[0-9]+)?.*\n"))
        << flag;
    EXPECT_THAT(r.stderr_data, IsEmpty()) << flag;
  }
}

TEST_F(CliTest, HelpFlag) {
  for (const char* flag : {"-h", "--help"}) {
    ProcessResult r = Run({flag});
    EXPECT_EQ(r.status, 0) << flag;
    EXPECT_THAT(r.stdout_data, ContainsRegex("[Uu]sage")) << flag;
    for (const char* option : {"-c", "-X", "-V", "-h"}) {
      EXPECT_THAT(r.stdout_data, HasSubstr(option)) << flag;
    }
  }
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  const std::vector<std::vector<std::string>> cases = {
      {"-Q"}, {"--no-such-option"}, {"-c"}, {"-X"}};
  for (const std::vector<std::string>& args : cases) {
    ProcessResult r = Run(args);
    EXPECT_EQ(r.status, 2) << args[0];
    EXPECT_THAT(r.stderr_data, Not(IsEmpty())) << args[0];
    EXPECT_THAT(r.stdout_data, IsEmpty()) << args[0];
  }
  EXPECT_THAT(Run({"-Q"}).stderr_data, HasSubstr("-Q"));
  EXPECT_THAT(Run({"-c"}).stderr_data, HasSubstr("-c"));
}

TEST_F(CliTest, MissingScriptFile) {
  ProcessResult r = Run({"no_such_script.py"});
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.stdout_data, IsEmpty());
  // CPython: "<argv0>: can't open file '<abs path>': [Errno 2] ...".
  EXPECT_THAT(r.stderr_data,
              MatchesRegex("(.*/)?interp: can't open file "
                           "'(.*/)?no_such_script\\.py': \\[Errno 2\\] No "
                           "such file or directory\n"));
}

TEST_F(CliTest, SysExitStatuses) {
  struct Case {
    const char* code;
    int status;
    const char* stderr_data;
  } cases[] = {
      {"sys.exit()", 0, ""},
      {"sys.exit(0)", 0, ""},
      {"sys.exit(None)", 0, ""},
      {"sys.exit(3)", 3, ""},
      {"sys.exit(255)", 255, ""},
      {"sys.exit('bad input')", 1, "bad input\n"},
      {"raise SystemExit(4)", 4, ""},
      {"exit(5)", 5, ""},
  };
  for (const Case& c : cases) {
    ProcessResult r =
        Run({"-c", absl::StrCat("import sys\nprint('x')\n", c.code)});
    EXPECT_EQ(r.status, c.status) << c.code;
    EXPECT_EQ(r.stdout_data, "x\n") << c.code;
    EXPECT_EQ(r.stderr_data, c.stderr_data) << c.code;
  }
}

TEST_F(CliTest, UncaughtExceptionExitsOne) {
  WriteScript("boom.py", "def f():\n    return {}['k']\nprint('start')\nf()\n");
  ProcessResult r = Run({"boom.py"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.stdout_data, "start\n");
  EXPECT_EQ(r.stderr_data,
            "Traceback (most recent call last):\n"
            "  File \"<dir>/boom.py\", line 4, in <module>\n"
            "    f()\n"
            "  File \"<dir>/boom.py\", line 2, in f\n"
            "    return {}['k']\n"
            "           ~~^^^^^\n"
            "KeyError: 'k'\n");
  r = Run({"-c", "1/0"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.stderr_data,
            "Traceback (most recent call last):\n"
            "  File \"<string>\", line 1, in <module>\n"
            "ZeroDivisionError: division by zero\n");
}

TEST_F(CliTest, SyntaxErrorExitsOneWithCaret) {
  WriteScript("bad.py", "print('never')\nx = = 1\n");
  ProcessResult r = Run({"bad.py"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.stdout_data, IsEmpty());
  EXPECT_EQ(r.stderr_data,
            "  File \"<dir>/bad.py\", line 2\n"
            "    x = = 1\n"
            "        ^\n"
            "SyntaxError: invalid syntax\n");
  r = Run({"-c", "x = = 1"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.stderr_data,
            "  File \"<string>\", line 1\n"
            "    x = = 1\n"
            "        ^\n"
            "SyntaxError: invalid syntax\n");
}

TEST_F(CliTest, DeathBySignalIsReported) {
  ProcessResult r =
      Run({"-c", "import os, signal\nos.kill(os.getpid(), signal.SIGTERM)"});
  EXPECT_EQ(r.status, -15);
}

// stdout is a pipe here, so it is block-buffered: output still in the
// buffer when the process is killed is lost, unless -u (or
// PYTHONUNBUFFERED / INTERP_UNBUFFERED, which -E ignores for the former)
// makes every write go straight to the descriptor, as with python3.
TEST_F(CliTest, UnbufferedOutputSurvivesSuddenDeath) {
  const std::string kScript =
      "import os\nprint('before')\nos.kill(os.getpid(), 9)\n";
  ProcessResult buffered = Run({"-c", kScript});
  EXPECT_EQ(buffered.status, -9);
  EXPECT_EQ(buffered.stdout_data, "");
  EXPECT_EQ(buffered.stderr_data, "");

  struct Case {
    std::vector<std::string> args;
    std::vector<std::string> env;
    bool unbuffered;
  };
  const Case cases[] = {
      {{"-u", "-c", kScript}, {}, true},
      {{"-c", kScript}, {"PYTHONUNBUFFERED=1"}, true},
      {{"-c", kScript}, {"INTERP_UNBUFFERED=1"}, true},
      {{"-E", "-c", kScript}, {"PYTHONUNBUFFERED=1"}, false},
      {{"-c", kScript}, {"PYTHONUNBUFFERED="}, false},
  };
  for (const Case& c : cases) {
    std::string what =
        absl::StrCat(c.args[0], " ", c.env.empty() ? "" : c.env[0]);
    ProcessResult r = Run(c.args, "", c.env);
    EXPECT_EQ(r.status, -9) << what;
    EXPECT_EQ(r.stdout_data, c.unbuffered ? "before\n" : "") << what;
    EXPECT_EQ(r.stderr_data, "") << what;
  }
}

TEST_F(CliTest, ImportsFromScriptDirectory) {
  WriteScript("helper_mod.py", "VALUE = 7\n");
  WriteScript("main.py", "import helper_mod\nprint(helper_mod.VALUE * 6)\n");
  ProcessResult r = Run({"main.py"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.stdout_data, "42\n");
}

// Checked against python3.11: sys.argv[0] as given; __file__, traceback and
// faulthandler paths absolute (the current directory prefixed, nothing
// resolved); sys.path[0] the script's real directory; modules imported
// through a relative sys.path entry absolute too.
TEST_F(CliTest, ScriptPathsAreAbsoluteLikeCPython) {
  ASSERT_EQ(mkdir(absl::StrCat(dir_, "/sub").c_str(), 0755), 0);
  WriteScript("sub/t.py",
              "import sys\n"
              "print(sys.argv[0], sys.path[0] + '/', __file__)\n"
              "sys.path.insert(0, 'sub/')\n"
              "import helper\n"
              "print(helper.__file__)\n"
              "import faulthandler\n"
              "faulthandler.dump_traceback(all_threads=False)\n"
              "helper.fail(0)\n");
  WriteScript("sub/helper.py", "def fail(n):\n    return [1][n] / n\n");
  ASSERT_EQ(symlink("sub/t.py", absl::StrCat(dir_, "/ln.py").c_str()), 0);
  struct Case {
    const char* arg;
    const char* file;  // __file__ and the frames' path
  } cases[] = {
      {"sub/t.py", "<dir>/sub/t.py"},
      {"./sub/t.py", "<dir>/./sub/t.py"},
      {"ln.py", "<dir>/ln.py"},  // symlinks are not resolved
  };
  for (const Case& c : cases) {
    ProcessResult r = Run({c.arg});
    EXPECT_EQ(r.status, 1) << c.arg;
    EXPECT_EQ(r.stdout_data, absl::StrCat(c.arg, " <dir>/sub/ ", c.file,
                                          "\n<dir>/sub/helper.py\n"))
        << c.arg;
    EXPECT_EQ(r.stderr_data,
              absl::StrCat("Stack (most recent call first):\n"
                           "  <native> faulthandler.dump_traceback\n"
                           "  File \"",
                           c.file,
                           "\", line 7 in <module>\n"
                           "Traceback (most recent call last):\n"
                           "  File \"",
                           c.file,
                           "\", line 8, in <module>\n"
                           "    helper.fail(0)\n"
                           "  File \"<dir>/sub/helper.py\", line 2, in fail\n"
                           "    return [1][n] / n\n"
                           "           ~~~~~~~^~~\n"
                           "ZeroDivisionError: division by zero\n"))
        << c.arg;
  }
  // -c and - keep their pseudo file names; sys.path[0] is ''.
  ProcessResult r = Run({"-c", "import sys; print(repr(sys.path[0])); 1/0"});
  EXPECT_EQ(r.stdout_data, "''\n");
  EXPECT_THAT(r.stderr_data, HasSubstr("  File \"<string>\", line 1, in"));
}

TEST_F(CliTest, DashMRunsModule) {
  WriteScript("runme.py", "print('module ran as', __name__)\n");
  ProcessResult r = Run({"-m", "runme"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.stdout_data, "module ran as __main__\n");
  WriteScript("where.py",
              "import sys\nprint(sys.argv[0], sys.path[0] + '/', __file__)\n");
  r = Run({"-m", "where"});
  EXPECT_EQ(r.stdout_data, "<dir>/where.py <dir>/ <dir>/where.py\n");
}

// Memory exhaustion ends in Python's MemoryError and exit status 1, never
// std::terminate. Plain builds exhaust memory for real under a hard
// address-space limit (ulimit -v) with a runaway list of small strings. A
// sanitizer runtime maps its heap at start-up and would not start under
// the limit, nor would its malloc ever fail under it; there the interp
// child is told to refuse (return null for) any single allocation above
// 64 MiB, and the script doubles a string until one is refused.
TEST_F(CliTest, MemoryExhaustionGivesMemoryError) {
  bool sanitizer = false;
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
  sanitizer = true;
#endif
#endif
  ProcessOptions options;
  options.cwd = dir_;
  options.env = ProgramEnv();
  options.timeout = HangTimeout(absl::Seconds(120));
  if (sanitizer) {
    WriteScript("oom.py", "s = 'x'\nwhile True:\n    s = s + s\n");
    constexpr char kRefuse[] =
        "allocator_may_return_null=1:max_allocation_size_mb=64";
    bool asan_set = false;
    for (std::string& entry : *options.env) {
      if (absl::StartsWith(entry, "ASAN_OPTIONS=") ||
          absl::StartsWith(entry, "TSAN_OPTIONS=")) {
        asan_set |= absl::StartsWith(entry, "ASAN_OPTIONS=");
        absl::StrAppend(&entry, ":", kRefuse);
      }
    }
    if (!asan_set)
      options.env->push_back(absl::StrCat("ASAN_OPTIONS=", kRefuse));
    options.argv = {InterpBinary(), "oom.py"};
  } else {
    WriteScript("oom.py",
                "l = []\n"
                "while True:\n"
                "    l.append('x' * 1000 + str(len(l)))\n");
    options.argv = {
        "/bin/sh", "-c",
        absl::StrCat("ulimit -v 1048576 && exec ", InterpBinary(), " oom.py")};
  }
  absl::StatusOr<ProcessResult> r = RunProcess(options);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->status, 1) << r->stderr_data;
  EXPECT_THAT(r->stderr_data, ::testing::EndsWith("MemoryError\n"));
  EXPECT_THAT(r->stderr_data, ::testing::Not(HasSubstr("terminate")));
}

TEST_F(CliTest, DashMRunsPackageMain) {
  WriteScript("tool/__init__.py", "print('init', __name__)\n");
  WriteScript("tool/__main__.py",
              "import sys\nprint('main', __name__, sys.argv[1:])\n");
  ProcessResult r = Run({"-m", "tool", "a", "b"});
  EXPECT_EQ(r.status, 0) << r.stderr_data;
  EXPECT_EQ(r.stdout_data, "init tool\nmain __main__ ['a', 'b']\n");
}

TEST_F(CliTest, DashMRunsFrozenStandardModule) {
  // keyword is written in Python (runtime/lib) and frozen into the binary;
  // run as __main__ it defines its names and prints nothing.
  ProcessResult r = Run({"-c", "import keyword; print(keyword.kwlist[:3])"});
  EXPECT_EQ(r.status, 0) << r.stderr_data;
  EXPECT_EQ(r.stdout_data, "['False', 'None', 'True']\n");
  r = Run({"-m", "keyword"});
  EXPECT_EQ(r.status, 0) << r.stderr_data;
  EXPECT_EQ(r.stdout_data, "");
}

TEST_F(CliTest, DashMMissingModule) {
  ProcessResult r = Run({"-m", "no_such_module_here"});
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.stderr_data,
              HasSubstr(": No module named no_such_module_here\n"));
}

}  // namespace
}  // namespace interp::testing
