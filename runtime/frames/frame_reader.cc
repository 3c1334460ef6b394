// ASYNC-SIGNAL-SAFE: everything in this file runs inside signal handlers.
// It takes no lock, allocates nothing, makes no system call, and calls only
// functions defined in this file, stable::Contains (async-signal-safe,
// lock-free) and the inline accessors of FrameStack/ThreadState (atomic
// loads).
//
// Every load from memory another thread may be rewriting is an atomic load
// (relaxed, ordered by the seqlock fences), matching the writers' relaxed
// atomic stores: a torn read is detected by the protocol, never undefined
// behaviour, and ThreadSanitizer sees no race.
#include "runtime/frames/frame_reader.h"

#include <atomic>

#include "runtime/frames/stable_arena.h"
#include "runtime/frames/thread_registry.h"

namespace interp::frame_reader {
namespace {

// Longest name or line table a valid CodeInfo can have; anything larger is
// a torn or garbage record.
constexpr uint32_t kMaxPlausibleString = 1u << 24;
constexpr uint32_t kMaxPlausibleLines = 1u << 26;

template <typename T>
T Load(const T* p) {
  return __atomic_load_n(p, __ATOMIC_RELAXED);
}

bool IsLive(ThreadStatus s) {
  return s == ThreadStatus::kRunning || s == ThreadStatus::kExiting;
}

// Copies min(len, cap) bytes of a string the caller validated with
// Contains. Returns the number copied.
uint32_t CopyBytes(char* dst, const char* src, uint32_t len, uint32_t cap) {
  uint32_t n = len < cap ? len : cap;
  for (uint32_t i = 0; i < n; ++i) dst[i] = Load(&src[i]);
  return n;
}

int32_t LineForPcAtomic(const LineEntry* lines, uint32_t n, uint32_t pc) {
  int32_t line = -1;
  for (uint32_t lo = 0, hi = n; lo < hi;) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (Load(&lines[mid].start_pc) <= pc) {
      line = Load(&lines[mid].line);
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return line;
}

// A torn or corrupt record can point at any byte; reading a field through
// a misaligned pointer is undefined behaviour (found by
// frame_reader_fuzzer under UBSan), so such a record is corrupt.
template <typename T>
bool Aligned(const T* p) {
  return reinterpret_cast<uintptr_t>(p) % alignof(T) == 0;
}

bool ResolveScript(const CodeInfo* ci, uint32_t pc, FrameSnapshot* out) {
  if (!Aligned(ci) || !stable::Contains(ci, sizeof(CodeInfo))) return false;
  uint32_t g1 = ci->generation.load(std::memory_order_acquire);
  if ((g1 & 1) != 0) return false;  // retired or being refilled
  if (ci->magic.load(std::memory_order_relaxed) != kCodeInfoMagic) {
    return false;
  }
  const char* name = Load(&ci->name);
  uint32_t name_len = Load(&ci->name_len);
  const char* filename = Load(&ci->filename);
  uint32_t filename_len = Load(&ci->filename_len);
  const LineEntry* lines = Load(&ci->lines);
  uint32_t num_lines = Load(&ci->num_lines);
  if (name_len > kMaxPlausibleString || filename_len > kMaxPlausibleString ||
      num_lines > kMaxPlausibleLines) {
    return false;
  }
  if (!stable::Contains(name, name_len + 1) ||
      !stable::Contains(filename, filename_len + 1)) {
    return false;
  }
  out->name_len = name_len;
  out->name_copied = CopyBytes(out->name, name, name_len, kMaxStringBytes);
  out->filename_len = filename_len;
  out->filename_copied =
      CopyBytes(out->filename, filename, filename_len, kMaxStringBytes);
  out->line = -1;
  if (lines != nullptr && num_lines > 0) {
    if (!Aligned(lines) ||
        !stable::Contains(lines, size_t{num_lines} * sizeof(LineEntry))) {
      return false;
    }
    out->line = LineForPcAtomic(lines, num_lines, pc);
  }
  // Everything above must have been read before the generation is checked
  // again (seqlock reader side).
  std::atomic_thread_fence(std::memory_order_acquire);
  if (ci->generation.load(std::memory_order_relaxed) != g1 ||
      ci->magic.load(std::memory_order_relaxed) != kCodeInfoMagic) {
    return false;
  }
  if (out->line <= 0) out->line = -1;
  out->kind = FrameKind::kScript;
  return true;
}

bool ResolveNative(const NativeInfo* ni, FrameSnapshot* out) {
  // NativeInfos are immortal and never rewritten once published.
  if (!Aligned(ni) || !stable::Contains(ni, sizeof(NativeInfo))) return false;
  if (Load(&ni->magic) != kNativeInfoMagic) return false;
  const char* name = Load(&ni->qualified_name);
  uint32_t len = Load(&ni->qualified_name_len);
  if (len > kMaxPlausibleString || !stable::Contains(name, len + 1)) {
    return false;
  }
  out->name_len = len;
  out->name_copied = CopyBytes(out->name, name, len, kMaxStringBytes);
  out->filename_len = 0;
  out->filename_copied = 0;
  out->line = -1;
  out->kind = FrameKind::kNative;
  return true;
}

}  // namespace

const ThreadState* FirstLiveThread() {
  const ThreadState* ts = FirstThreadState();
  while (ts != nullptr && !IsLive(ts->status.load(std::memory_order_acquire))) {
    ts = ts->next;
  }
  return ts;
}

const ThreadState* NextLiveThread(const ThreadState* ts) {
  if (ts == nullptr) return nullptr;
  ts = ts->next;
  while (ts != nullptr && !IsLive(ts->status.load(std::memory_order_acquire))) {
    ts = ts->next;
  }
  return ts;
}

bool ReadThread(const ThreadState* ts, ThreadSnapshot* out) {
  out->status = ts->status.load(std::memory_order_acquire);
  if (!IsLive(out->status)) return false;
  out->ident = ts->ident.load(std::memory_order_relaxed);
  out->is_main = ts->is_main.load(std::memory_order_relaxed);
  out->collecting = ts->collecting.load(std::memory_order_relaxed);
  out->name_valid = false;
  out->name_len = 0;
  out->name[0] = '\0';
  for (int attempt = 0; attempt < kSeqRetries; ++attempt) {
    uint32_t s1 = ts->name_seq.load(std::memory_order_acquire);
    if ((s1 & 1) != 0) continue;
    uint32_t len = ts->name_len.load(std::memory_order_relaxed);
    bool truncated = ts->name_truncated.load(std::memory_order_relaxed);
    if (len > kMaxThreadNameLen) len = kMaxThreadNameLen;
    for (uint32_t i = 0; i < len; ++i) out->name[i] = Load(&ts->name[i]);
    std::atomic_thread_fence(std::memory_order_acquire);
    if (ts->name_seq.load(std::memory_order_relaxed) == s1) {
      out->name[len] = '\0';
      out->name_len = len;
      out->name_truncated = truncated;
      out->name_valid = true;
      break;
    }
  }
  if (!out->name_valid) out->name[0] = '\0';
  out->progress = ts->progress.load(std::memory_order_relaxed);
  out->activity_valid = false;
  out->activity = ThreadActivity::kRunning;
  out->activity_what = nullptr;
  out->activity_since_ns = 0;
  for (int attempt = 0; attempt < kSeqRetries; ++attempt) {
    uint32_t s1 = ts->activity_seq.load(std::memory_order_acquire);
    if ((s1 & 1) != 0) continue;
    uint32_t a = ts->activity.load(std::memory_order_relaxed);
    const char* what = ts->activity_what.load(std::memory_order_relaxed);
    int64_t since = ts->activity_since_ns.load(std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_acquire);
    if (ts->activity_seq.load(std::memory_order_relaxed) != s1) continue;
    if (a > static_cast<uint32_t>(ThreadActivity::kNative)) break;
    out->activity = static_cast<ThreadActivity>(a);
    out->activity_what = what;
    out->activity_since_ns = since;
    out->activity_valid = true;
    break;
  }
  return true;
}

void CaptureFrames(const ThreadState* ts, FrameCapture* out) {
  const FrameStack& fs = ts->frames;
  const Frame* records = fs.records();
  out->depth = 0;
  out->count = 0;
  out->consistent = false;
  if (records == nullptr) return;
  for (int attempt = 0; attempt < kSeqRetries; ++attempt) {
    uint32_t s1 = fs.LoadSeq();
    uint32_t d = fs.LoadDepth();
    if (d > fs.capacity()) d = fs.capacity();
    uint32_t n = d < kMaxCapturedFrames ? d : kMaxCapturedFrames;
    for (uint32_t i = 0; i < n; ++i) {
      const Frame& f = records[d - 1 - i];
      out->frames[i].code_info = f.code_info.load(std::memory_order_relaxed);
      out->frames[i].native_info =
          f.native_info.load(std::memory_order_relaxed);
      out->frames[i].pc = f.pc.load(std::memory_order_relaxed);
    }
    out->depth = d;
    out->count = n;
    uint32_t s2 = fs.LoadSeqAfterRead();
    if ((s1 & 1) == 0 && s1 == s2) {
      out->consistent = true;
      return;
    }
    // Torn (or the owner is mid push/pop, possibly interrupted by this very
    // handler, so the sequence may never settle): retry a bounded number of
    // times, then hand the last copy over for per-record validation.
  }
}

bool ResolveFrame(const RawFrame& raw, FrameSnapshot* out) {
  out->kind = FrameKind::kCorrupt;
  out->line = -1;
  out->name_len = out->name_copied = 0;
  out->filename_len = out->filename_copied = 0;
  bool ok = false;
  if (raw.code_info != nullptr) {
    ok = ResolveScript(raw.code_info, raw.pc, out);
  } else if (raw.native_info != nullptr) {
    ok = ResolveNative(raw.native_info, out);
  }
  if (!ok) {
    out->kind = FrameKind::kCorrupt;
    out->name_len = out->name_copied = 0;
    out->filename_len = out->filename_copied = 0;
  }
  return ok;
}

const ThreadState* FindThreadByIdent(uint64_t ident) {
  for (const ThreadState* ts = FirstLiveThread(); ts != nullptr;
       ts = NextLiveThread(ts)) {
    if (ts->ident.load(std::memory_order_relaxed) == ident) return ts;
  }
  return nullptr;
}

}  // namespace interp::frame_reader
