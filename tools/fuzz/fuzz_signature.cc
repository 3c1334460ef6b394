// ASYNC-SIGNAL-SAFE: WriteGroupingSignature runs after a sanitizer report
// or inside a fatal-signal handler: fixed stack buffers, no allocation, no
// locks, no stdio. It uses the faulthandler's async-signal-safe frame
// capture (CaptureCrashedFrames), absl::Symbolize (warmed up by
// WarmUpCStack) and the lock-free frame reader.
#include "tools/fuzz/fuzz_signature.h"

#include <cstdint>

#include "absl/debugging/symbolize.h"
#include "faulthandler/crash_signature.h"
#include "faulthandler/traceback.h"
#include "runtime/frames/frame_reader.h"

namespace interp::fuzz {
namespace {

constexpr uint64_t kFnvOffset = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;
constexpr int kScriptFrames = 3;
// Native frames looked at for project frames: libc and sanitizer
// interceptors (memcpy, strlen, ...) may come first.
constexpr int kScannedFrames = 24;
constexpr int kSymbolBytes = 384;

bool StartsWith(const char* s, const char* prefix) {
  for (; *prefix != '\0'; ++s, ++prefix) {
    if (*s != *prefix) return false;
  }
  return true;
}

uint64_t Length(const char* s) {
  uint64_t n = 0;
  while (s[n] != '\0') ++n;
  return n;
}

}  // namespace

bool IsProjectSymbol(const char* symbol) {
  if (symbol == nullptr || faulthandler::IsCrashMachineryFrame(symbol)) {
    return false;
  }
  // Host natives of the fuzz targets and harnesses live in anonymous
  // namespaces; LLVMFuzzerTestOneInput is the driver, not the bug.
  return StartsWith(symbol, "interp::") ||
         StartsWith(symbol, "(anonymous namespace)::");
}

bool IsCallPathSymbol(const char* symbol) {
  if (symbol == nullptr) return false;
  // The interpreter loop, frame setup and native-call glue (vm::), the call
  // protocol (CallValue, CallMethod, ...) and the embedding API's entry
  // points: the same for every route into a native function.
  return StartsWith(symbol, "interp::vm::") ||
         StartsWith(symbol, "interp::Call") ||
         StartsWith(symbol, "interp::Runtime::") ||
         StartsWith(symbol, "interp::fuzz::ProgramRunner");
}

GroupingSignature::GroupingSignature(const char* kind) : hash_(kFnvOffset) {
  const char* k = kind != nullptr ? kind : "unknown";
  Mix("K", 1);
  Mix(k, Length(k));
}

void GroupingSignature::Mix(const char* p, uint64_t n) {
  for (int i = 0; i < 8; ++i) {
    hash_ ^= static_cast<uint8_t>(n >> (8 * i));
    hash_ *= kFnvPrime;
  }
  for (uint64_t i = 0; i < n; ++i) {
    hash_ ^= static_cast<uint8_t>(p[i]);
    hash_ *= kFnvPrime;
  }
}

int GroupingSignature::AddNativeFrames(const char* const* symbols, int n,
                                       int* chosen) {
  int count = 0;
  for (int i = 0; i < n && count < kGroupingFrames; ++i) {
    const char* s = symbols[i];
    if (!IsProjectSymbol(s)) continue;
    if (IsCallPathSymbol(s)) {
      // The bug is in the call path itself (nothing chosen yet): that
      // frame is the location. Otherwise the route starts here.
      if (count == 0) {
        Mix("N", 1);
        Mix(s, Length(s));
        if (chosen != nullptr) chosen[count] = i;
        ++count;
      }
      break;
    }
    Mix("N", 1);
    Mix(s, Length(s));
    if (chosen != nullptr) chosen[count] = i;
    ++count;
  }
  return count;
}

void GroupingSignature::AddScriptFrame(const char* file, uint64_t file_len,
                                       const char* function,
                                       uint64_t function_len) {
  if (script_frames_ >= kScriptFrames) return;
  ++script_frames_;
  uint64_t base = 0;
  for (uint64_t i = 0; i < file_len; ++i) {
    if (file[i] == '/') base = i + 1;
  }
  Mix("S", 1);
  Mix(file + base, file_len - base);
  Mix(function, function_len);
}

void WriteGroupingSignature(faulthandler::Writer& w, const char* kind,
                            const void* ucontext) {
  uintptr_t pcs[kScannedFrames];
  bool first_is_fault = false;
  int n = faulthandler::CaptureCrashedFrames(ucontext, pcs, kScannedFrames,
                                             &first_is_fault);
  char buffers[kScannedFrames][kSymbolBytes];
  const char* symbols[kScannedFrames];
  for (int i = 0; i < n; ++i) {
    bool return_address = !(i == 0 && first_is_fault);
    uintptr_t lookup = return_address && pcs[i] > 0 ? pcs[i] - 1 : pcs[i];
    symbols[i] = absl::Symbolize(reinterpret_cast<const void*>(lookup),
                                 buffers[i], kSymbolBytes)
                     ? buffers[i]
                     : nullptr;
  }
  GroupingSignature sig(kind);
  int chosen[kGroupingFrames];
  int count = sig.AddNativeFrames(symbols, n, chosen);
  w.Str("Crash kind: ").Str(kind != nullptr ? kind : "unknown").Char('\n');
  w.Str("Crash frames: ");
  for (int i = 0; i < count; ++i) {
    if (i > 0) w.Str(" < ");
    w.Str(symbols[chosen[i]]);
  }
  if (count == 0) {
    // No native frame of the project: the script frames locate the bug.
    const ThreadState* ts =
        frame_reader::FindThreadByIdent(faulthandler::CurrentIdent());
    frame_reader::FrameCapture cap;
    if (ts != nullptr) frame_reader::CaptureFrames(ts, &cap);
    frame_reader::FrameSnapshot f;
    uint32_t shown = ts != nullptr ? cap.count : 0;
    for (uint32_t i = 0; i < shown && i < kScriptFrames; ++i) {
      if (!frame_reader::ResolveFrame(cap.frames[i], &f)) break;
      if (i > 0) w.Str(" < ");
      if (f.kind == frame_reader::FrameKind::kNative) {
        sig.AddScriptFrame("<native>", 8, f.name, f.name_copied);
        w.Str("<native> ");
      } else {
        sig.AddScriptFrame(f.filename, f.filename_copied, f.name,
                           f.name_copied);
        w.Str("script ");
      }
      w.Escaped(f.name, f.name_copied, f.name_len);
    }
  }
  w.Char('\n');
  w.Flush();
  faulthandler::WriteCrashSignature(w, sig.value());
}

}  // namespace interp::fuzz
