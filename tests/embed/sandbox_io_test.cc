// The public API's per-runtime memory limit, sandbox presets and output
// redirection. Includes only public headers.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "gtest/gtest.h"
#include "interp/embed/runtime.h"

namespace {

using interp::embed::Lock;
using interp::embed::Options;
using interp::embed::Runtime;
using interp::embed::Sandbox;

std::unique_ptr<Runtime> NewRuntime(Options o) {
  absl::StatusOr<std::unique_ptr<Runtime>> rt = Runtime::Create(std::move(o));
  EXPECT_TRUE(rt.ok()) << rt.status();
  return std::move(rt).value();
}

std::string ErrorType(const absl::Status& s) {
  auto e = interp::embed::ScriptErrorOf(s);
  return e.has_value() ? e->type : "";
}

TEST(MemoryLimitTest, MemoryErrorInScriptAndRuntimeStaysUsable) {
  auto rt = NewRuntime({.memory_limit_bytes = 32 << 20});
  // Caught in the script: the handler itself still runs.
  absl::Status s = rt->RunString(
      "l = []\n"
      "try:\n"
      "    while True:\n"
      "        l.append('x' * 1000 + str(len(l)))\n"
      "except MemoryError:\n"
      "    n = len(l)\n"
      "    l = None\n"
      "    caught = True\n");
  ASSERT_TRUE(s.ok()) << s;
  Lock lock(*rt);
  absl::StatusOr<int64_t> n = lock.To<int64_t>(*lock.Global("n"));
  ASSERT_TRUE(n.ok());
  // About 32 MiB of ~1 KiB strings, not the process's memory.
  EXPECT_GT(*n, 10000);
  EXPECT_LT(*n, 40000);
}

TEST(MemoryLimitTest, UncaughtMemoryErrorThenNextRunWorks) {
  auto rt = NewRuntime({.memory_limit_bytes = 16 << 20});
  absl::Status s = rt->RunString("big = 'y' * (64 << 20)\n");
  EXPECT_EQ(ErrorType(s), "MemoryError") << s;
  s = rt->RunString("l = [bytes(1000) for _ in range(100000)]\n");
  EXPECT_EQ(ErrorType(s), "MemoryError") << s;
  // The garbage of the failed runs is collected; ordinary work goes on.
  s = rt->RunString(
      "total = 0\n"
      "for i in range(200):\n"
      "    chunk = [str(j) for j in range(10000)]\n"
      "    total += len(chunk)\n"
      "assert total == 2000000\n");
  EXPECT_TRUE(s.ok()) << s;
  // Raising the limit lets the big allocation through.
  rt->SetMemoryLimit(256 << 20);
  s = rt->RunString("big = 'y' * (64 << 20)\nassert len(big) == 64 << 20\n");
  EXPECT_TRUE(s.ok()) << s;
}

constexpr char kProbe[] =
    "import sys\n"
    "def probe(src):\n"
    "    try:\n"
    "        exec(src, {})\n"
    "        return 'ok'\n"
    "    except BaseException as e:\n"
    "        return type(e).__name__\n";

std::string Probe(Runtime& rt, const std::string& src) {
  Lock lock(rt);
  absl::StatusOr<interp::embed::Handle> fn = lock.Global("probe");
  if (!fn.ok()) return fn.status().ToString();
  absl::StatusOr<interp::embed::Handle> r = lock.Call(*fn, {*lock.Str(src)});
  if (!r.ok()) return r.status().ToString();
  return *lock.ToStr(*r);
}

class SandboxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = ::testing::TempDir() + "/sandbox_probe.txt";
    std::ofstream(path_) << "hello\n";
  }
  std::string ReadSrc() const {
    return "assert open(" + Quoted() + ").read() == 'hello\\n'";
  }
  std::string WriteSrc(const std::string& mode) const {
    return "open(" + Quoted() + ", '" + mode + "').close()";
  }
  std::string Quoted() const { return "'" + path_ + "'"; }
  std::string path_;
};

TEST_F(SandboxTest, PureComputation) {
  auto rt = NewRuntime({.sandbox = Sandbox::kPureComputation});
  ASSERT_TRUE(rt->RunString(kProbe).ok());
  // Computation works, including the standard modules that compute.
  for (const char* ok :
       {"import math; assert math.isqrt(10**20) == 10**10",
        "import json; assert json.loads('[1]') == [1]",
        "import re, collections, itertools, functools, heapq, bisect",
        "import dataclasses, typing, datetime, time, queue",
        "import random, struct, hashlib, base64, string, textwrap, copy",
        "import pickle, numbers, timeit, configparser, concurrent.futures",
        "import array; assert array.array('h', [1]).tobytes() == b'\\1\\0'",
        "import unicodedata; assert unicodedata.name('a') == "
        "'LATIN SMALL LETTER A'",
        "import inspect; assert str(inspect.signature(lambda a, *, b=1: 0))"
        " == '(a, *, b=1)'",
        "import pickle, fractions; f = fractions.Fraction(1, 3); "
        "assert pickle.loads(pickle.dumps([f, f])) == [f, f]",
        "import configparser; c = configparser.ConfigParser(); "
        "c.read_string('[s]\\nk = 1\\n'); assert c.getint('s', 'k') == 1",
        "x = eval('1 + 1'); assert x == 2",
        "import colorsys, sched, stat, html.parser, zipfile, tarfile",
        "import xml.etree.ElementTree as ET; "
        "assert ET.fromstring('<a><b/></a>')[0].tag == 'b'",
        "import bz2, lzma; assert bz2.decompress(bz2.compress(b'x')) == b'x'"
        " and lzma.decompress(lzma.compress(b'y')) == b'y'",
        "import decimal; assert str(decimal.Decimal(1) / 8) == '0.125'",
        "import ast; assert ast.literal_eval('[1, (2,)]') == [1, (2,)]",
        "import tokenize; src = ['x = 1']; assert len(list("
        "tokenize.generate_tokens(lambda: src.pop() if src else ''))) == 5"}) {
    EXPECT_EQ(Probe(*rt, ok), "ok") << ok;
  }
  // The archive modules reach files only through open(), which is gone.
  EXPECT_EQ(Probe(*rt, "import zipfile; zipfile.ZipFile(" + Quoted() + ")"),
            "AttributeError");
  EXPECT_EQ(Probe(*rt, "import xml.etree.ElementTree as ET; ET.parse(" +
                           Quoted() + ")"),
            "NameError");
  EXPECT_EQ(Probe(*rt, "import sqlite3"), "ImportError");
  EXPECT_EQ(Probe(*rt, "import _sqlite3"), "ImportError");
  EXPECT_EQ(Probe(*rt, "import pwd"), "ImportError");
  // No files, no processes, no signals, no host introspection.
  EXPECT_EQ(Probe(*rt, ReadSrc()), "NameError");
  EXPECT_EQ(Probe(*rt, "input()"), "NameError");
  EXPECT_EQ(Probe(*rt, "import builtins; builtins.open"), "AttributeError");
  EXPECT_EQ(Probe(*rt, "import importlib"), "ImportError");
  for (const char* mod :
       {"os", "io", "subprocess", "signal", "shutil", "pathlib", "posix",
        "faulthandler", "tempfile", "platform", "_platform"}) {
    EXPECT_EQ(Probe(*rt, std::string("import ") + mod), "ImportError") << mod;
    EXPECT_EQ(Probe(*rt, std::string("exec('import ") + mod + "')"),
              "ImportError")
        << mod;
  }
  EXPECT_EQ(Probe(*rt, "import pickle; pickle.loads(b'cos\\nsystem\\n.')"),
            "ImportError");
  EXPECT_EQ(Probe(*rt,
                  "import sys; assert 'os' not in sys.modules and "
                  "'posix' not in sys.modules and 'io' not in "
                  "sys.modules"),
            "ok");
}

TEST_F(SandboxTest, FilesystemReadOnly) {
  auto rt = NewRuntime({.sandbox = Sandbox::kFilesystemReadOnly});
  ASSERT_TRUE(rt->RunString(kProbe).ok());
  EXPECT_EQ(Probe(*rt, ReadSrc()), "ok");
  EXPECT_EQ(Probe(*rt, "open(" + Quoted() + ", 'rb').read()"), "ok");
  EXPECT_EQ(Probe(*rt, "open(file=" + Quoted() + ", mode='r').read()"), "ok");
  for (const char* mode : {"w", "a", "x", "r+", "wb", "ab"}) {
    EXPECT_EQ(Probe(*rt, WriteSrc(mode)), "PermissionError") << mode;
    EXPECT_EQ(Probe(*rt, "open(" + Quoted() + ", mode='" + mode + "')"),
              "PermissionError")
        << mode;
  }
  EXPECT_EQ(Probe(*rt, "import os"), "ImportError");
  EXPECT_EQ(Probe(*rt, "import io"), "ImportError");
  EXPECT_EQ(Probe(*rt, "import math"), "ok");
  // Archives may be read, not written.
  EXPECT_EQ(Probe(*rt, "import zipfile; zipfile.ZipFile(" + Quoted() + ")"),
            "BadZipFile");
  EXPECT_EQ(
      Probe(*rt, "import zipfile; zipfile.ZipFile(" + Quoted() + ", 'a')"),
      "PermissionError");
  EXPECT_EQ(Probe(*rt, "import tarfile; tarfile.TarFile(fileobj=open(" +
                           Quoted() + ", 'rb'))"),
            "ReadError");
  std::ifstream in(path_);
  std::string content((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(content, "hello\n");  // untouched
}

TEST_F(SandboxTest, EverythingAndExplicitAllowList) {
  auto rt = NewRuntime({.sandbox = Sandbox::kEverything});
  ASSERT_TRUE(rt->RunString(kProbe).ok());
  EXPECT_EQ(Probe(*rt, WriteSrc("a")), "ok");
  EXPECT_EQ(Probe(*rt, "import os, subprocess, signal, io"), "ok");
  // A host list narrows a preset further.
  auto narrow = NewRuntime(
      {.sandbox = Sandbox::kPureComputation,
       .allowed_modules = std::vector<std::string>{"sys", "math", "os"}});
  ASSERT_TRUE(narrow->RunString(kProbe).ok());
  EXPECT_EQ(Probe(*narrow, "import math"), "ok");
  EXPECT_EQ(Probe(*narrow, "import json"), "ImportError");
  EXPECT_EQ(Probe(*narrow, "import os"), "ImportError");  // not in preset
}

TEST(OutputTest, SinksReceiveWritesInOrder) {
  std::vector<std::string> events;
  auto rt = NewRuntime({.stdout_sink =
                            [&](std::string_view t) {
                              events.push_back("out:" + std::string(t));
                            },
                        .stderr_sink =
                            [&](std::string_view t) {
                              events.push_back("err:" + std::string(t));
                            }});
  events.push_back("host:before");
  absl::Status s = rt->RunString(
      "import sys\n"
      "print('a', 1)\n"
      "sys.stderr.write('warn\\n')\n"
      "print('b', end='')\n"
      "sys.stdout.flush()\n");
  ASSERT_TRUE(s.ok()) << s;
  events.push_back("host:after");
  ASSERT_TRUE(rt->FlushOutput().ok());
  EXPECT_EQ(events, (std::vector<std::string>{
                        "host:before", "out:a", "out: ", "out:1", "out:\n",
                        "err:warn\n", "out:b", "host:after"}));
  // A traceback printed by a script goes to its stderr sink too.
  events.clear();
  s = rt->RunString(
      "import traceback\n"
      "try:\n"
      "    1/0\n"
      "except ZeroDivisionError:\n"
      "    traceback.print_exc()\n");
  ASSERT_TRUE(s.ok()) << s;
  std::string err;
  for (const std::string& e : events) {
    if (e.rfind("err:", 0) == 0) err += e.substr(4);
  }
  EXPECT_NE(err.find("ZeroDivisionError: division by zero"), std::string::npos)
      << err;
  EXPECT_EQ(rt->RunString("import sys\nsys.stdout.write(3)\n").code(),
            absl::StatusCode::kUnknown);
}

TEST(OutputTest, FileDescriptors) {
  int out[2];
  ASSERT_EQ(pipe(out), 0);
  {
    auto rt = NewRuntime({.stdout_fd = out[1]});
    ASSERT_TRUE(rt->RunString("for i in range(3):\n    print(i)\n").ok());
    // Already in the pipe: no flush needed, nothing buffered.
    char buf[64] = {};
    ssize_t n = read(out[0], buf, sizeof(buf) - 1);
    ASSERT_GT(n, 0);
    EXPECT_EQ(std::string(buf, n), "0\n1\n2\n");
  }
  close(out[0]);
  close(out[1]);
  EXPECT_EQ(
      Runtime::Create({.stdout_sink = [](std::string_view) {}, .stdout_fd = 1})
          .status()
          .code(),
      absl::StatusCode::kInvalidArgument);
}

}  // namespace
