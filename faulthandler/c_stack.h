// The native ("C") stack section of a report:
//
//   Current thread's C stack trace (most recent call first):
//     Binary file "/path/to/interp", at interp::faulthandler::Sigsegv()+0x12
//     [0x55d0c1a2b3c4]
//
// Async-signal-safe once WarmUpCStack() has run in normal context.
#ifndef INTERP_FAULTHANDLER_C_STACK_H_
#define INTERP_FAULTHANDLER_C_STACK_H_

#include <cstddef>
#include <cstdint>

#include "faulthandler/writer.h"

namespace interp::faulthandler {

// Lines printed at most; then "  <truncated rest of calls>".
inline constexpr int kMaxCStackFrames = 64;

// Initialises the symbolizer and the unwinder (both allocate lazily on
// first use) and binds the libc functions the handlers call (the command
// is lazily bound). Normal context only; idempotent.
void WarmUpCStack();

// Writes the section header and the current thread's native stack.
// `ucontext` (from an SA_SIGINFO handler) lets the trace start at the
// faulting instruction instead of inside the handler; `restorer` is the
// signal trampoline the kernel returns through (from sigaction's
// sa_restorer; null when unknown). `skip` drops that many innermost
// frames of the caller when there is no context. Async-signal-safe.
// `json`: the members `"c_stack": [{"binary": ..., "symbol": ...,
// "offset": N, "address": "0x..."}, ...], "c_stack_truncated": bool` of a
// JSON report instead of the text section.
void DumpCStack(Writer& w, const void* ucontext, const void* restorer, int skip,
                bool json = false);

// One symbolized line for `pc` ("  Binary file ..."). `is_return_address`
// makes the symbol lookup use pc - 1 (the call instruction), as a return
// address may be the first byte of the next function. Async-signal-safe.
void WriteCFrame(Writer& w, uintptr_t pc, bool is_return_address,
                 bool json = false);

// Lower-level pieces, exposed for tests. Async-signal-safe.
struct Mapping {
  uintptr_t start = 0;
  uintptr_t end = 0;
  uint64_t offset = 0;
  char path[512] = {};
};
// Finds the /proc/self/maps entry containing pc (with a file path).
bool FindMapping(uintptr_t pc, Mapping* out);
// Finds, in the ELF file mapped by `m`, the symbol containing pc. Sets the
// symbol's runtime start address and copies its (mangled) name.
bool FindElfSymbol(const Mapping& m, uintptr_t pc, uintptr_t* start, char* name,
                   size_t name_size);

}  // namespace interp::faulthandler

#endif  // INTERP_FAULTHANDLER_C_STACK_H_
