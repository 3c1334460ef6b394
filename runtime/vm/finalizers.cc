#include "runtime/vm/finalizers.h"

#include <utility>
#include <vector>

#include "runtime/builtins/errors.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/generator.h"
#include "runtime/vm/interpreter.h"
#include "runtime/vm/vm_internal.h"

namespace interp {
namespace {

void CallDel(ThreadState& ts, Object* o) {
  RuntimeState& rt = vm::Rt(ts);
  o->gc_flags |= kGcDelQueued;
  Value self = Value::Obj(o);
  Value fn = vm::ClassLookup(o->cls, rt.names.__del__);
  if (fn.IsEmpty() || fn.IsNone()) return;
  TempRoots roots(ts);
  roots.Add(self);
  roots.Add(fn);
  Value r = CallValue(ts, fn, &self, 1);
  if (r.IsError()) {
    Value exc = TakePendingException(ts);
    PrintUnraisable(ts, exc, fn);
  }
}

// callback(ref) of a weak reference whose referent died.
void CallWeakCallback(ThreadState& ts, Object* ref) {
  WeakRefState* w = WeakRefOf(ref);
  Value cb = w->callback;
  // Called once: the reference no longer holds its callback (CPython's
  // __callback__ is None after the referent died).
  w->callback = Value::None();
  if (cb.IsNone()) return;
  TempRoots roots(ts);
  roots.Add(cb);
  Value arg = Value::Obj(ref);
  Value r = CallValue(ts, cb, &arg, 1);
  if (r.IsError()) {
    Value exc = TakePendingException(ts);
    PrintUnraisable(ts, exc, cb);
  }
}

void CloseGenerator(ThreadState& ts, Generator* g) {
  TempRoots roots(ts);
  roots.Add(Value::Obj(g));
  Value r = vm::GeneratorClose(ts, g);
  if (r.IsError()) {
    Value exc = TakePendingException(ts);
    PrintUnraisable(ts, exc, Value::Obj(g));
  }
}

// warnings._warn_unawaited_coroutine(qualname), as CPython's
// _PyErr_WarnUnawaitedCoroutine calls it. The warning names the script
// line running when the collection found the coroutine dead (CPython's:
// the line that dropped the last reference).
void WarnUnawaited(ThreadState& ts, Str* qualname) {
  TempRoots roots(ts);
  roots.Add(Value::Obj(qualname));
  Str* mod_name = InternStr(ts, "warnings");
  Str* fn_name = InternStr(ts, "_warn_unawaited_coroutine");
  if (mod_name == nullptr || fn_name == nullptr) return;
  Value mod = ImportModule(ts, mod_name);
  Value r = mod;
  if (!mod.IsError()) {
    roots.Add(mod);
    Value fn = GetAttr(ts, mod, fn_name);
    r = fn;
    if (!fn.IsError()) {
      roots.Add(fn);
      Value arg = Value::Obj(qualname);
      r = CallValue(ts, fn, &arg, 1);
    }
  }
  if (r.IsError()) {
    Value exc = TakePendingException(ts);
    PrintUnraisable(ts, exc, Value::None());
  }
}

// fn(*args, **kwargs), with `args` a tuple and `kwargs` a dict or None.
Value CallWithArgsKwargs(ThreadState& ts, Value fn, Value args, Value kwargs) {
  Tuple* pos = As<Tuple>(args);
  Dict* kw = kwargs.IsNone() ? nullptr : AsDict(kwargs);
  const uint32_t nkw = kw == nullptr ? 0 : DictSize(kw);
  std::vector<Value> window(pos->items, pos->items + pos->size);
  Tuple* kwnames = nullptr;
  if (nkw > 0) {
    kwnames = NewTuple(ts, nkw);
    if (kwnames == nullptr) return RaiseMemoryError(ts);
    uint32_t at = 0;
    Value k, v;
    for (uint32_t it = 0; DictNext(kw, &it, &k, &v) && at < nkw;) {
      kwnames->items[at++] = k;
      window.push_back(v);
    }
  }
  // The values stay reachable from `args` and `kwargs`, which the caller
  // holds; kwnames is new.
  TempRoots roots(ts);
  if (kwnames != nullptr) roots.Add(Value::Obj(kwnames));
  return CallValue(ts, fn, window.data(), pos->size, kwnames);
}

}  // namespace

bool HasPendingFinalizers(const RuntimeState& rt) {
  return !rt.pending_del.empty() || rt.finalization->HasPendingWork();
}

void RunPendingFinalizers(ThreadState& ts) {
  RuntimeState& rt = vm::Rt(ts);
  if (rt.running_del) return;
  rt.running_del = true;
  FinalizationState& fs = *rt.finalization;
  Value saved = ts.pending_exception;
  TempRoots roots(ts);
  roots.Add(saved);
  ts.pending_exception = Value::None();
  // Every queued object stays in its queue (a root) until the queue is
  // done; a collection inside a finalizer appends, and the loops reach
  // those too.
  while (HasPendingFinalizers(rt)) {
    for (size_t i = 0; i < fs.weak_callbacks.size(); ++i) {
      CallWeakCallback(ts, fs.weak_callbacks[i]);
    }
    fs.weak_callbacks.clear();
    for (size_t i = 0; i < rt.pending_del.size(); ++i) {
      CallDel(ts, rt.pending_del[i]);
    }
    rt.pending_del.clear();
    for (size_t i = 0; i < fs.pending_close.size(); ++i) {
      CloseGenerator(ts, fs.pending_close[i]);
    }
    fs.pending_close.clear();
    for (size_t i = 0; i < fs.unawaited.size(); ++i) {
      WarnUnawaited(ts, fs.unawaited[i]);
    }
    fs.unawaited.clear();
  }
  ts.pending_exception = saved;
  rt.running_del = false;
}

void RunDelAtExit(ThreadState& ts) {
  RuntimeState& rt = vm::Rt(ts);
  FinalizationState& fs = *rt.finalization;
  RunPendingFinalizers(ts);
  // Generators first: a module's generator usually sits in its globals
  // beside the objects its finally blocks use.
  std::vector<Generator*> gens;
  gens.swap(fs.generators);
  for (Generator* g : gens) {
    g->gc_flags &= ~kGcGenTracked;
    if (g->cls == rt.classes.coroutine && g->state == GenState::kCreated) {
      fs.unawaited.push_back(g->qualname);
    } else if (g->state == GenState::kSuspended && vm::GeneratorNeedsClose(g)) {
      fs.pending_close.push_back(g);
    }
  }
  RunPendingFinalizers(ts);
  if (!rt.has_del_classes) return;
  for (Object* o : rt.heap.ObjectsWithPendingDel()) {
    o->gc_flags |= kGcDelQueued;
    rt.pending_del.push_back(o);
  }
  RunPendingFinalizers(ts);
}

void RunAtexitCallbacks(ThreadState& ts) {
  RuntimeState& rt = vm::Rt(ts);
  FinalizationState& fs = *rt.finalization;
  Value saved = ts.pending_exception;
  TempRoots roots(ts);
  roots.Add(saved);
  ts.pending_exception = Value::None();
  // As CPython: the callbacks present when the run starts, last first
  // (one that a callback unregisters is a None triple by then and is
  // skipped; one it registers is not called), then the list is emptied.
  for (size_t n = fs.atexit.size() / 3; n > 0 && fs.atexit.size() >= 3 * n;
       --n) {
    Value fn = fs.atexit[3 * n - 3];
    if (fn.IsNone()) continue;
    Value args = fs.atexit[3 * n - 2];
    Value kwargs = fs.atexit[3 * n - 1];
    TempRoots call_roots(ts);
    call_roots.Add(fn);
    call_roots.Add(args);
    call_roots.Add(kwargs);
    Value r = CallWithArgsKwargs(ts, fn, args, kwargs);
    if (r.IsError()) {
      Value exc = TakePendingException(ts);
      PrintUnraisableWith(ts, exc, "Exception ignored in atexit callback", fn);
    }
  }
  fs.atexit.clear();
  ts.pending_exception = saved;
}

}  // namespace interp
