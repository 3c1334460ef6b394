// Grouping signatures for fuzz findings (issue 16): one bug, one signature,
// whatever script path reached it.
//
// The faulthandler's crash signature (faulthandler/crash_signature.h)
// hashes the innermost native frames and the innermost script frames, so
// the same native bug reached from `f`, from `g` or through `map` gets three
// signatures. For triage the script path is noise as long as the fault is
// in native code of the project. This signature hashes:
//   - the fault kind label: "SIGSEGV", "asan:heap-use-after-free",
//     "ubsan:signed-integer-overflow" (the sanitizer and its check name);
//   - the innermost kGroupingFrames *project* native frames (symbols in
//     interp:: or in a host's anonymous namespace), skipping libc, the
//     sanitizers and the crash machinery, and stopping at the first frame
//     of the generic call path (the VM loop, CallValue, ...), which is
//     where the route from the script starts rather than the bug;
//   - only when there is no project native frame at all: the innermost
//     script frames (file base name, function), as the faulthandler does.
// Everything here is async-signal-safe (fixed buffers, no allocation) once
// faulthandler::WarmUpCStack has run.
#ifndef INTERP_TOOLS_FUZZ_FUZZ_SIGNATURE_H_
#define INTERP_TOOLS_FUZZ_FUZZ_SIGNATURE_H_

#include <cstdint>

#include "faulthandler/writer.h"

namespace interp::fuzz {

inline constexpr int kGroupingFrames = 2;

// Classification of demangled symbol names (absl::Symbolize style).
bool IsProjectSymbol(const char* symbol);
// The generic call path between a script and the native code it calls.
bool IsCallPathSymbol(const char* symbol);

// The signature of a fault from its kind and its native frames (demangled
// symbols, innermost first, crash machinery already dropped; null entries
// for frames that did not symbolize). `chosen` (may be null) receives the
// indices of the frames that were hashed; returns their count in *n_chosen.
// When none is chosen the caller adds script frames (AddScriptFallback).
class GroupingSignature {
 public:
  explicit GroupingSignature(const char* kind);
  // Returns how many native frames were hashed.
  int AddNativeFrames(const char* const* symbols, int n, int* chosen);
  void AddScriptFrame(const char* file, uint64_t file_len, const char* function,
                      uint64_t function_len);
  uint64_t value() const { return hash_; }

 private:
  void Mix(const char* p, uint64_t n);
  uint64_t hash_;
  int script_frames_ = 0;
};

// The whole computation for the calling thread (after a sanitizer report
// or inside a fatal-signal handler with its ucontext): writes
//   Crash kind: <kind>
//   Crash frames: <innermost project frame> < <caller> ...
//   Crash signature: <16 hex digits>
void WriteGroupingSignature(faulthandler::Writer& w, const char* kind,
                            const void* ucontext);

}  // namespace interp::fuzz

#endif  // INTERP_TOOLS_FUZZ_FUZZ_SIGNATURE_H_
