// Reading another process's memory: a live process (process_vm_readv) or a
// core file (its PT_LOAD segments, with the executable itself for the
// read-only pages a core leaves out). Either way the reader gets the bytes
// at a target address, or false when that address is not readable -- which
// a walker treats like a torn or corrupt record, never as a fault.
#ifndef INTERP_TOOLS_INTERP_STACK_TARGET_MEMORY_H_
#define INTERP_TOOLS_INTERP_STACK_TARGET_MEMORY_H_

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace interp::stack {

class TargetMemory {
 public:
  virtual ~TargetMemory() = default;
  // Copies n bytes at target address `addr` into `out`. False when any of
  // them cannot be read.
  virtual bool Read(uint64_t addr, void* out, size_t n) const = 0;
  // The target's executable (its path on this machine).
  virtual const std::string& executable() const = 0;
  // Target address of the layout descriptor `interp_debug_offsets`
  // (runtime/frames/debug_offsets.h); none when the executable does not
  // embed the interp runtime.
  virtual std::optional<uint64_t> debug_offsets() const = 0;
  // The target's process id (from the core's notes for a core file).
  virtual pid_t pid() const = 0;

  template <typename T>
  bool ReadValue(uint64_t addr, T* out) const {
    return Read(addr, out, sizeof(T));
  }
};

// A running process. Errors: NotFound (no such process), PermissionDenied
// (with the ptrace_scope hint), FailedPrecondition (not readable for
// another reason).
absl::StatusOr<std::unique_ptr<TargetMemory>> OpenLiveProcess(pid_t pid);

// A core file of a process that ran `executable`.
absl::StatusOr<std::unique_ptr<TargetMemory>> OpenCoreFile(
    const std::string& core_path, const std::string& executable);

}  // namespace interp::stack

#endif  // INTERP_TOOLS_INTERP_STACK_TARGET_MEMORY_H_
