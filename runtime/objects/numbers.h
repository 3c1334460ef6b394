// Number parsing and formatting shared by the builtins (int(), float(),
// str % args) and the protocols (repr, format()).
#ifndef INTERP_RUNTIME_OBJECTS_NUMBERS_H_
#define INTERP_RUNTIME_OBJECTS_NUMBERS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"
#include "runtime/object.h"

namespace interp {

// int(text, base) rules: surrounding whitespace, a sign, '_' between
// digits, base prefixes (0x/0o/0b; base 0 infers the base from the prefix
// and rejects leading zeros like "010"). False when the text is not a
// valid literal, or when it does not fit in 64 bits (then *overflow is set
// when non-null: the caller raises OverflowError instead of ValueError).
bool ParseInt(std::string_view text, int base, int64_t* out,
              bool* overflow = nullptr);

// float(text) rules: whitespace, sign, digits with '_' between them,
// exponent, "inf"/"infinity"/"nan" in any case. False when invalid.
bool ParseFloat(std::string_view text, double* out);

// repr(float) like CPython: shortest round-trip digits; "1.0", "1e+16",
// "1e-05", "inf", "-inf", "nan", "-0.0".
std::string FloatRepr(double d);
void AppendFloatRepr(double d, std::string* out);

// str % args (printf-style formatting): %s %r %a %d %i %u %f %F %e %E %g
// %G %x %X %o %c %%, flags "-+ #0", width and precision (or '*'), and
// %(name)s with a mapping. Returns a Str or Error.
Value FormatPercent(ThreadState& ts, Str* fmt, Value args);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_NUMBERS_H_
