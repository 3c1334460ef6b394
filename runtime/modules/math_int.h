// Private to runtime/modules: the math module's integer functions
// (math_int.cc), added to the module by InitMathModule.
#ifndef INTERP_RUNTIME_MODULES_MATH_INT_H_
#define INTERP_RUNTIME_MODULES_MATH_INT_H_

#include "runtime/frames/thread_state.h"
#include "runtime/objects/function.h"

namespace interp {
namespace builtins {

// factorial, comb, perm, isqrt, gcd, lcm.
bool AddMathIntFunctions(ThreadState& ts, Module* m);

}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_MODULES_MATH_INT_H_
