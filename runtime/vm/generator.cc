// Generators: see generator.h for the design (registers inside the
// object, one frame record pushed per resume, nested activation like
// CPython 3.11's generator frames).
#include "runtime/vm/generator.h"

#include <cstring>

#include "runtime/builtins/errors.h"
#include "runtime/compiler/opcodes.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/frame_object.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

void TraceGenerator(Object* o, Tracer& t) {
  auto* g = static_cast<Generator*>(o);
  t.MarkObject(g->func);
  t.MarkObject(g->code);
  t.MarkObject(g->name);
  t.MarkObject(g->qualname);
  t.Mark(g->handled);
  Value* r = g->regs();
  t.MarkRange(r, r + g->num_regs);
}

// The registers die with the body (CPython clears a finished generator's
// frame): nothing they reference stays reachable through the generator.
void Finish(Generator* g) {
  g->state = GenState::kFinished;
  g->num_regs = 0;
  g->handled = Value::None();
  g->exc_reserved = 0;
}

Value NewStopIteration(ThreadState& ts, Value v) {
  RuntimeState& rt = Rt(ts);
  if (v.IsNone()) return RaiseStopIteration(ts);
  Value exc = CallValue(ts, Value::Obj(rt.exc.stop_iteration), &v, 1);
  if (exc.IsError()) return exc;
  return RaiseValue(ts, exc);
}

// The value a StopIteration carries (its `value` attribute).
Value StopIterationValueOf(ThreadState& ts, Value exc) {
  Str* name = InternStr(ts, "value");
  if (name == nullptr) return RaiseMemoryError(ts);
  Value v = GetAttrOrEmpty(ts, exc, name);
  if (v.IsEmpty()) return Value::None();
  return v;
}

// After a delegated call failed: a StopIteration means the subiterator
// finished (0, *out = its value); anything else stays pending (-1).
int FinishedOrError(ThreadState& ts, Value* out) {
  if (!PendingExceptionMatches(ts, Rt(ts).exc.stop_iteration)) return -1;
  TempRoots roots(ts);
  Value exc = TakePendingException(ts);
  roots.Add(exc);
  Value v = StopIterationValueOf(ts, exc);
  if (v.IsError()) return -1;
  *out = v;
  return 0;
}

Value CallMethodNamed(ThreadState& ts, Value obj, const char* name,
                      const Value* args, uint32_t nargs, bool* found) {
  Str* n = InternStr(ts, name);
  if (n == nullptr) return RaiseMemoryError(ts);
  Value m = GetAttrOrEmpty(ts, obj, n);
  if (m.IsError()) return m;
  *found = !m.IsEmpty();
  if (m.IsEmpty()) return Value::None();
  TempRoots roots(ts);
  roots.Add(m);
  return CallValue(ts, m, args, nargs);
}

bool IsGeneratorExit(ThreadState& ts, Value exc) {
  RuntimeState& rt = Rt(ts);
  for (ClassObject* c = exc.AsObject()->cls; c != nullptr; c = c->base) {
    if (c == rt.exc.generator_exit) return true;
  }
  return false;
}

// Forwards a throw() to the subiterator of the `yield from` `g` is
// suspended at. 1: it yielded (*out); 0: it finished (*out = its value,
// the delegating frame continues after the yield from); -1: raise
// *thrown (possibly replaced by the subiterator's own error) in g's frame.
int DelegateThrow(ThreadState& ts, Value sub, Value* thrown, Value* out) {
  TempRoots roots(ts);
  roots.Add(sub);
  roots.Add(*thrown);
  if (IsGeneratorExit(ts, *thrown)) {
    // close() the subiterator, then GeneratorExit in the delegating frame
    // (or whatever closing raised).
    Value r;
    if (IsKind(sub, ObjKind::kGenerator)) {
      r = GeneratorClose(ts, As<Generator>(sub));
    } else {
      bool found = false;
      r = CallMethodNamed(ts, sub, "close", nullptr, 0, &found);
    }
    if (r.IsError()) *thrown = TakePendingException(ts);
    return -1;
  }
  int st;
  if (IsKind(sub, ObjKind::kGenerator)) {
    switch (
        ResumeGenerator(ts, As<Generator>(sub), Value::None(), *thrown, out)) {
      case GenResult::kYielded:
        return 1;
      case GenResult::kReturned:
        return 0;
      case GenResult::kError:
        *thrown = TakePendingException(ts);
        return -1;
    }
  }
  bool found = false;
  Value r = CallMethodNamed(ts, sub, "throw", thrown, 1, &found);
  if (!found && !r.IsError()) return -1;  // no throw(): raise it here
  if (!r.IsError()) {
    *out = r;
    return 1;
  }
  st = FinishedOrError(ts, out);
  if (st < 0) *thrown = TakePendingException(ts);
  return st;
}

// A StopIteration (or, from an async generator, StopAsyncIteration)
// escaping g's body becomes RuntimeError (PEP 479 / PEP 525), chained to
// it.
void ConvertEscapingStop(ThreadState& ts, Generator* g) {
  RuntimeState& rt = Rt(ts);
  const bool async_gen = g->cls == rt.classes.async_generator;
  const bool coroutine = g->cls == rt.classes.coroutine;
  const bool stop_iteration =
      PendingExceptionMatches(ts, rt.exc.stop_iteration);
  if (!stop_iteration && !(async_gen && PendingExceptionMatches(
                                            ts, rt.exc.stop_async_iteration))) {
    return;
  }
  Value stop = TakePendingException(ts);
  TempRoots roots(ts);
  roots.Add(stop);
  RaiseRuntimeError(
      ts, async_gen
              ? (stop_iteration ? "async generator raised StopIteration"
                                : "async generator raised StopAsyncIteration")
          : coroutine ? "coroutine raised StopIteration"
                      : "generator raised StopIteration");
  Value exc = ts.pending_exception;
  if (IsKind(exc, ObjKind::kException)) {
    auto* e = As<ExceptionObject>(exc);
    e->cause = stop;
    e->context = stop;
    e->suppress_context = true;
  }
}

// Pushes the frame record that runs g's body from `resume_pc` (its
// registers in place, its calls' windows above `top`, the resumer's
// value-stack top) and marks g running. `flags` adds to kFrameScript |
// kFrameGenerator. Null (nothing raised, nothing changed) when the frame stack
// or the value stack is too deep.
Frame* PushGeneratorFrame(ThreadState& ts, Generator* g, uint32_t resume_pc,
                          uint32_t flags, Value* top) {
  if (ts.frames.depth_relaxed() >=
      static_cast<uint32_t>(Rt(ts).recursion_limit)) {
    return nullptr;
  }
  if (top + 2 * kStackSlack > ts.stack_limit) return nullptr;
  Frame* f = ts.frames.BeginPush();
  if (f == nullptr) return nullptr;
  f->code_info.store(g->code->info, std::memory_order_relaxed);
  f->native_info.store(nullptr, std::memory_order_relaxed);
  f->pc.store(resume_pc, std::memory_order_relaxed);
  f->flags = kFrameScript | kFrameGenerator | flags;
  f->code = g->code;
  f->func = g->func;
  f->base = g->regs();
  f->result_reg = -1;
  f->reserved = g->exc_reserved;
  ts.frames.EndPush();
  // Inside an except block the generator sees the exception it handles;
  // the resumer's is kept where the block saved the outer one.
  if (g->exc_reserved != 0) {
    g->regs()[g->exc_reserved - 1] = ts.handled_exception;
    ts.handled_exception = g->handled;
    g->handled = Value::None();
  }
  g->stack_top = top;
  g->state = GenState::kRunning;
  return f;
}

}  // namespace

Value NewGenerator(ThreadState& ts, Function* fn, Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  CodeBody* cb = fn->code->body;
  uint32_t nkw = kwnames != nullptr ? kwnames->size : 0;
  uint32_t extent = cb->num_regs > nargs + nkw ? cb->num_regs : nargs + nkw;
  if (args + extent + kStackSlack > ts.stack_limit) {
    return RaiseRecursionError(ts);
  }
  if (!BindArguments(ts, fn, args, nargs, kwnames)) return Value::Error();
  // Allocation never collects, so the bound window stays as it is.
  ClassObject* cls = (cb->flags & kCodeCoroutine) ? rt.classes.coroutine
                     : (cb->flags & kCodeAsyncGenerator)
                         ? rt.classes.async_generator
                         : rt.classes.generator;
  auto* g = rt.heap.New<Generator>(ts, ObjKind::kGenerator, cls,
                                   sizeof(Value) * cb->num_regs);
  if (g == nullptr) return RaiseMemoryError(ts);
  g->func = fn;
  g->code = fn->code;
  g->name = fn->name;
  g->qualname = fn->qualname;
  g->handled = Value::None();
  g->stack_top = nullptr;
  g->pc = 0;
  g->exc_reserved = 0;
  g->num_regs = cb->num_regs;
  g->state = GenState::kCreated;
  g->running_async = 0;
  g->ag_closed = 0;
  // The one copy of the window in the generator's life.
  std::memcpy(static_cast<void*>(g->regs()), args,
              sizeof(Value) * cb->num_regs);
  // A coroutine that dies without running is reported ("never awaited").
  if (cls == rt.classes.coroutine) TrackGenerator(*rt.finalization, g);
  return Value::Obj(g);
}

GenResult ResumeGenerator(ThreadState& ts, Generator* g, Value sent,
                          Value thrown, Value* out) {
  RuntimeState& rt = Rt(ts);
  const bool coroutine = g->cls == rt.classes.coroutine;
  switch (g->state) {
    case GenState::kRunning:
      RaiseValueError(ts, coroutine ? "coroutine already executing"
                                    : "generator already executing");
      return GenResult::kError;
    case GenState::kFinished:
      if (coroutine) {
        RaiseRuntimeError(ts, "cannot reuse already awaited coroutine");
        return GenResult::kError;
      }
      if (!thrown.IsEmpty()) {
        ts.pending_exception = thrown;
        return GenResult::kError;
      }
      *out = Value::None();
      return GenResult::kReturned;
    case GenState::kCreated:
      if (thrown.IsEmpty() && !sent.IsNone()) {
        RaiseTypeError(ts, coroutine ? "can't send non-None value to a "
                                       "just-started coroutine"
                                     : "can't send non-None value to a "
                                       "just-started generator");
        return GenResult::kError;
      }
      break;
    case GenState::kSuspended:
      break;
  }
  // No temporary roots on this path: the caller holds g, sent and thrown,
  // and nothing below collects before they are in g's registers or pending
  // (collections run only at safe points, inside Execute).
  CodeBody* body = g->code->body;
  uint32_t resume_pc = 0;
  if (g->state == GenState::kSuspended) {
    uint32_t inst = body->instrs[g->pc];
    Value* regs = g->regs();
    if (DecodeOp(inst) == Op::kYieldFrom && !thrown.IsEmpty()) {
      // throw()/close() reach the innermost delegate first.
      g->state = GenState::kRunning;
      Value v;
      int st = DelegateThrow(ts, regs[DecodeA(inst)], &thrown, &v);
      g->state = GenState::kSuspended;
      if (st > 0) {
        *out = v;
        return GenResult::kYielded;
      }
      if (st == 0) {
        regs[DecodeB(inst)] = v;
        thrown = Value::Empty();
        resume_pc = g->pc + 1;
      } else {
        resume_pc = g->pc;
      }
    } else if (!thrown.IsEmpty()) {
      resume_pc = g->pc;
    } else {
      regs[DecodeB(inst)] = sent;
      resume_pc = DecodeOp(inst) == Op::kYield ? g->pc + 1 : g->pc;
    }
  }
  if (ts.native_reentry_depth >= kMaxNativeReentry) {
    RaiseRecursionError(ts);
    return GenResult::kError;
  }
  const bool throwing = !thrown.IsEmpty();
  Frame* f = PushGeneratorFrame(
      ts, g, resume_pc, throwing ? kFrameEntry | kFrameThrowIn : kFrameEntry,
      StackTop(ts));
  if (f == nullptr) {
    RaiseRecursionError(ts);
    return GenResult::kError;
  }
  if (throwing) ts.pending_exception = thrown;
  ++ts.native_reentry_depth;
  Value r = Execute(ts, f);
  --ts.native_reentry_depth;
  if (g->state == GenState::kSuspended) {
    *out = r;
    return GenResult::kYielded;
  }
  Finish(g);
  if (r.IsError()) {
    ConvertEscapingStop(ts, g);
    return GenResult::kError;
  }
  *out = r;
  return GenResult::kReturned;
}

Value RaiseStopIterationValue(ThreadState& ts, Value v) {
  return NewStopIteration(ts, v);
}

Value GeneratorSend(ThreadState& ts, Generator* g, Value sent) {
  Value v;
  switch (ResumeGenerator(ts, g, sent, Value::Empty(), &v)) {
    case GenResult::kYielded:
      return v;
    case GenResult::kReturned:
      return NewStopIteration(ts, v);
    case GenResult::kError:
      break;
  }
  return Value::Error();
}

Value ThrownException(ThreadState& ts, const Value* args, uint32_t nargs) {
  RuntimeState& rt = Rt(ts);
  if (nargs < 1) {
    return RaiseTypeError(ts, "throw expected at least 1 argument, got 0");
  }
  if (nargs > 3) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "throw expected at most 3 arguments, got %d",
                       static_cast<int>(nargs));
  }
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value::None();
  if (nargs > 2 && !args[2].IsNone() && AsTracebackData(args[2]) == nullptr) {
    return RaiseTypeError(ts,
                          "throw() third argument must be a traceback object");
  }
  Value exc;
  if (IsExceptionClass(typ)) {
    if (IsKind(val, ObjKind::kException)) {
      bool is_instance = false;
      for (ClassObject* c = val.AsObject()->cls; c != nullptr; c = c->base) {
        if (c == As<ClassObject>(typ)) is_instance = true;
      }
      exc = is_instance ? val : CallValue(ts, typ, &val, 1);
    } else if (val.IsNone()) {
      exc = CallValue(ts, typ, nullptr, 0);
    } else if (IsKind(val, ObjKind::kTuple)) {
      Tuple* t = As<Tuple>(val);
      exc = CallValue(ts, typ, t->items, t->size);
    } else {
      exc = CallValue(ts, typ, &val, 1);
    }
    if (exc.IsError()) return exc;
    if (!IsKind(exc, ObjKind::kException)) {
      return RaiseFormat(ts, rt.exc.type_error,
                         "calling %s should have returned an instance of "
                         "BaseException, not %s",
                         As<ClassObject>(typ)->name->view(),
                         TypeNameOf(ts, exc));
    }
  } else if (IsKind(typ, ObjKind::kException)) {
    if (!val.IsNone()) {
      return RaiseTypeError(ts,
                            "instance exception may not have a separate value");
    }
    exc = typ;
  } else {
    return RaiseFormat(ts, rt.exc.type_error,
                       "exceptions must be classes or instances deriving "
                       "from BaseException, not %s",
                       TypeNameOf(ts, typ));
  }
  if (nargs > 2 && !args[2].IsNone()) {
    static_cast<ExceptionObject*>(exc.AsObject())->traceback = args[2];
  }
  return exc;
}

Value GeneratorThrow(ThreadState& ts, Generator* g, const Value* args,
                     uint32_t nargs) {
  Value exc = ThrownException(ts, args, nargs);
  if (exc.IsError()) return exc;
  TempRoots roots(ts);
  roots.Add(exc);
  Value v;
  switch (ResumeGenerator(ts, g, Value::None(), exc, &v)) {
    case GenResult::kYielded:
      return v;
    case GenResult::kReturned:
      return NewStopIteration(ts, v);
    case GenResult::kError:
      break;
  }
  return Value::Error();
}

Value GeneratorClose(ThreadState& ts, Generator* g) {
  RuntimeState& rt = Rt(ts);
  switch (g->state) {
    case GenState::kCreated:
    case GenState::kFinished:
      Finish(g);
      return Value::None();
    case GenState::kRunning:
      return RaiseValueError(ts, g->cls == rt.classes.coroutine
                                     ? "coroutine already executing"
                                     : "generator already executing");
    case GenState::kSuspended:
      break;
  }
  Value exc = CallValue(ts, Value::Obj(rt.exc.generator_exit), nullptr, 0);
  if (exc.IsError()) return exc;
  TempRoots roots(ts);
  roots.Add(exc);
  Value v;
  switch (ResumeGenerator(ts, g, Value::None(), exc, &v)) {
    case GenResult::kYielded:
      return RaiseRuntimeError(ts, g->cls == rt.classes.coroutine
                                       ? "coroutine ignored GeneratorExit"
                                       : "generator ignored GeneratorExit");
    case GenResult::kReturned:
      return Value::None();
    case GenResult::kError:
      break;
  }
  if (PendingExceptionMatches(ts, rt.exc.generator_exit) ||
      PendingExceptionMatches(ts, rt.exc.stop_iteration)) {
    TakePendingException(ts);
    return Value::None();
  }
  return Value::Error();
}

Value GeneratorCall(ThreadState& ts, Frame* frame, uint32_t inst,
                    const uint32_t* extra) {
  const Op op = DecodeOp(inst);
  const uint32_t a = DecodeA(inst), b = DecodeB(inst), c = DecodeC(inst);
  const uint32_t n = op == Op::kGenCallEx       ? 3
                     : op == Op::kGenCallMethod ? 2 + b + c
                                                : 1 + b + c;
  // The window goes above whatever resumed the generator, with the
  // scratch slot PrepareCall may use below it.
  Value* t = Generator::FromRegs(frame->base)->stack_top;
  if (t + 1 + n + kStackSlack > ts.stack_limit) return RaiseRecursionError(ts);
  t[0] = Value::None();
  std::memcpy(static_cast<void*>(t + 1), frame->base + a, sizeof(Value) * n);
  Value* w = t + 1;
  Value callee = w[0];
  Value* args = w + 1;
  uint32_t nargs = b;
  Tuple* kwnames = nullptr;
  TempRoots roots(ts);
  if (op == Op::kGenCallEx) {
    if (!SpreadCallArgs(ts, args, &nargs, &kwnames)) return Value::Error();
    if (kwnames != nullptr) roots.Add(Value::Obj(kwnames));
  } else {
    if (op == Op::kGenCallMethod) {
      if (w[1].IsEmpty()) {
        args = w + 2;
      } else {
        nargs += 1;
      }
    }
    if (c > 0) {
      kwnames = As<Tuple>(frame->code->body->constants[*extra]);
    }
  }
  Value result;
  Frame* f = PrepareCall(ts, callee, args, nargs, kwnames, &result);
  if (f == nullptr) return result;
  if (ts.native_reentry_depth >= kMaxNativeReentry) {
    ts.frames.Pop();
    return RaiseRecursionError(ts);
  }
  return RunNested(ts, f);
}

__attribute__((noinline)) Value SuspendGenerator(ThreadState& ts, Frame* frame,
                                                 Value value) {
  Generator* g = Generator::FromRegs(frame->base);
  g->pc = frame->pc.load(std::memory_order_relaxed);
  if (frame->reserved != 0) {
    g->handled = ts.handled_exception;
    ts.handled_exception = frame->base[frame->reserved - 1];
  }
  g->exc_reserved = frame->reserved;
  g->state = GenState::kSuspended;
  // From its first suspension, its death may have to close it.
  TrackGenerator(*Rt(ts).finalization, g);
  if (frame->flags & kFrameHasObject) FinishFrameObject(ts, frame);
  ts.frames.Pop();
  return value;
}

Frame* EnterGeneratorInline(ThreadState& ts, Generator* g) {
  if (g->cls != Rt(ts).classes.generator) return nullptr;
  uint32_t resume_pc = 0;
  if (g->state == GenState::kSuspended) {
    uint32_t inst = g->code->body->instrs[g->pc];
    // next() sends None into the suspended yield (or yield from).
    g->regs()[DecodeB(inst)] = Value::None();
    resume_pc = DecodeOp(inst) == Op::kYield ? g->pc + 1 : g->pc;
  } else if (g->state != GenState::kCreated) {
    return nullptr;  // running or finished: the general path raises/stops
  }
  // The loop's frame is the top one, a script frame (StackTop without the
  // call and the native case).
  Frame* loop = ts.frames.top();
  Value* top = (loop->flags & kFrameGenerator)
                   ? Generator::FromRegs(loop->base)->stack_top
                   : loop->base + loop->code->body->num_regs;
  return PushGeneratorFrame(ts, g, resume_pc, 0, top);
}

void FinishInlineGenerator(ThreadState& ts, Generator* g, bool raised) {
  Finish(g);
  if (raised) ConvertEscapingStop(ts, g);
}

int YieldFromStep(ThreadState& ts, Value sub, Value sent, Value* out) {
  RuntimeState& rt = Rt(ts);
  if (IsKind(sub, ObjKind::kGenerator)) {
    switch (
        ResumeGenerator(ts, As<Generator>(sub), sent, Value::Empty(), out)) {
      case GenResult::kYielded:
        return 1;
      case GenResult::kReturned:
        return 0;
      case GenResult::kError:
        return -1;
    }
  }
  TempRoots roots(ts);
  roots.Add(sub);
  roots.Add(sent);
  Value r;
  if (sent.IsNone()) {
    if (IsKind(sub, ObjKind::kIterator)) {
      r = IterNext(ts, sub);
      if (r.IsError()) return -1;
      if (r.IsEmpty()) {
        *out = Value::None();
        return 0;
      }
      *out = r;
      return 1;
    }
    bool found = false;
    r = CallSpecial(ts, sub, rt.names.__next__, nullptr, 0, &found);
    if (!found) {
      RaiseFormat(ts, rt.exc.type_error, "'%s' object is not an iterator",
                  TypeNameOf(ts, sub));
      return -1;
    }
  } else {
    Str* name = InternStr(ts, "send");
    if (name == nullptr) {
      RaiseMemoryError(ts);
      return -1;
    }
    Value m = GetAttr(ts, sub, name);
    if (m.IsError()) return -1;
    roots.Add(m);
    r = CallValue(ts, m, &sent, 1);
  }
  if (r.IsError()) return FinishedOrError(ts, out);
  *out = r;
  return 1;
}

bool GeneratorNeedsClose(const Generator* g) {
  if (g->state != GenState::kSuspended) return false;
  const CodeBody* body = g->code->body;
  // CPython hands a dead async generator to the event loop's finalizer
  // hook, which awaits aclose(); interp has no such hooks, and closing it
  // synchronously would fail at its first await. Left alone, as before.
  if (body->flags & kCodeAsyncGenerator) return false;
  if (DecodeOp(body->instrs[g->pc]) == Op::kYieldFrom) return true;
  for (const ExceptionEntry& h : body->handlers) {
    if (h.start_pc <= g->pc && g->pc < h.end_pc) return true;
  }
  return false;
}

void RegisterGeneratorKindOps() {
  RegisterKindOps(ObjKind::kGenerator, KindOps{TraceGenerator, nullptr});
}

}  // namespace vm

Value GeneratorNext(ThreadState& ts, Object* gen) {
  Value v;
  switch (vm::ResumeGenerator(ts, static_cast<Generator*>(gen), Value::None(),
                              Value::Empty(), &v)) {
    case vm::GenResult::kYielded:
      return v;
    case vm::GenResult::kReturned:
      return Value::Empty();
    case vm::GenResult::kError:
      break;
  }
  return Value::Error();
}

}  // namespace interp
