// `_inspect`: the native half of inspect.py. interp's code objects expose
// no co_* attributes, so inspect reads what signature() and the is*()
// predicates need through code_info(code): the parameter counts and names,
// the *args/**kwargs/generator flags and the names and location.
#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/code.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace interp {
namespace builtins {
namespace {

Value StrOrNone(Str* s) { return s != nullptr ? Value::Obj(s) : Value::None(); }

// code_info(code) -> (num_params, num_posonly, num_kwonly, param_names,
//                     has_varargs, has_varkw, is_generator, name, qualname,
//                     filename, first_line)
// param_names lists the positional, keyword-only, *args and **kwargs
// names in that order.
Value CodeInfoFn(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kw) {
  if (!NoKwargs(ts, "code_info", kw) ||
      !CheckArgCount(ts, "code_info", nargs, 1, 1)) {
    return Value::Error();
  }
  if (!IsKind(args[0], ObjKind::kCode)) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "code_info() argument must be code, not %s",
                       TypeName(ts, args[0]));
  }
  const CodeBody& b = *As<Code>(args[0])->body;
  const bool varargs = (b.flags & kCodeVarargs) != 0;
  const bool varkw = (b.flags & kCodeVarkw) != 0;
  const uint32_t nnames =
      b.num_params + b.num_kwonly + (varargs ? 1 : 0) + (varkw ? 1 : 0);
  if (nnames > b.varnames.size()) {
    return RaiseFormat(ts, Rt(ts).exc.runtime_error,
                       "code object has %d parameter names, expected %d",
                       static_cast<int>(b.varnames.size()),
                       static_cast<int>(nnames));
  }
  Tuple* names = NewTuple(ts, nnames);
  if (names == nullptr) return Value::Error();
  TempRoots roots(ts);
  roots.Add(Value::Obj(names));
  for (uint32_t i = 0; i < nnames; ++i) {
    names->items[i] = StrOrNone(b.varnames[i]);
  }
  const Value fields[] = {
      Value::Int(b.num_params),
      Value::Int(b.num_posonly),
      Value::Int(b.num_kwonly),
      Value::Obj(names),
      Value::Bool(varargs),
      Value::Bool(varkw),
      Value::Bool((b.flags & kCodeGenerator) != 0),
      StrOrNone(b.name),
      StrOrNone(b.qualname),
      StrOrNone(b.filename),
      Value::Int(b.first_line),
  };
  constexpr uint32_t kFields = sizeof(fields) / sizeof(fields[0]);
  Tuple* t = NewTuple(ts, kFields);
  if (t == nullptr) return Value::Error();
  for (uint32_t i = 0; i < kFields; ++i) t->items[i] = fields[i];
  return Value::Obj(t);
}

}  // namespace

Module* InitInspectModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "_inspect"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  if (!AddFunction(ts, m, "code_info", CodeInfoFn)) return nullptr;
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("_inspect", InitInspectModule);

}  // namespace builtins
}  // namespace interp
