// ASYNC-SIGNAL-SAFE (after WarmUpCStack): DumpCStack and everything it
// calls run inside signal handlers. System calls used: open, read, pread,
// close (all async-signal-safe). Library calls: absl::GetStackTrace /
// GetStackTraceWithContext (frame-pointer unwinder, documented
// async-signal-safe) and absl::Symbolize (documented async-signal-safe; it
// allocates its state lazily from a signal-safe arena, which WarmUpCStack
// does ahead of time). Everything else is in this file or writer.cc.
//
// absl's unwinder follows frame pointers, which fails as soon as the
// interrupted code is a libc function built without them (abort() ->
// raise -> pthread_kill is the common case). Then glibc's backtrace() is
// used instead: it unwinds with DWARF call-frame information through the
// signal frame. backtrace() loads libgcc_s on its first call (not
// async-signal-safe), which WarmUpCStack does ahead of time; afterwards
// it neither allocates nor locks (libgcc 12 finds unwind tables with the
// lock-free _dl_find_object).
//
// absl::Symbolize gives the demangled name but not where the symbol starts,
// and the report wants "<symbol>+0x<offset>" and the object's path: those
// come from /proc/self/maps and a small ELF symbol-table scan below.
#include "faulthandler/c_stack.h"

#include <elf.h>
#include <errno.h>
#include <execinfo.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <sys/syscall.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include <mutex>

#include "absl/debugging/stacktrace.h"
#include "absl/debugging/symbolize.h"

namespace interp::faulthandler {
namespace {

// ---- /proc/self/maps ----------------------------------------------------

bool ParseHex(const char*& p, const char* end, uint64_t* out) {
  uint64_t v = 0;
  const char* start = p;
  while (p < end) {
    char c = *p;
    int d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (c >= 'a' && c <= 'f') {
      d = c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      d = c - 'A' + 10;
    } else {
      break;
    }
    v = (v << 4) | static_cast<uint64_t>(d);
    ++p;
  }
  *out = v;
  return p != start;
}

void SkipSpaces(const char*& p, const char* end) {
  while (p < end && *p == ' ') ++p;
}

void SkipField(const char*& p, const char* end) {
  while (p < end && *p != ' ') ++p;
}

// "start-end perms offset dev inode   path"
bool ParseMapsLine(const char* line, size_t n, uintptr_t pc, Mapping* out) {
  const char* p = line;
  const char* end = line + n;
  uint64_t start, stop, offset;
  if (!ParseHex(p, end, &start) || p >= end || *p != '-') return false;
  ++p;
  if (!ParseHex(p, end, &stop)) return false;
  if (pc < start || pc >= stop) return false;
  SkipSpaces(p, end);
  SkipField(p, end);  // perms
  SkipSpaces(p, end);
  if (!ParseHex(p, end, &offset)) return false;
  SkipSpaces(p, end);
  SkipField(p, end);  // dev
  SkipSpaces(p, end);
  SkipField(p, end);  // inode
  SkipSpaces(p, end);
  size_t len = static_cast<size_t>(end - p);
  if (len == 0 || *p != '/') return false;  // anonymous, [stack], [vdso]
  if (len >= sizeof(out->path)) len = sizeof(out->path) - 1;
  for (size_t i = 0; i < len; ++i) out->path[i] = p[i];
  out->path[len] = '\0';
  out->start = start;
  out->end = stop;
  out->offset = offset;
  return true;
}

// ---- ELF ----------------------------------------------------------------

bool ReadAt(int fd, void* buf, size_t n, uint64_t off) {
  auto* p = static_cast<char*>(buf);
  while (n > 0) {
    ssize_t r = pread(fd, p, n, static_cast<off_t>(off));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<size_t>(r);
    off += static_cast<uint64_t>(r);
  }
  return true;
}

bool IsCodeSymbol(const Elf64_Sym& s) {
  unsigned type = ELF64_ST_TYPE(s.st_info);
  return s.st_shndx != SHN_UNDEF && s.st_value != 0 &&
         (type == STT_FUNC || type == STT_GNU_IFUNC || type == STT_NOTYPE);
}

// Scans one symbol table for the symbol containing `vaddr`.
bool ScanSymtab(int fd, const Elf64_Shdr& symtab, const Elf64_Shdr& strtab,
                uint64_t vaddr, uint64_t* start, char* name, size_t name_size) {
  if (symtab.sh_entsize != sizeof(Elf64_Sym)) return false;
  uint64_t count = symtab.sh_size / sizeof(Elf64_Sym);
  Elf64_Sym chunk[64];
  bool exact = false;
  bool found = false;
  Elf64_Sym best = {};
  for (uint64_t i = 0; i < count;) {
    uint64_t k = count - i < 64 ? count - i : 64;
    if (!ReadAt(fd, chunk, k * sizeof(Elf64_Sym),
                symtab.sh_offset + i * sizeof(Elf64_Sym))) {
      return false;
    }
    for (uint64_t j = 0; j < k; ++j) {
      const Elf64_Sym& s = chunk[j];
      if (!IsCodeSymbol(s) || s.st_value > vaddr) continue;
      bool contains = s.st_size > 0 && vaddr < s.st_value + s.st_size;
      if (contains) {
        // Prefer a sized function over a label; keep the first alias.
        if (!exact || (ELF64_ST_TYPE(best.st_info) == STT_NOTYPE &&
                       ELF64_ST_TYPE(s.st_info) != STT_NOTYPE)) {
          best = s;
          exact = true;
          found = true;
        }
      } else if (!exact && s.st_size == 0 &&
                 (!found || s.st_value > best.st_value)) {
        best = s;  // nearest unsized symbol below, as a fallback
        found = true;
      }
    }
    i += k;
  }
  if (!found) return false;
  *start = best.st_value;
  if (name_size > 0) {
    name[0] = '\0';
    if (best.st_name < strtab.sh_size) {
      uint64_t avail = strtab.sh_size - best.st_name;
      size_t n = name_size - 1;
      if (avail < n) n = static_cast<size_t>(avail);
      if (ReadAt(fd, name, n, strtab.sh_offset + best.st_name)) {
        name[n] = '\0';
      } else {
        name[0] = '\0';
      }
    }
  }
  return true;
}

class ScopedFd {
 public:
  explicit ScopedFd(int fd) : fd_(fd) {}
  ~ScopedFd() {
    if (fd_ >= 0) close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

}  // namespace

bool FindMapping(uintptr_t pc, Mapping* out) {
  ScopedFd fd(open("/proc/self/maps", O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return false;
  char chunk[2048];
  char line[1024];
  size_t line_len = 0;
  bool overflow = false;
  for (;;) {
    ssize_t r = read(fd.get(), chunk, sizeof(chunk));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    for (ssize_t i = 0; i < r; ++i) {
      char c = chunk[i];
      if (c == '\n') {
        if (ParseMapsLine(line, line_len, pc, out)) return true;
        line_len = 0;
        overflow = false;
      } else if (line_len < sizeof(line)) {
        line[line_len++] = c;
      } else {
        overflow = true;  // over-long path: parsed truncated
      }
    }
  }
  (void)overflow;
  return line_len > 0 && ParseMapsLine(line, line_len, pc, out);
}

bool FindElfSymbol(const Mapping& m, uintptr_t pc, uintptr_t* start, char* name,
                   size_t name_size) {
  ScopedFd fd(open(m.path, O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return false;
  Elf64_Ehdr eh;
  if (!ReadAt(fd.get(), &eh, sizeof(eh), 0)) return false;
  if (eh.e_ident[EI_MAG0] != ELFMAG0 || eh.e_ident[EI_MAG1] != ELFMAG1 ||
      eh.e_ident[EI_MAG2] != ELFMAG2 || eh.e_ident[EI_MAG3] != ELFMAG3 ||
      eh.e_ident[EI_CLASS] != ELFCLASS64) {
    return false;
  }
  // Link-time address of pc: find the loadable segment holding its file
  // offset.
  uint64_t file_off = pc - m.start + m.offset;
  bool have_vaddr = false;
  uint64_t vaddr = 0;
  for (unsigned i = 0; i < eh.e_phnum; ++i) {
    Elf64_Phdr ph;
    if (!ReadAt(fd.get(), &ph, sizeof(ph),
                eh.e_phoff + uint64_t{i} * eh.e_phentsize)) {
      return false;
    }
    if (ph.p_type == PT_LOAD && ph.p_offset <= file_off &&
        file_off < ph.p_offset + ph.p_filesz) {
      vaddr = ph.p_vaddr + (file_off - ph.p_offset);
      have_vaddr = true;
      break;
    }
  }
  if (!have_vaddr) return false;
  // The full symbol table when the binary has one (we build unstripped),
  // else the dynamic one.
  Elf64_Shdr symtab = {}, dynsym = {};
  bool have_symtab = false, have_dynsym = false;
  for (unsigned i = 0; i < eh.e_shnum; ++i) {
    Elf64_Shdr sh;
    if (!ReadAt(fd.get(), &sh, sizeof(sh),
                eh.e_shoff + uint64_t{i} * eh.e_shentsize)) {
      return false;
    }
    if (sh.sh_type == SHT_SYMTAB && !have_symtab) {
      symtab = sh;
      have_symtab = true;
    } else if (sh.sh_type == SHT_DYNSYM && !have_dynsym) {
      dynsym = sh;
      have_dynsym = true;
    }
  }
  for (int pass = 0; pass < 2; ++pass) {
    const Elf64_Shdr* table = nullptr;
    if (pass == 0 && have_symtab) table = &symtab;
    if (pass == 1 && have_dynsym) table = &dynsym;
    if (table == nullptr || table->sh_link >= eh.e_shnum) continue;
    Elf64_Shdr strtab;
    if (!ReadAt(fd.get(), &strtab, sizeof(strtab),
                eh.e_shoff + uint64_t{table->sh_link} * eh.e_shentsize)) {
      continue;
    }
    uint64_t sym_start;
    if (ScanSymtab(fd.get(), *table, strtab, vaddr, &sym_start, name,
                   name_size)) {
      *start = pc - (vaddr - sym_start);
      return true;
    }
  }
  return false;
}

namespace {

// The command is linked with lazy binding (-z lazy, interp/BUILD.bazel):
// a libc function's first call goes through the dynamic loader's resolver.
// Calling each function the handlers use once here, harmlessly, binds it
// in normal context, so that a report never runs the resolver (for
// instance when the fault interrupted the loader itself). abort and _exit
// cannot be called harmlessly; they are the last calls of a report.
void BindSignalPathFunctions() {
  int saved_errno = errno;
  (void)write(-1, "", 0);
  (void)read(-1, nullptr, 0);
  (void)close(-1);
  (void)fcntl(-1, F_GETFD);
  (void)getpid();
  (void)syscall(SYS_getpid);
  (void)pthread_self();
  (void)raise(0);
  (void)sched_yield();
  struct timespec now;
  (void)clock_gettime(CLOCK_MONOTONIC, &now);
  const struct timespec no_wait = {0, 0};
  (void)nanosleep(&no_wait, nullptr);
  sigset_t set;
  sigemptyset(&set);
  struct sigaction old_action;
  (void)sigaction(SIGSEGV, nullptr, &old_action);
  stack_t old_stack;
  (void)sigaltstack(nullptr, &old_stack);
  (void)sysconf(_SC_PAGESIZE);
  errno = saved_errno;
}

}  // namespace

void WarmUpCStack() {
  static std::once_flag once;
  std::call_once(once, [] {
    BindSignalPathFunctions();
    char buf[256];
    // Symbolize builds its state (object-file table, caches) on first use;
    // the unwinder may look up the vDSO on first use.
    absl::Symbolize(reinterpret_cast<const void*>(&WarmUpCStack), buf,
                    sizeof(buf));
    void* pcs[4];
    absl::GetStackTrace(pcs, 4, 0);
    backtrace(pcs, 4);
  });
}

void WriteCFrame(Writer& w, uintptr_t pc, bool is_return_address, bool json) {
  uintptr_t lookup = is_return_address && pc > 0 ? pc - 1 : pc;
  Mapping m;
  bool have_map = FindMapping(lookup, &m);
  char sym[1024];
  bool have_sym =
      absl::Symbolize(reinterpret_cast<const void*>(lookup), sym, sizeof(sym));
  uintptr_t start = 0;
  char mangled[256];
  bool have_start =
      have_map && FindElfSymbol(m, lookup, &start, mangled, sizeof(mangled));
  if (!have_sym && have_start && mangled[0] != '\0') {
    size_t i = 0;
    for (; mangled[i] != '\0' && i + 1 < sizeof(sym); ++i) sym[i] = mangled[i];
    sym[i] = '\0';
    have_sym = true;
  }
  if (json) {
    // Symbol and offset are what stays the same between runs (ASLR moves
    // the address).
    w.Str("{\"binary\": ");
    if (have_map) {
      w.JsonString(m.path);
    } else {
      w.Str("null");
    }
    w.Str(", \"symbol\": ");
    if (have_sym) {
      w.JsonString(sym);
    } else {
      w.Str("null");
    }
    if (have_sym && have_start) w.Str(", \"offset\": ").Dec(pc - start);
    w.Str(", \"address\": \"0x").Hex(pc).Str("\"}");
    return;
  }
  if (have_map) {
    size_t n = 0;
    while (m.path[n] != '\0') ++n;
    w.Str("  Binary file \"").Escaped(m.path, n).Str("\"");
    if (have_sym) {
      size_t sn = 0;
      while (sym[sn] != '\0') ++sn;
      w.Str(", at ").Escaped(sym, sn);
      if (have_start) w.Str("+0x").Hex(pc - start);
    }
  } else if (have_sym) {
    size_t sn = 0;
    while (sym[sn] != '\0') ++sn;
    w.Str("  <unknown>, at ").Escaped(sym, sn);
  } else {
    w.Str("  <unknown>");
  }
  w.Str(" [0x").Hex(pc).Str("]\n");
  w.EndLine();
}

namespace {

// The lines (text) or array elements (JSON) of the C stack section.
class CStackOut {
 public:
  CStackOut(Writer& w, bool json) : w_(w), json_(json) {}

  void Frame(uintptr_t pc, bool is_return_address) {
    if (json_) w_.Str(n_ == 0 ? "\n  " : ",\n  ");
    WriteCFrame(w_, pc, is_return_address, json_);
    if (json_) w_.EndLine();
    ++n_;
  }
  void Note(const char* text_line) {
    if (json_) return;
    w_.Str(text_line);
    w_.EndLine();
  }
  void Truncated() {
    truncated_ = true;
    Note("  <truncated rest of calls>\n");
  }
  void End() {
    if (!json_) return;
    w_.Str("],\n\"c_stack_truncated\": ").Str(truncated_ ? "true" : "false");
    w_.EndLine();
  }

 private:
  Writer& w_;
  bool json_;
  int n_ = 0;
  bool truncated_ = false;
};

}  // namespace

__attribute__((noinline)) void DumpCStack(Writer& w, const void* ucontext,
                                          const void* restorer, int skip,
                                          bool json) {
  CStackOut out(w, json);
  if (json) {
    w.Str("\"c_stack\": [");
  } else {
    w.Str("Current thread's C stack trace (most recent call first):\n");
    w.EndLine();
  }
  void* pcs[kMaxCStackFrames + 32];
  int dropped = 0;
  int n;
  int first = 0;
  uintptr_t fault_pc = 0;
  if (ucontext != nullptr) {
    n = absl::GetStackTraceWithContext(pcs, kMaxCStackFrames + 32, 0, ucontext,
                                       &dropped);
    uintptr_t interrupted = 0;
#if defined(__x86_64__)
    interrupted = static_cast<uintptr_t>(
        static_cast<const ucontext_t*>(ucontext)->uc_mcontext.gregs[REG_RIP]);
#endif
    // The trace starts inside this handler; the kernel's signal trampoline
    // marks where the interrupted code begins.
    if (restorer != nullptr) {
      for (int i = 0; i < n; ++i) {
        if (pcs[i] == restorer) {
          first = i + 1;
          break;
        }
      }
    }
    if (first > 0) fault_pc = interrupted;
    // The frame-pointer chain broke before reaching two callers past the
    // fault (see the file comment), or never reached the trampoline (a
    // sanitizer runtime called the handler through frames of its own, or
    // the trampoline is unknown): try the CFI unwinder, which reports the
    // interrupted instruction itself as a frame, and keep whichever trace
    // goes further.
    if (interrupted != 0 && (first == 0 || n - first < 2)) {
      void* alt[kMaxCStackFrames + 32];
      int m = backtrace(alt, kMaxCStackFrames + 32);
      for (int i = 0; i < m; ++i) {
        if (reinterpret_cast<uintptr_t>(alt[i]) != interrupted) continue;
        int callers = m - (i + 1);
        if (first == 0 || callers > n - first) {
          fault_pc = interrupted;
          for (int j = i + 1; j < m; ++j) pcs[j - (i + 1)] = alt[j];
          n = callers;
          first = 0;
          dropped = m == kMaxCStackFrames + 32 ? 1 : 0;
        }
        break;
      }
    }
  } else {
    n = absl::GetStackTrace(pcs, kMaxCStackFrames + 32, skip + 1);
  }
  if (n <= 0 && fault_pc == 0) {
    out.Note("  <system returned no stack trace>\n");
    out.End();
    return;
  }
  int printed = 0;
  if (fault_pc != 0) {
    out.Frame(fault_pc, false);
    ++printed;
  }
  for (int i = first; i < n; ++i) {
    if (printed == kMaxCStackFrames) {
      out.Truncated();
      out.End();
      return;
    }
    out.Frame(reinterpret_cast<uintptr_t>(pcs[i]), true);
    ++printed;
  }
  if (dropped > 0 || n == kMaxCStackFrames + 32) out.Truncated();
  out.End();
}

}  // namespace interp::faulthandler
