// Classes, modules and native functions made from native code (bootstrap,
// builtin modules, the VM's class statement, hosts), and the class of any
// value. Implemented in factories.cc; every layer above the objects uses
// these (through //runtime/builtins:api below the builtins themselves).
#ifndef INTERP_RUNTIME_BUILTINS_FACTORIES_H_
#define INTERP_RUNTIME_BUILTINS_FACTORIES_H_

#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

struct RuntimeState;

// The class of any value (int for ints, NoneType for None, ...).
ClassObject* ClassOf(RuntimeState& rt, Value v);
bool IsSubclass(const ClassObject* cls, const ClassObject* base);
inline bool IsInstance(RuntimeState& rt, Value v, const ClassObject* base) {
  return IsSubclass(ClassOf(rt, v), base);
}

// Creating classes and modules from native code (bootstrap, builtin
// modules, hosts).
ClassObject* NewClass(ThreadState& ts, std::string_view name, ClassObject* base,
                      std::string_view module_name, ObjKind instance_kind,
                      uint32_t flags);
Object* NewModule(ThreadState& ts, std::string_view name);
// Sets module attribute `name`.
void ModuleSet(ThreadState& ts, Object* module, std::string_view name, Value v);
// Module attribute or Empty.
Value ModuleGet(Object* module, Str* name);
// A native function object; `qualified_name` is "<module>.<name>" as crash
// reports show it.
NativeFunction* NewNative(ThreadState& ts, std::string_view qualified_name,
                          NativeFn fn);
// The same with its short name already interned (`name`, the text after
// the last dot of `qualified_name`).
NativeFunction* NewNative(ThreadState& ts, std::string_view qualified_name,
                          Str* name, NativeFn fn);

}  // namespace interp

#endif  // INTERP_RUNTIME_BUILTINS_FACTORIES_H_
