#include "tools/fuzz/outcome_stats.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/str_format.h"

namespace interp::fuzz {

std::string OutcomeKind(const absl::Status& status) {
  if (status.ok()) return "ok";
  std::string_view msg(status.message().data(), status.message().size());
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) {
    msg.remove_suffix(1);
  }
  size_t nl = msg.rfind('\n');
  std::string_view last =
      nl == std::string_view::npos ? msg : msg.substr(nl + 1);
  size_t colon = last.find(':');
  if (colon != std::string_view::npos) last = last.substr(0, colon);
  // Dotted names (json.decoder.JSONDecodeError) keep their last part.
  size_t dot = last.rfind('.');
  if (dot != std::string_view::npos) last = last.substr(dot + 1);
  if (last.empty() || last.size() > 40 ||
      last.find(' ') != std::string_view::npos) {
    return status.code() == absl::StatusCode::kAborted ? "SystemExit" : "other";
  }
  return std::string(last);
}

std::string OutcomeStats::Format() const {
  std::vector<std::pair<int64_t, std::string>> rows;
  for (const auto& [k, n] : counts_) rows.emplace_back(n, k);
  std::sort(rows.rbegin(), rows.rend());
  std::string out = absl::StrFormat("outcomes of %d runs:\n", total_);
  for (const auto& [n, k] : rows) {
    out += absl::StrFormat("  %-24s %8d  %5.1f%%\n", k, n,
                           total_ ? 100.0 * n / total_ : 0.0);
  }
  return out;
}

namespace {

OutcomeStats& GlobalStats() {
  // Fuzzer processes only. The handler is registered after the object is
  // constructed, so it runs before the object is destroyed.
  static OutcomeStats stats;
  static const bool registered = [] {
    std::atexit([] { std::fputs(GlobalStats().Format().c_str(), stderr); });
    return true;
  }();
  (void)registered;
  return stats;
}

}  // namespace

void RecordOutcome(const absl::Status& status) {
  static const bool enabled = std::getenv("INTERP_FUZZ_STATS") != nullptr;
  if (enabled) GlobalStats().Add(status);
}

}  // namespace interp::fuzz
