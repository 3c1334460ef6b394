// What interp-stack needs from an executable's ELF file: where its symbols
// are, its entry point (to compute the load bias from the target's auxiliary
// vector), and the file offsets of its loaded segments (to read pages a core
// file did not keep). Read with libelf.
#ifndef INTERP_TOOLS_INTERP_STACK_ELF_IMAGE_H_
#define INTERP_TOOLS_INTERP_STACK_ELF_IMAGE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace interp::stack {

struct LoadSegment {
  uint64_t vaddr;   // link-time address
  uint64_t filesz;  // bytes present in the file
  uint64_t offset;  // file offset
};

struct ElfImage {
  std::string path;
  bool position_independent = false;  // ET_DYN
  uint64_t entry = 0;                 // e_entry (link-time)
  std::vector<LoadSegment> segments;  // PT_LOAD
  // Link-time address of the symbol asked for, when the file defines it.
  std::optional<uint64_t> symbol;
};

// Reads `path` and looks up `symbol` (.symtab, then .dynsym). Errors:
// NotFound (no such file), InvalidArgument (not an ELF file).
absl::StatusOr<ElfImage> LoadElfImage(const std::string& path,
                                      std::string_view symbol);

}  // namespace interp::stack

#endif  // INTERP_TOOLS_INTERP_STACK_ELF_IMAGE_H_
