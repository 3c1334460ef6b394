// Outcome statistics of the execution fuzzers: how each input ended (ran to
// the end, SyntaxError, NameError, budget, ...) and the CPU time inputs of
// each kind took in the runner. With INTERP_FUZZ_STATS=1 a fuzzer prints
// the shares at exit, which is how the "share of inputs that run to the
// end" in README.md is measured, and where the time goes: a few slow
// inputs (the budget, a native on a long string) can outweigh the rest.
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
  // `cpu_ns`: the input's CPU time in the runner, or < 0 when unknown.
  void Add(const absl::Status& status, int64_t cpu_ns = -1);
  int64_t total() const { return total_; }
  int64_t count(const std::string& kind) const {
    auto it = kinds_.find(kind);
    return it == kinds_.end() ? 0 : it->second.count;
  }
  // One line per kind, most frequent first, with percentages; with times,
  // each kind's share of the runner's CPU time and its mean, and how the
  // time divides among inputs by their cost (the slowest 1% and 10%).
  std::string Format() const;

 private:
  struct Kind {
    int64_t count = 0;
    int64_t cpu_ns = 0;
  };
  std::map<std::string, Kind> kinds_;
  int64_t total_ = 0;
  int64_t timed_ = 0;
  int64_t cpu_ns_ = 0;
  // Inputs by cost: bucket b counts inputs of [2**b, 2**(b+1)) microseconds
  // (bucket 0 below 2 us) and their time.
  static constexpr int kBuckets = 32;
  Kind buckets_[kBuckets];
};

// The calling thread's CPU time, in nanoseconds.
int64_t ThreadCpuNs();

// Records into a process-wide OutcomeStats printed to stderr at exit, when
// INTERP_FUZZ_STATS is set (fuzzers only), with the process's CPU time.
void RecordOutcome(const absl::Status& status, int64_t cpu_ns = -1);

// True when RecordOutcome records (INTERP_FUZZ_STATS is set): callers time
// the run only then.
bool OutcomeStatsEnabled();

}  // namespace interp::fuzz

#endif  // INTERP_TOOLS_FUZZ_OUTCOME_STATS_H_
