// Builtins that consume iterables: min, max, sum, sorted, any, all; and
// the asynchronous iteration pair aiter, anext.
#include <string>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/native_poll.h"

namespace interp {
namespace builtins {
namespace {

// A fixed set of GC-rooted slots that native code can overwrite while it
// calls back into the VM (TempRoots only appends).
class RootSlots {
 public:
  RootSlots(ThreadState& ts, size_t n) : ts_(ts), base_(ts.temp_roots.size()) {
    ts.temp_roots.resize(base_ + n, Value::None());
  }
  ~RootSlots() { ts_.temp_roots.resize(base_); }
  Value& operator[](size_t i) { return ts_.temp_roots[base_ + i]; }

 private:
  ThreadState& ts_;
  size_t base_;
};

Value MinMax(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
             bool is_max) {
  RuntimeState& rt = Rt(ts);
  const char* fname = is_max ? "max" : "min";
  Value key = Value::None(), dflt = Value::Empty();
  if (NumKw(kw) > 2) {
    // CPython parses min/max keywords the old way: counted first.
    return RaiseFormat(ts, rt.exc.type_error,
                       "%s() takes at most 2 keyword arguments (%d given)",
                       fname, NumKw(kw));
  }
  for (uint32_t i = 0; i < NumKw(kw); ++i) {
    std::string_view k = AsStr(kw->items[i])->view();
    if (k == "key") {
      key = args[nargs + i];
    } else if (k == "default") {
      dflt = args[nargs + i];
    } else {
      return RaiseFormat(ts, rt.exc.type_error,
                         "'%s' is an invalid keyword argument for %s()", k,
                         fname);
    }
  }
  if (nargs == 0) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "%s expected at least 1 argument, got 0", fname);
  }
  if (nargs > 1 && !dflt.IsEmpty()) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "Cannot specify a default for %s() with multiple "
                       "positional arguments",
                       fname);
  }
  // Slots: iterator, best item, best key, current item, current key.
  RootSlots slot(ts, 5);
  uint32_t index = 0;
  if (nargs == 1) {
    Value it = GetIter(ts, args[0]);
    if (it.IsError()) return it;
    slot[0] = it;
  }
  bool have = false;
  const CmpOp op = is_max ? CmpOp::kGt : CmpOp::kLt;
  NativePoll poll(ts);  // everything live is in `slot` or the arguments
  for (;;) {
    if (!poll.Tick()) return Value::Error();
    Value item;
    if (nargs == 1) {
      item = IterNext(ts, slot[0]);
      if (item.IsError()) return item;
      if (item.IsEmpty()) break;
    } else {
      if (index == nargs) break;
      item = args[index++];
    }
    slot[3] = item;
    Value k = item;
    if (!key.IsNone()) {
      k = CallValue(ts, key, &item, 1);
      if (k.IsError()) return k;
    }
    slot[4] = k;
    if (!have) {
      slot[1] = item;
      slot[2] = k;
      have = true;
      continue;
    }
    int c = CompareBool(ts, op, slot[4], slot[2]);
    if (c < 0) return Value::Error();
    if (c) {
      slot[1] = slot[3];
      slot[2] = slot[4];
    }
  }
  if (have) return slot[1];
  if (!dflt.IsEmpty()) return dflt;
  return RaiseFormat(ts, rt.exc.value_error, "%s() arg is an empty sequence",
                     fname);
}

Value Max(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return MinMax(ts, args, nargs, kw, true);
}
Value Min(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return MinMax(ts, args, nargs, kw, false);
}

Value Sum(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  RuntimeState& rt = Rt(ts);
  Value a[2];
  if (!BindArgs(ts, "sum", args, nargs, kw, {"iterable", "start"}, 1, 2, 1,
                a)) {
    return Value::Error();
  }
  Value acc = a[1].IsEmpty() ? Value::Int(0) : a[1];
  if (IsStr(acc)) {
    return RaiseTypeError(ts,
                          "sum() can't sum strings [use ''.join(seq) instead]");
  }
  RootSlots slot(ts, 3);  // iterator, accumulator, item
  Value it = GetIter(ts, a[0]);
  if (it.IsError()) return it;
  slot[0] = it;
  slot[1] = acc;
  NativePoll poll(ts);  // everything live is in `slot`
  for (;;) {
    if (!poll.Tick()) return Value::Error();
    Value item = IterNext(ts, slot[0]);
    if (item.IsError()) return item;
    if (item.IsEmpty()) break;
    Value cur = slot[1];
    if (cur.IsIntLike() && item.IsIntLike()) {
      int64_t r;
      if (!__builtin_add_overflow(cur.AsInt(), item.AsInt(), &r)) {
        slot[1] = Value::Int(r);
        continue;
      }
    } else if (cur.IsFloat() && (item.IsFloat() || item.IsIntLike())) {
      double d =
          item.IsFloat() ? item.AsFloat() : static_cast<double>(item.AsInt());
      slot[1] = Value::Float(cur.AsFloat() + d);
      continue;
    }
    slot[2] = item;
    Value r = BinaryOp(ts, BinOp::kAdd, cur, item);
    if (r.IsError()) return r;
    slot[1] = r;
  }
  (void)rt;
  return slot[1];
}

Value Sorted(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  // CPython takes the iterable, then hands the keywords to list.sort, whose
  // messages name sort().
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "sorted expected 1 argument, got %d", nargs);
  }
  Value a[3];
  a[0] = args[0];
  if (!BindArgs(ts, "sort", args + 1, 0, kw, {"key", "reverse"}, 0, 0, 0,
                a + 1)) {
    return Value::Error();
  }
  Value key = a[1].IsEmpty() ? Value::None() : a[1];
  bool reverse = false;
  if (!a[2].IsEmpty()) {
    // An int, like list.sort's clinic converter (no truthiness).
    int64_t r;
    if (!ToIndex(ts, a[2], &r)) return Value::Error();
    reverse = r != 0;
  }
  List* l = IterableToList(ts, a[0]);
  if (l == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(l));
  if (!ListSort(ts, l, key, reverse)) return Value::Error();
  return Value::Obj(l);
}

Value AnyAll(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw,
             bool is_any) {
  const char* fname = is_any ? "any" : "all";
  if (!NoKwargs(ts, fname, kw)) return Value::Error();
  if (nargs != 1) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "%s() takes exactly one argument (%d given)", fname,
                       nargs);
  }
  Value it = GetIter(ts, args[0]);
  if (it.IsError()) return it;
  TempRoots roots(ts);
  roots.Add(it);
  NativePoll poll(ts);
  for (;;) {
    if (!poll.Tick()) return Value::Error();
    Value item = IterNext(ts, it);
    if (item.IsError()) return item;
    if (item.IsEmpty()) return Value::Bool(!is_any);
    int t = Truthy(ts, item);
    if (t < 0) return Value::Error();
    if ((t != 0) == is_any) return Value::Bool(is_any);
  }
}

Value Any(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return AnyAll(ts, args, nargs, kw, true);
}
Value All(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return AnyAll(ts, args, nargs, kw, false);
}

Value Aiter(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "aiter", kw) || !CheckArgCount(ts, "aiter", nargs, 1, 1)) {
    return Value::Error();
  }
  RuntimeState& rt = Rt(ts);
  bool found = false;
  Value it =
      CallSpecial(ts, args[0], InternStr(ts, "__aiter__"), nullptr, 0, &found);
  if (!found) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "'%s' object is not an async iterable",
                       TypeName(ts, args[0]));
  }
  if (it.IsError()) return it;
  if (!it.IsObject() ||
      LookupSpecial(it.AsObject()->cls, InternStr(ts, "__anext__")).IsEmpty()) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "aiter() returned not an async iterator of type '%s'",
                       TypeName(ts, it));
  }
  return it;
}

// anext(iterator[, default]): the awaitable of __anext__; with a default,
// an awaitable that gives the default for StopAsyncIteration (a coroutine
// of the frozen _asyncio_builtins module).
Value Anext(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "anext", kw) || !CheckArgCount(ts, "anext", nargs, 1, 2)) {
    return Value::Error();
  }
  RuntimeState& rt = Rt(ts);
  Str* anext_name = InternStr(ts, "__anext__");
  if (!args[0].IsObject() ||
      LookupSpecial(args[0].AsObject()->cls, anext_name).IsEmpty()) {
    return RaiseFormat(ts, rt.exc.type_error,
                       "'%s' object is not an async iterator",
                       TypeName(ts, args[0]));
  }
  bool found = false;
  Value awaitable = CallSpecial(ts, args[0], anext_name, nullptr, 0, &found);
  if (awaitable.IsError() || nargs == 1) return awaitable;
  TempRoots roots(ts);
  roots.Add(awaitable);
  Value helpers = ImportModule(ts, InternStr(ts, "_asyncio_builtins"));
  if (helpers.IsError()) return helpers;
  Value fn = GetAttr(ts, helpers, InternStr(ts, "anext_default"));
  if (fn.IsError()) return fn;
  Value call_args[2] = {awaitable, args[1]};
  return CallValue(ts, fn, call_args, 2);
}

}  // namespace

bool AddIterableBuiltins(ThreadState& ts, Module* m) {
  static constexpr MethodDef kFunctions[] = {
      {"min", Min}, {"max", Max}, {"sum", Sum},     {"sorted", Sorted},
      {"any", Any}, {"all", All}, {"aiter", Aiter}, {"anext", Anext},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return false;
  }
  return true;
}

}  // namespace builtins
}  // namespace interp
