// complex numbers: a builtin class whose instances are NativeData objects
// holding two doubles inline. The class is kClassNativeDunders (its
// arithmetic, comparison, hash and repr are native methods found like a
// user class's), so complex never enters the int/float fast paths of the
// interpreter and the protocols; builtins/complex_type.cc defines the
// methods, this file the representation and the CPython algorithms they
// share with cmath.
#ifndef INTERP_RUNTIME_OBJECTS_COMPLEX_H_
#define INTERP_RUNTIME_OBJECTS_COMPLEX_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

struct ComplexParts {
  double re = 0;
  double im = 0;
};

// A new complex of class `cls` (null: complex). Error with MemoryError.
Value NewComplex(ThreadState& ts, double re, double im,
                 ClassObject* cls = nullptr);
// True when v is a complex (or a subclass's instance); fills *out.
bool ComplexOf(ThreadState& ts, Value v, ComplexParts* out);

// repr()/str() as CPython: "1j", "(1+2j)", "(-0-0j)", "(nan+infj)".
void AppendComplexRepr(ComplexParts c, std::string* out);
// hash() as CPython (hash(re) + 1000003 * hash(im), NaN parts hashed by
// the identity of `self`).
int64_t ComplexHash(ComplexParts c, const void* self);
// format(c, spec). False with ValueError pending.
bool FormatComplex(ThreadState& ts, ComplexParts c, std::string_view spec,
                   std::string* out);
// complex(text) rules: whitespace, optional parentheses, "1+2j", "-j",
// "inf", "nanj", '_' between digits. False when malformed; then
// *bad_underscore tells an '_' out of place (CPython's message differs).
bool ParseComplex(std::string_view text, ComplexParts* out,
                  bool* bad_underscore);

// CPython's arithmetic (Objects/complexobject.c semantics). Quotient and
// Power return false for division by zero (*error: "zero") or overflow
// (*error: "overflow").
ComplexParts ComplexSum(ComplexParts a, ComplexParts b);
ComplexParts ComplexDiff(ComplexParts a, ComplexParts b);
ComplexParts ComplexProd(ComplexParts a, ComplexParts b);
bool ComplexQuot(ComplexParts a, ComplexParts b, ComplexParts* out);
bool ComplexPow(ComplexParts a, ComplexParts b, ComplexParts* out,
                const char** error);
// abs(); false on overflow.
bool ComplexAbs(ComplexParts c, double* out);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_COMPLEX_H_
