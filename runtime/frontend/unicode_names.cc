// Lookup of `\N{NAME}` names. The table is scanned linearly: escapes by
// name are rare and only cost anything at compile time.
#include "runtime/frontend/unicode_names.h"

#include <string>

namespace interp {
namespace {

#include "runtime/frontend/unicode_names_data.h"

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Ranges of CJK unified ideographs in Unicode 14.0, named by code point.
constexpr struct {
  int32_t lo, hi;
} kCjkRanges[] = {
    {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0x20000, 0x2A6DF},
    {0x2A700, 0x2B738}, {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1},
    {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A},
};

int32_t LookupCjk(std::string_view name) {
  constexpr std::string_view kPrefix = "CJK UNIFIED IDEOGRAPH-";
  if (name.substr(0, kPrefix.size()) != kPrefix) return -1;
  std::string_view hex = name.substr(kPrefix.size());
  if (hex.size() != 4 && hex.size() != 5) return -1;
  int32_t cp = 0;
  for (char c : hex) {
    int d = HexDigit(c);
    if (d < 0) return -1;
    cp = cp * 16 + d;
  }
  for (const auto& r : kCjkRanges) {
    if (cp >= r.lo && cp <= r.hi) return cp;
  }
  return -1;
}

}  // namespace

int32_t LookupUnicodeName(std::string_view name) {
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  int32_t cjk = LookupCjk(upper);
  if (cjk >= 0) return cjk;
  std::string_view table(kUnicodeNames, sizeof(kUnicodeNames) - 1);
  int32_t cp = 0;
  size_t i = 0;
  while (i < table.size()) {
    size_t bar = table.find('|', i);
    if (bar == std::string_view::npos) break;
    std::string_view entry = table.substr(i, bar - i);
    i = bar + 1;
    if (!entry.empty() && entry[0] == '@') {
      cp = 0;
      for (char c : entry.substr(1)) cp = cp * 16 + HexDigit(c);
      continue;
    }
    if (entry == upper) return cp;
    ++cp;
  }
  return -1;
}

}  // namespace interp
