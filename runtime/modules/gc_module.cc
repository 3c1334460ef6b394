// `gc`: the collector's controls. interp's collector is a tracing
// mark-and-sweep one (runtime/objects/heap.h), not CPython's reference
// counting plus a cycle detector: collect() runs a full collection and then
// the finalization it queued -- weak reference callbacks, __del__ methods,
// closes of dead generators (vm/finalizers.h); its result counts every
// unreachable object found, not only those in cycles as CPython's does.
// Generations, thresholds, callbacks, get_objects and freezing do not
// exist here (AttributeError).
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/vm/finalizers.h"

namespace interp {
namespace builtins {
namespace {

Value Collect(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Value a[1];
  if (!BindArgs(ts, "collect", args, nargs, kw, {"generation"}, 0, 1, 0, a)) {
    return Value::Error();
  }
  if (!a[0].IsEmpty()) {
    if (!a[0].IsInt()) {
      return RaiseFormat(ts, Rt(ts).exc.type_error,
                         "'%s' object cannot be interpreted as an integer",
                         TypeName(ts, a[0]));
    }
    if (a[0].AsInt() < 0 || a[0].AsInt() > 2) {
      return RaiseValueError(ts, "invalid generation");
    }
  }
  RuntimeState& rt = Rt(ts);
  rt.heap.Collect(ts);
  const size_t found = rt.heap.last_unreachable() + rt.pending_del.size();
  RunPendingFinalizers(ts);
  return Value::Int(static_cast<int64_t>(found));
}

Value Enable(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "enable", kw) ||
      !CheckArgCount(ts, "enable", nargs, 0, 0)) {
    return Value::Error();
  }
  Rt(ts).heap.set_automatic(true);
  return Value::None();
}

Value Disable(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "disable", kw) ||
      !CheckArgCount(ts, "disable", nargs, 0, 0)) {
    return Value::Error();
  }
  Rt(ts).heap.set_automatic(false);
  return Value::None();
}

Value IsEnabled(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "isenabled", kw) ||
      !CheckArgCount(ts, "isenabled", nargs, 0, 0)) {
    return Value::Error();
  }
  return Value::Bool(Rt(ts).heap.automatic());
}

}  // namespace

Module* InitGcModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "gc"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"collect", Collect},
      {"enable", Enable},
      {"disable", Disable},
      {"isenabled", IsEnabled},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  // Objects the collector could not free: never any here (a __del__ does
  // not stop an object from being freed once it has run).
  List* garbage = NewList(ts, 0);
  if (garbage == nullptr || !AddValue(ts, m, "garbage", Value::Obj(garbage))) {
    return nullptr;
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("gc", InitGcModule);

}  // namespace builtins
}  // namespace interp
