// A bootstrapped runtime with the calling thread attached, plus helpers
// that build values and render them with repr().
#ifndef INTERP_TESTS_OBJECTS_FIXTURE_H_
#define INTERP_TESTS_OBJECTS_FIXTURE_H_

#include <initializer_list>
#include <memory>
#include <string>

#include "gtest/gtest.h"
#include "runtime/builtins/bootstrap.h"
#include "runtime/builtins/errors.h"
#include "runtime/frames/thread_registry.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace interp {

class ObjectsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    rt_ = std::make_unique<RuntimeState>(RuntimeOptions{});
    ts_ = AttachThreadState(rt_.get(), true);
    ASSERT_NE(ts_, nullptr);
    ASSERT_TRUE(BootstrapRuntime(*ts_));
  }
  void TearDown() override {
    DetachThreadState(ts_);
    rt_.reset();
  }

  ThreadState& ts() { return *ts_; }
  RuntimeState& rt() { return *rt_; }

  // repr() of v, or "ERR <repr of the exception>" when v is Error (or the
  // repr fails); clears the pending exception.
  std::string R(Value v) {
    std::string out;
    if (!v.IsError() && AppendRepr(*ts_, v, &out)) return out;
    Value e = TakePendingException(*ts_);
    out.clear();
    AppendRepr(*ts_, e, &out);
    return "ERR " + out;
  }
  std::string Fmt(Value v, const char* spec) {
    return R(Format(*ts_, v, spec));
  }

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
  Value SetOf(std::initializer_list<Value> xs) {
    Set* s = NewSet(*ts_);
    for (Value x : xs) SetAdd(*ts_, s, x);
    return SetValue(s);
  }

  std::unique_ptr<RuntimeState> rt_;
  ThreadState* ts_ = nullptr;
};

}  // namespace interp

#endif  // INTERP_TESTS_OBJECTS_FIXTURE_H_
