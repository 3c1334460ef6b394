// Unicode character properties and case mappings for the str methods,
// from tables generated out of the Unicode database (unicode_tables.h).
// ASCII takes inline fast paths in the callers.
#ifndef INTERP_RUNTIME_OBJECTS_UNICODE_H_
#define INTERP_RUNTIME_OBJECTS_UNICODE_H_

#include <cstdint>
#include <string>

namespace interp {
namespace unicode {

bool IsAlpha(uint32_t cp);
bool IsDecimal(uint32_t cp);
bool IsDigit(uint32_t cp);
bool IsNumeric(uint32_t cp);
bool IsSpace(uint32_t cp);
bool IsUpper(uint32_t cp);
bool IsLower(uint32_t cp);
bool IsCased(uint32_t cp);
bool IsTitlecase(uint32_t cp);  // ǅ-like letters (neither upper nor lower)
bool IsPrintable(uint32_t cp);
inline bool IsAlnum(uint32_t cp) {
  return IsAlpha(cp) || IsDecimal(cp) || IsDigit(cp) || IsNumeric(cp);
}

// Append the full case mapping of `cp` (one or more code points) as UTF-8.
void AppendUpper(uint32_t cp, std::string* out);
void AppendLower(uint32_t cp, std::string* out);
void AppendTitle(uint32_t cp, std::string* out);

}  // namespace unicode
}  // namespace interp

#endif  // INTERP_RUNTIME_OBJECTS_UNICODE_H_
