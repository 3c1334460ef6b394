// The `io` module: the names scripts reach for when handling file errors
// (`except io.UnsupportedOperation`), plus `open` and the file class, which
// are the builtins' own objects.
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"

namespace interp {
namespace builtins {

Module* InitIoModule(ThreadState& ts) {
  RuntimeState& rt = Rt(ts);
  auto* m = static_cast<Module*>(NewModule(ts, "io"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!AddValue(ts, m, "UnsupportedOperation",
                Value::Obj(rt.exc.unsupported_operation)) ||
      !AddValue(ts, m, "TextIOWrapper", Value::Obj(rt.classes.file))) {
    return nullptr;
  }
  // io.open is the builtin open itself (`io.open is open` in CPython).
  Value open = ModuleGet(rt.builtins_module, InternStr(ts, "open"));
  if (!open.IsEmpty() && !open.IsError() && !AddValue(ts, m, "open", open)) {
    return nullptr;
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("io", InitIoModule);

}  // namespace builtins
}  // namespace interp
