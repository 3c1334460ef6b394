// `importlib`: import_module(name), the import a name known only at run
// time needs (unittest's loader, `interp -m unittest NAME`). Relative
// names are not supported, like relative imports.
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

Value ImportModuleFn(ThreadState& ts, const Value* args, uint32_t nargs,
                     Tuple* kw) {
  Value a[2];
  if (!BindArgs(ts, "import_module", args, nargs, kw, {"name", "package"}, 1, 2,
                0, a)) {
    return Value::Error();
  }
  if (!IsStr(a[0])) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "module name must be str, not %s", TypeName(ts, a[0]));
  }
  std::string_view name = AsStr(a[0])->view();
  if (name.empty()) return RaiseValueError(ts, "Empty module name");
  if (name[0] == '.') {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "relative imports are not supported: '%s'", name);
  }
  return ImportModule(ts, AsStr(a[0]));
}

}  // namespace

Module* InitImportlibModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "importlib"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!AddFunction(ts, m, "import_module", ImportModuleFn)) return nullptr;
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("importlib", InitImportlibModule);

}  // namespace builtins
}  // namespace interp
