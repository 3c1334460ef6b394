// The runtime's entry points into types.GenericAlias and types.UnionType
// (frozen module _generic_alias): __class_getitem__ of the builtin classes
// CPython makes generic (list[int]), type[...] and type.__or__/__ror__
// (int | None). The objects themselves are Python classes: they are made
// when annotations are evaluated, not on hot paths.
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/vm/call.h"
#include "runtime/vm/interpreter.h"

namespace interp {
namespace builtins {
namespace {

Value CallAliasHelper(ThreadState& ts, const char* name, Value first,
                      Value second) {
  TempRoots roots(ts);
  roots.Add(first);
  roots.Add(second);
  Value module = ImportModule(ts, InternStr(ts, "_generic_alias"));
  if (module.IsError()) return module;
  Value fn = GetAttr(ts, module, InternStr(ts, name));
  if (fn.IsError()) return fn;
  Value args[2] = {first, second};
  return CallValue(ts, fn, args, 2);
}

// cls.__class_getitem__(item), a classmethod: args are (cls, item).
Value ClassGetItem(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kw) {
  if (!NoKwargs(ts, "__class_getitem__", kw) ||
      !CheckArgCount(ts, "__class_getitem__", nargs, 2, 2)) {
    return Value::Error();
  }
  return NewGenericAlias(ts, args[0], args[1]);
}

Value TypeOr(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "type.__or__", kw) ||
      !CheckArgCount(ts, "type.__or__", nargs, 2, 2)) {
    return Value::Error();
  }
  return CallAliasHelper(ts, "_union_or", args[0], args[1]);
}

Value TypeRor(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "type.__ror__", kw) ||
      !CheckArgCount(ts, "type.__ror__", nargs, 2, 2)) {
    return Value::Error();
  }
  return CallAliasHelper(ts, "_union_or", args[1], args[0]);
}

}  // namespace

Value NewGenericAlias(ThreadState& ts, Value origin, Value args) {
  return CallAliasHelper(ts, "GenericAlias", origin, args);
}

bool AddClassGetItem(ThreadState& ts, ClassObject* cls, const char* qualified) {
  // `qualified` is "<prefix>.__class_getitem__".
  std::string_view prefix = qualified;
  prefix = prefix.substr(0, prefix.rfind('.'));
  return AddClassMethod(ts, cls, prefix, "__class_getitem__", ClassGetItem);
}

bool InitGenericAliasHooks(ThreadState& ts) {
  BuiltinClasses& c = Rt(ts).classes;
  static constexpr MethodDef kType[] = {{"__or__", TypeOr},
                                        {"__ror__", TypeRor}};
  return AddMethods(ts, c.type, "type", kType) &&
         // type[int]: CPython special-cases type in its subscript; a
         // hook on type does the same for type and its subclasses.
         AddClassGetItem(ts, c.type, "type.__class_getitem__") &&
         AddClassGetItem(ts, c.list, "list.__class_getitem__") &&
         AddClassGetItem(ts, c.dict, "dict.__class_getitem__") &&
         AddClassGetItem(ts, c.tuple, "tuple.__class_getitem__") &&
         AddClassGetItem(ts, c.set, "set.__class_getitem__") &&
         AddClassGetItem(ts, c.frozenset, "frozenset.__class_getitem__") &&
         AddClassGetItem(ts, c.enumerate, "enumerate.__class_getitem__");
}

}  // namespace builtins
}  // namespace interp
