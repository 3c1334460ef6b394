// The kAsync instruction: what `await`, `async for` and `async with` ask of
// their operands, with CPython 3.11's rules and messages. Coroutine objects
// themselves are generators of class `coroutine` (vm/generator.cc).

#include <string_view>

#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/compiler/opcodes.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/loop_helpers.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace vm {
namespace {

bool IsCoroutine(RuntimeState& rt, Value v) {
  return IsKind(v, ObjKind::kGenerator) &&
         v.AsObject()->cls == rt.classes.coroutine;
}

bool IsIterator(ThreadState& ts, Value v) {
  if (IsKind(v, ObjKind::kGenerator) || IsKind(v, ObjKind::kIterator)) {
    return true;
  }
  return v.IsObject() &&
         !LookupSpecial(v.AsObject()->cls, Rt(ts).names.__next__).IsEmpty();
}

// Calls special method `name` of v's class bound to v; Empty (nothing
// raised) when the class does not define it.
Value CallSpecialNamed(ThreadState& ts, Value v, std::string_view name) {
  Str* n = InternStr(ts, name);
  if (n == nullptr) return Value::Error();
  ClassObject* cls = ClassOf(Rt(ts), v);
  if (LookupSpecial(cls, n).IsEmpty()) return Value::Empty();
  bool found = false;
  return CallSpecial(ts, v, n, nullptr, 0, &found);
}

// The iterator `await v` delegates to, or Empty when v is not awaitable
// (nothing raised); Error when __await__ failed or returned a bad object.
Value AwaitableIter(ThreadState& ts, Value v) {
  RuntimeState& rt = Rt(ts);
  if (IsCoroutine(rt, v)) return v;
  Value it = CallSpecialNamed(ts, v, "__await__");
  if (it.IsEmpty() || it.IsError()) return it;
  if (IsCoroutine(rt, it)) {
    return RaiseTypeError(ts, "__await__() returned a coroutine");
  }
  if (!IsIterator(ts, it)) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "__await__() returned non-iterator of type '%s'",
                       TypeNameOf(ts, it));
  }
  return it;
}

}  // namespace

bool RunAsyncOp(ThreadState& ts, AsyncOp op, Value* out, Value operand) {
  RuntimeState& rt = Rt(ts);
  TempRoots roots(ts);
  roots.Add(operand);
  switch (op) {
    case AsyncOp::kAwaitable: {
      Value it = AwaitableIter(ts, operand);
      if (it.IsError()) return false;
      if (it.IsEmpty()) {
        RaiseFormat(ts, rt.exc.type_error,
                    "object %s can't be used in 'await' expression",
                    TypeNameOf(ts, operand));
        return false;
      }
      out[0] = it;
      return true;
    }
    case AsyncOp::kAIter: {
      Value it = CallSpecialNamed(ts, operand, "__aiter__");
      if (it.IsError()) return false;
      if (it.IsEmpty()) {
        RaiseFormat(ts, rt.exc.type_error,
                    "'async for' requires an object with __aiter__ method, "
                    "got %s",
                    TypeNameOf(ts, operand));
        return false;
      }
      Str* anext = InternStr(ts, "__anext__");
      if (anext == nullptr) return false;
      if (LookupSpecial(ClassOf(rt, it), anext).IsEmpty()) {
        RaiseFormat(ts, rt.exc.type_error,
                    "'async for' received an object from __aiter__ that "
                    "does not implement __anext__: %s",
                    TypeNameOf(ts, it));
        return false;
      }
      out[0] = it;
      return true;
    }
    case AsyncOp::kANext: {
      Value next = CallSpecialNamed(ts, operand, "__anext__");
      if (next.IsError()) return false;
      if (next.IsEmpty()) {
        RaiseFormat(ts, rt.exc.type_error,
                    "'async for' requires an iterator with __anext__ method, "
                    "got %s",
                    TypeNameOf(ts, operand));
        return false;
      }
      roots.Add(next);
      Value it = AwaitableIter(ts, next);
      if (it.IsError()) return false;
      if (it.IsEmpty()) {
        RaiseFormat(ts, rt.exc.type_error,
                    "'async for' received an invalid object from __anext__: "
                    "%s",
                    TypeNameOf(ts, next));
        return false;
      }
      out[0] = it;
      return true;
    }
    case AsyncOp::kAEnter: {
      ClassObject* cls = ClassOf(rt, operand);
      Str* enter_name = InternStr(ts, "__aenter__");
      Str* exit_name = InternStr(ts, "__aexit__");
      if (enter_name == nullptr || exit_name == nullptr) return false;
      Value enter = LookupSpecial(cls, enter_name);
      Value exit = LookupSpecial(cls, exit_name);
      if (enter.IsEmpty() || exit.IsEmpty()) {
        RaiseFormat(ts, rt.exc.type_error,
                    "'%s' object does not support the asynchronous context "
                    "manager protocol%s",
                    cls->name->view(),
                    enter.IsEmpty() ? "" : " (missed __aexit__ method)");
        return false;
      }
      Value bound_exit = BindClassAttr(ts, exit, operand, cls);
      if (bound_exit.IsError()) return false;
      roots.Add(bound_exit);
      bool found = false;
      Value entered = CallSpecial(ts, operand, enter_name, nullptr, 0, &found);
      if (entered.IsError()) return false;
      roots.Add(entered);
      Value it = AwaitableIter(ts, entered);
      if (it.IsError()) return false;
      if (it.IsEmpty()) {
        RaiseFormat(ts, rt.exc.type_error,
                    "'async with' received an object from __aenter__ that "
                    "does not implement __await__: %s",
                    TypeNameOf(ts, entered));
        return false;
      }
      out[0] = bound_exit;
      out[1] = it;
      return true;
    }
    case AsyncOp::kWrapValue: {
      Tuple* w = NewTuple(ts, 1);
      if (w == nullptr) return false;
      w->items[0] = operand;
      w->cls = rt.classes.async_generator_wrapped_value;
      out[0] = Value::Obj(w);
      return true;
    }
  }
  RaiseTypeError(ts, "bad async operation");
  return false;
}

}  // namespace vm
}  // namespace interp
