// sys.float_info, sys.int_info and sys.hash_info: named tuples of the
// numeric parameters, as CPython's struct sequences are; and the module
// __getattr__ that makes sys.flags, sys.implementation and the other
// rarely read attributes on first use.
#ifndef INTERP_RUNTIME_BUILTINS_SYS_INFO_H_
#define INTERP_RUNTIME_BUILTINS_SYS_INFO_H_

#include "runtime/frames/thread_state.h"
#include "runtime/objects/function.h"

namespace interp {
namespace builtins {

// Adds the three info tuples and the lazy __getattr__ to the sys module. False
// with an exception pending.
bool AddSysInfo(ThreadState& ts, Module* sys);

}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_BUILTINS_SYS_INFO_H_
