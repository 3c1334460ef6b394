#include "tests/e2e/expected_output.h"

#include <limits.h>
#include <stdlib.h>

#include <algorithm>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace interp::testing {
namespace {

// Consumes "<prefix><int>\n" from the front of `text`.
bool ConsumeIntLine(absl::string_view& text, absl::string_view prefix,
                    int64_t* value) {
  if (!absl::ConsumePrefix(&text, prefix)) return false;
  size_t eol = text.find('\n');
  if (eol == absl::string_view::npos) return false;
  if (!absl::SimpleAtoi(text.substr(0, eol), value)) return false;
  text.remove_prefix(eol + 1);
  return true;
}

// Consumes exactly `n` bytes followed by "\n".
bool ConsumeBlock(absl::string_view& text, int64_t n, std::string* out) {
  if (n < 0 || static_cast<size_t>(n) + 1 > text.size() || text[n] != '\n') {
    return false;
  }
  out->assign(text.data(), n);
  text.remove_prefix(n + 1);
  return true;
}

}  // namespace

absl::StatusOr<ExpectedOutput> ParseExpected(absl::string_view text) {
  ExpectedOutput out;
  int64_t status = 0, n = 0;
  if (!ConsumeIntLine(text, "status: ", &status)) {
    return absl::InvalidArgumentError("bad or missing 'status:' line");
  }
  out.status = static_cast<int>(status);
  if (!ConsumeIntLine(text, "--- stdout ", &n) ||
      !ConsumeBlock(text, n, &out.stdout_data)) {
    return absl::InvalidArgumentError("bad '--- stdout' section");
  }
  if (!ConsumeIntLine(text, "--- stderr ", &n) ||
      !ConsumeBlock(text, n, &out.stderr_data)) {
    return absl::InvalidArgumentError("bad '--- stderr' section");
  }
  if (!text.empty()) return absl::InvalidArgumentError("trailing data");
  return out;
}

std::string ReplaceDirectories(absl::string_view text,
                               const std::vector<std::string>& dirs,
                               absl::string_view placeholder) {
  std::vector<std::string> prefixes;
  auto add = [&](absl::string_view d) {
    while (absl::ConsumeSuffix(&d, "/")) {
    }
    if (d.empty()) return;  // "/" itself: every path would match
    std::string p = absl::StrCat(d, "/");
    if (std::find(prefixes.begin(), prefixes.end(), p) == prefixes.end()) {
      prefixes.push_back(std::move(p));
    }
  };
  for (const std::string& dir : dirs) {
    add(dir);
    char real[PATH_MAX];
    if (realpath(dir.c_str(), real) != nullptr) add(real);
  }
  // The longer spelling first, in case one is a prefix of another.
  std::sort(prefixes.begin(), prefixes.end(),
            [](const std::string& a, const std::string& b) {
              return a.size() > b.size();
            });
  std::vector<std::pair<absl::string_view, absl::string_view>> replacements;
  for (const std::string& p : prefixes) {
    replacements.emplace_back(p, placeholder);
  }
  return absl::StrReplaceAll(text, replacements);
}

std::string NormaliseOutput(absl::string_view text,
                            const std::vector<std::string>& programs_dirs) {
  return ReplaceDirectories(text, programs_dirs, kProgramsPlaceholder);
}

std::string DropLibraryFrames(absl::string_view text) {
  std::vector<absl::string_view> lines = absl::StrSplit(text, '\n');
  std::vector<absl::string_view> kept;
  kept.reserve(lines.size());
  size_t skip_deeper_than = absl::string_view::npos;
  for (absl::string_view line : lines) {
    const size_t indent = line.find_first_not_of(' ');
    if (skip_deeper_than != absl::string_view::npos) {
      if (indent != absl::string_view::npos && indent > skip_deeper_than) {
        continue;  // the source line or markers of a dropped entry
      }
      skip_deeper_than = absl::string_view::npos;
    }
    if (indent != absl::string_view::npos) {
      absl::string_view rest = line.substr(indent);
      if (absl::StartsWith(rest, "File \"/usr/lib/python3.11/") ||
          absl::StartsWith(rest, "File \"<frozen ")) {
        skip_deeper_than = indent;
        continue;
      }
    }
    kept.push_back(line);
  }
  // A traceback left without entries has no header either (an exception
  // raised by library code itself shows only its last line).
  std::vector<absl::string_view> shown;
  shown.reserve(kept.size());
  for (size_t i = 0; i < kept.size(); ++i) {
    if (kept[i] == "Traceback (most recent call last):" &&
        (i + 1 == kept.size() || !absl::StartsWith(kept[i + 1], " "))) {
      continue;
    }
    shown.push_back(kept[i]);
  }
  return absl::StrJoin(shown, "\n");
}

std::string LineDiff(absl::string_view expected, absl::string_view actual,
                     int max_lines) {
  if (expected == actual) return "";
  std::vector<absl::string_view> a = absl::StrSplit(expected, '\n');
  std::vector<absl::string_view> b = absl::StrSplit(actual, '\n');
  // Trim the common head and tail so the quadratic part stays small.
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  const size_t n = a.size() - head - tail, m = b.size() - head - tail;
  std::vector<std::string> lines;
  constexpr size_t kContext = 3;
  for (size_t i = head > kContext ? head - kContext : 0; i < head; ++i) {
    lines.push_back(absl::StrCat("  ", a[i]));
  }
  if (n * m <= 4'000'000) {
    // LCS table over the differing middle.
    std::vector<std::vector<uint32_t>> lcs(n + 1,
                                           std::vector<uint32_t>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
      for (size_t j = m; j-- > 0;) {
        lcs[i][j] = a[head + i] == b[head + j]
                        ? lcs[i + 1][j + 1] + 1
                        : std::max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[head + i] == b[head + j]) {
        lines.push_back(absl::StrCat("  ", a[head + i]));
        ++i, ++j;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        lines.push_back(absl::StrCat("- ", a[head + i++]));
      } else {
        lines.push_back(absl::StrCat("+ ", b[head + j++]));
      }
    }
  } else {
    for (size_t i = 0; i < n; ++i)
      lines.push_back(absl::StrCat("- ", a[head + i]));
    for (size_t j = 0; j < m; ++j)
      lines.push_back(absl::StrCat("+ ", b[head + j]));
  }
  for (size_t i = a.size() - tail;
       i < a.size() && i < a.size() - tail + kContext; ++i) {
    lines.push_back(absl::StrCat("  ", a[i]));
  }
  // Long runs of unchanged lines between changes shrink to "...".
  std::vector<bool> keep(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (absl::StartsWith(lines[i], "  ")) continue;
    for (size_t k = i > kContext ? i - kContext : 0;
         k < lines.size() && k <= i + kContext; ++k) {
      keep[k] = true;
    }
  }
  std::vector<std::string> shown_lines;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (keep[i]) {
      shown_lines.push_back(std::move(lines[i]));
    } else if (i == 0 || keep[i - 1]) {
      shown_lines.push_back("  ...");
    }
  }
  lines = std::move(shown_lines);
  std::string result;
  int shown = 0;
  for (const std::string& l : lines) {
    if (shown++ == max_lines) {
      absl::StrAppend(&result, "  ... (", lines.size() - max_lines,
                      " more diff lines)\n");
      break;
    }
    absl::StrAppend(&result, l, "\n");
  }
  return result;
}

}  // namespace interp::testing
