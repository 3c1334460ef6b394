// The builtins layer, called directly: builtins from the builtins module's
// dict and methods from the builtin classes' dicts, through CallValue, on
// a bootstrapped runtime. Expected strings are CPython 3.11's.
#include <unistd.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/builtins/bootstrap.h"
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/frames/thread_registry.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"

namespace interp {
namespace {

class BuiltinsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RuntimeOptions options;
    options.argv = {"prog.py", "a1"};
    options.module_path = {"/tmp"};
    options.xoptions = {{"faulthandler", ""}, {"mode", "fast"}};
    rt_ = std::make_unique<RuntimeState>(std::move(options));
    ts_ = AttachThreadState(rt_.get(), true);
    ASSERT_NE(ts_, nullptr);
    ASSERT_TRUE(BootstrapRuntime(*ts_));
  }
  void TearDown() override {
    DetachThreadState(ts_);
    rt_.reset();
  }

  ThreadState& ts() { return *ts_; }

  Value S(const char* s) { return StrValue(*ts_, s); }
  static Value I(int64_t i) { return Value::Int(i); }
  static Value F(double d) { return Value::Float(d); }
  Value L(std::initializer_list<Value> xs) {
    List* l = NewList(*ts_, 0);
    for (Value x : xs) ListAppend(*ts_, l, x);
    return Value::Obj(l);
  }
  Value T(std::initializer_list<Value> xs) {
    return Value::Obj(
        NewTupleFrom(*ts_, xs.begin(), static_cast<uint32_t>(xs.size())));
  }

  // A builtin by name (from the builtins module).
  Value B(const char* name) {
    Value v = ModuleGet(rt_->builtins_module, InternStr(*ts_, name));
    EXPECT_FALSE(v.IsEmpty()) << name;
    return v;
  }
  // A method from a builtin class's dict.
  Value M(ClassObject* cls, const char* name) {
    Value v = DictGetStr(ClassDict(*ts_, cls), InternStr(*ts_, name));
    EXPECT_FALSE(v.IsEmpty()) << name;
    return v;
  }

  // Calls `f` with positional args and optional keyword args; returns
  // repr() of the result, or "Type: message" of the exception raised.
  std::string Call(Value f, std::vector<Value> args,
                   std::vector<std::pair<const char*, Value>> kw = {}) {
    Tuple* kwnames = nullptr;
    if (!kw.empty()) {
      kwnames = NewTuple(*ts_, static_cast<uint32_t>(kw.size()));
      for (size_t i = 0; i < kw.size(); ++i) {
        kwnames->items[i] = Value::Obj(InternStr(*ts_, kw[i].first));
        args.push_back(kw[i].second);
      }
    }
    uint32_t npos = static_cast<uint32_t>(args.size() - kw.size());
    Value r = CallValue(*ts_, f, args.data(), npos, kwnames);
    return Describe(r);
  }
  // The raw result of a call (asserting it did not raise).
  Value Raw(Value f, std::vector<Value> args) {
    Value r =
        CallValue(*ts_, f, args.data(), static_cast<uint32_t>(args.size()));
    EXPECT_FALSE(r.IsError());
    return r;
  }
  std::string Describe(Value r) {
    std::string out;
    if (!r.IsError()) {
      if (AppendRepr(*ts_, r, &out)) return out;
    }
    Value e = TakePendingException(*ts_);
    out = std::string(TypeName(*ts_, e)) + ": ";
    AppendStr(*ts_, e, &out);
    return out;
  }

  std::unique_ptr<RuntimeState> rt_;
  ThreadState* ts_ = nullptr;
};

TEST_F(BuiltinsTest, IntConstructor) {
  Value i = B("int");
  EXPECT_EQ(Call(i, {S("5")}), "5");
  EXPECT_EQ(Call(i, {S(" 12 ")}), "12");
  EXPECT_EQ(Call(i, {S("ff"), I(16)}), "255");
  EXPECT_EQ(Call(i, {S("0x1f"), I(0)}), "31");
  EXPECT_EQ(Call(i, {F(3.9)}), "3");
  EXPECT_EQ(Call(i, {F(-3.9)}), "-3");
  EXPECT_EQ(Call(i, {Value::Bool(true)}), "1");
  EXPECT_EQ(Call(i, {}), "0");
  EXPECT_EQ(Call(i, {S("abc")}),
            "ValueError: invalid literal for int() with base 10: 'abc'");
  EXPECT_EQ(Call(i, {S("9"), I(8)}),
            "ValueError: invalid literal for int() with base 8: '9'");
  EXPECT_EQ(Call(i, {F(NAN)}),
            "ValueError: cannot convert float NaN to integer");
  EXPECT_EQ(Call(i, {F(INFINITY)}),
            "OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(Call(i, {L({})}),
            "TypeError: int() argument must be a string, a bytes-like object "
            "or a real number, not 'list'");
  EXPECT_EQ(Call(i, {I(5), I(10)}),
            "TypeError: int() can't convert non-string with explicit base");
}

TEST_F(BuiltinsTest, FloatStrBoolConstructors) {
  EXPECT_EQ(Call(B("float"), {S("inf")}), "inf");
  EXPECT_EQ(Call(B("float"), {S(" 1.5 ")}), "1.5");
  EXPECT_EQ(Call(B("float"), {I(2)}), "2.0");
  EXPECT_EQ(Call(B("float"), {S("x")}),
            "ValueError: could not convert string to float: 'x'");
  EXPECT_EQ(Call(B("str"), {L({I(1), S("a")})}), "\"[1, 'a']\"");
  EXPECT_EQ(Call(B("str"), {}), "''");
  EXPECT_EQ(Call(B("bool"), {L({})}), "False");
  EXPECT_EQ(Call(B("bool"), {S("x")}), "True");
}

TEST_F(BuiltinsTest, ContainerConstructors) {
  EXPECT_EQ(Call(B("list"), {S("ab")}), "['a', 'b']");
  EXPECT_EQ(Call(B("tuple"), {L({I(1), I(2)})}), "(1, 2)");
  EXPECT_EQ(Call(B("tuple"), {}), "()");
  EXPECT_EQ(Call(B("dict"), {L({T({S("a"), I(1)})})}, {{"b", I(2)}}),
            "{'a': 1, 'b': 2}");
  EXPECT_EQ(Call(B("dict"), {L({T({I(1), I(2), I(3)})})}),
            "ValueError: dictionary update sequence element #0 has length 3; "
            "2 is required");
  EXPECT_EQ(Call(B("set"), {L({I(3), I(1), I(3)})}), "{1, 3}");
  EXPECT_EQ(Call(B("range"), {I(1), I(10), I(3)}), "range(1, 10, 3)");
  EXPECT_EQ(Call(B("range"), {I(1), I(2), I(0)}),
            "ValueError: range() arg 3 must not be zero");
  EXPECT_EQ(Call(B("list"), {Value::Obj(rt_->classes.int_)}),
            "TypeError: 'type' object is not iterable");
}

TEST_F(BuiltinsTest, FunctionsOnSequences) {
  EXPECT_EQ(Call(B("len"), {S("h\xc3\xa9llo")}), "5");
  EXPECT_EQ(Call(B("len"), {I(5)}),
            "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(Call(B("min"), {I(3), I(1), I(2)}), "1");
  EXPECT_EQ(Call(B("max"), {L({})}),
            "ValueError: max() arg is an empty sequence");
  EXPECT_EQ(Call(B("max"), {L({})}, {{"default", I(7)}}), "7");
  EXPECT_EQ(Call(B("sum"), {L({I(1), I(2), I(3)})}), "6");
  EXPECT_EQ(Call(B("sum"), {L({F(0.5), I(1)})}), "1.5");
  EXPECT_EQ(Call(B("sum"), {L({S("a")}), S("")}),
            "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  EXPECT_EQ(Call(B("sorted"), {L({I(3), I(1), I(2)})},
                 {{"reverse", Value::Bool(true)}}),
            "[3, 2, 1]");
  // sorted(key=len) with a native key function.
  EXPECT_EQ(
      Call(B("sorted"), {L({S("ccc"), S("a"), S("bb")})}, {{"key", B("len")}}),
      "['a', 'bb', 'ccc']");
  EXPECT_EQ(Call(B("any"), {L({I(0), I(2)})}), "True");
  EXPECT_EQ(Call(B("all"), {L({I(1), I(0)})}), "False");
  EXPECT_EQ(Call(B("list"), {Raw(B("enumerate"), {S("ab")})}),
            "[(0, 'a'), (1, 'b')]");
}

TEST_F(BuiltinsTest, NumericFunctions) {
  EXPECT_EQ(Call(B("abs"), {I(-5)}), "5");
  EXPECT_EQ(Call(B("abs"), {S("x")}),
            "TypeError: bad operand type for abs(): 'str'");
  EXPECT_EQ(Call(B("round"), {F(2.5)}), "2");
  EXPECT_EQ(Call(B("round"), {F(3.5)}), "4");
  EXPECT_EQ(Call(B("round"), {F(2.675), I(2)}), "2.67");
  EXPECT_EQ(Call(B("round"), {I(1250), I(-2)}), "1200");
  EXPECT_EQ(Call(B("divmod"), {I(-7), I(2)}), "(-4, 1)");
  EXPECT_EQ(Call(B("divmod"), {F(1.0), I(0)}),
            "ZeroDivisionError: float divmod()");
  EXPECT_EQ(Call(B("pow"), {I(2), I(10), I(1000)}), "24");
  EXPECT_EQ(Call(B("hex"), {I(-255)}), "'-0xff'");
  EXPECT_EQ(Call(B("bin"), {I(5)}), "'0b101'");
  EXPECT_EQ(Call(B("ord"), {S("\xe2\x82\xac")}), "8364");
  EXPECT_EQ(Call(B("ord"), {S("ab")}),
            "TypeError: ord() expected a character, but string of length 2 "
            "found");
  EXPECT_EQ(Call(B("chr"), {I(0x110000)}),
            "ValueError: chr() arg not in range(0x110000)");
}

TEST_F(BuiltinsTest, Introspection) {
  EXPECT_EQ(
      Call(B("isinstance"), {Value::Bool(true), Value::Obj(rt_->classes.int_)}),
      "True");
  EXPECT_EQ(Call(B("isinstance"), {S("a"), T({Value::Obj(rt_->classes.int_),
                                              Value::Obj(rt_->classes.str)})}),
            "True");
  EXPECT_EQ(Call(B("isinstance"), {I(1), I(2)}),
            "TypeError: isinstance() arg 2 must be a type, a tuple of types, "
            "or a union");
  EXPECT_EQ(Call(B("issubclass"), {Value::Obj(rt_->exc.key_error),
                                   Value::Obj(rt_->exc.lookup_error)}),
            "True");
  EXPECT_EQ(Call(B("type"), {I(1)}), "<class 'int'>");
  EXPECT_EQ(Call(B("type"), {Value::Obj(rt_->classes.file)}), "<class 'type'>");
  EXPECT_EQ(Call(B("callable"), {B("len")}), "True");
  EXPECT_EQ(Call(B("callable"), {I(1)}), "False");
  EXPECT_EQ(Call(B("getattr"), {I(1), S("nope"), S("d")}), "'d'");
  EXPECT_EQ(Call(B("hasattr"), {L({}), S("append")}), "True");
  EXPECT_EQ(Call(B("hash"), {L({})}), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(Call(B("repr"), {S("it's")}), "'\"it\\'s\"'");
  EXPECT_EQ(Call(B("next"), {Raw(B("iter"), {L({})}), I(0)}), "0");
}

TEST_F(BuiltinsTest, StrMethods) {
  ClassObject* s = rt_->classes.str;
  EXPECT_EQ(Call(M(s, "join"), {S(", "), L({S("a"), S("b")})}), "'a, b'");
  EXPECT_EQ(Call(M(s, "join"), {S(""), L({I(1)})}),
            "TypeError: sequence item 0: expected str instance, int found");
  EXPECT_EQ(Call(M(s, "split"), {S(" a  b ")}), "['a', 'b']");
  EXPECT_EQ(Call(M(s, "split"), {S("a,b,c"), S(","), I(1)}), "['a', 'b,c']");
  EXPECT_EQ(Call(M(s, "rsplit"), {S("a,b,c"), S(",")}, {{"maxsplit", I(1)}}),
            "['a,b', 'c']");
  EXPECT_EQ(Call(M(s, "split"), {S("a"), S("")}),
            "ValueError: empty separator");
  EXPECT_EQ(Call(M(s, "strip"), {S("xxhixx"), S("x")}), "'hi'");
  EXPECT_EQ(Call(M(s, "startswith"), {S("hello"), T({S("x"), S("he")})}),
            "True");
  EXPECT_EQ(Call(M(s, "find"), {S("h\xc3\xa9llo"), S("l")}), "2");
  EXPECT_EQ(Call(M(s, "index"), {S("abc"), S("z")}),
            "ValueError: substring not found");
  EXPECT_EQ(Call(M(s, "replace"), {S("aaa"), S("a"), S("b"), I(2)}), "'bba'");
  EXPECT_EQ(Call(M(s, "upper"), {S("stra\xc3\x9f"
                                   "e")}),
            "'STRASSE'");
  EXPECT_EQ(Call(M(s, "lower"), {S("\xce\x9f\xce\x94\xce\x9f\xce\xa3")}),
            "'\xce\xbf\xce\xb4\xce\xbf\xcf\x82'");  // final sigma
  EXPECT_EQ(Call(M(s, "title"), {S("hello world")}), "'Hello World'");
  EXPECT_EQ(Call(M(s, "center"), {S("abc"), I(8), S("*")}), "'**abc***'");
  EXPECT_EQ(Call(M(s, "zfill"), {S("-42"), I(5)}), "'-0042'");
  EXPECT_EQ(Call(M(s, "isdigit"), {S("\xc2\xb2")}), "True");
  EXPECT_EQ(Call(M(s, "isalpha"), {S("\xe4\xb8\xad")}), "True");
  EXPECT_EQ(Call(M(s, "partition"), {S("a=b=c"), S("=")}), "('a', '=', 'b=c')");
  EXPECT_EQ(Call(M(s, "splitlines"), {S("a\nb\r\nc")}), "['a', 'b', 'c']");
  EXPECT_EQ(Call(M(s, "count"), {S("aaaa"), S("aa")}), "2");
}

TEST_F(BuiltinsTest, StrFormat) {
  ClassObject* s = rt_->classes.str;
  EXPECT_EQ(Call(M(s, "format"), {S("{} {}"), S("a"), I(1)}), "'a 1'");
  EXPECT_EQ(Call(M(s, "format"), {S("{1}{0}"), S("a"), S("b")}), "'ba'");
  EXPECT_EQ(
      Call(M(s, "format"), {S("{x:>4}|{y!r}")}, {{"x", I(7)}, {"y", S("q")}}),
      "\"   7|'q'\"");
  EXPECT_EQ(Call(M(s, "format"), {S("{0[1]}"), L({I(5), I(6)})}), "'6'");
  EXPECT_EQ(Call(M(s, "format"), {S("{:.2f}"), F(3.14159)}), "'3.14'");
  EXPECT_EQ(Call(M(s, "format"), {S("{{}}")}), "'{}'");
  EXPECT_EQ(Call(M(s, "format"), {S("{} {}"), I(1)}),
            "IndexError: Replacement index 1 out of range for positional args "
            "tuple");
  EXPECT_EQ(Call(M(s, "format"), {S("{missing}")}), "KeyError: 'missing'");
}

TEST_F(BuiltinsTest, ListDictSetMethods) {
  Value l = L({I(3), I(1), I(2)});
  EXPECT_EQ(Call(M(rt_->classes.list, "append"), {l, I(0)}), "None");
  EXPECT_EQ(
      Call(M(rt_->classes.list, "sort"), {l}, {{"reverse", Value::Bool(true)}}),
      "None");
  EXPECT_EQ(Describe(l), "[3, 2, 1, 0]");
  EXPECT_EQ(Call(M(rt_->classes.list, "pop"), {l}), "0");
  EXPECT_EQ(Call(M(rt_->classes.list, "index"), {l, I(9)}),
            "ValueError: 9 is not in list");
  EXPECT_EQ(Call(M(rt_->classes.list, "remove"), {l, I(9)}),
            "ValueError: list.remove(x): x not in list");
  EXPECT_EQ(Call(M(rt_->classes.list, "pop"), {L({})}),
            "IndexError: pop from empty list");

  Value d = Value::Obj(reinterpret_cast<Object*>(NewDict(ts())));
  EXPECT_EQ(Call(M(rt_->classes.dict, "setdefault"), {d, S("k"), I(1)}), "1");
  EXPECT_EQ(Call(M(rt_->classes.dict, "get"), {d, S("z"), I(0)}), "0");
  EXPECT_EQ(Call(M(rt_->classes.dict, "pop"), {d, S("z")}), "KeyError: 'z'");
  EXPECT_EQ(Call(M(rt_->classes.dict, "update"), {d}, {{"b", I(2)}}), "None");
  EXPECT_EQ(Describe(d), "{'k': 1, 'b': 2}");
  EXPECT_EQ(Call(M(rt_->classes.dict, "popitem"), {d}), "('b', 2)");

  Value st = Raw(B("set"), {L({I(1), I(2), I(3)})});
  EXPECT_EQ(
      Call(M(rt_->classes.set, "intersection"), {st, L({I(2), I(3), I(4)})}),
      "{2, 3}");
  EXPECT_EQ(Call(M(rt_->classes.set, "difference"), {st, L({I(2)})}), "{1, 3}");
  EXPECT_EQ(Call(M(rt_->classes.set, "remove"), {st, I(9)}), "KeyError: 9");
}

TEST_F(BuiltinsTest, Exceptions) {
  EXPECT_EQ(Call(Value::Obj(rt_->exc.value_error), {S("a"), I(1)}),
            "ValueError('a', 1)");
  Value e =
      Raw(Value::Obj(rt_->exc.os_error), {I(2), S("No such file"), S("x")});
  EXPECT_EQ(std::string(TypeName(ts(), e)), "FileNotFoundError");
  std::string s;
  ASSERT_TRUE(AppendStr(ts(), e, &s));
  EXPECT_EQ(s, "[Errno 2] No such file: 'x'");
  EXPECT_EQ(Describe(Value::Obj(As<ExceptionObject>(e)->args)),
            "(2, 'No such file')");
  RaiseKeyError(ts(), S("k"));
  EXPECT_TRUE(PendingExceptionMatches(ts(), rt_->exc.lookup_error));
  EXPECT_EQ(Describe(Value::Error()), "KeyError: 'k'");
  EXPECT_TRUE(ts().pending_exception.IsNone());
}

TEST_F(BuiltinsTest, SysModule) {
  Object* sys = rt_->sys_module;
  auto get = [&](const char* n) { return ModuleGet(sys, InternStr(ts(), n)); };
  EXPECT_EQ(Describe(get("argv")), "['prog.py', 'a1']");
  EXPECT_EQ(Describe(get("path")), "['/tmp']");
  EXPECT_EQ(Describe(get("_xoptions")),
            "{'faulthandler': True, 'mode': 'fast'}");
  EXPECT_EQ(Describe(get("platform")), "'linux'");
  EXPECT_EQ(Call(get("getrecursionlimit"), {}), "1000");
  EXPECT_EQ(Call(get("setrecursionlimit"), {I(0)}),
            "ValueError: recursion limit must be greater or equal than 1");
  EXPECT_EQ(Call(get("exit"), {I(3)}), "SystemExit: 3");
  EXPECT_FALSE(DictGetStr(rt_->modules, InternStr(ts(), "sys")).IsEmpty());
}

TEST_F(BuiltinsTest, FilesRoundTrip) {
  std::string path = "/tmp/interp_builtins_test_" + std::to_string(getpid());
  Value p = S(path.c_str());
  Value f = Raw(B("open"), {p, S("w")});
  EXPECT_EQ(Call(GetAttr(ts(), f, rt_->names.write), {S("one\ntw\xc3\xb6\n")}),
            "8");
  EXPECT_EQ(Call(GetAttr(ts(), f, rt_->names.close), {}), "None");
  EXPECT_EQ(Call(GetAttr(ts(), f, rt_->names.write), {S("x")}),
            "ValueError: I/O operation on closed file.");
  f = Raw(B("open"), {p});
  EXPECT_EQ(Call(GetAttr(ts(), f, rt_->names.readline), {}), "'one\\n'");
  EXPECT_EQ(Call(GetAttr(ts(), f, rt_->names.read), {I(2)}), "'tw'");
  EXPECT_EQ(Call(GetAttr(ts(), f, rt_->names.read), {}), "'\xc3\xb6\\n'");
  EXPECT_EQ(Call(GetAttr(ts(), f, rt_->names.read), {}), "''");
  unlink(path.c_str());
  EXPECT_EQ(
      Call(B("open"), {p}),
      "FileNotFoundError: [Errno 2] No such file or directory: '" + path + "'");
}

TEST_F(BuiltinsTest, BuiltinModules) {
  for (const char* name : {"math", "_time", "posix"}) {
    BuiltinModuleInit init = FindBuiltinModule(name);
    ASSERT_NE(init, nullptr) << name;
    Module* m = init(ts());
    ASSERT_NE(m, nullptr) << name;
  }
  Module* math = FindBuiltinModule("math")(ts());
  Value sqrt = ModuleGet(math, InternStr(ts(), "sqrt"));
  EXPECT_EQ(Call(sqrt, {I(16)}), "4.0");
  EXPECT_EQ(Call(sqrt, {I(-1)}), "ValueError: math domain error");
  Value exp = ModuleGet(math, InternStr(ts(), "exp"));
  EXPECT_EQ(Call(exp, {I(1000)}), "OverflowError: math range error");
  // The native half of os.path (posixpath.py builds on it).
  Module* posix = FindBuiltinModule("posix")(ts());
  Value path = ModuleGet(posix, InternStr(ts(), "_path"));
  Value join = GetAttr(ts(), path, InternStr(ts(), "join"));
  EXPECT_EQ(Call(join, {S("a"), S("b"), S("/c"), S("d")}), "'/c/d'");
}

TEST_F(BuiltinsTest, SurvivesCollection) {
  // Everything bootstrap made is reachable from the runtime's roots.
  rt_->heap.Collect(ts());
  EXPECT_EQ(Call(B("len"), {S("abc")}), "3");
  EXPECT_EQ(Call(M(rt_->classes.str, "upper"), {S("abc")}), "'ABC'");
  EXPECT_EQ(Call(Value::Obj(rt_->exc.type_error), {S("x")}), "TypeError('x')");
}

}  // namespace
}  // namespace interp
