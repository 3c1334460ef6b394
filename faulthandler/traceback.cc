// ASYNC-SIGNAL-SAFE: everything in this file runs inside signal handlers.
// It calls only functions in this file, the writer (writer.cc), the frame
// reader (runtime/frame_reader.cc) and pthread_self() (reads the thread
// pointer; no lock, no allocation). All buffers are on the stack.
#include "faulthandler/traceback.h"

#include <pthread.h>

#include "runtime/frames/frame_reader.h"
#include "runtime/frames/thread_state.h"

namespace interp::faulthandler {
namespace {

using frame_reader::FrameCapture;
using frame_reader::FrameKind;
using frame_reader::FrameSnapshot;
using frame_reader::ThreadSnapshot;

void WriteFrames(Writer& w, const ThreadState* ts) {
  FrameCapture cap;
  frame_reader::CaptureFrames(ts, &cap);
  if (cap.depth == 0) {
    w.Str("  <no script frame>\n");
    w.EndLine();
    return;
  }
  FrameSnapshot f;
  uint32_t shown = 0;
  for (uint32_t i = 0; i < cap.count && shown < kMaxFrameDepth; ++i) {
    if (w.stopped()) return;
    if (!frame_reader::ResolveFrame(cap.frames[i], &f)) {
      w.Str("  <corrupt frame>\n");
      w.EndLine();
      return;
    }
    if (f.kind == FrameKind::kNative) {
      w.Str("  <native> ").Escaped(f.name, f.name_copied, f.name_len);
    } else {
      w.Str("  File \"")
          .Escaped(f.filename, f.filename_copied, f.filename_len)
          .Str("\", line ");
      if (f.line > 0) {
        w.Dec(static_cast<uint64_t>(f.line));
      } else {
        w.Str("???");
      }
      w.Str(" in ").Escaped(f.name, f.name_copied, f.name_len);
    }
    w.Char('\n');
    w.EndLine();
    ++shown;
  }
  if (cap.depth > shown) {
    uint32_t more = cap.depth - shown;
    w.Str("  ... (").Dec(more).Str(more == 1 ? " more frame)\n"
                                             : " more frames)\n");
    w.EndLine();
  }
}

void WriteThreadHeader(Writer& w, uint64_t ident, const ThreadSnapshot* t,
                       bool is_current) {
  w.Str(is_current ? "Current thread 0x" : "Thread 0x").Hex(ident, 16);
  if (t != nullptr && t->name_valid && t->name_len > 0) {
    w.Str(" [")
        .Escaped(t->name, t->name_len,
                 t->name_len + (t->name_truncated ? 1 : 0))
        .Char(']');
  }
  w.Str(" (most recent call first):\n");
  if (t != nullptr && t->collecting) w.Str("  Garbage-collecting\n");
  w.EndLine();
}

// The thread states already shown in one dump, with their idents. A state
// can be released while the walk runs and its thread attach again further
// down the registry, and a finished thread's ident can be taken by a new
// thread: without this, one thread could head two blocks of one dump. One
// ident may still head two blocks when both states are live at once: a
// host thread attached to two runtimes is shown in each. Fixed size
// (async-signal-safe); past kMaxSeen blocks duplicates are not filtered.
class SeenThreads {
 public:
  // Records (`ident`, `ts`); false when a state shown earlier carried the
  // same ident and no longer does (the thread moved on, or its ident was
  // reused): `ts` is then the same thread, or a newcomer under its name.
  bool Add(uint64_t ident, const ThreadState* ts) {
    for (int i = 0; i < n_; ++i) {
      if (seen_[i].ident != ident || seen_[i].ts == ts) continue;
      ThreadSnapshot again;
      if (!frame_reader::ReadThread(seen_[i].ts, &again) ||
          again.ident != ident) {
        return false;
      }
    }
    if (n_ < kMaxSeen) seen_[n_++] = {ident, ts};
    return true;
  }

 private:
  struct Entry {
    uint64_t ident;
    const ThreadState* ts;
  };
  static constexpr int kMaxSeen = 512;
  int n_ = 0;
  Entry seen_[kMaxSeen];
};

// Writes one thread block; returns false when `ts` is no longer live (it
// finished between the walk and the read) or its ident was already shown:
// nothing is printed. Each block goes out in one batch of writes.
bool WriteThreadBlock(Writer& w, const ThreadState* ts, bool is_current,
                      bool separator, SeenThreads& seen) {
  ThreadSnapshot t;
  if (!frame_reader::ReadThread(ts, &t)) return false;
  if (!is_current && !seen.Add(t.ident, ts)) return false;
  if (separator) w.Char('\n');
  WriteThreadHeader(w, t.ident, &t, is_current);
  WriteFrames(w, ts);
  w.Flush();
  return true;
}

}  // namespace

uint64_t CurrentIdent() { return static_cast<uint64_t>(pthread_self()); }

void DumpAllThreads(Writer& w, uint64_t current, int max_threads) {
  if (max_threads < 1) max_threads = 1;
  const ThreadState* current_ts =
      current != 0 ? frame_reader::FindThreadByIdent(current) : nullptr;
  // Budget: the current thread (always shown, even without a state) and the
  // main thread are reserved; other threads take what is left, newest first.
  int reserved = current != 0 ? 1 : 0;
  bool main_reserved = false;
  for (const ThreadState* ts = frame_reader::FirstLiveThread(); ts != nullptr;
       ts = frame_reader::NextLiveThread(ts)) {
    if (ts != current_ts && ts->is_main.load(std::memory_order_relaxed)) {
      main_reserved = true;
      break;
    }
  }
  if (main_reserved) ++reserved;
  int others_allowed = max_threads - reserved;
  if (others_allowed < 0) others_allowed = 0;
  int others_shown = 0;
  bool dropped = false;
  bool any = false;
  SeenThreads seen;
  for (const ThreadState* ts = frame_reader::FirstLiveThread();
       ts != nullptr && !w.stopped(); ts = frame_reader::NextLiveThread(ts)) {
    if (ts == current_ts) continue;
    bool is_main = ts->is_main.load(std::memory_order_relaxed);
    if (!is_main) {
      if (others_shown >= others_allowed) {
        dropped = true;
        continue;
      }
      ++others_shown;
    }
    if (WriteThreadBlock(w, ts, false, any, seen)) any = true;
  }
  if (dropped) {
    if (any) w.Char('\n');
    w.Str("...\n");
    w.EndLine();
    any = true;
  }
  if (current != 0) {
    if (current_ts == nullptr ||
        !WriteThreadBlock(w, current_ts, true, any, seen)) {
      // A thread the runtime does not know (a host or helper thread).
      if (any) w.Char('\n');
      WriteThreadHeader(w, current, nullptr, true);
      w.Str("  <no script frame>\n");
      w.EndLine();
    }
  }
}

void DumpCurrentStack(Writer& w, uint64_t current) {
  w.Str("Stack (most recent call first):\n");
  w.EndLine();
  const ThreadState* ts = frame_reader::FindThreadByIdent(current);
  if (ts == nullptr) {
    w.Str("  <no script frame>\n");
    w.EndLine();
    return;
  }
  ThreadSnapshot t;
  if (frame_reader::ReadThread(ts, &t) && t.collecting) {
    w.Str("  Garbage-collecting\n");
  }
  WriteFrames(w, ts);
}

void WriteTimeoutHeader(Writer& w, int64_t timeout_us) {
  if (timeout_us < 0) timeout_us = 0;
  uint64_t us = static_cast<uint64_t>(timeout_us);
  uint64_t seconds = us / 1000000;
  uint64_t frac = us % 1000000;
  uint64_t days = seconds / 86400;
  seconds %= 86400;
  w.Str("Timeout (");
  if (days > 0) w.Dec(days).Str(days == 1 ? " day, " : " days, ");
  w.Dec(seconds / 3600)
      .Char(':')
      .Dec((seconds / 60) % 60 / 10)
      .Dec((seconds / 60) % 10)
      .Char(':')
      .Dec(seconds % 60 / 10)
      .Dec(seconds % 10);
  if (frac != 0) {
    w.Char('.');
    for (uint64_t div = 100000; div > 0; div /= 10) w.Dec(frac / div % 10);
  }
  w.Str(")!\n");
  w.EndLine();
}

}  // namespace interp::faulthandler
