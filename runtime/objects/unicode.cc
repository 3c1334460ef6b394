// Lookups in the generated Unicode tables: binary search over sorted
// ranges / code points.
#include "runtime/objects/unicode.h"

#include <algorithm>
#include <cstddef>

#include "runtime/objects/str.h"

namespace interp {
namespace unicode {
namespace {

struct Range {
  uint32_t first, last;
};
struct Mapping {
  uint32_t from, to;
};
struct MultiMapping {
  uint32_t from;
  const char* utf8;
};

#include "runtime/objects/unicode_tables.h"

template <size_t N>
bool InRanges(const Range (&table)[N], uint32_t cp) {
  const Range* it =
      std::upper_bound(table, table + N, cp,
                       [](uint32_t c, const Range& r) { return c < r.first; });
  return it != table && cp <= (it - 1)->last;
}

template <size_t N, size_t M>
void AppendMapped(const Mapping (&single)[N], const MultiMapping (&multi)[M],
                  uint32_t cp, std::string* out) {
  const Mapping* it =
      std::lower_bound(single, single + N, cp,
                       [](const Mapping& m, uint32_t c) { return m.from < c; });
  if (it != single + N && it->from == cp) {
    AppendUtf8(out, it->to);
    return;
  }
  for (const MultiMapping& m : multi) {
    if (m.from == cp) {
      out->append(m.utf8);
      return;
    }
  }
  AppendUtf8(out, cp);
}

}  // namespace

bool IsAlpha(uint32_t cp) { return InRanges(kAlpha, cp); }
bool IsDecimal(uint32_t cp) { return InRanges(kDecimal, cp); }
bool IsDigit(uint32_t cp) { return InRanges(kDigit, cp); }
bool IsNumeric(uint32_t cp) { return InRanges(kNumeric, cp); }
bool IsSpace(uint32_t cp) { return InRanges(kSpace, cp); }
bool IsUpper(uint32_t cp) { return InRanges(kUpper, cp); }
bool IsLower(uint32_t cp) { return InRanges(kLower, cp); }
bool IsCased(uint32_t cp) { return InRanges(kCased, cp); }
bool IsTitlecase(uint32_t cp) { return InRanges(kTitlecase, cp); }
bool IsPrintable(uint32_t cp) { return InRanges(kPrintable, cp); }

void AppendUpper(uint32_t cp, std::string* out) {
  AppendMapped(kToUpper, kToUpperMulti, cp, out);
}
void AppendLower(uint32_t cp, std::string* out) {
  AppendMapped(kToLower, kToLowerMulti, cp, out);
}
void AppendTitle(uint32_t cp, std::string* out) {
  AppendMapped(kToTitle, kToTitleMulti, cp, out);
}

}  // namespace unicode
}  // namespace interp
