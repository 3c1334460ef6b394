// A versioned description of the crash-report-visible memory layout (thread
// registry, ThreadState, frame records, CodeInfo, NativeInfo), kept in the
// binary under the symbol `interp_debug_offsets`. A reader outside the
// process (process_vm_readv on a live process, or a core file) finds the
// symbol, checks the cookie and version, and walks the frame stacks with
// the same validation protocol as runtime/frame_reader.cc -- no per-build
// guesswork (the role CPython's _Py_DebugOffsets plays for py-spy).
//
// Compatibility: fields are only ever appended; `size` tells a reader how
// many it may use; `version` changes when a meaning changes.
#ifndef INTERP_RUNTIME_FRAMES_DEBUG_OFFSETS_H_
#define INTERP_RUNTIME_FRAMES_DEBUG_OFFSETS_H_

#include <cstdint>

namespace interp {

inline constexpr char kDebugOffsetsCookie[8] = {'i', 'n', 't', 'e',
                                                'r', 'p', 'D', 'O'};
// 2: ThreadState gained the hang-detection fields (`activity` below).
inline constexpr uint32_t kDebugOffsetsVersion = 2;

struct DebugOffsets {
  char cookie[8];    // kDebugOffsetsCookie
  uint32_t version;  // kDebugOffsetsVersion
  uint32_t size;     // sizeof(DebugOffsets)
  // Address of the registry head (a ThreadState* loaded with acquire).
  uint64_t registry_head;

  struct {
    uint32_t size, next, status, ident, is_main, collecting, name_seq, name_len,
        name, name_capacity, frames;
    uint32_t status_running, status_exiting;  // values of `status`
  } thread_state;
  struct {  // at thread_state.frames
    uint32_t records, depth, seq, capacity;
  } frame_stack;
  struct {
    uint32_t size, code_info, native_info, pc;
  } frame;
  struct {
    uint32_t size, magic, generation, name, name_len, filename, filename_len,
        lines, num_lines, first_line;
    uint32_t magic_value;  // kCodeInfoMagic; generation odd = not live
  } code_info;
  struct {
    uint32_t size, start_pc, line;
  } line_entry;
  struct {
    uint32_t size, magic, qualified_name_len, qualified_name;
    uint32_t magic_value;  // kNativeInfoMagic
  } native_info;
  struct {  // in ThreadState; `what` is a char* to a NUL-terminated string
    uint32_t progress, seq, activity, what, since_ns;
  } activity;
};

}  // namespace interp

// Defined in debug_offsets.cc; never stripped.
extern "C" const interp::DebugOffsets interp_debug_offsets;

#endif  // INTERP_RUNTIME_FRAMES_DEBUG_OFFSETS_H_
