// LeakSanitizer does not scan raw mmap'd memory, so memory the runtime maps
// itself and fills with pointers to malloc'd blocks (type-stable arenas,
// heap chunks) is registered as a root region; otherwise every block owned
// by a live object would be reported as leaked. The API is declared weak:
// builds without LeakSanitizer need neither its header nor its runtime.
#ifndef INTERP_RUNTIME_FRAMES_LSAN_ROOTS_H_
#define INTERP_RUNTIME_FRAMES_LSAN_ROOTS_H_

#include <cstddef>

extern "C" void __lsan_register_root_region(const void* p, size_t size)
    __attribute__((weak));
extern "C" void __lsan_unregister_root_region(const void* p, size_t size)
    __attribute__((weak));

namespace interp {

inline void RegisterLsanRoot(const void* p, size_t size) {
  if (__lsan_register_root_region != nullptr) {
    __lsan_register_root_region(p, size);
  }
}

inline void UnregisterLsanRoot(const void* p, size_t size) {
  if (__lsan_unregister_root_region != nullptr) {
    __lsan_unregister_root_region(p, size);
  }
}

}  // namespace interp

#endif  // INTERP_RUNTIME_FRAMES_LSAN_ROOTS_H_
