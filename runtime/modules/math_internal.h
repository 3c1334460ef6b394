// Private to the math module: the argument helpers its files share and the
// functions math_module.cc registers from math_float.cc (math_int.h has
// the integer functions).
#ifndef INTERP_RUNTIME_MODULES_MATH_INTERNAL_H_
#define INTERP_RUNTIME_MODULES_MATH_INTERNAL_H_

#include <cstdint>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {
namespace builtins {
namespace math {

Value DomainError(ThreadState& ts);
Value RangeError(ThreadState& ts);
// Exactly `n` positional arguments and no keywords, with CPython's messages.
bool Arity(ThreadState& ts, const char* name, uint32_t nargs, Tuple* kw,
           uint32_t n);

// math_float.cc: the float functions beyond the libm one-liners.
Value Remainder(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Erf(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Erfc(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Gamma(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Lgamma(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Cbrt(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Exp2(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Nextafter(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Ulp(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Frexp(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Ldexp(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Hypot(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Dist(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);
Value Fsum(ThreadState& ts, const Value* a, uint32_t n, Tuple* kw);

}  // namespace math
}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_MODULES_MATH_INTERNAL_H_
