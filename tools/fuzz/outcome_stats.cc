#include "tools/fuzz/outcome_stats.h"

#include <sys/resource.h>
#include <time.h>

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

void OutcomeStats::Add(const absl::Status& status, int64_t cpu_ns) {
  Kind& k = kinds_[OutcomeKind(status)];
  ++k.count;
  ++total_;
  if (cpu_ns < 0) return;
  k.cpu_ns += cpu_ns;
  cpu_ns_ += cpu_ns;
  ++timed_;
  int b = 0;
  for (int64_t us = cpu_ns / 2000; us > 0 && b < kBuckets - 1; us >>= 1) ++b;
  ++buckets_[b].count;
  buckets_[b].cpu_ns += cpu_ns;
}

std::string OutcomeStats::Format() const {
  std::vector<std::pair<int64_t, std::string>> rows;
  for (const auto& [k, n] : kinds_) rows.emplace_back(n.count, k);
  std::sort(rows.rbegin(), rows.rend());
  std::string out = absl::StrFormat("outcomes of %d runs:\n", total_);
  for (const auto& [n, k] : rows) {
    out += absl::StrFormat("  %-24s %8d  %5.1f%%", k, n,
                           total_ ? 100.0 * n / total_ : 0.0);
    if (timed_ > 0) {
      int64_t ns = kinds_.at(k).cpu_ns;
      out += absl::StrFormat("  %5.1f%% of the time, %.3f ms each",
                             cpu_ns_ ? 100.0 * ns / cpu_ns_ : 0.0,
                             n ? ns / 1e6 / n : 0.0);
    }
    out += "\n";
  }
  if (timed_ == 0) return out;
  out += absl::StrFormat(
      "runner CPU %.2f s for %d timed runs (%.3f ms each, %.0f/s)\n",
      cpu_ns_ / 1e9, timed_, cpu_ns_ / 1e6 / timed_,
      cpu_ns_ ? timed_ * 1e9 / cpu_ns_ : 0.0);
  out += "inputs by cost (runs, share of runs, share of runner time):\n";
  for (int b = 0; b < kBuckets; ++b) {
    if (buckets_[b].count == 0) continue;
    out += absl::StrFormat(
        "  < %8.3f ms %8d  %5.1f%%  %5.1f%%\n", (int64_t{2} << b) / 1e3,
        buckets_[b].count, 100.0 * buckets_[b].count / timed_,
        cpu_ns_ ? 100.0 * buckets_[b].cpu_ns / cpu_ns_ : 0.0);
  }
  return out;
}

int64_t ThreadCpuNs() {
  timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

namespace {

OutcomeStats& GlobalStats() {
  // Fuzzer processes only. The handler is registered after the object is
  // constructed, so it runs before the object is destroyed.
  static OutcomeStats stats;
  static const bool registered = [] {
    std::atexit([] {
      std::string out = GlobalStats().Format();
      // The whole process: the runner plus libFuzzer's own work (mutation,
      // coverage collection, corpus) and the start.
      rusage u;
      if (getrusage(RUSAGE_SELF, &u) == 0) {
        out +=
            absl::StrFormat("process CPU %.2f s (user %.2f, sys %.2f)\n",
                            u.ru_utime.tv_sec + u.ru_stime.tv_sec +
                                (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6,
                            u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6,
                            u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6);
      }
      std::fputs(out.c_str(), stderr);
    });
    return true;
  }();
  (void)registered;
  return stats;
}

}  // namespace

bool OutcomeStatsEnabled() {
  static const bool enabled = std::getenv("INTERP_FUZZ_STATS") != nullptr;
  return enabled;
}

void RecordOutcome(const absl::Status& status, int64_t cpu_ns) {
  if (OutcomeStatsEnabled()) GlobalStats().Add(status, cpu_ns);
}

}  // namespace interp::fuzz
