// The embedding API (SPEC 3) on one host thread: running files and source,
// calling script functions, native modules, SystemExit as a status, no
// output unless asked, and host limits (instruction budget, deadline,
// Interrupt).
#include "runtime/embed/runtime.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <string>
#include <thread>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/builtins/errors.h"
#include "runtime/object.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"

namespace interp {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::string TempDir() {
  const char* d = getenv("TEST_TMPDIR");
  return d != nullptr ? d : "/tmp";
}

void WriteFile(const std::string& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string StrOf(Value v) {
  if (!IsKind(v, ObjKind::kStr)) return "<not a str>";
  return std::string(static_cast<Str*>(v.AsObject())->view());
}

// --- Host natives -------------------------------------------------------

// host.add(a, b): a + b for ints; TypeError otherwise.
Value HostAdd(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 2 || !args[0].IsInt() || !args[1].IsInt()) {
    return RaiseTypeError(ts, "add() expects two ints");
  }
  return Value::Int(args[0].AsInt() + args[1].AsInt());
}

// host.describe(x): the repr of each argument joined by '|', as a new str
// (the host sees every argument as an interp::Value).
Value HostDescribe(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  std::string out;
  for (uint32_t i = 0; i < nargs; ++i) {
    Value r = Repr(ts, args[i]);
    if (r.IsError()) return r;
    if (i > 0) out += "|";
    out += StrOf(r);
  }
  return StrValue(ts, out);
}

// host.fail(msg): raises ValueError(msg).
Value HostFail(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1 || !IsKind(args[0], ObjKind::kStr)) {
    return RaiseTypeError(ts, "fail() expects a str");
  }
  return RaiseValueError(ts, StrOf(args[0]));
}

// host.raise_as(cls, msg): raises an exception of the class the caller
// chose -- a builtin class or one the script defined.
Value HostRaiseAs(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 2 || !IsKind(args[0], ObjKind::kClass) ||
      !IsKind(args[1], ObjKind::kStr)) {
    return RaiseTypeError(ts, "raise_as() expects a class and a str");
  }
  return RaiseWithMessage(ts, static_cast<ClassObject*>(args[0].AsObject()),
                          StrOf(args[1]));
}

// host.lookup(key): the host picks a builtin class from the runtime's
// table (LookupError) or an instance it builds itself (KeyError(key)).
Value HostLookup(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  RuntimeState& rt = *ts.runtime.load(std::memory_order_relaxed);
  if (nargs != 1) return RaiseWithMessage(ts, rt.exc.lookup_error, "arity");
  return RaiseKeyError(ts, args[0]);
}

Runtime* g_reentry_runtime = nullptr;

// host.reenter(n): calls the script's `square(n)` through the public API
// from inside a native call (the thread already holds the lock).
Value HostReenter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  if (nargs != 1) return RaiseTypeError(ts, "reenter() expects one arg");
  absl::StatusOr<Value> r = g_reentry_runtime->Call("square", {args[0]});
  if (!r.ok()) return RaiseRuntimeError(ts, std::string(r.status().message()));
  return *r;
}

absl::Status DefineHost(Runtime& rt) {
  return rt.DefineModule("host", {{"add", HostAdd},
                                  {"describe", HostDescribe},
                                  {"fail", HostFail},
                                  {"raise_as", HostRaiseAs},
                                  {"lookup", HostLookup},
                                  {"reenter", HostReenter}});
}

// --- Running and calling ------------------------------------------------

TEST(EmbedRun, RunStringThenCallReturnsValue) {
  Runtime rt;
  ASSERT_TRUE(rt.ok());
  ASSERT_TRUE(rt.RunString("def on_event(n):\n    return n * 2 + 1\n").ok());
  absl::StatusOr<Value> v = rt.Call("on_event", {Value::Int(7)});
  ASSERT_TRUE(v.ok()) << v.status();
  ASSERT_TRUE(v->IsInt());
  EXPECT_EQ(v->AsInt(), 15);
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define INTERP_TEST_SANITIZER_ALLOCATOR 1
// The sanitizer allocators map their heaps at start-up, so no RLIMIT_AS
// makes their malloc fail (the memory simply runs out); a single request
// above max_allocation_size_mb does fail, with a null return instead of a
// report. Applies to the whole binary; TSAN_OPTIONS/ASAN_OPTIONS from the
// environment still apply on top.
extern "C" const char* __asan_default_options() {
  return "allocator_may_return_null=1:max_allocation_size_mb=64";
}
extern "C" const char* __tsan_default_options() {
  return "allocator_may_return_null=1:max_allocation_size_mb=64";
}
#endif
#endif

// A script that exhausts memory gets MemoryError, no C++ exception escapes
// the library, and the runtime runs the next script. Plain builds exhaust
// memory for real under a hard address-space limit (in a child process: the
// limit is process-wide) by filling lists of small strings; sanitizer builds
// cannot limit their allocator that way, so there the scripts double a
// string until the allocator refuses the request.
TEST(EmbedRun, MemoryExhaustionLeavesTheRuntimeUsable) {
#ifdef INTERP_TEST_SANITIZER_ALLOCATOR
  constexpr bool kAddressSpaceLimit = false;
  constexpr char kGrowGlobal[] =
      "held = 'x'\n"
      "while True:\n"
      "    held = held + held\n";
  constexpr char kGrowLocal[] =
      "held = None\n"
      "def fill():\n"
      "    s = 'x'\n"
      "    while True:\n"
      "        s = s + s\n"
      "fill()\n";
#else
  constexpr bool kAddressSpaceLimit = true;
  constexpr char kGrowGlobal[] =
      "held = []\n"
      "while True:\n"
      "    held.append('x' * 1000 + str(len(held)))\n";
  constexpr char kGrowLocal[] =
      "held = None\n"
      "def fill():\n"
      "    l = []\n"
      "    while True:\n"
      "        l.append('x' * 1000 + str(len(l)))\n"
      "fill()\n";
#endif
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    if (kAddressSpaceLimit) {
      rlimit limit{uint64_t{1} << 30, uint64_t{1} << 30};
      setrlimit(RLIMIT_AS, &limit);
    }
    int code = 0;
    {
      Runtime rt;
      if (!rt.ok()) _exit(10);
      // While a global still holds the memory, the next run may fail too,
      // but only with a MemoryError status.
      absl::Status s = rt.RunString(kGrowGlobal, "oom_global.py");
      if (s.ok() || !absl::StrContains(s.message(), "MemoryError")) code = 11;
      absl::Status held = rt.RunString("held = None\n", "release.py");
      if (!held.ok() && !absl::StrContains(held.message(), "MemoryError")) {
        code = 13;
      }
      // Memory a failed function held is garbage once it has unwound: the
      // runs after it work.
      s = rt.RunString(kGrowLocal, "oom.py");
      if (code == 0 && !absl::StrContains(s.message(), "MemoryError")) {
        code = 11;
      }
      for (int i = 0; i < 3 && code == 0; ++i) {
        absl::Status again =
            rt.RunString("x = sum(range(100))\nassert x == 4950\n", "next.py");
        if (!again.ok()) {
          fprintf(stderr, "run %d after MemoryError: %s\n", i,
                  std::string(again.message()).c_str());
          code = 12;
        }
      }
    }
    _exit(code);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status))
      << "child died by signal "
      << (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

// A host that links //runtime gives its scripts the faulthandler module
// (its signal handlers stay off until enabled).
TEST(EmbedRun, FaulthandlerModuleIsThere) {
  Runtime rt;
  absl::Status s = rt.RunString(
      "import faulthandler\n"
      "assert not faulthandler.is_enabled()\n"
      "assert callable(faulthandler.dump_traceback)\n");
  EXPECT_TRUE(s.ok()) << s;
}

TEST(EmbedSandbox, OnlyAllowedModulesImport) {
  RuntimeOptions options;
  options.allowed_modules = std::vector<std::string>{"math", "keyword"};
  Runtime rt(options);
  ASSERT_TRUE(rt.ok());
  EXPECT_TRUE(rt.RunString("import math, keyword\n"
                           "assert math.sqrt(16) == 4.0\n"
                           "assert keyword.iskeyword('def')\n")
                  .ok());
  for (const char* denied :
       {"import os\n", "import os.path\n", "from subprocess import run\n",
        "import signal\n", "import sys\n"}) {
    absl::Status s = rt.RunString(denied);
    ASSERT_FALSE(s.ok()) << denied;
    EXPECT_THAT(s.message(), testing::HasSubstr("is not allowed by the host"))
        << denied;
  }
  // Without the option every module imports.
  Runtime open_rt;
  EXPECT_TRUE(open_rt.RunString("import os, sys, signal\n").ok());
}

TEST(EmbedSandbox, AllowedModuleBringsItsNativeHalf) {
  RuntimeOptions options;
  options.allowed_modules = std::vector<std::string>{"os", "time"};
  Runtime rt(options);
  ASSERT_TRUE(rt.ok());
  // os is written in Python on posix and posixpath; time on _time.
  EXPECT_TRUE(rt.RunString("import os, os.path, time\n"
                           "assert os.path.join('a', 'b') == 'a/b'\n"
                           "assert os.getcwd()\n"
                           "assert time.gmtime(0).tm_year == 1970\n")
                  .ok());
  for (const char* denied : {"import subprocess\n", "import _subprocess\n",
                             "import shutil\n", "import sys\n"}) {
    absl::Status s = rt.RunString(denied);
    ASSERT_FALSE(s.ok()) << denied;
    EXPECT_THAT(s.message(), testing::HasSubstr("is not allowed by the host"))
        << denied;
  }
}

TEST(EmbedRun, ScriptErrorIsTracebackStatus) {
  Runtime rt;
  absl::Status s = rt.RunString(
      "def inner():\n    return 1 // 0\n\ndef outer():\n    inner()\n\n"
      "outer()\n",
      "boom.py");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), absl::StatusCode::kUnknown);
  EXPECT_EQ(s.message(),
            "Traceback (most recent call last):\n"
            "  File \"boom.py\", line 7, in <module>\n"
            "  File \"boom.py\", line 5, in outer\n"
            "  File \"boom.py\", line 2, in inner\n"
            "ZeroDivisionError: integer division or modulo by zero\n");
}

TEST(EmbedRun, CallErrorsAreStatuses) {
  Runtime rt;
  // Nothing has run yet: no __main__.
  EXPECT_FALSE(rt.Call("f").ok());
  ASSERT_TRUE(rt.RunString("def f(x):\n    raise KeyError(x)\n", "m.py").ok());
  absl::StatusOr<Value> v = rt.Call("f", {Value::Int(3)});
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().code(), absl::StatusCode::kUnknown);
  EXPECT_THAT(std::string(v.status().message()), HasSubstr("line 2, in f\n"));
  EXPECT_THAT(std::string(v.status().message()), HasSubstr("KeyError: 3\n"));
  // Missing function; wrong arity.
  absl::StatusOr<Value> missing = rt.Call("nope");
  ASSERT_FALSE(missing.ok());
  EXPECT_THAT(std::string(missing.status().message()),
              HasSubstr("AttributeError"));
  absl::StatusOr<Value> arity = rt.Call("f");
  ASSERT_FALSE(arity.ok());
  EXPECT_THAT(std::string(arity.status().message()), HasSubstr("TypeError"));
  // The runtime still works.
  ASSERT_TRUE(rt.RunString("def g():\n    return 5\n").ok());
  absl::StatusOr<Value> g = rt.Call("g");
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->AsInt(), 5);
}

TEST(EmbedRun, SyntaxErrorIsInvalidArgument) {
  Runtime rt;
  absl::Status s = rt.RunString("x = (1,\n", "bad.py");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(s.message()), HasSubstr("SyntaxError"));
  EXPECT_THAT(std::string(s.message()), HasSubstr("File \"bad.py\""));
}

TEST(EmbedRun, RunFileWithArgvAndModulePath) {
  std::string dir = absl::StrCat(TempDir(), "/embed_run_file");
  ASSERT_EQ(system(absl::StrCat("mkdir -p ", dir, "/plugins").c_str()), 0);
  WriteFile(dir + "/plugins/helper.py", "def triple(x):\n    return 3 * x\n");
  WriteFile(dir + "/main.py",
            "import sys\nimport helper\n"
            "args = sys.argv\n"
            "def run(n):\n    return helper.triple(n)\n");
  Runtime rt(
      {.argv = {"main.py", "--flag"}, .module_path = {dir + "/plugins"}});
  absl::Status s = rt.RunFile(dir + "/main.py");
  ASSERT_TRUE(s.ok()) << s;
  absl::StatusOr<Value> v = rt.Call("run", {Value::Int(5)});
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(v->AsInt(), 15);
  ASSERT_TRUE(rt.RunString("argv_text = ' '.join(args)\n").ok());
  ASSERT_TRUE(rt.RunString("def get_argv():\n    return argv_text\n").ok());
  absl::StatusOr<Value> a = rt.Call("get_argv");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(StrOf(*a), "main.py --flag");
  // "module.attr" calls reach imported modules too.
  absl::StatusOr<Value> h = rt.Call("helper.triple", {Value::Int(2)});
  ASSERT_TRUE(h.ok()) << h.status();
  EXPECT_EQ(h->AsInt(), 6);
}

// A file's traceback is CPython's, source lines and position markers
// included (checked against python3.11 on the same file).
TEST(EmbedRun, RunFileErrorIsTheFullCPythonTraceback) {
  std::string dir = absl::StrCat(TempDir(), "/embed_run_file_error");
  ASSERT_EQ(system(absl::StrCat("mkdir -p ", dir).c_str()), 0);
  std::string path = dir + "/plugin.py";
  WriteFile(path,
            "def load(cfg):\n"
            "    return cfg[\"name\"].upper()\n"
            "\n"
            "settings = {\"name\": None}\n"
            "load(settings)\n");
  Runtime rt;
  absl::Status s = rt.RunFile(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), absl::StatusCode::kUnknown);
  EXPECT_EQ(s.message(),
            absl::StrCat("Traceback (most recent call last):\n"
                         "  File \"",
                         path,
                         "\", line 5, in <module>\n"
                         "    load(settings)\n"
                         "  File \"",
                         path,
                         "\", line 2, in load\n"
                         "    return cfg[\"name\"].upper()\n"
                         "           ^^^^^^^^^^^^^^^^^\n"
                         "AttributeError: 'NoneType' object has no attribute "
                         "'upper'\n"));
}

TEST(EmbedRun, RunFileMissingIsNotFound) {
  Runtime rt;
  absl::Status s = rt.RunFile("/nonexistent/dir/plugin.py");
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(s.message()), HasSubstr("can't open file"));
}

// --- Native modules -----------------------------------------------------

TEST(EmbedNative, ArgumentsAndResults) {
  Runtime rt;
  ASSERT_TRUE(DefineHost(rt).ok());
  ASSERT_TRUE(rt.RunString("import host\n"
                           "def go():\n"
                           "    return host.add(2, 40)\n"
                           "def desc():\n"
                           "    return host.describe(1, 2.5, 'x', None, "
                           "[1, (2,)], True)\n")
                  .ok());
  absl::StatusOr<Value> v = rt.Call("go");
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(v->AsInt(), 42);
  absl::StatusOr<Value> d = rt.Call("desc");
  ASSERT_TRUE(d.ok()) << d.status();
  EXPECT_EQ(StrOf(*d), "1|2.5|'x'|None|[1, (2,)]|True");
  // Direct calls of the native through the API.
  absl::StatusOr<Value> direct =
      rt.Call("host.add", {Value::Int(1), Value::Int(2)});
  ASSERT_TRUE(direct.ok()) << direct.status();
  EXPECT_EQ(direct->AsInt(), 3);
}

TEST(EmbedNative, RaisedExceptionIsCatchableByScript) {
  Runtime rt;
  ASSERT_TRUE(DefineHost(rt).ok());
  ASSERT_TRUE(rt.RunString("import host\n"
                           "def safe():\n"
                           "    try:\n"
                           "        host.fail('bad input')\n"
                           "    except ValueError as e:\n"
                           "        return 'caught: ' + str(e)\n"
                           "def type_err():\n"
                           "    try:\n"
                           "        host.add('a', 1)\n"
                           "    except TypeError as e:\n"
                           "        return str(e)\n")
                  .ok());
  absl::StatusOr<Value> v = rt.Call("safe");
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(StrOf(*v), "caught: bad input");
  absl::StatusOr<Value> t = rt.Call("type_err");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(StrOf(*t), "add() expects two ints");
}

TEST(EmbedNative, HostChoosesTheExceptionType) {
  Runtime rt;
  ASSERT_TRUE(DefineHost(rt).ok());
  ASSERT_TRUE(rt.RunString("import host\n"
                           "class PluginError(Exception):\n"
                           "    pass\n"
                           "def custom():\n"
                           "    try:\n"
                           "        host.raise_as(PluginError, 'bad plugin')\n"
                           "    except PluginError as e:\n"
                           "        return type(e).__name__ + ': ' + str(e)\n"
                           "def builtin():\n"
                           "    try:\n"
                           "        host.raise_as(PermissionError, 'denied')\n"
                           "    except OSError as e:\n"
                           "        return type(e).__name__ + ': ' + str(e)\n"
                           "def key():\n"
                           "    try:\n"
                           "        host.lookup('k')\n"
                           "    except LookupError as e:\n"
                           "        return type(e).__name__ + ': ' + repr(e)\n"
                           "def lookup_uncaught():\n"
                           "    host.lookup()\n",
                           "plugin.py")
                  .ok());
  absl::StatusOr<Value> v = rt.Call("custom");
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(StrOf(*v), "PluginError: bad plugin");
  v = rt.Call("builtin");
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(StrOf(*v), "PermissionError: denied");
  v = rt.Call("key");
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(StrOf(*v), "KeyError: KeyError('k')");
  // Uncaught, the host's choice is what the traceback ends with.
  v = rt.Call("lookup_uncaught");
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.status().message(),
            "Traceback (most recent call last):\n"
            "  File \"plugin.py\", line 20, in lookup_uncaught\n"
            "LookupError: arity\n");
}

TEST(EmbedNative, UncaughtNativeExceptionTraceback) {
  Runtime rt;
  ASSERT_TRUE(DefineHost(rt).ok());
  absl::Status s = rt.RunString(
      "import host\n\ndef load():\n    host.fail('no config')\n\nload()\n",
      "plugin.py");
  ASSERT_FALSE(s.ok());
  // Like CPython: a builtin function adds no traceback entry; the script
  // line that called it is the innermost one.
  EXPECT_EQ(s.message(),
            "Traceback (most recent call last):\n"
            "  File \"plugin.py\", line 6, in <module>\n"
            "  File \"plugin.py\", line 4, in load\n"
            "ValueError: no config\n");
}

TEST(EmbedNative, NativeMayCallBackIntoTheRuntime) {
  Runtime rt;
  g_reentry_runtime = &rt;
  ASSERT_TRUE(DefineHost(rt).ok());
  ASSERT_TRUE(rt.RunString("import host\n"
                           "def square(n):\n    return n * n\n"
                           "def go(n):\n    return host.reenter(n) + 1\n")
                  .ok());
  absl::StatusOr<Value> v = rt.Call("go", {Value::Int(9)});
  g_reentry_runtime = nullptr;
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(v->AsInt(), 82);
}

// --- No exit(), no output unless asked ---------------------------------

TEST(EmbedExit, SysExitIsAStatusNotAProcessExit) {
  Runtime rt;
  absl::Status s = rt.RunString("import sys\nsys.exit(3)\n");
  EXPECT_EQ(s.code(), absl::StatusCode::kAborted);
  EXPECT_EQ(SystemExitCode(s), 3);
  EXPECT_EQ(rt.exit_code(), 3);
  EXPECT_EQ(s.message(), "");

  s = rt.RunString("raise SystemExit\n");
  EXPECT_EQ(SystemExitCode(s), 0);
  EXPECT_EQ(rt.exit_code(), 0);

  s = rt.RunString("raise SystemExit(7)\n");
  EXPECT_EQ(SystemExitCode(s), 7);

  // A non-integer code: status 1 and the text `interp` would print.
  s = rt.RunString("import sys\nsys.exit('fatal: bad config')\n");
  EXPECT_EQ(SystemExitCode(s), 1);
  EXPECT_EQ(s.message(), "fatal: bad config");

  // From a called function too; and scripts may still catch it.
  ASSERT_TRUE(rt.RunString("import sys\n"
                           "def quit(n):\n    sys.exit(n)\n"
                           "def guarded():\n"
                           "    try:\n        sys.exit(4)\n"
                           "    except SystemExit as e:\n"
                           "        return e.code\n")
                  .ok());
  absl::StatusOr<Value> q = rt.Call("quit", {Value::Int(5)});
  EXPECT_EQ(SystemExitCode(q.status()), 5);
  absl::StatusOr<Value> g = rt.Call("guarded");
  ASSERT_TRUE(g.ok()) << g.status();
  EXPECT_EQ(g->AsInt(), 4);

  // Other errors carry no exit code; the process is still here.
  EXPECT_EQ(SystemExitCode(rt.RunString("1/0\n")), std::nullopt);
  EXPECT_EQ(SystemExitCode(absl::OkStatus()), std::nullopt);
}

TEST(EmbedOutput, SilentUnlessAskedPrintGoesToStdout) {
  Runtime rt;
  ASSERT_TRUE(DefineHost(rt).ok());
  testing::internal::CaptureStdout();
  testing::internal::CaptureStderr();
  absl::Status err = rt.RunString(
      "def f():\n    raise ValueError('quiet')\nf()\n", "quiet.py");
  absl::Status ex = rt.RunString("import sys\nsys.exit(2)\n");
  absl::Status syn = rt.RunString("def (:\n");
  absl::Status ok = rt.RunString(
      "print('hello from script')\n"
      "import sys\nsys.stdout.flush()\n");
  std::string out = testing::internal::GetCapturedStdout();
  std::string errout = testing::internal::GetCapturedStderr();
  EXPECT_FALSE(err.ok());
  EXPECT_FALSE(ex.ok());
  EXPECT_FALSE(syn.ok());
  EXPECT_TRUE(ok.ok()) << ok;
  // print() is the script asking: it reaches the process's stdout.
  EXPECT_EQ(out, "hello from script\n");
  // The runtime itself wrote no diagnostics.
  EXPECT_EQ(errout, "");

  // PrintError is the host asking: the traceback goes to sys.stderr.
  testing::internal::CaptureStderr();
  rt.PrintError(err);
  rt.PrintError(ex);  // SystemExit: nothing to print
  std::string printed = testing::internal::GetCapturedStderr();
  EXPECT_EQ(printed, std::string(err.message()));
  EXPECT_THAT(printed, HasSubstr("ValueError: quiet\n"));
}

// --- Host limits ------------------------------------------------------------

TEST(EmbedLimits, InstructionBudgetStopsInfiniteLoop) {
  Runtime rt;
  rt.SetInstructionBudget(100000);
  auto start = std::chrono::steady_clock::now();
  absl::Status s = rt.RunString("while True:\n    pass\n", "spin.py");
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), absl::StatusCode::kUnknown);
  EXPECT_EQ(s.message(),
            "Traceback (most recent call last):\n"
            "  File \"spin.py\", line 1, in <module>\n"
            "TimeoutError: instruction budget exhausted\n");
  EXPECT_LT(elapsed, std::chrono::seconds(20));
  // Still exhausted: nothing runs until the host renews it.
  EXPECT_FALSE(rt.RunString("for i in range(10):\n    pass\n").ok());
  rt.SetInstructionBudget(1000);
  EXPECT_TRUE(rt.RunString("for i in range(10):\n    pass\n").ok());
  rt.SetInstructionBudget(-1);
  ASSERT_TRUE(rt.RunString("t = 0\nfor i in range(200000):\n    t += i\n"
                           "def total():\n    return t\n")
                  .ok());
  absl::StatusOr<Value> t = rt.Call("total");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->AsInt(), 199999LL * 200000 / 2);
}

TEST(EmbedLimits, BudgetStopsRecursionLoops) {
  Runtime rt;
  rt.SetInstructionBudget(200000);
  // Each attempt recurses to the recursion limit and is caught: without
  // the budget this never ends.
  absl::Status s = rt.RunString(
      "def down(n):\n    return down(n + 1)\n"
      "while True:\n"
      "    try:\n        down(0)\n"
      "    except RecursionError:\n        pass\n",
      "rec.py");
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              HasSubstr("TimeoutError: instruction budget exhausted\n"));
  // Mutual recursion without a loop statement: calls count too.
  rt.SetInstructionBudget(50000);
  s = rt.RunString(
      "def a(n):\n"
      "    try:\n        return b(n + 1)\n"
      "    except RecursionError:\n        return a(0)\n"
      "def b(n):\n    return a(n)\n"
      "a(0)\n",
      "mutual.py");
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr("TimeoutError"));
  rt.SetInstructionBudget(-1);
  EXPECT_TRUE(rt.RunString("def ok():\n    return 1\nok()\n").ok());
}

TEST(EmbedLimits, TimeoutIsCatchableButNotSwallowable) {
  Runtime rt;
  rt.SetInstructionBudget(10000);
  // The handler runs (cleanup is possible) but the next safe point raises
  // again, so the loop after it cannot continue.
  absl::Status s = rt.RunString(
      "log = []\n"
      "try:\n    while True:\n        pass\n"
      "except TimeoutError as e:\n    log.append(str(e))\n"
      "while True:\n    pass\n",
      "catch.py");
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr("line 7"));
  rt.SetInstructionBudget(-1);
  ASSERT_TRUE(rt.RunString("def get():\n    return log[0]\n").ok());
  absl::StatusOr<Value> v = rt.Call("get");
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(StrOf(*v), "instruction budget exhausted");
}

TEST(EmbedLimits, DeadlineStopsInfiniteLoop) {
  Runtime rt;
  rt.SetTimeout(std::chrono::milliseconds(100));
  auto start = std::chrono::steady_clock::now();
  absl::Status s = rt.RunString("while True:\n    pass\n", "spin.py");
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              HasSubstr("TimeoutError: deadline exceeded\n"));
  EXPECT_GE(elapsed, std::chrono::milliseconds(100));
  EXPECT_LT(elapsed, std::chrono::seconds(20));
  // The timeout is per run: the next run gets the whole of it again.
  EXPECT_TRUE(rt.RunString("for i in range(10):\n    pass\n").ok());
  rt.SetTimeout(std::chrono::nanoseconds(0));
  ASSERT_TRUE(rt.RunString("def spin():\n    while True:\n        pass\n"
                           "def fine():\n    return 2\n")
                  .ok());
  rt.SetTimeout(std::chrono::milliseconds(50));
  absl::StatusOr<Value> v = rt.Call("spin");
  ASSERT_FALSE(v.ok());
  EXPECT_THAT(std::string(v.status().message()),
              HasSubstr("TimeoutError: deadline exceeded"));
  rt.SetTimeout(std::chrono::nanoseconds(0));
  absl::StatusOr<Value> f = rt.Call("fine");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->AsInt(), 2);
}

TEST(EmbedLimits, DeadlineStopsWaitsOnChildProcesses) {
  Runtime rt;
  ASSERT_TRUE(rt.ok());
  rt.SetTimeout(std::chrono::milliseconds(300));
  for (const char* script :
       {"import subprocess\nsubprocess.run(['sleep', '30'])\n",
        "import subprocess\n"
        "subprocess.run(['sleep', '30'], capture_output=True)\n"}) {
    auto start = std::chrono::steady_clock::now();
    absl::Status s = rt.RunString(script, "child.py");
    auto elapsed = std::chrono::steady_clock::now() - start;
    ASSERT_FALSE(s.ok()) << script;
    EXPECT_THAT(std::string(s.message()),
                HasSubstr("TimeoutError: deadline exceeded"));
    EXPECT_LT(elapsed, std::chrono::seconds(10)) << script;
  }
}

TEST(EmbedLimits, InterruptFromAnotherThread) {
  Runtime rt;
  std::thread killer([&rt] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    rt.Interrupt();
  });
  absl::Status s = rt.RunString("while True:\n    pass\n", "spin.py");
  killer.join();
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              HasSubstr("TimeoutError: interrupted by the host\n"));
  // Not sticky: the next run is unaffected.
  EXPECT_TRUE(rt.RunString("x = 1\nfor i in range(1000):\n    x += i\n").ok());
}

}  // namespace
}  // namespace interp
