// ASYNC-SIGNAL-SAFE: everything in this file runs inside fatal-signal
// handlers and sanitizer death callbacks. It allocates nothing (fixed
// buffers on the stack), takes no locks and uses no stdio. Calls outside
// this file: absl::GetStackTrace (frame-pointer unwinder, documented
// async-signal-safe), absl::Symbolize (async-signal-safe once warmed up,
// see c_stack.h), glibc's backtrace() (lock- and allocation-free after its
// first call, which WarmUpCStack makes; see c_stack.cc), the frame reader
// (runtime/frame_reader.h) and CurrentIdent (traceback.h), all marked
// async-signal-safe.
//
// Why symbol names and not offsets: the same bug reached through a
// slightly different path keeps its innermost functions but not their
// offsets (inlining, different call sites in one function), and ASLR moves
// every address between runs.
#include "faulthandler/crash_signature.h"

#include <execinfo.h>
#include <signal.h>
#include <ucontext.h>

#include "absl/debugging/stacktrace.h"
#include "absl/debugging/symbolize.h"
#include "faulthandler/traceback.h"
#include "runtime/frames/frame_reader.h"

namespace interp::faulthandler {
namespace {

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

// Frames captured before the crashed code is located: the crash machinery
// (sanitizer report, death callback, handler) takes up to ~15 frames.
constexpr int kMaxRawFrames = 96;

size_t Length(const char* s) {
  size_t n = 0;
  while (s[n] != '\0') ++n;
  return n;
}

bool StartsWith(const char* s, const char* prefix) {
  for (; *prefix != '\0'; ++s, ++prefix) {
    if (*s != *prefix) return false;
  }
  return true;
}

// Symbol names (demangled) of the crash machinery. Prefix matches.
constexpr const char* kMachineryPrefixes[] = {
    // Sanitizer runtimes: reports, Die(), deadly-signal handlers and the
    // interceptors a fault inside memcpy & co. goes through.
    "__sanitizer",
    "__asan",
    "__ubsan",
    "__lsan",
    "__msan",
    "__tsan",
    "__interceptor_",
    "__interception",
    "___interceptor_",
    // The kernel's signal return trampoline (glibc).
    "__restore_rt",
    // Unwinder internals, in case a trace starts inside them.
    "_Unwind_",
    "backtrace",
    // This file and the reporters built on it (tools/fuzz/crash_reporter).
    "interp::faulthandler::CaptureCrashedFrames",
    "interp::faulthandler::ComputeCrashSignature",
    // The faulthandler's own fatal path (FatalError's report).
    "interp::faulthandler::(anonymous namespace)::WriteReport",
    "interp::faulthandler::FatalError(",
    "interp::fuzz::",
};

// Symbolizes `pc` (the call instruction for return addresses) into `buf`.
bool SymbolAt(uintptr_t pc, bool is_return_address, char* buf, size_t size) {
  uintptr_t lookup = is_return_address && pc > 0 ? pc - 1 : pc;
  return absl::Symbolize(reinterpret_cast<const void*>(lookup), buf,
                         static_cast<int>(size));
}

// Number of innermost frames of `pcs` that belong to the crash machinery
// or do not symbolize (a stripped libc trampoline between a handler and
// the interrupted code). Only a leading run counts: machinery-looking
// frames further out (a fuzzer driver calling the target) are kept.
int MachineryPrefix(void* const* pcs, int n) {
  int prefix = 0;
  for (int i = 0; i < n; ++i) {
    char sym[512];
    bool known =
        SymbolAt(reinterpret_cast<uintptr_t>(pcs[i]), true, sym, sizeof(sym));
    if (known && IsCrashMachineryFrame(sym)) {
      prefix = i + 1;
      continue;
    }
    // An unknown frame right after machinery is the unsymbolized signal
    // trampoline of a stripped libc; an unknown innermost frame is crashed
    // code without symbols, and stays.
    if (!known && prefix == i && i > 0) {
      prefix = i + 1;
      continue;
    }
    break;
  }
  return prefix;
}

// Copies pcs[from, n) into out (at most max_out). Returns the count.
int CopyFrames(void* const* pcs, int from, int n, uintptr_t* out, int max_out) {
  int k = 0;
  for (int i = from; i < n && k < max_out; ++i) {
    out[k++] = reinterpret_cast<uintptr_t>(pcs[i]);
  }
  return k;
}

}  // namespace

bool IsCrashMachineryFrame(const char* symbol) {
  if (symbol == nullptr) return false;
  for (const char* prefix : kMachineryPrefixes) {
    if (StartsWith(symbol, prefix)) return true;
  }
  return false;
}

CrashSignatureBuilder::CrashSignatureBuilder(const char* kind)
    : hash_(kFnvOffset) {
  MixTag('K');
  const char* k = kind != nullptr ? kind : "unknown";
  Mix(k, Length(k));
}

void CrashSignatureBuilder::Mix(const char* p, size_t n) {
  // The length first, so that adjacent parts cannot run into each other.
  uint64_t len = n;
  for (int i = 0; i < 8; ++i) {
    hash_ ^= static_cast<uint8_t>(len >> (8 * i));
    hash_ *= kFnvPrime;
  }
  for (size_t i = 0; i < n; ++i) {
    hash_ ^= static_cast<uint8_t>(p[i]);
    hash_ *= kFnvPrime;
  }
}

void CrashSignatureBuilder::MixTag(char tag) {
  hash_ ^= static_cast<uint8_t>(tag);
  hash_ *= kFnvPrime;
}

void CrashSignatureBuilder::AddNativeSymbol(const char* symbol) {
  if (native_frames_ >= kCrashSignatureNativeFrames) return;
  ++native_frames_;
  MixTag('N');
  const char* s = symbol != nullptr ? symbol : "<unknown>";
  Mix(s, Length(s));
}

void CrashSignatureBuilder::AddNativePc(uintptr_t pc, bool is_return_address) {
  char sym[1024];
  if (!SymbolAt(pc, is_return_address, sym, sizeof(sym))) {
    AddNativeSymbol("<unknown>");
    return;
  }
  AddNativeSymbol(sym);
}

void CrashSignatureBuilder::AddScriptFrame(const char* filename,
                                           size_t filename_len,
                                           const char* function,
                                           size_t function_len) {
  if (script_frames_ >= kCrashSignatureScriptFrames) return;
  ++script_frames_;
  // The base name: the same script run from another directory (another
  // checkout, a fuzzer's temporary path) is the same script.
  size_t base = 0;
  for (size_t i = 0; i < filename_len; ++i) {
    if (filename[i] == '/') base = i + 1;
  }
  MixTag('S');
  Mix(filename + base, filename_len - base);
  Mix(function, function_len);
}

void CrashSignatureBuilder::AddScriptNativeFrame(const char* qualified_name,
                                                 size_t len) {
  AddScriptFrame("<native>", 8, qualified_name, len);
}

void CrashSignatureBuilder::AddScriptFramesOf(const ThreadState* ts) {
  if (ts == nullptr) return;
  frame_reader::FrameCapture cap;
  frame_reader::CaptureFrames(ts, &cap);
  frame_reader::FrameSnapshot f;
  for (uint32_t i = 0;
       i < cap.count && script_frames_ < kCrashSignatureScriptFrames; ++i) {
    if (!frame_reader::ResolveFrame(cap.frames[i], &f)) return;
    if (f.kind == frame_reader::FrameKind::kNative) {
      AddScriptNativeFrame(f.name, f.name_copied);
    } else {
      AddScriptFrame(f.filename, f.filename_copied, f.name, f.name_copied);
    }
  }
}

int CaptureCrashedFrames(const void* ucontext, uintptr_t* pcs, int max_pcs,
                         bool* first_is_fault_pc) {
  *first_is_fault_pc = false;
  void* raw[kMaxRawFrames];
  uintptr_t interrupted = 0;
#if defined(__x86_64__)
  if (ucontext != nullptr) {
    interrupted = static_cast<uintptr_t>(
        static_cast<const ucontext_t*>(ucontext)->uc_mcontext.gregs[REG_RIP]);
  }
#endif
  if (interrupted != 0) {
    // The CFI unwinder steps through the signal frame and reports the
    // interrupted instruction itself: start exactly there.
    int m = backtrace(raw, kMaxRawFrames);
    for (int i = 0; i < m; ++i) {
      if (reinterpret_cast<uintptr_t>(raw[i]) == interrupted) {
        *first_is_fault_pc = true;
        return CopyFrames(raw, i, m, pcs, max_pcs);
      }
    }
  }
  // No context (a sanitizer's death callback) or the interrupted frame was
  // not found: drop the machinery at the top of the current stack.
  int n = absl::GetStackTrace(raw, kMaxRawFrames, 0);
  int skip = MachineryPrefix(raw, n);
  if (n - skip >= 2) return CopyFrames(raw, skip, n, pcs, max_pcs);
  // The frame-pointer chain ended early (a handler running on an alternate
  // stack, libc code without frame pointers): the CFI unwinder crosses
  // both.
  void* alt[kMaxRawFrames];
  int m = backtrace(alt, kMaxRawFrames);
  int alt_skip = MachineryPrefix(alt, m);
  if (m - alt_skip > n - skip)
    return CopyFrames(alt, alt_skip, m, pcs, max_pcs);
  return CopyFrames(raw, skip, n, pcs, max_pcs);
}

uint64_t ComputeCrashSignature(const char* kind, const void* ucontext) {
  CrashSignatureBuilder b(kind);
  uintptr_t pcs[kCrashSignatureNativeFrames];
  bool first_is_fault = false;
  int n = CaptureCrashedFrames(ucontext, pcs, kCrashSignatureNativeFrames,
                               &first_is_fault);
  for (int i = 0; i < n; ++i) {
    b.AddNativePc(pcs[i], !(i == 0 && first_is_fault));
  }
  b.AddScriptFramesOf(frame_reader::FindThreadByIdent(CurrentIdent()));
  return b.value();
}

void WriteCrashSignature(Writer& w, uint64_t signature) {
  w.Str("Crash signature: ").Hex(signature, 16).Char('\n');
  w.EndLine();
}

const char* SignalKindName(int signum) {
  switch (signum) {
    case SIGSEGV:
      return "SIGSEGV";
    case SIGFPE:
      return "SIGFPE";
    case SIGABRT:
      return "SIGABRT";
    case SIGBUS:
      return "SIGBUS";
    case SIGILL:
      return "SIGILL";
    case SIGTRAP:
      return "SIGTRAP";
    case SIGSYS:
      return "SIGSYS";
    default:
      return "signal";
  }
}

}  // namespace interp::faulthandler
