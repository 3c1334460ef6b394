// VM tests through the embedding API: results of script calls, exceptions
// and their tracebacks, CPython's call-binding messages, the recursion
// limit, the frame stack a native function sees, and host budgets.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "runtime/builtins/errors.h"
#include "runtime/embed/runtime.h"
#include "runtime/frames/code_info.h"
#include "runtime/frames/frame_stack.h"
#include "runtime/frames/thread_state.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"

namespace interp {
namespace {

// Output of host.emit(...) calls: the test's own capture of what scripts
// produce, independent of sys.stdout.
std::string* g_out = nullptr;

Value Emit(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  for (uint32_t i = 0; i < nargs; ++i) {
    Value s = ToStr(ts, args[i]);
    if (s.IsError()) return s;
    if (i > 0) *g_out += " ";
    *g_out += static_cast<Str*>(s.AsObject())->view();
  }
  *g_out += "\n";
  return Value::None();
}

// host.frames(): describes the calling thread's frame stack, innermost
// first: "<native> host.frames", "inner:3", ...
Value Frames(ThreadState& ts, const Value*, uint32_t, Tuple*) {
  std::string desc;
  uint32_t depth = ts.frames.LoadDepth();
  for (uint32_t i = depth; i-- > 0;) {
    const Frame& f = ts.frames.records()[i];
    if (!desc.empty()) desc += ",";
    if (const NativeInfo* n = f.native_info.load()) {
      desc += absl::StrCat(
          "<native> ", std::string(n->qualified_name, n->qualified_name_len));
    } else if (const CodeInfo* c = f.code_info.load()) {
      desc += absl::StrCat(std::string(c->name, c->name_len), ":",
                           LineForPc(c->lines, c->num_lines, f.pc.load()));
    }
  }
  return StrValue(ts, desc);
}

class VmTest : public ::testing::Test {
 protected:
  void SetUp() override {
    g_out = &out_;
    rt_ = std::make_unique<Runtime>(Runtime::Options{.argv = {"test.py"}});
    ASSERT_TRUE(rt_->ok());
    ASSERT_TRUE(
        rt_->DefineModule("host", {{"emit", Emit}, {"frames", Frames}}).ok());
  }
  void TearDown() override {
    rt_.reset();
    g_out = nullptr;
  }
  // Runs `src` (prefixed with `import host`) and returns the emitted text,
  // or the error message.
  std::string Run(const std::string& src) {
    out_.clear();
    absl::Status s = rt_->RunString("import host\n" + src, "test.py");
    if (!s.ok()) return out_ + "ERROR: " + std::string(s.message());
    return out_;
  }

  std::string out_;
  std::unique_ptr<Runtime> rt_;
};

TEST_F(VmTest, Arithmetic) {
  EXPECT_EQ(Run("host.emit(1 + 2 * 3, 7 // 2, -7 // 2, 7 % -3, 2 ** 10)"),
            "7 3 -4 -2 1024\n");
  EXPECT_EQ(Run("host.emit(1 / 4, 3.5 + 1, True + 1)"), "0.25 4.5 2\n");
}

TEST_F(VmTest, IntOverflowPromotes) {
  EXPECT_EQ(Run("x = 9223372036854775807\nx = x + 1\nhost.emit(x, -x - 1)"),
            "9223372036854775808 -9223372036854775809\n");
  EXPECT_EQ(Run("x = -9223372036854775807 - 1\nhost.emit(x // -1, x * x)"),
            "9223372036854775808 85070591730234615865843651857942052864\n");
}

// A range holds int64 bounds: a slice whose new step or bounds leave int64
// raises OverflowError, as range() does for such bounds (CPython, whose
// ranges hold any int, returns them; before, the product overflowed).
TEST_F(VmTest, RangeSliceBeyondInt64RaisesOverflowError) {
  for (const char* expr :
       {"range(0, 10, 3)[::2**63]", "range(0, 10, -3)[::-2**62]",
        "range(-2**63, 2**63 - 1, 2**62)[:]",
        "range(2**62, -2**62, -(2**61))[::2**62]"}) {
    EXPECT_EQ(Run(std::string("try:\n    ") + expr +
                  "\nexcept OverflowError as e:\n    host.emit(e)"),
              "Python int too large to convert to C ssize_t\n")
        << expr;
  }
  EXPECT_EQ(
      Run("host.emit(range(10)[::2**63], range(-2**63, 2**62, 2**62)[1:])"),
      "range(0, 10, 9223372036854775807) "
      "range(-4611686018427387904, 4611686018427387904, "
      "4611686018427387904)\n");
}

TEST_F(VmTest, FibThroughCall) {
  ASSERT_TRUE(rt_->RunString("def fib(n):\n"
                             "    if n < 2:\n"
                             "        return n\n"
                             "    return fib(n - 1) + fib(n - 2)\n",
                             "fib.py")
                  .ok());
  absl::StatusOr<Value> v = rt_->Call("fib", {Value::Int(20)});
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(v->AsInt(), 6765);
}

TEST_F(VmTest, LoopsAndLocals) {
  EXPECT_EQ(Run("def run(n):\n"
                "    total = 0\n"
                "    i = 0\n"
                "    while i < n:\n"
                "        total = (total + i * i) % 1000003\n"
                "        i += 1\n"
                "    return total\n"
                "host.emit(run(1000))\n"
                "s = 0\n"
                "for i in range(10):\n"
                "    s += i\n"
                "for x in [1, 2, 3]:\n"
                "    s += x\n"
                "host.emit(s)\n"),
            "832504\n51\n");
}

TEST_F(VmTest, ArgumentBinding) {
  EXPECT_EQ(Run("def f(a, b=2, *args, c, d=4, **kw):\n"
                "    return (a, b, args, c, d, kw)\n"
                "host.emit(f(1, c=3))\n"
                "host.emit(f(1, 5, 6, 7, c=3, z=9))\n"
                "host.emit(f(*[1, 2], **{'c': 0}))\n"),
            "(1, 2, (), 3, 4, {})\n"
            "(1, 5, (6, 7), 3, 4, {'z': 9})\n"
            "(1, 2, (), 0, 4, {})\n");
}

TEST_F(VmTest, ArgumentErrors) {
  std::string pre = "def f(x, y):\n    pass\n";
  auto err = [&](const std::string& call) {
    std::string r = Run(pre + "try:\n    " + call +
                        "\nexcept TypeError as e:\n    host.emit(e)\n");
    return r;
  };
  EXPECT_EQ(err("f(1)"), "f() missing 1 required positional argument: 'y'\n");
  EXPECT_EQ(err("f()"),
            "f() missing 2 required positional arguments: 'x' and 'y'\n");
  EXPECT_EQ(err("f(1, 2, 3)"),
            "f() takes 2 positional arguments but 3 were given\n");
  EXPECT_EQ(err("f(1, 2, z=3)"),
            "f() got an unexpected keyword argument 'z'\n");
  EXPECT_EQ(err("f(1, x=1)"), "f() got multiple values for argument 'x'\n");
}

TEST_F(VmTest, ClassesAndMethods) {
  EXPECT_EQ(
      Run("class A:\n"
          "    k = 10\n"
          "    def __init__(self, x):\n"
          "        self.x = x\n"
          "    def get(self):\n"
          "        return self.x + self.k\n"
          "    @property\n"
          "    def double(self):\n"
          "        return self.x * 2\n"
          "    @staticmethod\n"
          "    def s(v):\n"
          "        return v + 1\n"
          "    @classmethod\n"
          "    def c(cls):\n"
          "        return cls.__name__\n"
          "class B(A):\n"
          "    def get(self):\n"
          "        return super().get() * 100\n"
          "b = B(3)\n"
          "host.emit(b.get(), b.double, B.s(1), b.c(), type(b).__name__)\n"
          "m = b.get\n"
          "host.emit(m())\n"),
      "1300 6 2 B B\n1300\n");
}

TEST_F(VmTest, InitMustReturnNone) {
  std::string r =
      Run("class A:\n    def __init__(self):\n        return 1\nA()\n");
  EXPECT_NE(r.find("TypeError: __init__() should return None, not 'int'"),
            std::string::npos)
      << r;
}

TEST_F(VmTest, Closures) {
  EXPECT_EQ(Run("def counter():\n"
                "    n = 0\n"
                "    def inc():\n"
                "        nonlocal n\n"
                "        n += 1\n"
                "        return n\n"
                "    return inc\n"
                "c = counter()\n"
                "c()\n"
                "host.emit(c(), c())\n"),
            "2 3\n");
}

TEST_F(VmTest, ExceptionsAndTraceback) {
  std::string r =
      Run("def inner():\n"
          "    return 1 // 0\n"
          "def outer():\n"
          "    inner()\n"
          "outer()\n");
  EXPECT_NE(r.find("Traceback (most recent call last):\n"
                   "  File \"test.py\", line 6, in <module>\n"
                   "  File \"test.py\", line 5, in outer\n"
                   "  File \"test.py\", line 3, in inner\n"
                   "ZeroDivisionError: integer division or modulo by zero\n"),
            std::string::npos)
      << r;
}

TEST_F(VmTest, ExceptionChaining) {
  std::string r =
      Run("try:\n"
          "    {}['k']\n"
          "except KeyError:\n"
          "    raise ValueError('bad')\n");
  EXPECT_NE(r.find("KeyError: 'k'\n\nDuring handling of the above exception, "
                   "another exception occurred:\n\n"),
            std::string::npos)
      << r;
  EXPECT_NE(r.find("ValueError: bad\n"), std::string::npos) << r;
  r =
      Run("try:\n"
          "    {}['k']\n"
          "except KeyError as e:\n"
          "    raise ValueError('bad') from e\n");
  EXPECT_NE(r.find("The above exception was the direct cause of the "
                   "following exception:"),
            std::string::npos)
      << r;
}

TEST_F(VmTest, TryFinallyAndHandlers) {
  EXPECT_EQ(Run("def f():\n"
                "    try:\n"
                "        raise KeyError('a')\n"
                "    except (ValueError, KeyError) as e:\n"
                "        host.emit('caught', repr(e))\n"
                "    finally:\n"
                "        host.emit('finally')\n"
                "    return 'done'\n"
                "host.emit(f())\n"),
            "caught KeyError('a')\nfinally\ndone\n");
}

TEST_F(VmTest, RecursionLimit) {
  std::string r = Run("def f(n):\n    return f(n + 1)\nf(0)\n");
  EXPECT_NE(r.find("  [Previous line repeated 996 more times]\n"
                   "RecursionError: maximum recursion depth exceeded\n"),
            std::string::npos)
      << r;
  // Still usable afterwards.
  EXPECT_EQ(Run("host.emit('ok')"), "ok\n");
}

TEST_F(VmTest, RecursionThroughNativeReentry) {
  std::string r =
      Run("class A:\n"
          "    def __repr__(self):\n"
          "        return repr(self)\n"
          "try:\n"
          "    repr(A())\n"
          "except RecursionError:\n"
          "    host.emit('recursion')\n");
  EXPECT_EQ(r, "recursion\n");
}

TEST_F(VmTest, NativeFrameVisibleOnStack) {
  EXPECT_EQ(Run("def inner():\n"
                "    return host.frames()\n"
                "def outer():\n"
                "    return inner()\n"
                "host.emit(outer())\n"),
            "<native> host.frames,inner:3,outer:5,<module>:6\n");
}

TEST_F(VmTest, InstructionBudget) {
  rt_->SetInstructionBudget(10000);
  std::string r = Run("while True:\n    pass\n");
  rt_->SetInstructionBudget(-1);
  EXPECT_NE(r.find("TimeoutError"), std::string::npos) << r;
  EXPECT_EQ(Run("host.emit('after')"), "after\n");
}

TEST_F(VmTest, SystemExitCode) {
  absl::Status s = rt_->RunString("import sys\nsys.exit(3)\n", "x.py");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(rt_->exit_code(), 3);
}

TEST_F(VmTest, NameAndAttributeErrors) {
  std::string r = Run("undefined_name\n");
  EXPECT_NE(r.find("NameError: name 'undefined_name' is not defined"),
            std::string::npos)
      << r;
  r = Run("class Foo:\n    pass\nFoo().x\n");
  EXPECT_NE(r.find("AttributeError: 'Foo' object has no attribute 'x'"),
            std::string::npos)
      << r;
}

TEST_F(VmTest, SyntaxErrorReported) {
  absl::Status s = rt_->RunString("x = = 1\n", "bad.py");
  EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("  File \"bad.py\", line 1\n    x = = 1\n"),
            std::string::npos)
      << s.message();
  EXPECT_NE(s.message().find("SyntaxError: invalid syntax"), std::string::npos);
}

// A frozen standard module imported again (dropped from sys.modules first,
// as the fuzz runner's reset does) is a new module with new functions and
// classes, running the code compiled the first time (RuntimeState::
// frozen_code): nothing of the first module's state carries over.
TEST_F(VmTest, FrozenModuleReimportReusesOnlyCode) {
  EXPECT_EQ(Run("import sys, heapq, collections\n"
                "f, code = heapq.heappush, heapq.heappush.__code__\n"
                "counter = collections.Counter\n"
                "heapq.extra = 1\n"
                "del sys.modules['heapq'], sys.modules['collections']\n"
                "import heapq as h2, collections as c2\n"
                "host.emit(h2 is not heapq, h2.heappush is not f,\n"
                "          h2.heappush.__code__ is code,\n"
                "          hasattr(h2, 'extra'), c2.Counter is not counter)\n"
                "q = []\n"
                "h2.heappush(q, 2); h2.heappush(q, 1)\n"
                "host.emit(q, c2.Counter('aab')['a'])\n"),
            "True True True False True\n[1, 2] 2\n");
}

}  // namespace
}  // namespace interp
