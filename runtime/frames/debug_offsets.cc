// The layout descriptor (see debug_offsets.h), built from the real types so
// it cannot drift from them.
#include "runtime/frames/debug_offsets.h"

#include <atomic>
#include <cstddef>

#include "runtime/frames/code_info.h"
#include "runtime/frames/frame_stack.h"
#include "runtime/frames/thread_state.h"

namespace interp {

extern std::atomic<ThreadState*> g_thread_registry_head;

// offsetof on the classes here is well-defined in practice (plain layouts)
// but not "standard layout" to the letter (atomics, a std::vector member).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

struct DebugOffsetsAccess {
  static constexpr uint32_t kRecords = offsetof(FrameStack, records_);
  static constexpr uint32_t kDepth = offsetof(FrameStack, depth_);
  static constexpr uint32_t kSeq = offsetof(FrameStack, seq_);
};

#define INTERP_OFF(T, f) static_cast<uint32_t>(offsetof(T, f))

}  // namespace interp

using interp::CodeInfo;
using interp::DebugOffsetsAccess;
using interp::Frame;
using interp::LineEntry;
using interp::NativeInfo;
using interp::ThreadState;

// `retain`: nothing in the binary refers to it, and the linker's section
// garbage collection would drop it otherwise.
extern "C" __attribute__((used, retain, visibility("default")))
const interp::DebugOffsets interp_debug_offsets = {
    {'i', 'n', 't', 'e', 'r', 'p', 'D', 'O'},
    interp::kDebugOffsetsVersion,
    sizeof(interp::DebugOffsets),
    reinterpret_cast<uint64_t>(&interp::g_thread_registry_head),
    {sizeof(ThreadState), INTERP_OFF(ThreadState, next),
     INTERP_OFF(ThreadState, status), INTERP_OFF(ThreadState, ident),
     INTERP_OFF(ThreadState, is_main), INTERP_OFF(ThreadState, collecting),
     INTERP_OFF(ThreadState, name_seq), INTERP_OFF(ThreadState, name_len),
     INTERP_OFF(ThreadState, name), interp::kMaxThreadNameLen + 1,
     INTERP_OFF(ThreadState, frames),
     static_cast<uint32_t>(interp::ThreadStatus::kRunning),
     static_cast<uint32_t>(interp::ThreadStatus::kExiting)},
    {DebugOffsetsAccess::kRecords, DebugOffsetsAccess::kDepth,
     DebugOffsetsAccess::kSeq, interp::kMaxFrames},
    {sizeof(Frame), INTERP_OFF(Frame, code_info),
     INTERP_OFF(Frame, native_info), INTERP_OFF(Frame, pc)},
    {sizeof(CodeInfo), INTERP_OFF(CodeInfo, magic),
     INTERP_OFF(CodeInfo, generation), INTERP_OFF(CodeInfo, name),
     INTERP_OFF(CodeInfo, name_len), INTERP_OFF(CodeInfo, filename),
     INTERP_OFF(CodeInfo, filename_len), INTERP_OFF(CodeInfo, lines),
     INTERP_OFF(CodeInfo, num_lines), INTERP_OFF(CodeInfo, first_line),
     interp::kCodeInfoMagic},
    {sizeof(LineEntry), INTERP_OFF(LineEntry, start_pc),
     INTERP_OFF(LineEntry, line)},
    {sizeof(NativeInfo), INTERP_OFF(NativeInfo, magic),
     INTERP_OFF(NativeInfo, qualified_name_len),
     INTERP_OFF(NativeInfo, qualified_name), interp::kNativeInfoMagic},
    {INTERP_OFF(ThreadState, progress), INTERP_OFF(ThreadState, activity_seq),
     INTERP_OFF(ThreadState, activity), INTERP_OFF(ThreadState, activity_what),
     INTERP_OFF(ThreadState, activity_since_ns)},
};

#pragma GCC diagnostic pop
