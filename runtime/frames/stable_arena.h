// Type-stable memory for everything a crash reporter may read without locks.
//
// Chunks are mmap'd and never unmapped while the process lives, so a signal
// handler that follows a stale pointer into this memory reads garbage at
// worst, never faults. Freed blocks go to size-class free lists inside the
// arena, not back to malloc or the OS. Readers validate what they read
// (magic words, generations); Contains() tells whether a pointer may be
// dereferenced at all.
//
// Process-wide by design: the faulthandler reports frames of every runtime
// in the process, so the memory it reads must not belong to one of them.
#ifndef INTERP_RUNTIME_FRAMES_STABLE_ARENA_H_
#define INTERP_RUNTIME_FRAMES_STABLE_ARENA_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace interp::stable {

// Allocates `size` bytes aligned to 16, zero-filled. Thread-safe (takes a
// mutex: never call from a signal handler). Aborts on exhaustion.
void* Allocate(size_t size);

// Returns a block to its size-class free list. The memory stays mapped.
void Free(void* block, size_t size);

// Async-signal-safe, lock-free: true when [p, p + size) lies inside one
// arena chunk (so reading it cannot fault).
bool Contains(const void* p, size_t size);

// An immortal NUL-terminated copy of `s`, deduplicated by content so that
// repeated names (thousands of runtimes in a fuzzer) cost memory once.
// Thread-safe; not for signal handlers. The result satisfies Contains().
const char* InternString(std::string_view s);

}  // namespace interp::stable

#endif  // INTERP_RUNTIME_FRAMES_STABLE_ARENA_H_
