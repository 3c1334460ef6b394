// Who may write a report now. Every report -- fatal, watchdog, user signal
// or dump_traceback -- is a unit: reports from different threads or sources
// never splice into each other, and a fatal report has priority over any
// dump in flight. Async-signal-safe and lock-free: claims are atomics, every
// wait is bounded (see report_claim.cc for why nothing can deadlock).
#ifndef INTERP_FAULTHANDLER_REPORT_CLAIM_H_
#define INTERP_FAULTHANDLER_REPORT_CLAIM_H_

#include <cstdint>

namespace interp::faulthandler {

// A non-fatal dump's hold on the process's report slot. Construction waits
// (bounded) for another dump to finish; it gives up at once when a fatal
// report has started or when the calling thread already holds the slot (a
// signal handler interrupting this thread's own dump: waiting would wait
// for itself). A dump that does not get the slot writes nothing.
class DumpClaim {
 public:
  explicit DumpClaim(uint64_t self);
  ~DumpClaim();
  DumpClaim(const DumpClaim&) = delete;
  DumpClaim& operator=(const DumpClaim&) = delete;

  bool held() const { return held_; }

 private:
  uint64_t self_;
  bool held_ = false;
};

// True once a fatal report has started in this process (it never clears:
// the process is dying). Writers of dumps check it before every write.
bool FatalReportStarted();

// Called by the thread that owns the fatal report, before writing: stops
// every dump in flight at its next line boundary and waits (bounded) until
// the slot is free, unless `self` is the dump's holder (the fault
// interrupted this thread's own dump, which then never resumes).
void StartFatalReport(uint64_t self);

// Forgets a finished fatal report whose signal did not end the process (a
// previous handler that returned): enable() arms the priority again.
void ResetFatalReportStarted();

}  // namespace interp::faulthandler

#endif  // INTERP_FAULTHANDLER_REPORT_CLAIM_H_
