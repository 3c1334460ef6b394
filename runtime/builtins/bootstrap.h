// Creating a runtime's builtin world: types, exception hierarchy, interned
// names, the builtins and sys modules. Called once per RuntimeState by the
// embedding API, on the attached main thread, before any script runs.
#ifndef INTERP_RUNTIME_BUILTINS_BOOTSTRAP_H_
#define INTERP_RUNTIME_BUILTINS_BOOTSTRAP_H_

#include "runtime/frames/thread_state.h"

namespace interp {

// Order: object/type/str classes, InitCommonNames, the other builtin
// classes and their methods, exception classes, RegisterCodeKindOps,
// InitVm, the builtins module, sys (argv, path, _xoptions, stdio files,
// modules dict). False with a message on stderr only if memory runs out.
bool BootstrapRuntime(ThreadState& ts);

}  // namespace interp

#endif  // INTERP_RUNTIME_BUILTINS_BOOTSTRAP_H_
