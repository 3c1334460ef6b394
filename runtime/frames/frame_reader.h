// Reading every registered thread's identity and frame stack from anywhere:
// a signal handler, a watchdog thread, another thread. Async-signal-safe,
// lock-free, allocation-free: the caller provides fixed buffers, and nothing
// here follows a pointer it has not checked (stable::Contains, magic words,
// generations; see code_info.h and frame_stack.h for the protocols).
//
// Typical use (what the faulthandler's dumper does):
//
//   for (const ThreadState* ts = FirstLiveThread(); ts;
//        ts = NextLiveThread(ts)) {
//     ThreadSnapshot t;  ReadThread(ts, &t);
//     FrameCapture cap;  CaptureFrames(ts, &cap);
//     for (uint32_t i = 0; i < cap.count; ++i) {
//       FrameSnapshot f;  ResolveFrame(cap.frames[i], &f);
//       if (f.kind == FrameKind::kCorrupt) break;
//       ...
//     }
//   }
#ifndef INTERP_RUNTIME_FRAMES_FRAME_READER_H_
#define INTERP_RUNTIME_FRAMES_FRAME_READER_H_

#include <cstdint>

#include "runtime/frames/code_info.h"
#include "runtime/frames/thread_state.h"

namespace interp::frame_reader {

// Frames per thread a capture holds (innermost first). Reports print at
// most 100; the rest are only counted.
inline constexpr uint32_t kMaxCapturedFrames = 128;
// Bytes of a name or file name copied. Reports cut at 500 characters, and a
// UTF-8 character takes up to 4 bytes, so 2001 bytes always show whether
// the 500-character cut applies.
inline constexpr uint32_t kMaxStringBytes = 2004;
// Seqlock attempts before records are validated one by one.
inline constexpr int kSeqRetries = 16;

// Registered threads whose status is kRunning or kExiting, in registry
// order (newest first). Async-signal-safe.
const ThreadState* FirstLiveThread();
const ThreadState* NextLiveThread(const ThreadState* ts);

struct ThreadSnapshot {
  uint64_t ident = 0;
  bool is_main = false;
  bool collecting = false;
  ThreadStatus status = ThreadStatus::kFree;
  // False when the name could not be read consistently (a concurrent
  // SetName kept tearing it); name is then empty.
  bool name_valid = false;
  uint32_t name_len = 0;        // bytes in name
  bool name_truncated = false;  // SetName cut the name
  char name[kMaxThreadNameLen + 1] = {};
  // Hang detection (thread_state.h). activity_valid false: a concurrent
  // SetActivity kept tearing it (then it reads as running, unknown since).
  bool activity_valid = false;
  ThreadActivity activity = ThreadActivity::kRunning;
  const char* activity_what = nullptr;  // static string, or null
  int64_t activity_since_ns = 0;        // CLOCK_MONOTONIC; 0: unknown
  uint64_t progress = 0;
};

// Copies the identity of `ts`. Returns false when ts is not live.
bool ReadThread(const ThreadState* ts, ThreadSnapshot* out);

// One frame record as copied from the stack: plain pointers, not yet
// validated.
struct RawFrame {
  const CodeInfo* code_info;
  const NativeInfo* native_info;
  uint32_t pc;
};

struct FrameCapture {
  uint32_t depth = 0;  // frames on the stack when copied
  uint32_t count = 0;  // frames copied: min(depth, kMaxCapturedFrames)
  // True when the copy was taken while no push/pop was in flight; false
  // means each frame must stand on its own validation (ResolveFrame does
  // that anyway).
  bool consistent = false;
  RawFrame frames[kMaxCapturedFrames];  // [0] is the innermost
};

// Copies the innermost frames of `ts` using the frame stack's seqlock
// (a bounded number of retries, never waiting).
void CaptureFrames(const ThreadState* ts, FrameCapture* out);

enum class FrameKind : uint8_t { kScript, kNative, kCorrupt };

struct FrameSnapshot {
  FrameKind kind = FrameKind::kCorrupt;
  int32_t line = -1;  // script frames; -1: unknown
  // Full lengths in bytes; at most kMaxStringBytes of each are copied
  // (name_copied / filename_copied).
  uint32_t name_len = 0;
  uint32_t name_copied = 0;
  uint32_t filename_len = 0;
  uint32_t filename_copied = 0;
  // Script: function name; native: qualified name ("module.func").
  char name[kMaxStringBytes];
  char filename[kMaxStringBytes];  // script frames only
};

// Validates and copies one captured frame. Returns false (kind kCorrupt)
// when the frame cannot be trusted.
bool ResolveFrame(const RawFrame& raw, FrameSnapshot* out);

// The live state whose ident is `ident` (pthread_self of that thread), or
// null. How a signal handler finds its own thread without TLS.
const ThreadState* FindThreadByIdent(uint64_t ident);

}  // namespace interp::frame_reader

#endif  // INTERP_RUNTIME_FRAMES_FRAME_READER_H_
