// Test helpers that play the VM's part on a frame stack: push and pop
// script and native frames following the frame_stack.h protocol.
#ifndef INTERP_TESTS_CORE_TEST_FRAMES_H_
#define INTERP_TESTS_CORE_TEST_FRAMES_H_

#include <atomic>
#include <cstdint>

#include "runtime/frames/code_info.h"
#include "runtime/frames/frame_stack.h"
#include "runtime/frames/thread_state.h"

namespace interp::testing {

inline bool PushScriptFrame(ThreadState* ts, const CodeInfo* ci, uint32_t pc) {
  Frame* f = ts->frames.BeginPush();
  if (f == nullptr) return false;
  f->code_info.store(ci, std::memory_order_relaxed);
  f->native_info.store(nullptr, std::memory_order_relaxed);
  f->pc.store(pc, std::memory_order_relaxed);
  f->flags = kFrameScript;
  ts->frames.EndPush();
  return true;
}

inline bool PushNativeFrame(ThreadState* ts, const NativeInfo* ni) {
  Frame* f = ts->frames.BeginPush();
  if (f == nullptr) return false;
  f->code_info.store(nullptr, std::memory_order_relaxed);
  f->native_info.store(ni, std::memory_order_relaxed);
  f->pc.store(0, std::memory_order_relaxed);
  f->flags = kFrameNative;
  ts->frames.EndPush();
  return true;
}

// Pushes a frame whose code pointer is arbitrary (garbage, freed, ...).
inline void PushRawFrame(ThreadState* ts, const void* code_info,
                         const void* native_info, uint32_t pc) {
  Frame* f = ts->frames.BeginPush();
  if (f == nullptr) return;
  f->code_info.store(static_cast<const CodeInfo*>(code_info),
                     std::memory_order_relaxed);
  f->native_info.store(static_cast<const NativeInfo*>(native_info),
                       std::memory_order_relaxed);
  f->pc.store(pc, std::memory_order_relaxed);
  f->flags = 0;
  ts->frames.EndPush();
}

inline void PopFrame(ThreadState* ts) { ts->frames.Pop(); }

}  // namespace interp::testing

#endif  // INTERP_TESTS_CORE_TEST_FRAMES_H_
