// The table of builtin (native) modules: sys, time, math, os, threading,
// signal, faulthandler, ... Each registers an init function that creates
// and fills its module; `import` calls it on first use (sys and builtins
// are created at bootstrap).
#ifndef INTERP_RUNTIME_BUILTINS_BUILTIN_MODULES_H_
#define INTERP_RUNTIME_BUILTINS_BUILTIN_MODULES_H_

#include <string_view>
#include <vector>

#include "runtime/frames/thread_state.h"
#include "runtime/objects/function.h"

namespace interp {

// Returns the new module, or null with an exception pending.
using BuiltinModuleInit = Module* (*)(ThreadState& ts);

struct BuiltinModuleDef {
  const char* name;
  BuiltinModuleInit init;
};

// Registration is static (each module's .cc file has a registrar object);
// the table is immutable once main() runs.
class BuiltinModuleRegistrar {
 public:
  BuiltinModuleRegistrar(const char* name, BuiltinModuleInit init);
};
#define INTERP_REGISTER_BUILTIN_MODULE(name, init)                           \
  static ::interp::BuiltinModuleRegistrar interp_builtin_module_##init(name, \
                                                                       init)

// Null when no builtin module has that name.
BuiltinModuleInit FindBuiltinModule(std::string_view name);
// The registered names, sorted (sys.builtin_module_names adds the two
// modules bootstrap creates, builtins and sys).
std::vector<std::string_view> BuiltinModuleNames();

// Helpers for module init functions: add a native function / value.
// `qualified` names are "<module>.<name>" (NativeInfo for crash reports).
bool AddFunction(ThreadState& ts, Module* m, std::string_view name,
                 NativeFn fn);
bool AddValue(ThreadState& ts, Module* m, std::string_view name, Value v);

}  // namespace interp

#endif  // INTERP_RUNTIME_BUILTINS_BUILTIN_MODULES_H_
