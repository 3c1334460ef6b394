// `atexit`: callbacks the runtime's teardown runs (vm/finalizers.h,
// RunAtexitCallbacks), last registered first, after the non-daemon threads
// are joined -- at the command's exit (normal, sys.exit or an uncaught
// exception) and when a host destroys its Runtime. The list lives in the
// runtime's FinalizationState as (func, args, kwargs) triples; an
// unregistered entry becomes a None triple until the list is next emptied,
// so a run in progress never sees entries move.
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/finalization.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/tuple.h"
#include "runtime/vm/call.h"
#include "runtime/vm/finalizers.h"

namespace interp {
namespace builtins {
namespace {

bool Callable(RuntimeState& rt, Value v) {
  if (!v.IsObject()) return false;
  switch (v.AsObject()->kind) {
    case ObjKind::kFunction:
    case ObjKind::kNative:
    case ObjKind::kBoundMethod:
    case ObjKind::kClass:
    case ObjKind::kStaticMethod:
      return true;
    default:
      return !LookupSpecial(v.AsObject()->cls, rt.names.__call__).IsEmpty();
  }
}

// register(func, /, *args, **kwargs): func.
Value Register(ThreadState& ts, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  RuntimeState& rt = Rt(ts);
  if (nargs < 1) {
    return RaiseTypeError(ts, "register() takes at least 1 argument (0 given)");
  }
  if (!Callable(rt, args[0])) {
    return RaiseTypeError(ts, "the first argument must be callable");
  }
  Tuple* pos = NewTupleFrom(ts, args + 1, nargs - 1);
  if (pos == nullptr) return RaiseMemoryError(ts);
  TempRoots roots(ts);
  roots.Add(Value::Obj(pos));
  Value kwargs = Value::None();
  if (NumKw(kwnames) > 0) {
    Dict* d = NewDict(ts);
    if (d == nullptr) return Value::Error();
    kwargs = DictValue(d);
    roots.Add(kwargs);
    for (uint32_t i = 0; i < kwnames->size; ++i) {
      if (!DictSet(ts, d, kwnames->items[i], args[nargs + i])) {
        return Value::Error();
      }
    }
  }
  std::vector<Value>& list = rt.finalization->atexit;
  list.push_back(args[0]);
  list.push_back(Value::Obj(pos));
  list.push_back(kwargs);
  return args[0];
}

// unregister(func): drops every registration of a callable equal to func.
Value Unregister(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  if (!NoKwargs(ts, "unregister", kwnames) ||
      !CheckArgCount(ts, "unregister", nargs, 1, 1)) {
    return Value::Error();
  }
  std::vector<Value>& list = Rt(ts).finalization->atexit;
  // __eq__ may run script code that registers or unregisters: index the
  // list afresh after each comparison.
  for (size_t i = 0; i + 3 <= list.size(); i += 3) {
    if (list[i].IsNone()) continue;
    int eq = Equals(ts, list[i], args[0]);
    if (eq < 0) return Value::Error();
    if (eq > 0 && i + 3 <= list.size()) {
      list[i] = list[i + 1] = list[i + 2] = Value::None();
    }
  }
  return Value::None();
}

Value RunExitfuncs(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  if (!NoKwargs(ts, "_run_exitfuncs", kwnames) ||
      !CheckArgCount(ts, "_run_exitfuncs", nargs, 0, 0)) {
    return Value::Error();
  }
  RunAtexitCallbacks(ts);
  return Value::None();
}

Value Clear(ThreadState& ts, const Value* args, uint32_t nargs,
            Tuple* kwnames) {
  if (!NoKwargs(ts, "_clear", kwnames) ||
      !CheckArgCount(ts, "_clear", nargs, 0, 0)) {
    return Value::Error();
  }
  Rt(ts).finalization->atexit.clear();
  return Value::None();
}

Value NCallbacks(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  if (!NoKwargs(ts, "_ncallbacks", kwnames) ||
      !CheckArgCount(ts, "_ncallbacks", nargs, 0, 0)) {
    return Value::Error();
  }
  // As CPython 3.11: unregistered entries still count until the list is
  // emptied (by a run or _clear).
  return Value::Int(
      static_cast<int64_t>(Rt(ts).finalization->atexit.size() / 3));
}

Module* InitAtexitModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "atexit"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"register", Register},           {"unregister", Unregister},
      {"_run_exitfuncs", RunExitfuncs}, {"_clear", Clear},
      {"_ncallbacks", NCallbacks},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  return m;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("atexit", InitAtexitModule);

}  // namespace builtins
}  // namespace interp
