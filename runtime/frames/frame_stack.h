// The per-thread frame stack. It is the VM's own call stack (no shadow
// stack to keep in sync) and, at the same time, what crash reporters read
// from signal handlers and other threads without locks.
//
// Memory: one contiguous array of fixed-size Frame records reserved with
// mmap when the ThreadState is first created, followed by a guard page,
// never moved and never unmapped (ThreadStates are reused, not freed).
//
// Publication protocol (single writer: the owning thread):
//   push: seq := odd (relaxed); release fence; fill the record's
//         reader-visible fields (relaxed atomics); depth := d + 1 (release);
//         seq := even (release).
//   pop:  seq := odd; release fence; depth := d - 1 (release); seq := even.
// No locks, no read-modify-write atomics, no allocation. `pc` is updated in
// place (a relaxed store) at calls, backward jumps and wherever an exception
// can be raised, outside the seqlock: a reader may see a pc one instruction
// stale, never a torn one.
//
// Readers: s1 = seq (acquire); if odd, retry; d = depth (acquire); copy
// records [0, d) (relaxed loads); acquire fence; s2 = seq (relaxed);
// s1 != s2 means the copy may be torn: retry a few times, then validate
// each record on its own and print "<corrupt frame>" for what fails.
#ifndef INTERP_RUNTIME_FRAMES_FRAME_STACK_H_
#define INTERP_RUNTIME_FRAMES_FRAME_STACK_H_

#include <atomic>
#include <cstdint>

#include "runtime/frames/code_info.h"
#include "runtime/value.h"

namespace interp {

struct Code;
struct Function;

enum FrameFlags : uint32_t {
  kFrameScript = 0,
  kFrameNative = 1u << 0,
  // The frame was entered from C++ (a nested interpreter activation):
  // returning from it leaves the interpreter loop instead of resuming the
  // caller's bytecode.
  kFrameEntry = 1u << 1,
  // A constructor frame (__init__ called by instantiating a class): the
  // call's result is the new instance, not __init__'s return value.
  kFrameConstructor = 1u << 2,
  // A module body (import): the result is discarded / module returned.
  kFrameModule = 1u << 3,
  // A generator's frame: `base` points at the registers inside the
  // Generator object (objects/generator.h), not into the value stack.
  kFrameGenerator = 1u << 4,
  // Resume by raising the pending exception at the frame's pc (throw()).
  kFrameThrowIn = 1u << 5,
  // A script frame object refers to this record (ThreadState::
  // frame_objects[index]); popping it snapshots that object first
  // (vm/frame_object.h).
  kFrameHasObject = 1u << 6,
};

struct Frame {
  // --- Reader-visible: plain data, relaxed atomics. ---
  // Script frame: the code's crash-report header. Null for native frames.
  std::atomic<const CodeInfo*> code_info;
  // Native frame: which native function. Null for script frames.
  std::atomic<const NativeInfo*> native_info;
  // Index of the instruction being executed (script frames).
  std::atomic<uint32_t> pc;
  uint32_t flags;  // FrameFlags; VM-private

  // --- VM-private: never read by crash reporters. ---
  Code* code;
  Function* func;
  Value* base;  // register window in the thread's value stack
  int32_t
      result_reg;  // caller register (relative to caller base) for the result
  uint32_t reserved;
};

// Records per thread: room for sys.setrecursionlimit() far above the
// default (CPython scripts raise it to 10**5..10**6). The reservation is
// MAP_NORESERVE, so only the pages a deep recursion touches are backed.
inline constexpr uint32_t kMaxFrames = 1u << 20;
inline constexpr uint32_t kValueStackSlots = 1u << 23;  // Values per thread

class FrameStack {
 public:
  // Maps the record array (and its guard page). Called once per
  // ThreadState; the mapping is never released.
  bool Init();

  Frame* records() const { return records_; }
  uint32_t capacity() const { return kMaxFrames; }
  uint32_t depth_relaxed() const {
    return depth_.load(std::memory_order_relaxed);
  }

  // The writer side. BeginPush returns the record to fill, or nullptr when
  // the array is full (the VM raises RecursionError long before that).
  Frame* BeginPush() {
    uint32_t d = depth_.load(std::memory_order_relaxed);
    if (d >= kMaxFrames) return nullptr;
    seq_.store(++seq_value_, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    return &records_[d];
  }
  void EndPush() {
    depth_.store(depth_.load(std::memory_order_relaxed) + 1,
                 std::memory_order_release);
    seq_.store(++seq_value_, std::memory_order_release);
  }
  void Pop() {
    seq_.store(++seq_value_, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    depth_.store(depth_.load(std::memory_order_relaxed) - 1,
                 std::memory_order_release);
    seq_.store(++seq_value_, std::memory_order_release);
  }
  // Pops everything (thread exit, fork child reset).
  void Reset() {
    seq_.store(++seq_value_, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    depth_.store(0, std::memory_order_release);
    seq_.store(++seq_value_, std::memory_order_release);
  }
  Frame* top() const {
    uint32_t d = depth_.load(std::memory_order_relaxed);
    return d ? &records_[d - 1] : nullptr;
  }

  // The reader side (any thread, signal handlers): see the file comment.
  uint32_t LoadSeq() const { return seq_.load(std::memory_order_acquire); }
  uint32_t LoadSeqAfterRead() const {
    std::atomic_thread_fence(std::memory_order_acquire);
    return seq_.load(std::memory_order_relaxed);
  }
  uint32_t LoadDepth() const { return depth_.load(std::memory_order_acquire); }

 private:
  // Publishes the layout below for out-of-process readers (debug_offsets.cc).
  friend struct DebugOffsetsAccess;

  Frame* records_ = nullptr;
  std::atomic<uint32_t> depth_{0};
  std::atomic<uint32_t> seq_{0};
  uint32_t seq_value_ = 0;  // the writer's copy of seq_
};

}  // namespace interp

#endif  // INTERP_RUNTIME_FRAMES_FRAME_STACK_H_
