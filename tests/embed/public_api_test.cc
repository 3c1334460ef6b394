// The public embedding API (interp/embed/*.h) as a host uses it: handles
// that survive collections, conversions both ways with typed errors, native
// functions with closures and argument binding, calls with kwargs, script
// errors with their parts, and a Lock taken by a host thread while script
// threads run. Includes only public headers.
#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "gtest/gtest.h"
#include "interp/embed/handle.h"
#include "interp/embed/runtime.h"

namespace {

using interp::embed::Args;
using interp::embed::Handle;
using interp::embed::Kind;
using interp::embed::Lock;
using interp::embed::ModuleDef;
using interp::embed::Runtime;

std::unique_ptr<Runtime> NewRuntime(interp::embed::Options o = {}) {
  absl::StatusOr<std::unique_ptr<Runtime>> rt = Runtime::Create(std::move(o));
  EXPECT_TRUE(rt.ok()) << rt.status();
  return std::move(rt).value();
}

// Enough garbage to pass the collection threshold several times.
constexpr char kChurn[] =
    "junk = None\n"
    "for i in range(300000):\n"
    "    junk = ['x' * 20, str(i), {'k': i}]\n";

TEST(PublicApiTest, HandlesSurviveCollections) {
  auto rt = NewRuntime();
  ASSERT_TRUE(rt->RunString("def make():\n"
                            "    return {'a': [1, 2, 3], 'b': 'text'}\n"
                            "def adder(n):\n"
                            "    return lambda x: x + n\n")
                  .ok());
  Handle dict, fn;
  {
    Lock lock(*rt);
    absl::StatusOr<Handle> make = lock.Global("make");
    ASSERT_TRUE(make.ok()) << make.status();
    absl::StatusOr<Handle> d = lock.Call(*make);
    ASSERT_TRUE(d.ok()) << d.status();
    dict = *d;
    absl::StatusOr<Handle> adder = lock.Global("adder");
    ASSERT_TRUE(adder.ok());
    absl::StatusOr<Handle> f = lock.Call(*adder, {*lock.Int(10)});
    ASSERT_TRUE(f.ok());
    fn = *f;
  }
  // Nothing in the script refers to these values any more.
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(rt->RunString(kChurn).ok());
  Lock lock(*rt);
  EXPECT_EQ(lock.KindOf(dict), Kind::kDict);
  auto m = lock.To<std::map<std::string, Handle>>(dict);
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_EQ(*lock.To<std::vector<int64_t>>(m->at("a")),
            (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(*lock.ToStr(m->at("b")), "text");
  absl::StatusOr<Handle> r = lock.Call(fn, {*lock.Int(5)});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(*lock.ToInt(*r), 15);
}

TEST(PublicApiTest, HandlesAreCopyableMovableAndOutliveTheirLock) {
  auto rt = NewRuntime();
  Handle a;
  {
    Lock lock(*rt);
    a = *lock.Str("kept");
  }
  Handle b = a;             // copy without the lock
  Handle c = std::move(a);  // move
  EXPECT_FALSE(a);          // NOLINT: moved-from is empty by contract
  ASSERT_TRUE(rt->RunString(kChurn).ok());
  Lock lock(*rt);
  EXPECT_EQ(*lock.ToStr(b), "kept");
  EXPECT_EQ(*lock.ToStr(c), "kept");
  absl::StatusOr<std::string> empty = lock.ToStr(Handle());
  EXPECT_EQ(empty.status().code(), absl::StatusCode::kFailedPrecondition);
}

TEST(PublicApiTest, ConversionsRoundTrip) {
  auto rt = NewRuntime();
  Lock lock(*rt);
  std::map<std::string, std::vector<double>> m = {{"x", {1.5, -2}}, {"y", {}}};
  absl::StatusOr<Handle> h = lock.From(m);
  ASSERT_TRUE(h.ok()) << h.status();
  EXPECT_EQ(*lock.Repr(*h), "{'x': [1.5, -2.0], 'y': []}");
  auto back = lock.To<std::map<std::string, std::vector<double>>>(*h);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(*back, m);

  EXPECT_EQ(*lock.Repr(*lock.None()), "None");
  EXPECT_EQ(*lock.Repr(*lock.From(true)), "True");
  EXPECT_EQ(*lock.Repr(*lock.Bytes(std::string("a\0b", 3))), "b'a\\x00b'");
  EXPECT_EQ(*lock.ToBytes(*lock.Bytes("xyz")), "xyz");
  absl::StatusOr<Handle> t = lock.Tuple({*lock.Int(1), *lock.Str("é")});
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(*lock.Repr(*t), "(1, 'é')");
  EXPECT_EQ(lock.KindOf(*t), Kind::kTuple);
  EXPECT_EQ(lock.To<std::vector<std::string>>(*t).status().code(),
            absl::StatusCode::kInvalidArgument);  // 1 is not a str

  // Big ints: both ways, and a typed error when it does not fit.
  const std::string big = "-123456789012345678901234567890";
  absl::StatusOr<Handle> b = lock.IntFromDecimal(big);
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(lock.KindOf(*b), Kind::kInt);
  EXPECT_EQ(*lock.ToIntDecimal(*b), big);
  EXPECT_EQ(lock.ToInt(*b).status().code(), absl::StatusCode::kOutOfRange);
  EXPECT_EQ(*lock.Repr(*lock.From(uint64_t{18446744073709551615u})),
            "18446744073709551615");
  EXPECT_EQ(lock.IntFromDecimal("12x").status().code(),
            absl::StatusCode::kInvalidArgument);

  // Typed errors instead of crashes.
  absl::StatusOr<int64_t> wrong = lock.ToInt(*lock.Str("7"));
  EXPECT_EQ(wrong.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(wrong.status().message(), "expected int, got str");
  EXPECT_EQ(lock.To<int8_t>(*lock.Int(300)).status().code(),
            absl::StatusCode::kOutOfRange);
  EXPECT_EQ(lock.Str("\xff\xfe").status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(lock.ToBool(*lock.Int(1)).status().code(),
            absl::StatusCode::kInvalidArgument);
  EXPECT_DOUBLE_EQ(*lock.ToFloat(*lock.Int(3)), 3.0);
  absl::StatusOr<Handle> unhashable =
      lock.Dict({{*lock.List({}), *lock.Int(1)}});
  EXPECT_FALSE(unhashable.ok());
}

TEST(PublicApiTest, NativeFunctionsWithClosuresAndArguments) {
  auto rt = NewRuntime();
  int calls = 0;  // captured by reference: the closure is the host's
  ModuleDef def;
  def.functions.emplace_back(
      "scale",
      [&calls](Lock& lock, const Args& args) -> absl::StatusOr<Handle> {
        ++calls;
        absl::StatusOr<std::vector<Handle>> a =
            args.Bind("scale", {"x", "factor"}, 1);
        if (!a.ok()) return a.status();
        absl::StatusOr<int64_t> x = lock.ToInt((*a)[0]);
        if (!x.ok()) {
          return interp::embed::Raise("TypeError", "scale() expects an int");
        }
        int64_t factor = 10;
        if ((*a)[1]) factor = *lock.ToInt((*a)[1]);
        return lock.From(*x * factor);
      });
  def.functions.emplace_back("fail",
                             [](Lock&, const Args&) -> absl::StatusOr<Handle> {
                               return absl::NotFoundError("no such record");
                             });
  {
    Lock lock(*rt);
    def.constants.emplace_back("VERSION", *lock.Str("1.2"));
  }
  ASSERT_TRUE(rt->DefineModule("host", std::move(def)).ok());
  absl::Status s = rt->RunString(
      "import host\n"
      "assert host.VERSION == '1.2'\n"
      "assert host.scale(4) == 40\n"
      "assert host.scale(4, factor=3) == 12\n"
      "assert host.scale(x=2, factor=2) == 4\n"
      "msgs = []\n"
      "for call in (lambda: host.scale(), lambda: host.scale(1, 2, 3),\n"
      "             lambda: host.scale(1, y=2), lambda: host.scale(1, x=2),\n"
      "             lambda: host.scale('a')):\n"
      "    try:\n"
      "        call()\n"
      "    except TypeError as e:\n"
      "        msgs.append(str(e))\n"
      "try:\n"
      "    host.fail()\n"
      "except KeyError as e:\n"
      "    msgs.append('KeyError ' + str(e))\n");
  ASSERT_TRUE(s.ok()) << s;
  EXPECT_EQ(calls, 8);
  Lock lock(*rt);
  auto msgs = lock.To<std::vector<std::string>>(*lock.Global("msgs"));
  ASSERT_TRUE(msgs.ok()) << msgs.status();
  EXPECT_EQ(*msgs,
            (std::vector<std::string>{
                "scale() missing 1 required positional argument: 'x'",
                "scale() takes from 1 to 2 positional arguments but 3 were "
                "given",
                "scale() got an unexpected keyword argument 'y'",
                "scale() got multiple values for argument 'x'",
                "scale() expects an int", "KeyError 'no such record'"}));
  EXPECT_EQ(rt->DefineModule("host", {}).code(),
            absl::StatusCode::kAlreadyExists);
}

TEST(PublicApiTest, CallsWithKwargsAndScriptErrors) {
  auto rt = NewRuntime();
  ASSERT_TRUE(rt->RunString("def f(a, b=2, *, c=3):\n"
                            "    return [a, b, c]\n"
                            "def bad(x):\n"
                            "    raise ValueError('bad value %r' % (x,))\n")
                  .ok());
  Lock lock(*rt);
  absl::StatusOr<Handle> r =
      lock.Call(*lock.Global("f"), {*lock.Int(1)}, {{"c", *lock.Int(9)}});
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(*lock.To<std::vector<int64_t>>(*r),
            (std::vector<int64_t>{1, 2, 9}));
  absl::StatusOr<Handle> e = lock.Call(*lock.Global("bad"), {*lock.Int(5)});
  ASSERT_FALSE(e.ok());
  std::optional<interp::embed::ScriptError> err =
      interp::embed::ScriptErrorOf(e.status());
  ASSERT_TRUE(err.has_value());
  EXPECT_EQ(err->type, "ValueError");
  EXPECT_EQ(err->message, "bad value 5");
  EXPECT_NE(err->traceback.find("line 4, in bad"), std::string::npos)
      << err->traceback;
  Handle exc = lock.LastException();
  ASSERT_TRUE(exc);
  EXPECT_EQ(lock.TypeName(exc), "ValueError");
  EXPECT_EQ(*lock.Repr(exc), "ValueError('bad value 5')");
  // Module attributes by dotted name; NotFound without an exception.
  absl::StatusOr<Handle> sqrt = lock.Global("math.sqrt");
  ASSERT_TRUE(sqrt.ok()) << sqrt.status();
  EXPECT_DOUBLE_EQ(*lock.ToFloat(*lock.Call(*sqrt, {*lock.Int(16)})), 4.0);
  EXPECT_EQ(lock.Global("nope").status().code(), absl::StatusCode::kNotFound);
  EXPECT_FALSE(interp::embed::ScriptErrorOf(absl::OkStatus()).has_value());
}

// Issue 15, bug 4: a host thread building values while a script thread
// runs (it crashed in ListAppend without a way to hold the lock).
TEST(PublicApiTest, HostThreadsBuildValuesWhileScriptThreadsRun) {
  auto rt = NewRuntime();
  ASSERT_TRUE(rt->RunString("import threading\n"
                            "stop = threading.Event()\n"
                            "shared = []\n"
                            "def churn():\n"
                            "    while not stop.is_set():\n"
                            "        shared.append(['y' * 10] * 5)\n"
                            "        if len(shared) > 1000:\n"
                            "            del shared[:]\n"
                            "t = threading.Thread(target=churn)\n"
                            "t.start()\n"
                            "def total(xs):\n"
                            "    return sum(len(x) for x in xs)\n")
                  .ok());
  std::atomic<int> ok_calls{0};
  std::vector<std::thread> hosts;
  for (int t = 0; t < 3; ++t) {
    hosts.emplace_back([&, t] {
      Runtime::ThreadScope scope(*rt, "host-" + std::to_string(t));
      std::vector<Handle> kept;
      for (int i = 0; i < 200; ++i) {
        Lock lock(*rt);
        std::vector<std::string> words(20, std::string(i % 7 + 1, 'w'));
        absl::StatusOr<Handle> list = lock.From(words);
        if (!list.ok()) continue;
        kept.push_back(*list);
        absl::StatusOr<Handle> n = lock.Call(*lock.Global("total"), {*list});
        if (n.ok() && *lock.ToInt(*n) == 20 * (i % 7 + 1)) ++ok_calls;
      }
      Lock lock(*rt);
      for (size_t i = 0; i < kept.size(); ++i) {
        auto words = lock.To<std::vector<std::string>>(kept[i]);
        if (!words.ok() || words->size() != 20) ADD_FAILURE() << i;
      }
    });
  }
  for (std::thread& h : hosts) h.join();
  EXPECT_EQ(ok_calls.load(), 600);
  ASSERT_TRUE(rt->RunString("stop.set()\nt.join()\n").ok());
}

TEST(PublicApiTest, ForeignHandlesAreRejected) {
  auto a = NewRuntime();
  auto b = NewRuntime();
  Handle from_a;
  {
    Lock lock(*a);
    from_a = *lock.Str("a");
  }
  Lock lock(*b);
  EXPECT_EQ(lock.ToStr(from_a).status().code(),
            absl::StatusCode::kFailedPrecondition);
  EXPECT_EQ(lock.List({from_a}).status().code(),
            absl::StatusCode::kFailedPrecondition);
}

TEST(PublicApiTest, HandleOutlivesRuntime) {
  Handle h;
  {
    auto rt = NewRuntime();
    Lock lock(*rt);
    h = *lock.Str("x");
  }
  Handle copy = h;  // harmless: it refers to nothing now
  EXPECT_TRUE(copy);
}

}  // namespace
