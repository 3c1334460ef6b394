// Test helpers that crash on purpose (faulthandler._sigsegv & co). Each
// produces the real fault where the hardware allows, so the report shows
// the faulting function at the top of the C stack. noinline keeps them
// visible as frames of their own.
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

#include "faulthandler/faulthandler.h"

namespace interp::faulthandler {
namespace {

// Read through a volatile so the compiler cannot see the null pointer
// (a visible null dereference may be compiled into a trap instruction).
int* volatile g_null_pointer = nullptr;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winfinite-recursion"
[[gnu::noinline]] uintptr_t Recurse(uintptr_t depth, volatile char* caller) {
  volatile char frame[4096];
  frame[0] = static_cast<char>(depth);
  frame[sizeof(frame) - 1] = caller != nullptr ? caller[0] : 0;
  // Not a tail call: the addition after the call keeps every frame alive.
  return Recurse(depth + 1, frame) + frame[depth % sizeof(frame)];
}
#pragma GCC diagnostic pop

void* FatalErrorThreadMain(void*) { FatalError("in new thread"); }

}  // namespace

// The null access is the point: UBSan must let the hardware fault happen.
[[gnu::noinline]] __attribute__((no_sanitize("null"))) void ReadNull() {
  volatile int value = *static_cast<volatile int*>(g_null_pointer);
  (void)value;
  abort();
}

[[gnu::noinline]] __attribute__((no_sanitize("null"))) void Sigsegv() {
  *g_null_pointer = 1;
  abort();
}

[[gnu::noinline]] void Sigabrt() { abort(); }

[[gnu::noinline]] void Sigfpe() {
#if defined(__x86_64__)
  // Integer division by zero traps on x86 (written in assembly: in C++ it
  // is undefined behaviour the compiler may fold away).
  volatile uint32_t zero = 0;
  uint32_t divisor = zero;
  uint32_t quotient = 1;
  asm volatile("xorl %%edx, %%edx\n\tdivl %1"
               : "+a"(quotient)
               : "r"(divisor)
               : "edx", "cc");
  (void)quotient;
#endif
  raise(SIGFPE);
  abort();
}

[[gnu::noinline]] void Sigbus() {
  // Touching a file mapping past the end of the file is a real SIGBUS.
  int fd = static_cast<int>(syscall(SYS_memfd_create, "interp-sigbus", 0));
  if (fd >= 0) {
    void* p = mmap(nullptr, 4096, PROT_READ, MAP_SHARED, fd, 0);
    if (p != MAP_FAILED) {
      volatile char c = *static_cast<volatile char*>(p);
      (void)c;
    }
  }
  raise(SIGBUS);
  abort();
}

[[gnu::noinline]] void Sigill() {
#if defined(__x86_64__) || defined(__i386__)
  asm volatile("ud2");
#endif
  raise(SIGILL);
  abort();
}

[[gnu::noinline]] void StackOverflow() {
  Recurse(0, nullptr);
  abort();
}

void FatalErrorCThread() {
  pthread_t t;
  if (pthread_create(&t, nullptr, FatalErrorThreadMain, nullptr) == 0) {
    pthread_join(t, nullptr);
  }
  abort();
}

}  // namespace interp::faulthandler
