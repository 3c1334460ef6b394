// Private to runtime/objects/: the parsed format-spec mini-language, shared
// by format() (format.cc) and str % args (numbers.cc).
#ifndef INTERP_RUNTIME_OBJECTS_FORMAT_H_
#define INTERP_RUNTIME_OBJECTS_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/frames/thread_state.h"

namespace interp {

struct FormatSpec {
  std::string fill;  // one code point (UTF-8), empty: default ' '
  char align = 0;    // '<' '>' '=' '^' or 0
  char sign = 0;     // '+' '-' ' ' or 0
  bool alternate = false;
  bool zero = false;
  bool zero_pad_numeric = false;  // set while formatting
  int64_t width = -1;
  char grouping = 0;  // ',' '_' or 0
  int64_t precision = -1;
  char type = 0;
};

// False with ValueError pending on a malformed spec.
bool ParseFormatSpec(ThreadState& ts, std::string_view spec,
                     std::string_view type_name, FormatSpec* out);
bool FormatIntSpec(ThreadState& ts, int64_t v, FormatSpec spec,
                   std::string* out);
// Any int (small or BigInt).
bool FormatIntegerSpec(ThreadState& ts, Value v, FormatSpec spec,
                       std::string* out);
bool FormatFloatSpec(ThreadState& ts, double v, FormatSpec spec,
                     std::string* out);
bool FormatStrSpec(ThreadState& ts, std::string_view s, FormatSpec spec,
                   std::string* out);

}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_FORMAT_H_
