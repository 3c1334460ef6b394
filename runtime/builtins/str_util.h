// Private to the str methods: code-point/byte index conversion and small
// helpers shared by str_methods.cc, str_case.cc and str_format.cc.
#ifndef INTERP_RUNTIME_BUILTINS_STR_UTIL_H_
#define INTERP_RUNTIME_BUILTINS_STR_UTIL_H_

#include <cstdint>
#include <string_view>

#include "runtime/builtins/internal.h"
#include "runtime/object.h"
#include "runtime/objects/str.h"

namespace interp {
namespace builtins {

// Byte length of the UTF-8 sequence starting with lead byte `c`.
inline uint32_t Utf8Len(unsigned char c) {
  return c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
}

// Code-point index of byte offset `b` (a character boundary).
inline int64_t CharIndex(ThreadState& ts, const Str* s, size_t b) {
  return StrCharIndex(ts, s, b);
}

// Number of code points in UTF-8 text.
inline int64_t CountChars(std::string_view v) {
  int64_t n = 0;
  for (char c : v) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

#define STR_SELF(method)                                           \
  if (!CheckSelf(ts, args, nargs, ObjKind::kStr, "str", method)) { \
    return Value::Error();                                         \
  }                                                                \
  Str* self = AsStr(args[0]);                                      \
  const uint32_t argc = nargs - 1;                                 \
  (void)argc

// A str argument or TypeError "<what> must be str, not int".
bool StrArg(ThreadState& ts, Value v, const char* what, Str** out);

// Returns `self` when the result equals it (no copy), else a new str.
Value StrResult(ThreadState& ts, Str* self, std::string_view result);

// str.format and format_map (str_format.cc).
Value StrFormatMap(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames);

// The methods of str_case.cc (case mapping, predicates, padding).
bool AddStrCaseMethods(ThreadState& ts, ClassObject* str_class);
// str.translate and the static str.maketrans (str_translate.cc).
bool AddStrTranslateMethods(ThreadState& ts, ClassObject* str_class);

}  // namespace builtins
}  // namespace interp

#endif  // INTERP_RUNTIME_BUILTINS_STR_UTIL_H_
