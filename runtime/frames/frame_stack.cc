// FrameStack::Init: the record array is mapped once per ThreadState and
// never released, so a reader holding a stale ThreadState never faults.
#include "runtime/frames/frame_stack.h"

#include <sys/mman.h>
#include <unistd.h>

namespace interp {

bool FrameStack::Init() {
  if (records_ != nullptr) return true;
  size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  size_t bytes = (sizeof(Frame) * kMaxFrames + page - 1) & ~(page - 1);
  // Reserve the records plus one guard page above them; pages are only
  // backed once a deep recursion touches them.
  void* p = mmap(nullptr, bytes + page, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return false;
  if (mprotect(static_cast<char*>(p) + bytes, page, PROT_NONE) != 0) {
    munmap(p, bytes + page);
    return false;
  }
  records_ = static_cast<Frame*>(p);
  return true;
}

}  // namespace interp
