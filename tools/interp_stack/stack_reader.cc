#include "tools/interp_stack/stack_reader.h"

#include <algorithm>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "runtime/frames/debug_offsets.h"
#include "runtime/frames/thread_state.h"

namespace interp::stack {
namespace {

// Bytes of a name copied (the faulthandler's cut is 500 characters).
constexpr uint32_t kMaxStringBytes = 2004;
constexpr int kSeqRetries = 16;
// A registry longer than this is a loop read from torn memory.
constexpr int kMaxThreads = 100000;
constexpr uint32_t kMaxActivity =
    static_cast<uint32_t>(ThreadActivity::kNative);
constexpr size_t kMaxWhatBytes = 200;

template <typename T>
T Field(const std::vector<char>& bytes, uint32_t offset) {
  T v{};
  if (offset + sizeof(T) <= bytes.size())
    memcpy(&v, bytes.data() + offset, sizeof(T));
  return v;
}

class Walker {
 public:
  Walker(const TargetMemory& mem, const DebugOffsets& off)
      : mem_(mem), off_(off) {}

  bool ReadString(uint64_t addr, uint32_t len, std::string* out) const {
    uint32_t n = std::min(len, kMaxStringBytes);
    out->assign(n, '\0');
    return n == 0 || mem_.Read(addr, out->data(), n);
  }

  RemoteFrame ResolveScript(uint64_t info, uint32_t pc) const {
    RemoteFrame f;
    const auto& ci = off_.code_info;
    std::vector<char> before(ci.size), after(ci.size);
    if (!mem_.Read(info, before.data(), ci.size)) return f;
    uint32_t generation = Field<uint32_t>(before, ci.generation);
    if (Field<uint32_t>(before, ci.magic) != ci.magic_value ||
        (generation & 1) != 0) {
      return f;
    }
    uint64_t name = Field<uint64_t>(before, ci.name);
    uint32_t name_len = Field<uint32_t>(before, ci.name_len);
    uint64_t filename = Field<uint64_t>(before, ci.filename);
    uint32_t filename_len = Field<uint32_t>(before, ci.filename_len);
    uint64_t lines = Field<uint64_t>(before, ci.lines);
    uint32_t num_lines = Field<uint32_t>(before, ci.num_lines);
    if (!ReadString(name, name_len, &f.name) ||
        !ReadString(filename, filename_len, &f.filename)) {
      return f;
    }
    f.name_len = name_len;
    f.filename_len = filename_len;
    // The line of `pc`: the last entry whose start_pc <= pc (binary search,
    // one remote read per probe).
    const auto& le = off_.line_entry;
    for (uint32_t lo = 0, hi = num_lines; lo < hi;) {
      uint32_t mid = lo + (hi - lo) / 2;
      uint32_t start_pc;
      int32_t line;
      uint64_t entry = lines + uint64_t{mid} * le.size;
      if (!mem_.ReadValue(entry + le.start_pc, &start_pc) ||
          !mem_.ReadValue(entry + le.line, &line)) {
        return RemoteFrame{};
      }
      if (start_pc <= pc) {
        f.line = line;
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // Torn if the record was retired or reused while we copied it.
    if (!mem_.Read(info, after.data(), ci.size) ||
        Field<uint32_t>(after, ci.magic) != ci.magic_value ||
        Field<uint32_t>(after, ci.generation) != generation) {
      return RemoteFrame{};
    }
    f.kind = RemoteFrame::Kind::kScript;
    return f;
  }

  RemoteFrame ResolveNative(uint64_t info) const {
    RemoteFrame f;
    const auto& ni = off_.native_info;
    std::vector<char> bytes(ni.size);
    if (!mem_.Read(info, bytes.data(), ni.size) ||
        Field<uint32_t>(bytes, ni.magic) != ni.magic_value) {
      return f;
    }
    uint32_t len = Field<uint32_t>(bytes, ni.qualified_name_len);
    if (!ReadString(Field<uint64_t>(bytes, ni.qualified_name), len, &f.name)) {
      return f;
    }
    f.name_len = len;
    f.kind = RemoteFrame::Kind::kNative;
    return f;
  }

  void ReadFrames(uint64_t ts, RemoteThread* out) const {
    const auto& fs = off_.frame_stack;
    const auto& fr = off_.frame;
    uint64_t stack = ts + off_.thread_state.frames;
    uint64_t records = 0;
    if (!mem_.ReadValue(stack + fs.records, &records)) return;
    std::vector<char> raw;
    uint32_t depth = 0;
    for (int attempt = 0; attempt < kSeqRetries; ++attempt) {
      uint32_t seq1 = 0, seq2 = 0;
      if (!mem_.ReadValue(stack + fs.seq, &seq1) ||
          !mem_.ReadValue(stack + fs.depth, &depth)) {
        return;
      }
      depth = std::min(depth, fs.capacity);
      uint32_t count = std::min(depth, kMaxRemoteFrames);
      raw.assign(size_t{count} * fr.size, '\0');
      if (count > 0 && !mem_.Read(records + uint64_t{depth - count} * fr.size,
                                  raw.data(), raw.size())) {
        return;
      }
      if (!mem_.ReadValue(stack + fs.seq, &seq2)) return;
      out->consistent = (seq1 & 1) == 0 && seq1 == seq2;
      if (out->consistent) break;
    }
    out->depth = depth;
    uint32_t count = static_cast<uint32_t>(raw.size() / fr.size);
    for (uint32_t i = 0; i < count; ++i) {
      // Innermost first: the last record copied is the top of the stack.
      const char* rec = raw.data() + size_t{count - 1 - i} * fr.size;
      uint64_t code_info, native_info;
      uint32_t pc;
      memcpy(&code_info, rec + fr.code_info, sizeof(code_info));
      memcpy(&native_info, rec + fr.native_info, sizeof(native_info));
      memcpy(&pc, rec + fr.pc, sizeof(pc));
      RemoteFrame f;
      if (native_info != 0) {
        f = ResolveNative(native_info);
      } else if (code_info != 0) {
        f = ResolveScript(code_info, pc);
      }
      out->frames.push_back(std::move(f));
      // As the faulthandler does: the walk of a thread stops at the first
      // frame it cannot trust.
      if (out->frames.back().kind == RemoteFrame::Kind::kCorrupt) break;
    }
  }

  // A NUL-terminated string in the target (the static strings activities
  // point to), at most `max` bytes.
  bool ReadCString(uint64_t addr, size_t max, std::string* out) const {
    out->clear();
    char chunk[64];
    while (out->size() < max) {
      size_t n = sizeof(chunk);
      // A chunk may cross into an unmapped page: fall back to bytes.
      if (!mem_.Read(addr, chunk, n)) {
        n = 1;
        if (!mem_.Read(addr, chunk, 1)) return false;
      }
      for (size_t i = 0; i < n && out->size() < max; ++i) {
        if (chunk[i] == '\0') return true;
        out->push_back(chunk[i]);
      }
      addr += n;
    }
    return true;
  }

  // The activity under its seqlock, as frame_reader::ReadThread copies it.
  void ReadActivity(uint64_t ts, RemoteThread* out) const {
    const auto& a = off_.activity;
    mem_.ReadValue(ts + a.progress, &out->progress);
    for (int attempt = 0; attempt < kSeqRetries; ++attempt) {
      uint32_t seq1 = 0, seq2 = 0, activity = 0;
      uint64_t what = 0;
      int64_t since = 0;
      if (!mem_.ReadValue(ts + a.seq, &seq1)) return;
      if ((seq1 & 1) != 0) continue;
      if (!mem_.ReadValue(ts + a.activity, &activity) ||
          !mem_.ReadValue(ts + a.what, &what) ||
          !mem_.ReadValue(ts + a.since_ns, &since) ||
          !mem_.ReadValue(ts + a.seq, &seq2)) {
        return;
      }
      if (seq1 != seq2) continue;
      if (activity > kMaxActivity) return;
      // `what` points to a string with static storage duration: it stays
      // readable whatever the thread does next.
      if (what != 0 && !ReadCString(what, kMaxWhatBytes, &out->activity_what)) {
        out->activity_what.clear();
      }
      out->activity = activity;
      out->activity_since_ns = since;
      out->activity_valid = true;
      return;
    }
  }

  bool ReadName(uint64_t ts, std::string* name) const {
    const auto& t = off_.thread_state;
    for (int attempt = 0; attempt < kSeqRetries; ++attempt) {
      uint32_t seq1 = 0, seq2 = 0, len = 0;
      if (!mem_.ReadValue(ts + t.name_seq, &seq1) || (seq1 & 1) != 0 ||
          !mem_.ReadValue(ts + t.name_len, &len)) {
        continue;
      }
      len = std::min(len, t.name_capacity - 1);
      if (!ReadString(ts + t.name, len, name) ||
          !mem_.ReadValue(ts + t.name_seq, &seq2)) {
        return false;
      }
      if (seq1 == seq2) return true;
    }
    name->clear();
    return false;
  }

 private:
  const TargetMemory& mem_;
  const DebugOffsets& off_;
};

}  // namespace

absl::StatusOr<std::vector<RemoteThread>> ReadStacks(const TargetMemory& mem) {
  std::optional<uint64_t> where = mem.debug_offsets();
  if (!where) {
    return absl::NotFoundError(
        absl::StrCat("not an interp process: ", mem.executable(),
                     " has no interp_debug_offsets symbol"));
  }
  DebugOffsets off;
  if (!mem.Read(*where, &off, sizeof(off))) {
    return absl::FailedPreconditionError(
        "cannot read the runtime's layout descriptor");
  }
  if (memcmp(off.cookie, kDebugOffsetsCookie, sizeof(off.cookie)) != 0) {
    return absl::FailedPreconditionError(
        "not an interp process: the layout descriptor's cookie is wrong");
  }
  if (off.version != kDebugOffsetsVersion || off.size < sizeof(off)) {
    return absl::FailedPreconditionError(absl::StrCat(
        "unknown layout version ", off.version, " (size ", off.size,
        "); this interp-stack reads version ", kDebugOffsetsVersion));
  }
  Walker walker(mem, off);
  const auto& t = off.thread_state;
  std::vector<RemoteThread> threads;
  uint64_t ts = 0;
  if (!mem.ReadValue(off.registry_head, &ts)) {
    return absl::FailedPreconditionError("cannot read the thread registry");
  }
  for (int n = 0; ts != 0 && n < kMaxThreads; ++n) {
    uint32_t status = 0;
    uint64_t next = 0;
    if (!mem.ReadValue(ts + t.status, &status) ||
        !mem.ReadValue(ts + t.next, &next)) {
      break;
    }
    if (status == t.status_running || status == t.status_exiting) {
      RemoteThread thread;
      uint8_t is_main = 0, collecting = 0;
      mem.ReadValue(ts + t.ident, &thread.ident);
      mem.ReadValue(ts + t.is_main, &is_main);
      mem.ReadValue(ts + t.collecting, &collecting);
      thread.is_main = is_main != 0;
      thread.collecting = collecting != 0;
      walker.ReadName(ts, &thread.name);
      walker.ReadActivity(ts, &thread);
      walker.ReadFrames(ts, &thread);
      threads.push_back(std::move(thread));
    }
    ts = next;
  }
  return threads;
}

}  // namespace interp::stack
