// The complex class's argument conversion, shared with cmath.
#ifndef INTERP_RUNTIME_BUILTINS_COMPLEX_TYPE_H_
#define INTERP_RUNTIME_BUILTINS_COMPLEX_TYPE_H_

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"
#include "runtime/objects/complex.h"

namespace interp {
namespace builtins {

// A cmath argument as a complex: complex, __complex__, or a real number
// (float, int, __float__, __index__); TypeError "must be real number, not
// str" otherwise.
bool ToComplexArg(ThreadState& ts, Value v, ComplexParts* out);

}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_BUILTINS_COMPLEX_TYPE_H_
