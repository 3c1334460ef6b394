// Crash signatures (SPEC 5): one line, `Crash signature: <16 hex digits>`,
// a stable hash that groups every crash of one bug together, so that a
// fuzzer's thousand reports of the same fault deduplicate to one finding.
//
// The hash (FNV-1a, 64 bits) covers, in this order:
//   - the fault kind: a signal name ("SIGSEGV") or the sanitizer's error
//     kind ("heap-use-after-free"; "sanitizer" when it is unknown);
//   - the innermost kCrashSignatureNativeFrames native frames at the fault,
//     as demangled symbol names (never addresses or offsets), after the
//     frames of the reporter itself, the signal trampoline and the
//     sanitizer runtime are dropped;
//   - the innermost kCrashSignatureScriptFrames script frames of the
//     crashing thread as (file base name, function name) pairs; native
//     frames called from scripts as ("<native>", "module.name").
// Line numbers, load addresses and thread ids stay out, so the same bug
// hit from a script whose lines moved, or in a binary loaded elsewhere,
// keeps its signature.
//
// Everything declared here is async-signal-safe (no allocation, no locks,
// no stdio), usable from a fatal-signal handler and from a sanitizer's
// death callback, once WarmUpCStack() (c_stack.h) has run in normal
// context: symbolization allocates its state lazily on first use.
#ifndef INTERP_FAULTHANDLER_CRASH_SIGNATURE_H_
#define INTERP_FAULTHANDLER_CRASH_SIGNATURE_H_

#include <cstddef>
#include <cstdint>

#include "faulthandler/writer.h"
#include "runtime/frames/thread_state.h"

namespace interp::faulthandler {

inline constexpr int kCrashSignatureNativeFrames = 5;
inline constexpr int kCrashSignatureScriptFrames = 3;

// Accumulates the parts of a signature. Each part is length-delimited in
// the hash, so ("ab", "c") and ("a", "bc") differ.
class CrashSignatureBuilder {
 public:
  // `kind`: signal name or sanitizer error kind (null: "unknown").
  explicit CrashSignatureBuilder(const char* kind);

  // A native frame by symbol name (already symbolized, no offset).
  void AddNativeSymbol(const char* symbol);
  // A native frame by address. `is_return_address`: pc is a return address
  // (every frame but the faulting instruction), so the call instruction at
  // pc - 1 is what gets symbolized. An address that does not symbolize
  // contributes "<unknown>". Counts towards the native-frame limit.
  void AddNativePc(uintptr_t pc, bool is_return_address);
  // A script frame. Only the base name of `filename` is hashed.
  void AddScriptFrame(const char* filename, size_t filename_len,
                      const char* function, size_t function_len);
  // A native frame on the script stack ("module.name").
  void AddScriptNativeFrame(const char* qualified_name, size_t len);
  // The innermost script frames of `ts` (read lock-free, as the dumpers
  // do). A null or dead thread, or a corrupt frame, ends the walk.
  void AddScriptFramesOf(const ThreadState* ts);

  int native_frames() const { return native_frames_; }
  int script_frames() const { return script_frames_; }
  uint64_t value() const { return hash_; }

 private:
  void Mix(const char* p, size_t n);
  void MixTag(char tag);

  uint64_t hash_;
  int native_frames_ = 0;
  int script_frames_ = 0;
};

// True for frames that belong to the crash machinery rather than to the
// code that crashed: the sanitizer runtimes (__sanitizer::, __asan::,
// __ubsan::, __asan_*, __interceptor_*, ...), the signal trampoline,
// libFuzzer's own crash paths and this reporter. `symbol` is demangled.
bool IsCrashMachineryFrame(const char* symbol);

// Captures the calling thread's native stack and returns, in `pcs`, the
// frames of the crashed code, innermost first: everything up to the last
// crash-machinery frame among the innermost frames is dropped. With a
// `ucontext` from an SA_SIGINFO handler, the faulting instruction comes
// first. Sets *first_is_fault_pc when pcs[0] is that instruction (not a
// return address). Returns the number of entries written.
int CaptureCrashedFrames(const void* ucontext, uintptr_t* pcs, int max_pcs,
                         bool* first_is_fault_pc);

// The whole computation for the calling thread: `kind`, its crashed native
// frames (CaptureCrashedFrames) and the script frames of the runtime
// thread running on it (none when it is not a runtime thread).
uint64_t ComputeCrashSignature(const char* kind, const void* ucontext);

// "Crash signature: <16 lowercase hex digits>\n".
void WriteCrashSignature(Writer& w, uint64_t signature);

// For a fault kind that is a signal: "SIGSEGV", "SIGFPE", "SIGABRT",
// "SIGBUS", "SIGILL", ... ("signal" for others).
const char* SignalKindName(int signum);

}  // namespace interp::faulthandler

#endif  // INTERP_FAULTHANDLER_CRASH_SIGNATURE_H_
