// Every thread's script stack of another process, read through the layout
// descriptor the runtime publishes (runtime/frames/debug_offsets.h) with the
// same validation as the in-process frame reader: seqlocked frame stacks
// retried a few times, code info checked by magic word and generation
// before and after copying, every pointer read through TargetMemory (an
// unreadable address is a corrupt frame, never a fault).
#ifndef INTERP_TOOLS_INTERP_STACK_STACK_READER_H_
#define INTERP_TOOLS_INTERP_STACK_STACK_READER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "tools/interp_stack/target_memory.h"

namespace interp::stack {

struct RemoteFrame {
  enum class Kind { kScript, kNative, kCorrupt };
  Kind kind = Kind::kCorrupt;
  std::string name;       // function, or the native's "module.name"
  std::string filename;   // script frames
  uint32_t name_len = 0;  // full lengths (the strings may be cut)
  uint32_t filename_len = 0;
  int32_t line = -1;  // -1: unknown
};

struct RemoteThread {
  uint64_t ident = 0;
  std::string name;
  bool is_main = false;
  bool collecting = false;
  uint32_t depth = 0;               // frames on the stack
  bool consistent = false;          // copied with no push/pop in flight
  std::vector<RemoteFrame> frames;  // innermost first, at most kMaxFrames
  // What the thread published it is doing (runtime/frames/thread_state.h,
  // ActivityScope), read under its seqlock. activity_valid false: torn by
  // concurrent updates every time (shown as running, since unknown).
  bool activity_valid = false;
  uint32_t activity = 0;          // a ThreadActivity
  std::string activity_what;      // e.g. "Lock.acquire"; empty: none
  int64_t activity_since_ns = 0;  // the target's CLOCK_MONOTONIC; 0: unknown
  uint64_t progress = 0;          // safe points passed (hang detection)
};

// Frames read per thread (reports print at most 100, then "...").
inline constexpr uint32_t kMaxRemoteFrames = 128;

// Reads every live thread, newest first (the registry's order). Errors:
// NotFound when the executable has no interp_debug_offsets ("not an interp
// process"), FailedPrecondition for an unknown layout version or cookie.
absl::StatusOr<std::vector<RemoteThread>> ReadStacks(const TargetMemory& mem);

}  // namespace interp::stack

#endif  // INTERP_TOOLS_INTERP_STACK_STACK_READER_H_
