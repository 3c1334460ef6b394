#include "tools/interp_stack/target_memory.h"

#include <elf.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <signal.h>
#include <sys/procfs.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <utility>

#include "absl/cleanup/cleanup.h"
#include "absl/strings/str_cat.h"
#include "tools/interp_stack/elf_image.h"

namespace interp::stack {
namespace {

constexpr char kDebugOffsetsSymbol[] = "interp_debug_offsets";

// An owned file descriptor.
class Fd {
 public:
  explicit Fd(int fd = -1) : fd_(fd) {}
  Fd(Fd&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
  Fd& operator=(Fd&& o) noexcept {
    std::swap(fd_, o.fd_);
    return *this;
  }
  ~Fd() {
    if (fd_ >= 0) close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

bool PreadAll(int fd, void* out, size_t n, uint64_t offset) {
  auto* p = static_cast<char*>(out);
  while (n > 0) {
    ssize_t r = pread(fd, p, n, static_cast<off_t>(offset));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<size_t>(r);
    offset += static_cast<uint64_t>(r);
  }
  return true;
}

// AT_ENTRY of an auxiliary vector (pairs of 64-bit words), or 0.
uint64_t EntryFromAuxv(const char* data, size_t n) {
  for (size_t i = 0; i + 16 <= n; i += 16) {
    uint64_t key, value;
    memcpy(&key, data + i, 8);
    memcpy(&value, data + i + 8, 8);
    if (key == AT_ENTRY) return value;
    if (key == AT_NULL) break;
  }
  return 0;
}

uint64_t LoadBias(const ElfImage& exe, uint64_t at_entry) {
  if (!exe.position_independent || at_entry == 0) return 0;
  return at_entry - exe.entry;
}

std::string PtraceHint() {
  std::string hint =
      "run interp-stack as the same user as the target (or as root)";
  std::ifstream scope("/proc/sys/kernel/yama/ptrace_scope");
  int value = -1;
  if (scope >> value && value > 0) {
    absl::StrAppend(&hint, "; /proc/sys/kernel/yama/ptrace_scope is ", value,
                    ": set it to 0 or run as root");
  }
  return hint;
}

class LiveProcess : public TargetMemory {
 public:
  LiveProcess(pid_t pid, std::string exe, uint64_t bias,
              std::optional<uint64_t> symbol)
      : pid_(pid), exe_(std::move(exe)), bias_(bias), symbol_(symbol) {}

  bool Read(uint64_t addr, void* out, size_t n) const override {
    iovec local{out, n};
    iovec remote{reinterpret_cast<void*>(addr), n};
    ssize_t r = process_vm_readv(pid_, &local, 1, &remote, 1, 0);
    return r == static_cast<ssize_t>(n);
  }
  const std::string& executable() const override { return exe_; }
  std::optional<uint64_t> debug_offsets() const override {
    if (!symbol_) return std::nullopt;
    return *symbol_ + bias_;
  }
  pid_t pid() const override { return pid_; }

 private:
  pid_t pid_;
  std::string exe_;
  uint64_t bias_;
  std::optional<uint64_t> symbol_;
};

struct CoreSegment {
  uint64_t vaddr, filesz, memsz, offset;
};

class CoreFile : public TargetMemory {
 public:
  CoreFile(Fd core, Fd exe_fd, std::string exe, ElfImage image,
           std::vector<CoreSegment> segments, uint64_t bias, pid_t pid)
      : core_(std::move(core)),
        exe_fd_(std::move(exe_fd)),
        exe_(std::move(exe)),
        image_(std::move(image)),
        segments_(std::move(segments)),
        bias_(bias),
        pid_(pid) {}

  bool Read(uint64_t addr, void* out, size_t n) const override {
    auto* p = static_cast<char*>(out);
    while (n > 0) {
      size_t got = ReadSome(addr, p, n);
      if (got == 0) return false;
      addr += got;
      p += got;
      n -= got;
    }
    return true;
  }
  const std::string& executable() const override { return exe_; }
  std::optional<uint64_t> debug_offsets() const override {
    if (!image_.symbol) return std::nullopt;
    return *image_.symbol + bias_;
  }
  pid_t pid() const override { return pid_; }

 private:
  // Reads from the one place that holds `addr`: the core's copy of the
  // page, else the executable's file (pages the kernel did not dump
  // because they are unchanged from the file). Returns bytes read.
  size_t ReadSome(uint64_t addr, char* out, size_t n) const {
    for (const CoreSegment& s : segments_) {
      if (addr < s.vaddr || addr - s.vaddr >= s.filesz) continue;
      size_t avail = std::min<uint64_t>(n, s.filesz - (addr - s.vaddr));
      return PreadAll(core_.get(), out, avail, s.offset + (addr - s.vaddr))
                 ? avail
                 : 0;
    }
    for (const LoadSegment& s : image_.segments) {
      uint64_t start = s.vaddr + bias_;
      if (addr < start || addr - start >= s.filesz) continue;
      size_t avail = std::min<uint64_t>(n, s.filesz - (addr - start));
      return PreadAll(exe_fd_.get(), out, avail, s.offset + (addr - start))
                 ? avail
                 : 0;
    }
    return 0;
  }

  Fd core_;
  Fd exe_fd_;
  std::string exe_;
  ElfImage image_;
  std::vector<CoreSegment> segments_;
  uint64_t bias_;
  pid_t pid_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<TargetMemory>> OpenLiveProcess(pid_t pid) {
  if (pid <= 0 || (kill(pid, 0) != 0 && errno == ESRCH)) {
    return absl::NotFoundError(absl::StrCat("no process with PID ", pid));
  }
  std::string proc = absl::StrCat("/proc/", pid);
  char exe[4096];
  ssize_t len = readlink((proc + "/exe").c_str(), exe, sizeof(exe) - 1);
  if (len < 0) {
    if (errno == ENOENT) {
      return absl::NotFoundError(absl::StrCat("no process with PID ", pid));
    }
    return absl::PermissionDeniedError(absl::StrCat("cannot read process ", pid,
                                                    ": ", strerror(errno), " (",
                                                    PtraceHint(), ")"));
  }
  exe[len] = '\0';
  // /proc/PID/exe opens the executable even when its path was replaced or
  // deleted since the target started.
  absl::StatusOr<ElfImage> image =
      LoadElfImage(proc + "/exe", kDebugOffsetsSymbol);
  if (!image.ok()) return image.status();
  std::ifstream auxv_file(proc + "/auxv", std::ios::binary);
  std::string auxv((std::istreambuf_iterator<char>(auxv_file)),
                   std::istreambuf_iterator<char>());
  if (auxv.empty()) {
    return absl::PermissionDeniedError(
        absl::StrCat("cannot read process ", pid, " (", PtraceHint(), ")"));
  }
  uint64_t bias = LoadBias(*image, EntryFromAuxv(auxv.data(), auxv.size()));
  auto target = std::make_unique<LiveProcess>(pid, exe, bias, image->symbol);
  // One read tells a permission problem from a process that is simply not
  // an interp process: the ELF header is always mapped at the load bias.
  char probe[4];
  uint64_t first = image->segments.empty() ? 0 : image->segments[0].vaddr;
  if (!target->Read(first + bias, probe, sizeof(probe))) {
    if (errno == EPERM || errno == EACCES) {
      return absl::PermissionDeniedError(
          absl::StrCat("permission denied reading the memory of process ", pid,
                       " (", PtraceHint(), ")"));
    }
    if (errno == ESRCH) {
      return absl::NotFoundError(absl::StrCat("process ", pid, " exited"));
    }
    return absl::FailedPreconditionError(absl::StrCat(
        "cannot read the memory of process ", pid, ": ", strerror(errno)));
  }
  return target;
}

absl::StatusOr<std::unique_ptr<TargetMemory>> OpenCoreFile(
    const std::string& core_path, const std::string& executable) {
  absl::StatusOr<ElfImage> image =
      LoadElfImage(executable, kDebugOffsetsSymbol);
  if (!image.ok()) return image.status();
  Fd exe_fd(open(executable.c_str(), O_RDONLY | O_CLOEXEC));
  Fd core(open(core_path.c_str(), O_RDONLY | O_CLOEXEC));
  if (core.get() < 0) {
    return absl::NotFoundError(
        absl::StrCat("cannot open ", core_path, ": ", strerror(errno)));
  }
  if (elf_version(EV_CURRENT) == EV_NONE) {
    return absl::InternalError("libelf is out of date");
  }
  Elf* elf = elf_begin(core.get(), ELF_C_READ, nullptr);
  absl::Cleanup end_elf = [elf] {
    if (elf != nullptr) elf_end(elf);
  };
  GElf_Ehdr ehdr;
  if (elf == nullptr || gelf_getehdr(elf, &ehdr) == nullptr ||
      ehdr.e_type != ET_CORE) {
    return absl::InvalidArgumentError(
        absl::StrCat(core_path, " is not a core file"));
  }
  std::vector<CoreSegment> segments;
  uint64_t at_entry = 0;
  pid_t pid = 0;
  size_t phnum = 0;
  elf_getphdrnum(elf, &phnum);
  for (size_t i = 0; i < phnum; ++i) {
    GElf_Phdr phdr;
    if (gelf_getphdr(elf, static_cast<int>(i), &phdr) == nullptr) continue;
    if (phdr.p_type == PT_LOAD) {
      segments.push_back(
          {phdr.p_vaddr, phdr.p_filesz, phdr.p_memsz, phdr.p_offset});
      continue;
    }
    if (phdr.p_type != PT_NOTE) continue;
    Elf_Data* notes =
        elf_getdata_rawchunk(elf, phdr.p_offset, phdr.p_filesz, ELF_T_NHDR);
    if (notes == nullptr) continue;
    size_t offset = 0;
    GElf_Nhdr nhdr;
    size_t name_offset, desc_offset;
    while ((offset = gelf_getnote(notes, offset, &nhdr, &name_offset,
                                  &desc_offset)) > 0) {
      const char* desc = static_cast<const char*>(notes->d_buf) + desc_offset;
      if (nhdr.n_type == NT_AUXV) {
        at_entry = EntryFromAuxv(desc, nhdr.n_descsz);
      } else if (nhdr.n_type == NT_PRPSINFO &&
                 nhdr.n_descsz >= sizeof(elf_prpsinfo)) {
        elf_prpsinfo info;
        memcpy(&info, desc, sizeof(info));
        pid = info.pr_pid;
      }
    }
  }
  uint64_t bias = LoadBias(*image, at_entry);
  return std::make_unique<CoreFile>(std::move(core), std::move(exe_fd),
                                    executable, *std::move(image),
                                    std::move(segments), bias, pid);
}

}  // namespace interp::stack
