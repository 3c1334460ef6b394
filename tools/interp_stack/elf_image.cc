#include "tools/interp_stack/elf_image.h"

#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "absl/cleanup/cleanup.h"
#include "absl/strings/str_cat.h"

namespace interp::stack {
namespace {

std::optional<uint64_t> FindInSymbolTable(Elf* elf, Elf64_Word type,
                                          std::string_view name) {
  Elf_Scn* scn = nullptr;
  while ((scn = elf_nextscn(elf, scn)) != nullptr) {
    GElf_Shdr shdr;
    if (gelf_getshdr(scn, &shdr) == nullptr || shdr.sh_type != type) continue;
    Elf_Data* data = elf_getdata(scn, nullptr);
    if (data == nullptr || shdr.sh_entsize == 0) continue;
    size_t count = shdr.sh_size / shdr.sh_entsize;
    for (size_t i = 0; i < count; ++i) {
      GElf_Sym sym;
      if (gelf_getsym(data, static_cast<int>(i), &sym) == nullptr) continue;
      if (sym.st_shndx == SHN_UNDEF) continue;
      const char* sym_name = elf_strptr(elf, shdr.sh_link, sym.st_name);
      if (sym_name != nullptr && name == sym_name) return sym.st_value;
    }
  }
  return std::nullopt;
}

}  // namespace

absl::StatusOr<ElfImage> LoadElfImage(const std::string& path,
                                      std::string_view symbol) {
  if (elf_version(EV_CURRENT) == EV_NONE) {
    return absl::InternalError("libelf is out of date");
  }
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return absl::NotFoundError(
        absl::StrCat("cannot open ", path, ": ", strerror(errno)));
  }
  absl::Cleanup close_fd = [fd] { close(fd); };
  Elf* elf = elf_begin(fd, ELF_C_READ, nullptr);
  if (elf == nullptr || elf_kind(elf) != ELF_K_ELF) {
    if (elf != nullptr) elf_end(elf);
    return absl::InvalidArgumentError(
        absl::StrCat(path, " is not an ELF file"));
  }
  absl::Cleanup end_elf = [elf] { elf_end(elf); };
  GElf_Ehdr ehdr;
  if (gelf_getehdr(elf, &ehdr) == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": no ELF header"));
  }
  ElfImage image;
  image.path = path;
  image.position_independent = ehdr.e_type == ET_DYN;
  image.entry = ehdr.e_entry;
  size_t phnum = 0;
  if (elf_getphdrnum(elf, &phnum) == 0) {
    for (size_t i = 0; i < phnum; ++i) {
      GElf_Phdr phdr;
      if (gelf_getphdr(elf, static_cast<int>(i), &phdr) == nullptr) continue;
      if (phdr.p_type != PT_LOAD) continue;
      image.segments.push_back({phdr.p_vaddr, phdr.p_filesz, phdr.p_offset});
    }
  }
  image.symbol = FindInSymbolTable(elf, SHT_SYMTAB, symbol);
  if (!image.symbol) image.symbol = FindInSymbolTable(elf, SHT_DYNSYM, symbol);
  return image;
}

}  // namespace interp::stack
