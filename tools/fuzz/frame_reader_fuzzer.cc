// The crash-report readers fed torn and corrupt records (issue 16): frame
// records (frame_reader::ResolveFrame) whose CodeInfo / NativeInfo
// pointers are null, wild, misaligned, straddle the end of an arena chunk,
// or point at records in stable memory whose bytes come from the input
// (magic right but names, lengths and line tables garbage, generation odd,
// ...), and the faulthandler's writer (Escaped, Dec, Hex) fed the bytes
// the reader copied. Properties: nothing faults or reads outside what
// stable::Contains allows (ASan would see a read of malloc'ed memory out
// of bounds; a wild read faults), a resolved frame's copied lengths stay
// within their buffers, and the writer emits printable ASCII lines only.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "faulthandler/writer.h"
#include "runtime/frames/code_info.h"
#include "runtime/frames/frame_reader.h"
#include "runtime/frames/stable_arena.h"

namespace {

namespace fr = ::interp::frame_reader;

// Records the input writes into: stable memory, so reading garbage there is
// defined (it is what a torn record looks like).
constexpr size_t kScratchBytes = 4096;

struct Fixture {
  unsigned char* scratch;
  const interp::CodeInfo* real_code;
  const interp::NativeInfo* real_native;
  int out_fd;
};

Fixture& Get() {
  static Fixture f = [] {
    Fixture x;
    x.scratch =
        static_cast<unsigned char*>(interp::stable::Allocate(kScratchBytes));
    interp::LineEntry lines[] = {{0, 1}, {4, 3}, {9, 7}};
    x.real_code =
        interp::NewCodeInfo("f\xc3\xa9", "/tmp/fuzz/x.py", lines, 3, 1);
    x.real_native = interp::InternNativeInfo("builtins.len");
    // An in-memory file: what the writer produced is checked afterwards.
    x.out_fd = memfd_create("frame_reader_fuzzer", 0);
    if (x.out_fd < 0) std::abort();
    return x;
  }();
  return f;
}

class Input {
 public:
  Input(const uint8_t* d, size_t n) : d_(d), n_(n) {}
  uint64_t Take(int bytes) {
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) {
      v = (v << 8) | (pos_ < n_ ? d_[pos_++] : 0);
    }
    return v;
  }

 private:
  const uint8_t* d_;
  size_t n_;
  size_t pos_ = 0;
};

// A pointer the input chooses: into the scratch records (any offset, also
// misaligned or running past the end), at the real records, null, or wild.
const void* ChoosePointer(Input& in, const Fixture& f, const void* real) {
  switch (in.Take(1) % 6) {
    case 0:
      return nullptr;
    case 1:
      return real;
    case 2:
      return f.scratch + in.Take(2) % kScratchBytes;
    case 3:  // near the end of the scratch block: straddles it
      return f.scratch + kScratchBytes - in.Take(1) % 64;
    case 4:
      return static_cast<const unsigned char*>(real) + in.Take(1) % 32;
    default:
      return reinterpret_cast<const void*>(in.Take(8));
  }
}

void CheckAscii(int fd) {
  off_t end = lseek(fd, 0, SEEK_CUR);
  if (end <= 0) return;
  static char buf[1 << 16];
  ssize_t n = pread(fd, buf, sizeof(buf), 0);
  for (ssize_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(buf[i]);
    if (c != '\n' && (c < 0x20 || c > 0x7e)) {
      std::fprintf(stderr, "writer emitted byte 0x%02x at %zd\n", c, i);
      std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Fixture& f = Get();
  if (size > kScratchBytes + 256) return -1;
  // The first bytes steer; all of them also fill the scratch records, so a
  // record can point at itself, at its own name, at a line table inside
  // the scratch block.
  std::memset(f.scratch, 0, kScratchBytes);
  // An empty input may come with data == nullptr, which memcpy must not get
  // even for 0 bytes (UBSan: nonnull argument).
  if (size > 0) {
    std::memcpy(f.scratch, data, size < kScratchBytes ? size : kScratchBytes);
  }
  Input in(data, size);
  // Plant internal pointers: the input picks up to 4 slots of the scratch
  // block that receive pointers into the scratch block or at real strings,
  // so a record whose magic the input got right also has pointers that
  // pass stable::Contains (the interesting case for the reader).
  int plants = static_cast<int>(in.Take(1) % 5);
  for (int i = 0; i < plants; ++i) {
    size_t slot = in.Take(2) % (kScratchBytes - sizeof(void*));
    const void* p = ChoosePointer(in, f, f.real_code->name);
    std::memcpy(f.scratch + slot, &p, sizeof(p));
  }
  if (in.Take(1) & 1) {
    // A well-formed header at offset 0 with the right magic and an even
    // generation, fields from the input: the deepest reads.
    auto* ci = reinterpret_cast<interp::CodeInfo*>(f.scratch);
    ci->magic.store(interp::kCodeInfoMagic, std::memory_order_relaxed);
    ci->generation.store(static_cast<uint32_t>(in.Take(1)) & ~1u,
                         std::memory_order_relaxed);
  }
  if (ftruncate(f.out_fd, 0) != 0) std::abort();
  lseek(f.out_fd, 0, SEEK_SET);
  {
    interp::faulthandler::Writer w(f.out_fd);
    int frames = 1 + static_cast<int>(in.Take(1) % 8);
    for (int i = 0; i < frames; ++i) {
      fr::RawFrame raw;
      raw.code_info = static_cast<const interp::CodeInfo*>(
          ChoosePointer(in, f, f.real_code));
      raw.native_info = static_cast<const interp::NativeInfo*>(
          ChoosePointer(in, f, f.real_native));
      raw.pc = static_cast<uint32_t>(in.Take(4));
      fr::FrameSnapshot snap;
      bool ok = fr::ResolveFrame(raw, &snap);
      if (ok && (snap.name_copied > fr::kMaxStringBytes ||
                 snap.filename_copied > fr::kMaxStringBytes ||
                 snap.name_copied > snap.name_len ||
                 snap.filename_copied > snap.filename_len)) {
        std::fprintf(stderr, "resolved frame with bad lengths\n");
        std::abort();
      }
      if (!ok) {
        w.Str("  <corrupt>\n");
        w.EndLine();
        continue;
      }
      w.Str("  File \"")
          .Escaped(snap.filename, snap.filename_copied, snap.filename_len)
          .Str("\", line ")
          .DecSigned(snap.line)
          .Str(" in ")
          .Escaped(snap.name, snap.name_copied, snap.name_len)
          .Char('\n');
      w.EndLine();
    }
    // The writer alone on raw input bytes (invalid UTF-8 and all).
    w.Escaped(reinterpret_cast<const char*>(data), size)
        .Char(' ')
        .Hex(in.Take(8), static_cast<int>(in.Take(1) % 20))
        .Char(' ')
        .DecSigned(static_cast<int64_t>(in.Take(8)))
        .Char('\n');
    w.EndLine();
  }
  CheckAscii(f.out_fd);
  return 0;
}
