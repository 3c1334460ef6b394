// `_importlib`: the native half of `importlib` (runtime/lib/importlib):
// import a module by absolute name, reload one, and find where a module
// would be imported from without importing it.
#include <string>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/vm/interpreter.h"

namespace interp {
namespace builtins {
namespace {

// The one str argument of the natives below.
bool NameArg(ThreadState& ts, const char* fname, const Value* args,
             uint32_t nargs, Tuple* kw, Str** out) {
  if (!NoKwargs(ts, fname, kw) || !CheckArgCount(ts, fname, nargs, 1, 1)) {
    return false;
  }
  if (!IsStr(args[0])) {
    RaiseFormat(ts, Rt(ts).exc.type_error, "module name must be str, not %s",
                TypeName(ts, args[0]));
    return false;
  }
  *out = AsStr(args[0]);
  return true;
}

Value ImportAbsolute(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  Str* name;
  if (!NameArg(ts, "import_module", args, nargs, kw, &name)) {
    return Value::Error();
  }
  if (name->view().empty()) return RaiseValueError(ts, "Empty module name");
  return ImportModule(ts, name);
}

Value Reload(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "reload", kw) ||
      !CheckArgCount(ts, "reload", nargs, 1, 1)) {
    return Value::Error();
  }
  return ReloadModule(ts, args[0]);
}

Value Locate(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  Str* name;
  if (!NameArg(ts, "locate", args, nargs, kw, &name)) return Value::Error();
  return LocateModuleOrigin(ts, name);
}

}  // namespace

Module* InitImportlibNative(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "_importlib"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"import_module", ImportAbsolute},
      {"reload", Reload},
      {"locate", Locate},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("_importlib", InitImportlibNative);

}  // namespace builtins
}  // namespace interp
