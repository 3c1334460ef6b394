// The generator type's methods and attributes: send/throw/close,
// __next__/__iter__, gi_running (__name__ and __qualname__ are in
// vm/attrs.cc, like a function's). The machinery
// is the VM's (vm/generator.h).
#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/generator.h"

namespace interp {
namespace builtins {
namespace {

// The generator or coroutine a method is called on (both are
// ObjKind::kGenerator; their classes hold the methods that apply).
Generator* Self(ThreadState& ts, const Value* args, uint32_t nargs,
                const char* method) {
  if (nargs >= 1 && IsKind(args[0], ObjKind::kGenerator)) {
    return As<Generator>(args[0]);
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor '%s' for 'generator' objects doesn't apply to a "
              "'%s' object",
              method, nargs >= 1 ? TypeName(ts, args[0]) : "NoneType");
  return nullptr;
}

// "generator" or "coroutine", for the methods' messages.
const char* KindName(ThreadState& ts, Generator* g) {
  return g->cls == Rt(ts).classes.coroutine ? "coroutine" : "generator";
}

Value GenSend(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Generator* g = Self(ts, args, nargs, "send");
  if (g == nullptr) return Value::Error();
  if (!NoKwargs(ts, "generator.send", kw)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s.send() takes exactly one argument (%d given)",
                       KindName(ts, g), static_cast<int>(nargs - 1));
  }
  return vm::GeneratorSend(ts, g, args[1]);
}

Value GenNext(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Generator* g = Self(ts, args, nargs, "__next__");
  if (g == nullptr) return Value::Error();
  if (!NoKwargs(ts, "generator.__next__", kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "expected 0 arguments, got %d",
                       static_cast<int>(nargs - 1));
  }
  return vm::GeneratorSend(ts, g, Value::None());
}

Value GenIter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Generator* g = Self(ts, args, nargs, "__iter__");
  if (g == nullptr) return Value::Error();
  if (!NoKwargs(ts, "generator.__iter__", kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "expected 0 arguments, got %d",
                       static_cast<int>(nargs - 1));
  }
  return args[0];
}

Value GenThrow(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Generator* g = Self(ts, args, nargs, "throw");
  if (g == nullptr) return Value::Error();
  if (!NoKwargs(ts, "generator.throw", kw)) return Value::Error();
  return vm::GeneratorThrow(ts, g, args + 1, nargs - 1);
}

Value GenClose(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Generator* g = Self(ts, args, nargs, "close");
  if (g == nullptr) return Value::Error();
  if (!NoKwargs(ts, "generator.close", kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s.close() takes no arguments (%d given)",
                       KindName(ts, g), static_cast<int>(nargs - 1));
  }
  return vm::GeneratorClose(ts, g);
}

Value GenRunning(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  Generator* g = Self(ts, args, nargs, "gi_running");
  if (g == nullptr) return Value::Error();
  return Value::Bool(g->state == GenState::kRunning);
}

}  // namespace

bool InitGeneratorMethods(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  static constexpr MethodDef kMethods[] = {
      {"send", GenSend},     {"throw", GenThrow},   {"close", GenClose},
      {"__next__", GenNext}, {"__iter__", GenIter},
  };
  ClassObject* cls = rt.classes.generator;
  // Coroutines are not iterators: no __next__/__iter__ (CPython's
  // coroutine.__await__ wrapper is not provided).
  static constexpr MethodDef kCoroutineMethods[] = {
      {"send", GenSend},
      {"throw", GenThrow},
      {"close", GenClose},
  };
  return AddMethods(ts, cls, "generator", kMethods) &&
         AddNativeProperty(ts, cls, "generator", "gi_running", GenRunning) &&
         AddMethods(ts, rt.classes.coroutine, "coroutine", kCoroutineMethods) &&
         AddNativeProperty(ts, rt.classes.coroutine, "coroutine", "cr_running",
                           GenRunning);
}

}  // namespace builtins
}  // namespace interp
