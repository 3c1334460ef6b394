// Calling and attribute protocols implemented by the VM, for native code.
// Every function may run script code (a nested interpreter activation, with
// a bounded native re-entry depth -> RecursionError), so callers must keep
// their own live values in TempRoots (heap.h) across these calls.
#ifndef INTERP_RUNTIME_CALL_H_
#define INTERP_RUNTIME_CALL_H_

#include <string_view>

#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace interp {

struct RuntimeState;

// Calls any callable (function, native, class, bound method, instance with
// __call__) with the native calling convention of object.h.
Value CallValue(ThreadState& ts, Value callee, const Value* args,
                uint32_t nargs, Tuple* kwnames = nullptr);

// Class-chain lookup of a special method (no instance dict), e.g.
// LookupSpecial(cls, names.__repr__). Empty when absent. Never raises.
Value LookupSpecial(ClassObject* cls, Str* name);
// Calls special method `name` of v's class with self = v. `found` is set to
// false (and Empty returned) when the class does not define it.
Value CallSpecial(ThreadState& ts, Value self, Str* name, const Value* args,
                  uint32_t nargs, bool* found);

// Attribute protocol (instances, classes, modules, builtin types' methods,
// properties, bound methods). GetAttr raises AttributeError like CPython;
// GetAttrOrEmpty returns Empty without raising when missing (other errors
// still raise).
Value GetAttr(ThreadState& ts, Value obj, Str* name);
Value GetAttrOrEmpty(ThreadState& ts, Value obj, Str* name);
// Returns None, or Error.
Value SetAttr(ThreadState& ts, Value obj, Str* name, Value value);
Value DelAttr(ThreadState& ts, Value obj, Str* name);
// object.__setattr__ / object.__delattr__: the stores above without a
// class's own __setattr__/__delattr__ (which SetAttr/DelAttr call).
Value GenericSetAttr(ThreadState& ts, Value obj, Str* name, Value value);
Value GenericDelAttr(ThreadState& ts, Value obj, Str* name);
// Whether obj's class defines __setattr__ in script code.
bool HasUserSetattr(ThreadState& ts, Value obj);

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

}  // namespace interp

#endif  // INTERP_RUNTIME_CALL_H_
