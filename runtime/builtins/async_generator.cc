// Async generators (PEP 525): the async_generator type's methods and the
// awaitables its __anext__/asend/athrow/aclose return.
//
// An async generator is a generator object (vm/generator.h) whose body
// both yields values and awaits. Its compiled `yield v` hands out v inside
// a marker (a 1-tuple of class async_generator_wrapped_value, AsyncOp::
// kWrapValue); anything else it suspends with comes from an `await` deep
// inside and belongs to whoever drives the awaitable (the asyncio Task).
// So each awaitable resumes the generator and turns a marked value into
// "done with this value" (StopIteration), passes other suspensions up, and
// turns the end of the body into StopAsyncIteration, with CPython's states
// and messages.

#include <memory>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/function.h"
#include "runtime/objects/generator.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/generator.h"

namespace interp {
namespace builtins {
namespace {

enum class AwaitState : uint8_t { kInit, kIter, kClosed };

// What an asend/athrow/aclose awaitable drives.
struct AwaitData {
  Value agen;
  Value sent;    // asend: the value to send first
  Value thrown;  // athrow: the exception instance; Empty for asend/aclose
  bool is_athrow = false;
  bool is_aclose = false;
  AwaitState state = AwaitState::kInit;
};

void TraceAwait(void* data, Tracer& t) {
  auto* d = static_cast<AwaitData*>(data);
  t.Mark(d->agen);
  t.Mark(d->sent);
  t.Mark(d->thrown);
}
void FinalizeAwait(void* data) {
  std::unique_ptr<AwaitData> owned(static_cast<AwaitData*>(data));
}
const NativeDataOps kASendOps = {"async_generator_asend", TraceAwait,
                                 FinalizeAwait};
const NativeDataOps kAThrowOps = {"async_generator_athrow", TraceAwait,
                                  FinalizeAwait};

Generator* AgenOf(ThreadState& ts, const Value* args, uint32_t nargs,
                  const char* method) {
  if (nargs >= 1 && IsKind(args[0], ObjKind::kGenerator) &&
      args[0].AsObject()->cls == Rt(ts).classes.async_generator) {
    return As<Generator>(args[0]);
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor '%s' for 'async_generator' objects doesn't apply "
              "to a '%s' object",
              method, nargs >= 1 ? TypeName(ts, args[0]) : "NoneType");
  return nullptr;
}

AwaitData* AwaitOf(ThreadState& ts, const Value* args, uint32_t nargs,
                   const char* method) {
  if (nargs >= 1 && IsKind(args[0], ObjKind::kNativeData)) {
    auto* nd = As<NativeData>(args[0]);
    if (nd->ops == &kASendOps || nd->ops == &kAThrowOps) {
      return static_cast<AwaitData*>(nd->data);
    }
  }
  RaiseFormat(ts, Rt(ts).exc.type_error,
              "descriptor '%s' requires an async generator awaitable, not "
              "'%s'",
              method, nargs >= 1 ? TypeName(ts, args[0]) : "NoneType");
  return nullptr;
}

Value NewAwait(ThreadState& ts, std::unique_ptr<AwaitData> data) {
  RuntimeState& rt = Rt(ts);
  const bool athrow = data->is_athrow || data->is_aclose;
  auto* obj =
      rt.heap.New<NativeData>(ts, ObjKind::kNativeData,
                              athrow ? rt.classes.async_generator_athrow
                                     : rt.classes.async_generator_asend);
  if (obj == nullptr) return RaiseMemoryError(ts);
  obj->data = data.release();
  obj->ops = athrow ? &kAThrowOps : &kASendOps;
  obj->attrs = nullptr;
  return Value::Obj(obj);
}

bool IsWrapped(ThreadState& ts, Value v) {
  return IsKind(v, ObjKind::kTuple) &&
         v.AsObject()->cls == Rt(ts).classes.async_generator_wrapped_value;
}

// After resuming the generator: a marked value finishes the awaitable with
// it (StopIteration), another suspension passes up, the end of the body is
// StopAsyncIteration; errors that end the generator close it.
Value Unwrap(ThreadState& ts, Generator* g, AwaitData* d, vm::GenResult r,
             Value out) {
  RuntimeState& rt = Rt(ts);
  switch (r) {
    case vm::GenResult::kYielded:
      if (IsWrapped(ts, out)) {
        g->running_async = 0;
        d->state = AwaitState::kClosed;
        return vm::RaiseStopIterationValue(ts, As<Tuple>(out)->items[0]);
      }
      return out;
    case vm::GenResult::kReturned:
      g->running_async = 0;
      g->ag_closed = 1;
      d->state = AwaitState::kClosed;
      return RaiseWithMessage(ts, rt.exc.stop_async_iteration, "");
    case vm::GenResult::kError:
      break;
  }
  g->running_async = 0;
  d->state = AwaitState::kClosed;
  if (PendingExceptionMatches(ts, rt.exc.stop_async_iteration) ||
      PendingExceptionMatches(ts, rt.exc.generator_exit)) {
    g->ag_closed = 1;
  }
  return Value::Error();
}

Value ASendSend(ThreadState& ts, AwaitData* d, Value sent) {
  Generator* g = As<Generator>(d->agen);
  if (d->state == AwaitState::kClosed) {
    return RaiseRuntimeError(
        ts, "cannot reuse already awaited __anext__()/asend()");
  }
  if (d->state == AwaitState::kInit) {
    if (g->running_async) {
      d->state = AwaitState::kClosed;
      return RaiseRuntimeError(
          ts, "anext(): asynchronous generator is already running");
    }
    if (sent.IsNone()) sent = d->sent;
    d->state = AwaitState::kIter;
    g->running_async = 1;
  }
  Value out;
  vm::GenResult r = vm::ResumeGenerator(ts, g, sent, Value::Empty(), &out);
  return Unwrap(ts, g, d, r, out);
}

Value ASendThrow(ThreadState& ts, AwaitData* d, const Value* args,
                 uint32_t nargs) {
  Generator* g = As<Generator>(d->agen);
  if (d->state == AwaitState::kClosed) {
    return RaiseRuntimeError(
        ts, "cannot reuse already awaited __anext__()/asend()");
  }
  Value exc = vm::ThrownException(ts, args, nargs);
  if (exc.IsError()) return exc;
  TempRoots roots(ts);
  roots.Add(exc);
  Value out;
  vm::GenResult r = vm::ResumeGenerator(ts, g, Value::None(), exc, &out);
  return Unwrap(ts, g, d, r, out);
}

// athrow()/aclose(): after a StopAsyncIteration or GeneratorExit that ends
// the generator, aclose() completes normally and athrow() re-raises.
Value AThrowCheckError(ThreadState& ts, Generator* g, AwaitData* d) {
  RuntimeState& rt = Rt(ts);
  g->running_async = 0;
  if (PendingExceptionMatches(ts, rt.exc.stop_async_iteration) ||
      PendingExceptionMatches(ts, rt.exc.generator_exit)) {
    d->state = AwaitState::kClosed;
    g->ag_closed = 1;
    if (d->is_aclose) {
      TakePendingException(ts);
      return vm::RaiseStopIterationValue(ts, Value::None());
    }
  }
  return Value::Error();
}

Value AThrowSend(ThreadState& ts, AwaitData* d, Value sent) {
  RuntimeState& rt = Rt(ts);
  Generator* g = As<Generator>(d->agen);
  const char* what = d->is_aclose ? "aclose()" : "athrow()";
  if (d->state == AwaitState::kClosed) {
    return RaiseFormat(ts, rt.exc.runtime_error,
                       "cannot reuse already awaited aclose()/athrow()");
  }
  if (g->state == GenState::kFinished) {
    d->state = AwaitState::kClosed;
    return vm::RaiseStopIterationValue(ts, Value::None());
  }
  Value out;
  vm::GenResult r;
  if (d->state == AwaitState::kInit) {
    if (g->running_async) {
      d->state = AwaitState::kClosed;
      return RaiseFormat(ts, rt.exc.runtime_error,
                         "%s: asynchronous generator is already running", what);
    }
    if (g->ag_closed) {
      d->state = AwaitState::kClosed;
      if (d->is_aclose) return vm::RaiseStopIterationValue(ts, Value::None());
      return RaiseWithMessage(ts, rt.exc.stop_async_iteration, "");
    }
    if (!sent.IsNone()) {
      return RaiseRuntimeError(ts,
                               "can't send non-None value to a just-started "
                               "coroutine");
    }
    d->state = AwaitState::kIter;
    g->running_async = 1;
    Value exc = d->thrown;
    if (d->is_aclose) {
      g->ag_closed = 1;
      exc = CallValue(ts, Value::Obj(rt.exc.generator_exit), nullptr, 0);
      if (exc.IsError()) return exc;
    }
    TempRoots roots(ts);
    roots.Add(exc);
    r = vm::ResumeGenerator(ts, g, Value::None(), exc, &out);
  } else {
    r = vm::ResumeGenerator(ts, g, sent, Value::Empty(), &out);
  }
  if (r == vm::GenResult::kError) return AThrowCheckError(ts, g, d);
  if (d->is_aclose) {
    if (r == vm::GenResult::kYielded && IsWrapped(ts, out)) {
      g->running_async = 0;
      d->state = AwaitState::kClosed;
      return RaiseRuntimeError(ts, "async generator ignored GeneratorExit");
    }
    if (r == vm::GenResult::kReturned) {
      g->running_async = 0;
      d->state = AwaitState::kClosed;
      return vm::RaiseStopIterationValue(ts, Value::None());
    }
    return out;
  }
  return Unwrap(ts, g, d, r, out);
}

Value AThrowThrow(ThreadState& ts, AwaitData* d, const Value* args,
                  uint32_t nargs) {
  Generator* g = As<Generator>(d->agen);
  if (d->state == AwaitState::kClosed) {
    return RaiseRuntimeError(ts,
                             "cannot reuse already awaited aclose()/athrow()");
  }
  Value exc = vm::ThrownException(ts, args, nargs);
  if (exc.IsError()) return exc;
  TempRoots roots(ts);
  roots.Add(exc);
  Value out;
  vm::GenResult r = vm::ResumeGenerator(ts, g, Value::None(), exc, &out);
  if (r == vm::GenResult::kError) return AThrowCheckError(ts, g, d);
  if (d->is_aclose) {
    if (r == vm::GenResult::kYielded && IsWrapped(ts, out)) {
      g->running_async = 0;
      d->state = AwaitState::kClosed;
      return RaiseRuntimeError(ts, "async generator ignored GeneratorExit");
    }
    return out;
  }
  return Unwrap(ts, g, d, r, out);
}

// --- the awaitables' methods ----------------------------------------------

Value AwaitSend(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  AwaitData* d = AwaitOf(ts, args, nargs, "send");
  if (d == nullptr || !NoKwargs(ts, "send", kw)) return Value::Error();
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "send() takes exactly one argument (%d given)",
                       static_cast<int>(nargs - 1));
  }
  const bool athrow = d->is_athrow || d->is_aclose;
  return athrow ? AThrowSend(ts, d, args[1]) : ASendSend(ts, d, args[1]);
}

Value AwaitNext(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  AwaitData* d = AwaitOf(ts, args, nargs, "__next__");
  if (d == nullptr || !NoKwargs(ts, "__next__", kw)) return Value::Error();
  const bool athrow = d->is_athrow || d->is_aclose;
  return athrow ? AThrowSend(ts, d, Value::None())
                : ASendSend(ts, d, Value::None());
}

Value AwaitThrow(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  AwaitData* d = AwaitOf(ts, args, nargs, "throw");
  if (d == nullptr || !NoKwargs(ts, "throw", kw)) return Value::Error();
  const bool athrow = d->is_athrow || d->is_aclose;
  return athrow ? AThrowThrow(ts, d, args + 1, nargs - 1)
                : ASendThrow(ts, d, args + 1, nargs - 1);
}

Value AwaitClose(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  AwaitData* d = AwaitOf(ts, args, nargs, "close");
  if (d == nullptr || !NoKwargs(ts, "close", kw)) return Value::Error();
  d->state = AwaitState::kClosed;
  return Value::None();
}

Value AwaitSelf(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  AwaitData* d = AwaitOf(ts, args, nargs, "__await__");
  if (d == nullptr || !NoKwargs(ts, "__await__", kw)) return Value::Error();
  return args[0];
}

// --- async_generator's methods ---------------------------------------------

Value AgenAiter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (AgenOf(ts, args, nargs, "__aiter__") == nullptr ||
      !NoKwargs(ts, "__aiter__", kw)) {
    return Value::Error();
  }
  return args[0];
}

Value AgenASend(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (AgenOf(ts, args, nargs, "asend") == nullptr ||
      !NoKwargs(ts, "asend", kw)) {
    return Value::Error();
  }
  if (nargs != 2) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "async_generator.asend() takes exactly one argument "
                       "(%d given)",
                       static_cast<int>(nargs - 1));
  }
  auto d = std::make_unique<AwaitData>();
  d->agen = args[0];
  d->sent = args[1];
  d->thrown = Value::Empty();
  return NewAwait(ts, std::move(d));
}

Value AgenANext(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (AgenOf(ts, args, nargs, "__anext__") == nullptr ||
      !NoKwargs(ts, "__anext__", kw)) {
    return Value::Error();
  }
  auto d = std::make_unique<AwaitData>();
  d->agen = args[0];
  d->sent = Value::None();
  d->thrown = Value::Empty();
  return NewAwait(ts, std::move(d));
}

Value AgenAThrow(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (AgenOf(ts, args, nargs, "athrow") == nullptr ||
      !NoKwargs(ts, "athrow", kw)) {
    return Value::Error();
  }
  Value exc = vm::ThrownException(ts, args + 1, nargs - 1);
  if (exc.IsError()) return exc;
  TempRoots roots(ts);
  roots.Add(exc);
  auto d = std::make_unique<AwaitData>();
  d->agen = args[0];
  d->sent = Value::None();
  d->thrown = exc;
  d->is_athrow = true;
  return NewAwait(ts, std::move(d));
}

Value AgenAClose(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (AgenOf(ts, args, nargs, "aclose") == nullptr ||
      !NoKwargs(ts, "aclose", kw)) {
    return Value::Error();
  }
  auto d = std::make_unique<AwaitData>();
  d->agen = args[0];
  d->sent = Value::None();
  d->thrown = Value::Empty();
  d->is_aclose = true;
  return NewAwait(ts, std::move(d));
}

Value AgenRunning(ThreadState& ts, const Value* args, uint32_t nargs, Tuple*) {
  Generator* g = AgenOf(ts, args, nargs, "ag_running");
  if (g == nullptr) return Value::Error();
  return Value::Bool(g->running_async != 0);
}

}  // namespace

bool InitAsyncGeneratorMethods(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  static constexpr MethodDef kAgenMethods[] = {
      {"__aiter__", AgenAiter}, {"__anext__", AgenANext}, {"asend", AgenASend},
      {"athrow", AgenAThrow},   {"aclose", AgenAClose},
  };
  static constexpr MethodDef kAwaitMethods[] = {
      {"send", AwaitSend},     {"throw", AwaitThrow},
      {"close", AwaitClose},   {"__next__", AwaitNext},
      {"__iter__", AwaitSelf}, {"__await__", AwaitSelf},
  };
  return AddMethods(ts, rt.classes.async_generator, "async_generator",
                    kAgenMethods) &&
         AddNativeProperty(ts, rt.classes.async_generator, "async_generator",
                           "ag_running", AgenRunning) &&
         AddMethods(ts, rt.classes.async_generator_asend,
                    "async_generator_asend", kAwaitMethods) &&
         AddMethods(ts, rt.classes.async_generator_athrow,
                    "async_generator_athrow", kAwaitMethods);
}

}  // namespace builtins
}  // namespace interp
