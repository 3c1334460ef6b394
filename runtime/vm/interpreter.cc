// The interpreter loop: computed-goto dispatch over the register bytecode
// of opcodes.h. Script-to-script calls push a Frame record and continue in
// this same C++ activation (no C recursion), so script recursion depth is
// bounded by sys.getrecursionlimit(), never by the C stack.
//
// Crash reports read frame->pc lock-free; the loop keeps the instruction
// pointer in a local and stores the pc into the record (a relaxed store) at
// calls, backward jumps and before every slow path that can raise or run
// other code, so a report names the executing line.
#include "runtime/vm/interpreter.h"

#include <cmath>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "runtime/builtins/errors.h"
#include "runtime/compiler/opcodes.h"
#include "runtime/objects/code.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/dict_layout.h"
#include "runtime/objects/function.h"
#include "runtime/objects/iterator.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/range_slice.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/set.h"
#include "runtime/objects/shape.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/frame_object.h"
#include "runtime/vm/generator.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {

Value Execute(ThreadState& ts, Frame* entry) {
  RuntimeState& rt = Rt(ts);
  // Before the builtins module exists (bootstrap code), globals stand in.
  Dict* const builtins_or_null =
      rt.builtins_module != nullptr
          ? static_cast<Module*>(rt.builtins_module)->dict
          : nullptr;
  const bool budget_on =
      rt.instruction_budget.load(std::memory_order_relaxed) >= 0 ||
      rt.vm->deadline_ns != 0;

  static void* const kLabels[] = {
#define INTERP_OP_LABEL(name, fmt) &&L_##name,
      INTERP_OPCODES(INTERP_OP_LABEL)
#undef INTERP_OP_LABEL
  };

  Frame* frame = entry;
  Code* code;
  CodeBody* body;
  const uint32_t* start;
  const uint32_t* ip;
  Value* R;
  const Value* K;
  InlineCache* ic;
  Dict* globals;
  uint32_t inst;
  bool add_tb;  // the error path appends a traceback entry for this frame
  Value ret;
  // Operands of the fast native-call path (call_native_fast).
  NativeFunction* call_nf;
  uint32_t call_nargs;
  // Operands of the fast script-call path (push_simple_frame).
  Function* call_fn;
  Value* call_args;
  uint32_t call_a;
  uint32_t call_flags;
  // No object with a destructor may live in this function's scopes: the
  // computed gotos would jump across its cleanup. Temporary roots are
  // pushed on and popped from ts.temp_roots by hand.

#include "runtime/vm/dispatch_macros.inc"

  LOAD_FRAME();
  Dict* const builtins =
      builtins_or_null != nullptr ? builtins_or_null : globals;
  ip = start + frame->pc.load(std::memory_order_relaxed);
  if (__builtin_expect(frame->flags & kFrameThrowIn, 0)) {
    // throw() into a generator: raise the pending exception at its yield.
    frame->flags &= ~kFrameThrowIn;
    add_tb = true;
    goto error;
  }
  TICK_AT(ip - start);
  DISPATCH();

L_kMove:
  R[A_] = R[B_];
  DISPATCH();
L_kLoadK:
  R[A_] = K[BX_];
  DISPATCH();
L_kLoadInt:
  R[A_] = Value::Int(SBX_);
  DISPATCH();
L_kLoadNone:
  R[A_] = Value::None();
  DISPATCH();
L_kLoadBool:
  R[A_] = Value::Bool(B_ != 0);
  DISPATCH();
L_kCheckBound:
  if (__builtin_expect(R[A_].IsEmpty(), 0)) {
    SAVE_PC();
    RaiseUnboundLocal(ts, body, BX_);
    THROW();
  }
  DISPATCH();
L_kDelLocal:
  if (R[A_].IsEmpty()) {
    SAVE_PC();
    RaiseUnboundLocal(ts, body, BX_);
    THROW();
  }
  R[A_] = Value::Empty();
  DISPATCH();

L_kLoadGlobal : {
  InlineCache* c = &ic[*ip++];
  uint64_t gv = dict_inline::KeysVersion(globals);
  if (__builtin_expect(c->key == gv, 1)) {
    if (c->kind == kIcGlobal) {
      R[A_] = dict_inline::ValueAt(globals, c->index);
      DISPATCH();
    }
    if (c->kind == kIcBuiltin &&
        c->version == dict_inline::KeysVersion(builtins)) {
      R[A_] = dict_inline::ValueAt(builtins, c->index);
      DISPATCH();
    }
  }
  Str* name = body->names[BX_];
  int32_t idx = DictFindStrIndex(globals, name);
  if (idx >= 0) {
    *c = InlineCache{gv, 0, 0, idx, kIcGlobal, nullptr};
    R[A_] = DictValueAt(globals, idx);
    DISPATCH();
  }
  idx = DictFindStrIndex(builtins, name);
  if (idx >= 0) {
    *c =
        InlineCache{gv, DictKeysVersion(builtins), 0, idx, kIcBuiltin, nullptr};
    R[A_] = DictValueAt(builtins, idx);
    DISPATCH();
  }
  SAVE_PC_X();
  RaiseNameError(ts, name);
  THROW();
}
L_kStoreGlobal:
  if (!DictSetStr(ts, globals, body->names[BX_], R[A_])) {
    SAVE_PC();
    THROW();
  }
  DISPATCH();
L_kDelGlobal : {
  SAVE_PC();
  int r = DictDel(ts, globals, Value::Obj(body->names[BX_]));
  if (r < 0) THROW();
  if (r == 0) {
    RaiseNameError(ts, body->names[BX_]);
    THROW();
  }
  DISPATCH();
}
L_kLoadBuiltin : {
  Value v = DictGetStr(builtins, body->names[BX_]);
  if (v.IsEmpty()) {
    SAVE_PC();
    RaiseNameError(ts, body->names[BX_]);
    THROW();
  }
  R[A_] = v;
  DISPATCH();
}
L_kLoadName : {
  Str* name = body->names[BX_];
  Value v = Value::Empty();
  if (body->flags & kCodeClassBody) {
    if (__builtin_expect(IsKind(R[0], ObjKind::kDict) &&
                             R[0].AsObject()->cls == rt.classes.dict,
                         1)) {
      v = DictGetStr(AsDict(R[0]), name);
    } else {
      // A metaclass's __prepare__ namespace: its own __getitem__.
      SAVE_PC();
      v = ClassNamespaceLoad(ts, R[0], name);
      if (v.IsError()) THROW();
    }
  }
  if (v.IsEmpty()) v = DictGetStr(globals, name);
  if (v.IsEmpty()) v = DictGetStr(builtins, name);
  if (v.IsEmpty()) {
    SAVE_PC();
    RaiseNameError(ts, name);
    THROW();
  }
  R[A_] = v;
  DISPATCH();
}
L_kStoreName : {
  if ((body->flags & kCodeClassBody) &&
      __builtin_expect(!IsKind(R[0], ObjKind::kDict) ||
                           R[0].AsObject()->cls != rt.classes.dict,
                       0)) {
    // A metaclass's __prepare__ namespace: its own __setitem__.
    SAVE_PC();
    if (SetItem(ts, R[0], Value::Obj(body->names[BX_]), R[A_]).IsError()) {
      THROW();
    }
    DISPATCH();
  }
  Dict* ns = (body->flags & kCodeClassBody) ? AsDict(R[0]) : globals;
  if (!DictSetStr(ts, ns, body->names[BX_], R[A_])) {
    SAVE_PC();
    THROW();
  }
  DISPATCH();
}
L_kDelName : {
  Dict* ns = ((body->flags & kCodeClassBody) && IsKind(R[0], ObjKind::kDict))
                 ? AsDict(R[0])
                 : globals;
  SAVE_PC();
  int r = DictDel(ts, ns, Value::Obj(body->names[BX_]));
  if (r < 0) THROW();
  if (r == 0) {
    RaiseNameError(ts, body->names[BX_]);
    THROW();
  }
  DISPATCH();
}
L_kLoadDeref : {
  Value v = As<Cell>(R[B_])->value;
  if (__builtin_expect(v.IsEmpty(), 0)) {
    SAVE_PC();
    RaiseUnboundDeref(ts, body, B_, C_ == 1);
    THROW();
  }
  R[A_] = v;
  DISPATCH();
}
L_kStoreDeref:
  As<Cell>(R[A_])->value = R[B_];
  DISPATCH();
L_kDelDeref : {
  Cell* cell = As<Cell>(R[A_]);
  if (cell->value.IsEmpty()) {
    SAVE_PC();
    RaiseUnboundDeref(ts, body, A_, C_ == 1);
    THROW();
  }
  cell->value = Value::Empty();
  DISPATCH();
}

// --- arithmetic ---
#define BINARY(label, binop, fast, rhs)                      \
  label : {                                                  \
    Value a = R[B_];                                         \
    Value b = rhs;                                           \
    if (__builtin_expect(fast(a, b, &R[A_]), 1)) DISPATCH(); \
    SAVE_PC();                                               \
    Value r = BinaryOp(ts, BinOp::binop, a, b);              \
    CHECK(r);                                                \
    R[A_] = r;                                               \
    DISPATCH();                                              \
  }
  BINARY(L_kAdd, kAdd, FastAdd, R[C_])
  BINARY(L_kSub, kSub, FastSub, R[C_])
  BINARY(L_kMul, kMul, FastMul, R[C_])
  BINARY(L_kTrueDiv, kTrueDiv, FastTrueDiv, R[C_])
  BINARY(L_kFloorDiv, kFloorDiv, FastFloorDiv, R[C_])
  BINARY(L_kMod, kMod, FastMod, R[C_])
  BINARY(L_kPow, kPow, FastPow, R[C_])
  BINARY(L_kLShift, kLShift, FastLShift, R[C_])
  BINARY(L_kRShift, kRShift, FastRShift, R[C_])
  BINARY(L_kBitAnd, kBitAnd, FastBitAnd, R[C_])
  BINARY(L_kBitOr, kBitOr, FastBitOr, R[C_])
  BINARY(L_kBitXor, kBitXor, FastBitXor, R[C_])
  BINARY(L_kAddK, kAdd, FastAdd, K[C_])
  BINARY(L_kSubK, kSub, FastSub, K[C_])
  BINARY(L_kMulK, kMul, FastMul, K[C_])
  BINARY(L_kTrueDivK, kTrueDiv, FastTrueDiv, K[C_])
  BINARY(L_kFloorDivK, kFloorDiv, FastFloorDiv, K[C_])
  BINARY(L_kModK, kMod, FastMod, K[C_])
  BINARY(L_kPowK, kPow, FastPow, K[C_])
#undef BINARY

L_kInplace : {
  Value a = R[A_];
  Value b = R[B_];
  BinOp op = static_cast<BinOp>(C_);
  // `x += y` and friends on numbers (accumulators, `b[3] -= dx * m`):
  // the common operators' fast paths inline, the rest through the switch.
  bool done;
  if (op == BinOp::kAdd) {
    done = FastAdd(a, b, &R[A_]);
  } else if (op == BinOp::kSub) {
    done = FastSub(a, b, &R[A_]);
  } else if (op == BinOp::kMul) {
    done = FastMul(a, b, &R[A_]);
  } else {
    done = FastBinary(op, a, b, &R[A_]);
  }
  if (done) DISPATCH();
  SAVE_PC();
  Value r = InplaceOp(ts, op, a, b);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kNeg : {
  Value v = R[B_];
  if (v.IsInt() && v.AsInt() != INT64_MIN) {
    R[A_] = Value::Int(-v.AsInt());
    DISPATCH();
  }
  if (v.IsFloat()) {
    R[A_] = Value::Float(-v.AsFloat());
    DISPATCH();
  }
  SAVE_PC();
  Value r = Negate(ts, v);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kPos : {
  Value v = R[B_];
  if (v.IsInt() || v.IsFloat()) {
    // A fresh Int drops an IntEnum member's identity: +signal.SIGINT is 2.
    R[A_] = v.IsInt() ? Value::Int(v.AsInt()) : v;
    DISPATCH();
  }
  SAVE_PC();
  Value r = Positive(ts, v);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kInvert : {
  Value v = R[B_];
  if (v.IsInt()) {
    R[A_] = Value::Int(~v.AsInt());
    DISPATCH();
  }
  SAVE_PC();
  Value r = Invert(ts, v);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kNot : {
  Value v = R[B_];
  int t;
  if (!FastTruthy(v, &t)) {
    SAVE_PC();
    t = Truthy(ts, v);
    if (t < 0) THROW();
  }
  R[A_] = Value::Bool(!t);
  DISPATCH();
}

L_kCompare : {
  CmpOp op = static_cast<CmpOp>(*ip++);
  Value a = R[B_];
  Value b = R[C_];
  int t = FastCompare(op, a, b);
  if (t >= 0) {
    R[A_] = Value::Bool(t);
    DISPATCH();
  }
  SAVE_PC_X();
  Value r = SlowCompareValue(ts, op, a, b);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}

L_kJump : {
  int32_t off = static_cast<int32_t>(inst >> 8) - 8388607;
  ip += off;
  if (off < 0) TICK_AT(ip - off - start - 1);
  DISPATCH();
}
L_kJumpIfTrue : {
  Value v = R[A_];
  int t;
  if (!FastTruthy(v, &t)) {
    SAVE_PC();
    t = Truthy(ts, v);
    if (t < 0) THROW();
  }
  if (t) {
    int32_t off = SBX_;
    ip += off;
    if (off < 0) TICK_AT(ip - off - start - 1);
  }
  DISPATCH();
}
L_kJumpIfFalse : {
  Value v = R[A_];
  int t;
  if (!FastTruthy(v, &t)) {
    SAVE_PC();
    t = Truthy(ts, v);
    if (t < 0) THROW();
  }
  if (!t) {
    int32_t off = SBX_;
    ip += off;
    if (off < 0) TICK_AT(ip - off - start - 1);
  }
  DISPATCH();
}
// The fused compare-and-branch of every `if`/`while` test. Separate
// handlers for the register and constant forms keep the operand fetch
// branch-free.
#define JUMP_IF_NOT_CMP(label, rhs)               \
  label : {                                       \
    CmpOp op = static_cast<CmpOp>(C_);            \
    Value a = R[A_];                              \
    Value b = rhs;                                \
    int32_t off = static_cast<int32_t>(*ip++);    \
    int t = FastCompare(op, a, b);                \
    if (__builtin_expect(t < 0, 0)) {             \
      SAVE_PC_X();                                \
      t = SlowCompareBool(ts, op, a, b);          \
      if (t < 0) THROW();                         \
    }                                             \
    if (!t) {                                     \
      ip += off;                                  \
      if (off < 0) TICK_AT(ip - off - start - 2); \
    }                                             \
    DISPATCH();                                   \
  }
  JUMP_IF_NOT_CMP(L_kJumpIfNotCmp, R[B_])
  JUMP_IF_NOT_CMP(L_kJumpIfNotCmpK, K[B_])
#undef JUMP_IF_NOT_CMP

  // --- calls ---
  // kCall / kCallMethod first try the path that matters for recursion-heavy
  // code: a script function called positionally with exactly the arity it
  // declares and nothing to bind (Function::fast_arity). That path pushes
  // the frame record inline and allocates nothing; the callee's window
  // starts at its first argument, which already sits in our registers.
L_kCall : {
  uint32_t a = A_;
  Value callee = R[a];
  if (C_ == 0 && callee.IsObject()) {
    Object* o = callee.AsObject();
    if (o->kind == ObjKind::kFunction &&
        static_cast<Function*>(o)->fast_arity == B_) {
      call_fn = static_cast<Function*>(o);
      call_args = R + a + 1;
      call_a = a;
      call_flags = kFrameScript;
      goto push_simple_frame;
    }
    if (o->kind == ObjKind::kNative &&
        static_cast<NativeFunction*>(o)->bound_self.IsEmpty()) {
      call_nf = static_cast<NativeFunction*>(o);
      call_args = R + a + 1;
      call_nargs = B_;
      call_a = a;
      goto call_native_fast;
    }
    // Instantiating a class whose script __init__ PrepareCall remembered:
    // allocate the instance and enter __init__ as a constructor frame
    // directly. Window: [keep: instance][self][args...]; the arguments
    // move up one register (the space above a call's arguments is free).
    if (o->kind == ObjKind::kClass) {
      auto* cls = static_cast<ClassObject*>(o);
      // range(stop) / range(start, stop) of ints, the header of most
      // counted loops: straight to the object ForPrep reads.
      if (cls == rt.classes.range && B_ >= 1 && B_ <= 2 && R[a + 1].IsInt() &&
          R[a + B_].IsInt()) {
        SAVE_PC();
        Range* r =
            NewRange(ts, B_ == 1 ? 0 : R[a + 1].AsInt(), R[a + B_].AsInt(), 1);
        if (r == nullptr) THROW();
        R[a] = Value::Obj(r);
        DISPATCH();
      }
      if (cls->vm_init != nullptr && cls->vm_init_version == cls->version &&
          cls->vm_init_epoch == rt.class_epoch &&
          static_cast<Function*>(cls->vm_init)->fast_arity == B_ + 1) {
        Instance* self = NewInstance(ts, cls);
        if (self != nullptr) {
          uint32_t nargs = B_;
          for (uint32_t i = nargs; i > 0; --i) R[a + 1 + i] = R[a + i];
          R[a] = Value::Obj(self);
          R[a + 1] = Value::Obj(self);
          call_fn = static_cast<Function*>(cls->vm_init);
          call_args = R + a + 1;
          call_a = a;
          call_flags = kFrameConstructor;
          goto push_simple_frame;
        }
      }
    }
  }
  goto call_generic;
}
L_kCallMethod : {
  uint32_t a = A_;
  Value callee = R[a];
  uint32_t nargs = B_;
  Value* args = R + a + 2;
  if (!R[a + 1].IsEmpty()) {
    args = R + a + 1;
    nargs += 1;
  }
  if (C_ == 0 && callee.IsObject()) {
    Object* o = callee.AsObject();
    if (o->kind == ObjKind::kFunction &&
        static_cast<Function*>(o)->fast_arity == nargs) {
      call_fn = static_cast<Function*>(o);
      call_args = args;
      call_a = a;
      call_flags = kFrameScript;
      goto push_simple_frame;
    }
    // Methods of builtin types (list.append, str.split, dict.get...).
    if (o->kind == ObjKind::kNative &&
        static_cast<NativeFunction*>(o)->bound_self.IsEmpty()) {
      call_nf = static_cast<NativeFunction*>(o);
      call_args = args;
      call_nargs = nargs;
      call_a = a;
      goto call_native_fast;
    }
  }
  goto call_generic;
}

call_native_fast : {
  // Only reached for calls without keywords (C == 0): the native frame
  // record is pushed by CallNative, with no protocol walk before it.
  if (__builtin_expect(call_args + call_nargs + kStackSlack > ts.stack_limit,
                       0)) {
    goto call_generic;
  }
  SAVE_PC();
  Value result = CallNative(ts, call_nf, call_args, call_nargs, nullptr);
  CHECK(result);
  R[call_a] = result;
  DISPATCH();
}

push_simple_frame : {
  // Only reached for calls without an EXTRA word (C == 0).
  SAVE_PC();
  Function* fn = call_fn;
  Value* args = call_args;
  Code* callee_code = fn->code;
  CodeBody* cb = callee_code->body;
  const uint32_t nregs = cb->num_regs;
  if (__builtin_expect(ts.frames.depth_relaxed() >=
                               static_cast<uint32_t>(rt.recursion_limit) ||
                           args + nregs + kStackSlack > ts.stack_limit,
                       0)) {
    RaiseRecursionError(ts);
    THROW();
  }
  // Locals start unbound (and stale values above the caller's window must
  // not be seen by the collector).
  for (uint32_t i = fn->fast_arity; i < nregs; ++i) args[i] = Value::Empty();
  Frame* f = ts.frames.BeginPush();
  if (__builtin_expect(f == nullptr, 0)) {
    RaiseRecursionError(ts);
    THROW();
  }
  f->code_info.store(callee_code->info, std::memory_order_relaxed);
  f->native_info.store(nullptr, std::memory_order_relaxed);
  f->pc.store(0, std::memory_order_relaxed);
  f->flags = call_flags;
  f->code = callee_code;
  f->func = fn;
  f->base = args;
  f->result_reg = EncodeResultReg(call_a, 1);
  f->reserved = 0;
  ts.frames.EndPush();
  frame = f;
  code = callee_code;
  body = cb;
  start = cb->instrs.data();
  R = args;
  K = cb->constants.data();
  ic = CachesOf(cb);
  globals = fn->globals;
  ip = start;
  // The safe point of a call (the record's pc is already 0).
  BUMP_PROGRESS();
  if (__builtin_expect(ts.eval_breaker.load(std::memory_order_relaxed) != 0,
                       0)) {
    if (!HandleEvalBreaker(ts)) THROW();
  }
  if (budget_on && !BudgetTick(ts, rt)) THROW();
  DISPATCH();
}

L_kCallEx:
call_generic : {
  SAVE_PC();
  const uint32_t call_pc = static_cast<uint32_t>(ip - start - 1);
  uint32_t a = A_;
  Value callee;
  Value* args;
  uint32_t nargs;
  Tuple* kwnames = nullptr;
  Op op = DecodeOp(inst);
  size_t roots_mark = ts.temp_roots.size();
  if (op == Op::kCall) {
    callee = R[a];
    args = R + a + 1;
    nargs = B_;
    if (C_ > 0) kwnames = As<Tuple>(K[*ip++]);
  } else if (op == Op::kCallMethod) {
    callee = R[a];
    nargs = B_;
    if (R[a + 1].IsEmpty()) {
      args = R + a + 2;
    } else {
      args = R + a + 1;
      nargs += 1;
    }
    if (C_ > 0) kwnames = As<Tuple>(K[*ip++]);
  } else {
    callee = R[a];
    args = R + a + 1;
    if (!SpreadCallArgs(ts, args, &nargs, &kwnames)) THROW();
    // The kwnames tuple is referenced only from here while the callee
    // binds or runs natively.
    if (kwnames != nullptr) ts.temp_roots.push_back(Value::Obj(kwnames));
  }
  Value result;
  // Plain native functions and methods (list.append, len, str.split...)
  // go straight to their native frame; PrepareCall's protocol walk is for
  // everything else.
  if (callee.IsObject() && callee.AsObject()->kind == ObjKind::kNative &&
      static_cast<NativeFunction*>(callee.AsObject())->bound_self.IsEmpty() &&
      args + nargs + (kwnames != nullptr ? kwnames->size : 0) + kStackSlack <=
          ts.stack_limit) {
    result = CallNative(ts, static_cast<NativeFunction*>(callee.AsObject()),
                        args, nargs, kwnames);
    ts.temp_roots.resize(roots_mark);
    CHECK(result);
    R[a] = result;
    DISPATCH();
  }
  Frame* f = PrepareCall(ts, callee, args, nargs, kwnames, &result);
  ts.temp_roots.resize(roots_mark);
  if (f != nullptr) {
    f->result_reg =
        EncodeResultReg(a, static_cast<uint32_t>(ip - start) - call_pc);
    frame = f;
    LOAD_FRAME();
    ip = start;
    TICK_AT(0);
    DISPATCH();
  }
  // The native call may have run a collection or re-entered; R is still
  // this frame's window (the value stack never moves).
  CHECK(result);
  R[a] = result;
  DISPATCH();
}

L_kReturnNone:
  ret = Value::None();
  goto do_return;
L_kReturn:
  ret = R[A_];
do_return : {
  Value result = ret;
  Frame* f = frame;
  uint32_t flags = f->flags;
  if (__builtin_expect(f->reserved != 0, 0)) {
    ts.handled_exception = f->base[f->reserved - 1];
  }
  if (__builtin_expect(flags & kFrameConstructor, 0)) {
    if (!result.IsNone()) {
      SAVE_PC();
      RaiseFormat(ts, rt.exc.type_error,
                  "__init__() should return None, not '%s'",
                  TypeNameOf(ts, result));
      THROW();
    }
    result = f->base[-1];
  }
  if (__builtin_expect(flags & kFrameHasObject, 0)) {
    FinishFrameObject(ts, f);
  }
  ts.frames.Pop();
  if (__builtin_expect(flags & (kFrameEntry | kFrameGenerator), 0)) {
    if (flags & kFrameEntry) return result;
    // An inlined generator returned: its loop is over.
    FinishInlineGenerator(ts, Generator::FromRegs(f->base), false);
    frame = f - 1;
    LOAD_FRAME();
    const uint32_t pc = frame->pc.load(std::memory_order_relaxed);
    inst = start[pc];
    if (DecodeOp(inst) == Op::kForLoop) {
      ip = start + pc + 1;  // falls through
    } else {                // kForIter: the exit jump
      const int32_t off = SBX_;
      ip = start + pc + 1 + off;
      if (off < 0) TICK_AT(pc);
    }
    DISPATCH();
  }
  // Records are contiguous and only entry frames have no script caller, so
  // the caller's record is the one just below (no depth reload).
  frame = f - 1;
  // LOAD_FRAME without CachesOf's sizing check: the caller ran before, so
  // its inline caches exist.
  code = frame->code;
  body = code->body;
  start = body->instrs.data();
  R = frame->base;
  K = body->constants.data();
  ic = reinterpret_cast<InlineCache*>(body->vm_ic.data());
  globals = frame->func->globals;
  // The caller resumes after its call instruction (and EXTRA word): the
  // call recorded both the result register and that distance.
  const uint32_t rr = static_cast<uint32_t>(f->result_reg);
  R[ResultRegOf(rr)] = result;
  ip = start + frame->pc.load(std::memory_order_relaxed) + ResumeSkipOf(rr);
  DISPATCH();
}

L_kMakeFunction : {
  SAVE_PC();
  Value r = MakeFunction(ts, frame, R, A_, As<Code>(K[BX_]), *ip++);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}

  // --- attributes ---
L_kGetAttr : {
  uint32_t extra = *ip++;
  Str* name = body->names[extra & 0xffff];
  InlineCache* c = &ic[extra >> 16];
  Value obj = R[B_];
  // An instance attribute: the shape proves where the value is, the epoch
  // that no class gained a data descriptor for it since.
  if (IsKind(obj, ObjKind::kInstance)) {
    auto* self_obj = static_cast<Instance*>(obj.AsObject());
    if (c->key == reinterpret_cast<uint64_t>(self_obj->layout) &&
        c->kind == kIcSlot && c->epoch == rt.class_epoch) {
      R[A_] = *InstanceSlotRef(self_obj, c->index);
      DISPATCH();
    }
  }
  SAVE_PC_X();
  Value r = GetAttrCached(ts, obj, name, c);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kSetAttr : {
  uint32_t extra = *ip++;
  Str* name = body->names[extra & 0xffff];
  InlineCache* c = &ic[extra >> 16];
  Value obj = R[A_];
  if (IsKind(obj, ObjKind::kInstance)) {
    auto* self_obj = static_cast<Instance*>(obj.AsObject());
    if (c->key == reinterpret_cast<uint64_t>(self_obj->layout) &&
        c->epoch == rt.class_epoch) {
      if (c->kind == kIcSlot) {
        *InstanceSlotRef(self_obj, c->index) = R[B_];
        DISPATCH();
      }
      // Adding an attribute: a transition to the cached shape, when the
      // new slot is inline or the overflow already has room for it.
      if (c->kind == kIcSlotAdd &&
          (c->index >= 0 ||
           (self_obj->overflow != nullptr &&
            static_cast<uint32_t>(~c->index) < self_obj->overflow->size))) {
        *InstanceSlotRef(self_obj, c->index) = R[B_];
        self_obj->layout = c->value;
        DISPATCH();
      }
    }
  }
  SAVE_PC_X();
  if (SetAttrCached(ts, obj, name, R[B_], c).IsError()) THROW();
  DISPATCH();
}
L_kDelAttr : {
  uint32_t extra = *ip++;
  SAVE_PC_X();
  if (DelAttr(ts, R[A_], body->names[extra & 0xffff]).IsError()) THROW();
  DISPATCH();
}
L_kLoadMethod : {
  uint32_t extra = *ip++;
  Str* name = body->names[extra & 0xffff];
  InlineCache* c = &ic[extra >> 16];
  Value obj = R[B_];
  uint32_t a = A_;
  if (obj.IsObject()) {
    Object* o = obj.AsObject();
    // A method of an instance's class: its shape proves the instance does
    // not shadow it. Other objects (builtin classes): the class version.
    bool hit = o->kind == ObjKind::kInstance
                   ? c->key == reinterpret_cast<uint64_t>(
                                   static_cast<Instance*>(o)->layout) &&
                         c->kind == kIcShapeMethod
                   : c->key == reinterpret_cast<uint64_t>(o->cls) &&
                         c->kind == kIcClassFunction &&
                         c->version == o->cls->version;
    if (hit && c->epoch == rt.class_epoch) {
      R[a] = Value::Obj(c->value);
      R[a + 1] = obj;
      DISPATCH();
    }
  }
  SAVE_PC_X();
  if (!LoadMethodSlow(ts, obj, name, c, &R[a])) THROW();
  DISPATCH();
}

  // --- items ---
L_kGetItem : {
  Value cont = R[B_];
  Value key = R[C_];
  if (FastGetItem(rt, cont, key, &R[A_])) DISPATCH();
  SAVE_PC();
  if (IsExactDict(rt, cont) && key.IsInt()) {
    Value r = DictGet(ts, AsDict(cont), key);
    CHECK(r);
    if (!r.IsEmpty()) {
      R[A_] = r;
      DISPATCH();
    }
  }
  Value r = GetItem(ts, cont, key);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kGetItemI : {
  Value cont = R[B_];
  Value key = Value::Int(C_);
  if (FastGetItem(rt, cont, key, &R[A_])) DISPATCH();
  SAVE_PC();
  Value r = GetItem(ts, cont, key);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kSetItem : {
  Value cont = R[A_];
  Value key = R[B_];
  Value v = R[C_];
  if (FastSetItem(rt, cont, key, v)) DISPATCH();
  SAVE_PC();
  // An exact dict with a str or int key: straight to the table (no
  // __setitem__ to look for; hashing such keys runs no script code).
  if (IsExactDict(rt, cont) && (IsKind(key, ObjKind::kStr) || key.IsInt())) {
    if (!DictSet(ts, AsDict(cont), key, v)) THROW();
    DISPATCH();
  }
  if (SetItem(ts, cont, key, v).IsError()) THROW();
  DISPATCH();
}
L_kSetItemI : {
  Value cont = R[A_];
  Value key = Value::Int(B_);
  Value v = R[C_];
  if (FastSetItem(rt, cont, key, v)) DISPATCH();
  SAVE_PC();
  if (SetItem(ts, cont, key, v).IsError()) THROW();
  DISPATCH();
}
L_kDelItem:
  SAVE_PC();
  if (DelItem(ts, R[A_], R[B_]).IsError()) THROW();
  DISPATCH();
L_kBuildSlice : {
  SAVE_PC();
  Slice* s = NewSlice(ts, R[B_], R[B_ + 1], R[B_ + 2]);
  if (s == nullptr) THROW();
  R[A_] = Value::Obj(s);
  DISPATCH();
}

  // --- containers ---
L_kBuildList : {
  SAVE_PC();
  List* l = NewListFrom(ts, R + B_, C_);
  if (l == nullptr) THROW();
  R[A_] = Value::Obj(l);
  DISPATCH();
}
L_kBuildTuple : {
  SAVE_PC();
  Tuple* t = NewTupleFrom(ts, R + B_, C_);
  if (t == nullptr) THROW();
  R[A_] = Value::Obj(t);
  DISPATCH();
}
L_kBuildSet : {
  SAVE_PC();
  Value r = BuildSet(ts, R + B_, C_);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kSetConstLayout : {
  SAVE_PC();
  Set* rebuilt = SetRebuilt(ts, AsSet(R[A_]));
  if (rebuilt == nullptr) THROW();
  R[A_] = SetValue(rebuilt);
  Set* merged = SetCopy(ts, rebuilt);
  if (merged == nullptr) THROW();
  R[A_] = SetValue(merged);
  DISPATCH();
}
L_kBuildDict : {
  SAVE_PC();
  Value r = BuildDict(ts, R + B_, C_);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kListAppend:
  if (!ListAppend(ts, As<List>(R[A_]), R[B_])) {
    SAVE_PC();
    THROW();
  }
  DISPATCH();
L_kListExtend:
  SAVE_PC();
  if (!CallListExtend(ts, As<List>(R[A_]), R[B_],
                      C_ == 0 ? Value::Empty() : R[A_ - C_])) {
    THROW();
  }
  DISPATCH();
L_kListToTuple : {
  SAVE_PC();
  Value r = ToTuple(ts, R[B_]);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kSetAdd:
  SAVE_PC();
  if (SetAdd(ts, AsSet(R[A_]), R[B_]) < 0) THROW();
  DISPATCH();
L_kDictSet:
  SAVE_PC();
  if (!DictSet(ts, AsDict(R[A_]), R[B_], R[C_])) THROW();
  DISPATCH();
L_kDictUpdate:
  SAVE_PC();
  if (!DictUpdateFrom(ts, AsDict(R[A_]), R[B_],
                      C_ == 0 ? Value::Empty() : R[A_ - C_])) {
    THROW();
  }
  DISPATCH();
L_kUnpack : {
  // Tuples and lists of the right length (`left, right = node`, `for k, v
  // in d.items()`) unpack inline; everything else (iterators, length
  // errors) takes the protocol path.
  Value src = R[B_];
  if (src.IsObject()) {
    Object* o = src.AsObject();
    const Value* items = nullptr;
    uint32_t n = 0;
    // Not a subclass whose __iter__ is script code.
    if (o->kind == ObjKind::kTuple && IteratesAsItems(o)) {
      items = static_cast<Tuple*>(o)->items;
      n = static_cast<Tuple*>(o)->size;
    } else if (o->kind == ObjKind::kList && IteratesAsItems(o)) {
      items = static_cast<List*>(o)->items;
      n = static_cast<List*>(o)->size;
    }
    if (items != nullptr && n == C_) {
      Value* out = R + A_;
      // `src` may be one of the targets: read everything first.
      if (n == 2) {
        Value x = items[0], y = items[1];
        out[0] = x;
        out[1] = y;
        DISPATCH();
      }
      if (n <= 8) {
        Value tmp[8];
        for (uint32_t i = 0; i < n; ++i) tmp[i] = items[i];
        for (uint32_t i = 0; i < n; ++i) out[i] = tmp[i];
        DISPATCH();
      }
    }
  }
  SAVE_PC();
  if (!Unpack(ts, R + A_, R[B_], C_)) THROW();
  DISPATCH();
}
L_kUnpackEx : {
  uint32_t extra = *ip++;
  SAVE_PC_X();
  if (!UnpackEx(ts, R + A_, R[B_], extra & 0xff, (extra >> 8) & 0xff)) THROW();
  DISPATCH();
}

  // --- iteration ---
L_kGetIter : {
  SAVE_PC();
  Value r = GetIter(ts, R[B_]);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kForIter : {
  Value it = R[A_];
  Value v;
  if (IsKind(it, ObjKind::kIterator)) {
    Iterator* iter = static_cast<Iterator*>(it.AsObject());
    if (iter->ikind == IterKind::kList) {
      List* l = As<List>(iter->source);
      if (!iter->exhausted && iter->index < static_cast<int64_t>(l->size)) {
        R[A_ + 1] = l->items[iter->index++];
        DISPATCH();
      }
    }
    SAVE_PC();
    v = BuiltinIterNext(ts, iter);
  } else {
    SAVE_PC();
    ENTER_GENERATOR(it);
    v = IterNext(ts, it);
  }
  CHECK(v);
  if (v.IsEmpty()) {
    int32_t off = SBX_;
    ip += off;
    if (off < 0) TICK_AT(ip - off - start - 1);
  } else {
    R[A_ + 1] = v;
  }
  DISPATCH();
}
L_kForPrep : {
  Value src = R[A_];
  uint32_t a = A_;
  if (IsKind(src, ObjKind::kRange)) {
    Range* r = As<Range>(src);
    R[a] = Value::Int(r->start);
    R[a + 1] = Value::Int(r->stop);
    R[a + 2] = Value::Int(r->step);
  } else {
    SAVE_PC();
    Value it = GetIter(ts, src);
    CHECK(it);
    R[a] = it;
    R[a + 1] = Value::None();
    R[a + 2] = Value::None();
  }
  ip += SBX_;
  DISPATCH();
}
L_kForLoop : {
  uint32_t a = A_;
  Value cur = R[a];
  if (cur.IsInt()) {
    int64_t i = cur.AsInt();
    int64_t stop = R[a + 1].AsInt();
    int64_t step = R[a + 2].AsInt();
    if (step > 0 ? i < stop : i > stop) {
      R[a + 3] = cur;
      int64_t next;
      if (__builtin_add_overflow(i, step, &next)) next = stop;
      R[a] = Value::Int(next);
      int32_t off = SBX_;
      ip += off;
      TICK_AT(ip - off - start - 1);
    }
    DISPATCH();
  }
  Value v;
  if (IsKind(cur, ObjKind::kIterator)) {
    Iterator* iter = static_cast<Iterator*>(cur.AsObject());
    if (iter->ikind == IterKind::kList) {
      List* l = As<List>(iter->source);
      if (!iter->exhausted && iter->index < static_cast<int64_t>(l->size)) {
        R[a + 3] = l->items[iter->index++];
        int32_t off = SBX_;
        ip += off;
        TICK_AT(ip - off - start - 1);
        DISPATCH();
      }
    }
    SAVE_PC();
    v = BuiltinIterNext(ts, iter);
  } else {
    SAVE_PC();
    ENTER_GENERATOR(cur);
    v = IterNext(ts, cur);
  }
  CHECK(v);
  if (!v.IsEmpty()) {
    R[a + 3] = v;
    int32_t off = SBX_;
    ip += off;
    TICK_AT(ip - off - start - 1);
  }
  DISPATCH();
}

  // --- strings ---
L_kFormat : {
  SAVE_PC();
  Value r = FormatValue(ts, R[B_], C_, R[B_ + 1]);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kBuildString : {
  SAVE_PC();
  Value r = BuildString(ts, R + B_, C_);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}

  // --- exceptions ---
L_kRaise : {
  SAVE_PC();
  Value exc = MakeRaisable(ts, R[A_]);
  CHECK(exc);
  if (B_ == 1) {
    if (!SetCause(ts, exc, R[C_])) THROW();
  }
  LinkContext(ts, exc);
  ts.pending_exception = exc;
  THROW();
}
L_kReraise : {
  Value exc = R[A_];
  if (exc.IsNone() || exc.IsEmpty()) DISPATCH();
  SAVE_PC();
  ts.pending_exception = exc;
  add_tb = false;
  goto error;
}
L_kRaiseCurrent : {
  SAVE_PC();
  if (ts.handled_exception.IsNone()) {
    RaiseRuntimeError(ts, "No active exception to reraise");
    THROW();
  }
  ts.pending_exception = ts.handled_exception;
  add_tb = false;
  goto error;
}
L_kExcMatch : {
  SAVE_PC();
  int m = ExceptionMatches(ts, R[B_], R[C_]);
  if (m < 0) THROW();
  R[A_] = Value::Bool(m != 0);
  DISPATCH();
}
L_kExcStar : {
  SAVE_PC();
  if (!RunExcStar(ts, R + A_, R + B_, C_)) THROW();
  DISPATCH();
}
L_kPushExcInfo : {
  uint32_t a = A_;
  R[a] = ts.handled_exception;
  ts.handled_exception = R[B_];
  if (frame->reserved == 0) frame->reserved = a + 1;
  DISPATCH();
}
L_kPopExcInfo : {
  uint32_t a = A_;
  ts.handled_exception = R[a];
  if (frame->reserved == a + 1) frame->reserved = 0;
  DISPATCH();
}
L_kWithEnter : {
  SAVE_PC();
  if (!WithEnter(ts, R + A_, R[B_])) THROW();
  DISPATCH();
}
L_kWithExit : {
  SAVE_PC();
  Value r = WithExit(ts, R[B_], R[C_]);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}

  // --- classes and modules ---
L_kBuildClass : {
  uint32_t extra = *ip++;
  SAVE_PC_X();
  uint32_t a = A_;
  Value cls = BuildClass(ts, R[a], K[extra], R + B_, C_);
  CHECK(cls);
  R[a] = cls;
  DISPATCH();
}
L_kImport : {
  SAVE_PC();
  Str* import_name = body->names[BX_];
  Value m = import_name->view().starts_with('.')
                ? ImportRelative(ts, globals, import_name)
                : ImportModule(ts, import_name);
  CHECK(m);
  R[A_] = m;
  DISPATCH();
}
L_kImportFrom : {
  SAVE_PC();
  Str* from_name = body->names[C_];
  Value r = from_name->view() == "*" ? ImportStar(ts, R[B_], globals)
                                     : ImportFrom(ts, R[B_], from_name);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kPrintExpr : {
  SAVE_PC();
  if (!PrintExpr(ts, R[A_])) THROW();
  DISPATCH();
}
L_kNop:
  DISPATCH();
L_kAsync : {
  SAVE_PC();
  if (!RunAsyncOp(ts, static_cast<AsyncOp>(C_), R + A_, R[B_])) THROW();
  DISPATCH();
}
L_kMatch : {
  const uint32_t extra = *ip++;
  SAVE_PC_X();
  Value r = RunMatchOp(ts, extra, R + B_, R[C_]);
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kExtArg : {
  // Big generated modules only: the common instructions stay one word with
  // 16-bit indices, and their wide forms run here without inline caches.
  const uint32_t x = ((inst >> 8) << 16) | (*ip >> 16);
  inst = *ip++;
  switch (static_cast<Op>(inst & 0xff)) {
    case Op::kLoadK:
      R[A_] = K[x];
      DISPATCH();
    case Op::kMakeFunction: {
      SAVE_PC();
      Value r = MakeFunction(ts, frame, R, A_, As<Code>(K[x]), *ip++);
      CHECK(r);
      R[A_] = r;
      DISPATCH();
    }
    case Op::kLoadGlobal:
    case Op::kLoadBuiltin: {
      const bool global =
          (inst & 0xff) == static_cast<uint32_t>(Op::kLoadGlobal);
      if (global) ++ip;  // its inline-cache word
      Str* name = body->names[x];
      Value v = global ? DictGetStr(globals, name) : Value::Empty();
      if (v.IsEmpty()) v = DictGetStr(builtins, name);
      if (v.IsEmpty()) {
        if (global) {
          SAVE_PC_X();
        } else {
          SAVE_PC();
        }
        RaiseNameError(ts, name);
        THROW();
      }
      R[A_] = v;
      DISPATCH();
    }
    case Op::kStoreGlobal:
    case Op::kStoreName: {
      Dict* ns = (inst & 0xff) == static_cast<uint32_t>(Op::kStoreName) &&
                         (body->flags & kCodeClassBody) &&
                         IsKind(R[0], ObjKind::kDict)
                     ? AsDict(R[0])
                     : globals;
      if (!DictSetStr(ts, ns, body->names[x], R[A_])) {
        SAVE_PC();
        THROW();
      }
      DISPATCH();
    }
    case Op::kLoadName: {
      Str* name = body->names[x];
      Value v = Value::Empty();
      if ((body->flags & kCodeClassBody) && IsKind(R[0], ObjKind::kDict)) {
        v = DictGetStr(AsDict(R[0]), name);
      }
      if (v.IsEmpty()) v = DictGetStr(globals, name);
      if (v.IsEmpty()) v = DictGetStr(builtins, name);
      if (v.IsEmpty()) {
        SAVE_PC();
        RaiseNameError(ts, name);
        THROW();
      }
      R[A_] = v;
      DISPATCH();
    }
    case Op::kDelGlobal:
    case Op::kDelName: {
      Dict* ns = (inst & 0xff) == static_cast<uint32_t>(Op::kDelName) &&
                         (body->flags & kCodeClassBody) &&
                         IsKind(R[0], ObjKind::kDict)
                     ? AsDict(R[0])
                     : globals;
      SAVE_PC();
      int r = DictDel(ts, ns, Value::Obj(body->names[x]));
      if (r < 0) THROW();
      if (r == 0) {
        RaiseNameError(ts, body->names[x]);
        THROW();
      }
      DISPATCH();
    }
    case Op::kImport: {
      SAVE_PC();
      Str* import_name = body->names[x];
      Value m = import_name->view().starts_with('.')
                    ? ImportRelative(ts, globals, import_name)
                    : ImportModule(ts, import_name);
      CHECK(m);
      R[A_] = m;
      DISPATCH();
    }
    default:
      // The compiler prefixes only the instructions above (opcodes.h).
      __builtin_trap();
  }
}

  // --- generators (the frame is a kFrameGenerator frame: an entry frame,
  // or one kForIter runs inline) ---
  // Suspending leaves this activation (SuspendGenerator pops the frame);
  // the work is out of line so that the loop's hot paths keep their
  // registers.
  // Calls from a generator's body: its registers are not in the value
  // stack, so the call's window is copied there first (GeneratorCall).
L_kGenCall:
L_kGenCallMethod:
L_kGenCallEx : {
  SAVE_PC();
  Value r = GeneratorCall(ts, frame, inst, ip);
  ip += DecodeC(inst) > 0 && DecodeOp(inst) != Op::kGenCallEx;
  CHECK(r);
  R[A_] = r;
  DISPATCH();
}
L_kYield:
  SAVE_PC();
  ret = R[A_];
  goto do_yield;
L_kYieldFrom : {
  SAVE_PC();
  int st = YieldFromStep(ts, R[A_], R[B_], &ret);
  if (st < 0) THROW();
  if (st == 0) {
    R[B_] = ret;
    DISPATCH();
  }
  // Suspended at this instruction: the resume runs it again with the
  // value sent in R[B].
  goto do_yield;
}
do_yield : {
  Frame* f = frame;
  const uint32_t flags = f->flags;
  Value v = SuspendGenerator(ts, f, ret);
  if (flags & kFrameEntry) return v;
  // Inlined by the caller's kForLoop or kForIter: the value is the loop's
  // next item.
  frame = f - 1;
  LOAD_FRAME();
  const uint32_t pc = frame->pc.load(std::memory_order_relaxed);
  inst = start[pc];
  if (DecodeOp(inst) == Op::kForLoop) {
    R[A_ + 3] = v;
    ip = start + pc + 1 + SBX_;  // back to the body, a safe point
    TICK_AT(pc);
  } else {
    R[A_ + 1] = v;
    ip = start + pc + 1;
  }
  DISPATCH();
}

error : {
  // An exception is pending. Find a handler in this frame, else unwind.
  Value exc = ts.pending_exception;
  // Every path here stored the failing instruction's pc first.
  uint32_t pc = frame->pc.load(std::memory_order_relaxed);
  if (add_tb) AddTraceback(ts, exc, frame, pc);
  for (;;) {
    for (const ExceptionEntry& h : body->handlers) {
      if (pc >= h.start_pc && pc < h.end_pc) {
        R[h.exc_reg] = exc;
        ts.pending_exception = Value::None();
        ip = start + h.handler_pc;
        DISPATCH();
      }
    }
    // Leaving the frame: restore what its except blocks saved.
    Frame* f = frame;
    if (f->reserved != 0) ts.handled_exception = f->base[f->reserved - 1];
    uint32_t flags = f->flags;
    if (flags & kFrameHasObject) FinishFrameObject(ts, f);
    ts.frames.Pop();
    if (flags & kFrameEntry) return Value::Error();
    if (flags & kFrameGenerator) {
      // An inlined generator's body raised: the caller's loop does.
      FinishInlineGenerator(ts, Generator::FromRegs(f->base), true);
      exc = ts.pending_exception;
    }
    frame = ts.frames.top();
    LOAD_FRAME();
    pc = frame->pc.load(std::memory_order_relaxed);
    AddTraceback(ts, exc, frame, pc);
  }
}

#undef ENTER_GENERATOR
#undef TICK_AT
#undef BUMP_PROGRESS
#undef CHECK
#undef THROW
#undef SAVE_PC_X
#undef SAVE_PC
#undef SAVE_PC_AT
#undef SBX_
#undef BX_
#undef C_
#undef B_
#undef A_
#undef DISPATCH
#undef LOAD_FRAME
}

}  // namespace vm
}  // namespace interp
