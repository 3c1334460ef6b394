// exec(), eval(), compile() and __import__(): the builtins' argument
// handling; the VM compiles, runs and imports (vm/exec_eval.cc,
// vm/import.cc).
#include <string>
#include <string_view>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/dict.h"
#include "runtime/objects/function.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"

namespace interp {
namespace builtins {
namespace {

// The globals and locals an exec/eval runs with (locals null when they are
// the globals). False with TypeError pending.
bool ScopeDicts(ThreadState& ts, const char* fname, Value g, Value l,
                Dict** globals, Dict** locals) {
  RuntimeState& rt = Rt(ts);
  if (g.IsEmpty() || g.IsNone()) {
    Value cg = CurrentGlobals(ts);
    if (cg.IsError()) return false;
    *globals = AsDict(cg);
    if (l.IsEmpty() || l.IsNone()) {
      Value cl = CurrentLocals(ts);
      if (cl.IsError()) return false;
      l = cl;
    }
  } else {
    if (!IsKind(g, ObjKind::kDict)) {
      if (std::string_view(fname) == "exec") {
        RaiseFormat(ts, rt.exc.type_error,
                    "exec() globals must be a dict, not %s", TypeName(ts, g));
      } else {
        RaiseTypeError(ts, "globals must be a dict");
      }
      return false;
    }
    *globals = AsDict(g);
  }
  *locals = nullptr;
  if (!l.IsEmpty() && !l.IsNone()) {
    if (!IsKind(l, ObjKind::kDict)) {
      RaiseFormat(ts, rt.exc.type_error, "locals must be a mapping");
      return false;
    }
    if (AsDict(l) != *globals) *locals = AsDict(l);
  }
  // Like CPython, code run with a fresh globals dict sees the builtins
  // through its __builtins__ entry, which exec/eval add.
  Str* key = InternStr(ts, "__builtins__");
  if (key == nullptr) return false;
  if (DictGetStr(*globals, key).IsEmpty() && rt.builtins_module != nullptr &&
      !DictSetStr(ts, *globals, key, Value::Obj(rt.builtins_module))) {
    return false;
  }
  return true;
}

Value ExecEval(ThreadState& ts, bool eval, const Value* args, uint32_t nargs,
               Tuple* kwnames) {
  const char* fname = eval ? "eval" : "exec";
  Value a[3];
  if (!BindArgs(ts, fname, args, nargs, kwnames,
                {"source", "globals", "locals"}, 1, 3, 3, a)) {
    return Value::Error();
  }
  Dict* globals;
  Dict* locals;
  if (!ScopeDicts(ts, fname, a[1], a[2], &globals, &locals)) {
    return Value::Error();
  }
  return ExecOrEval(ts, eval, a[0], globals, locals);
}

Value Exec(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return ExecEval(ts, false, args, nargs, kw);
}
Value Eval(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  return ExecEval(ts, true, args, nargs, kw);
}
Value Compile(ThreadState& ts, const Value* args, uint32_t nargs,
              Tuple* kwnames) {
  Value a[3];
  if (!BindArgs(ts, "compile", args, nargs, kwnames,
                {"source", "filename", "mode"}, 3, 3, 0, a)) {
    return Value::Error();
  }
  return CompileSource(ts, a[0], a[1], a[2]);
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0).
Value DunderImport(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  Value a[5] = {Value::Empty(), Value::None(), Value::None(), Value::Empty(),
                Value::Int(0)};
  if (!BindArgs(ts, "__import__", args, nargs, kwnames,
                {"name", "globals", "locals", "fromlist", "level"}, 1, 5, 0,
                a)) {
    return Value::Error();
  }
  if (!IsStr(a[0])) return RaiseTypeError(ts, "module name must be a string");
  if (a[3].IsEmpty()) a[3] = Value::None();
  if (a[4].IsEmpty()) a[4] = Value::Int(0);
  if (!a[4].IsInt() && !a[4].IsBool()) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "'%s' object cannot be interpreted as an integer",
                       TypeName(ts, a[4]));
  }
  return ImportDunder(ts, AsStr(a[0]), a[1], a[3], a[4].AsInt());
}

}  // namespace

bool AddExecBuiltins(ThreadState& ts, Module* m) {
  static constexpr struct {
    const char* name;
    NativeFn fn;
  } kFns[] = {{"exec", Exec},
              {"eval", Eval},
              {"compile", Compile},
              {"__import__", DunderImport}};
  for (const auto& f : kFns) {
    NativeFunction* nf = NewNative(ts, std::string("builtins.") + f.name, f.fn);
    if (nf == nullptr || !AddValue(ts, m, f.name, Value::Obj(nf))) {
      return false;
    }
  }
  return true;
}

}  // namespace builtins
}  // namespace interp
