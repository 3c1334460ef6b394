// Outcome statistics of the execution fuzzers: how each input ended (ran to
// the end, SyntaxError, NameError, budget, ...). With INTERP_FUZZ_STATS=1 a
// fuzzer prints the shares at exit, which is how the "share of inputs that
// run to the end" in README.md is measured.
#ifndef INTERP_TOOLS_FUZZ_OUTCOME_STATS_H_
#define INTERP_TOOLS_FUZZ_OUTCOME_STATS_H_

#include <cstdint>
#include <map>
#include <string>

#include "absl/status/status.h"

namespace interp::fuzz {

// "ok", or the exception class named on the last line of the traceback in
// the status message ("SyntaxError", "TimeoutError", ...).
std::string OutcomeKind(const absl::Status& status);

class OutcomeStats {
 public:
  void Add(const absl::Status& status) {
    ++counts_[OutcomeKind(status)];
    ++total_;
  }
  int64_t total() const { return total_; }
  int64_t count(const std::string& kind) const {
    auto it = counts_.find(kind);
    return it == counts_.end() ? 0 : it->second;
  }
  // One line per kind, most frequent first, with percentages.
  std::string Format() const;

 private:
  std::map<std::string, int64_t> counts_;
  int64_t total_ = 0;
};

// Records into a process-wide OutcomeStats printed to stderr at exit, when
// INTERP_FUZZ_STATS is set (fuzzers only).
void RecordOutcome(const absl::Status& status);

}  // namespace interp::fuzz

#endif  // INTERP_TOOLS_FUZZ_OUTCOME_STATS_H_
