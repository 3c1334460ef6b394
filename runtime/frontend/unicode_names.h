// Character names for the `\N{NAME}` string escape.
#ifndef INTERP_RUNTIME_FRONTEND_UNICODE_NAMES_H_
#define INTERP_RUNTIME_FRONTEND_UNICODE_NAMES_H_

#include <cstdint>
#include <string_view>

namespace interp {

// The code point named `name` (case-insensitive, like CPython), or -1.
// Knows the common blocks (see tools/gen_unicode_names.py), control
// character aliases, and the algorithmic CJK UNIFIED IDEOGRAPH-XXXX names.
int32_t LookupUnicodeName(std::string_view name);

}  // namespace interp

#endif  // INTERP_RUNTIME_FRONTEND_UNICODE_NAMES_H_
