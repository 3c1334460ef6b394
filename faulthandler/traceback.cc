// ASYNC-SIGNAL-SAFE: everything in this file runs inside signal handlers.
// It calls only functions in this file, the writer (writer.cc), the frame
// reader (runtime/frame_reader.cc), pthread_self() (reads the thread
// pointer; no lock, no allocation), getpid() and clock_gettime(). All
// buffers are on the stack.
#include "faulthandler/traceback.h"

#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include "runtime/frames/frame_reader.h"
#include "runtime/frames/thread_state.h"

namespace interp::faulthandler {
namespace {

using frame_reader::FrameCapture;
using frame_reader::FrameKind;
using frame_reader::FrameSnapshot;
using frame_reader::ThreadSnapshot;

void WriteFramesText(Writer& w, const ThreadState* ts) {
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

// `"frames": [...], "frames_omitted": N` -- one frame per line.
void WriteFramesJson(Writer& w, const ThreadState* ts) {
  FrameCapture cap;
  if (ts != nullptr) {
    frame_reader::CaptureFrames(ts, &cap);
  }
  w.Str("\"frames\": [");
  FrameSnapshot f;
  uint32_t shown = 0;
  bool corrupt = false;
  for (uint32_t i = 0; i < cap.count && shown < kMaxFrameDepth; ++i) {
    if (w.stopped()) return;
    w.Str(shown == 0 ? "\n    " : ",\n    ");
    if (!frame_reader::ResolveFrame(cap.frames[i], &f)) {
      w.Str("{\"corrupt\": true}");
      corrupt = true;
      ++shown;
      break;
    }
    if (f.kind == FrameKind::kNative) {
      w.Str("{\"native\": ").JsonString(f.name, f.name_copied, f.name_len);
    } else {
      w.Str("{\"file\": ")
          .JsonString(f.filename, f.filename_copied, f.filename_len)
          .Str(", \"line\": ");
      if (f.line > 0) {
        w.Dec(static_cast<uint64_t>(f.line));
      } else {
        w.Str("null");
      }
      w.Str(", \"function\": ").JsonString(f.name, f.name_copied, f.name_len);
    }
    w.Char('}');
    w.EndLine();
    ++shown;
  }
  uint32_t more = corrupt || cap.depth < shown ? 0 : cap.depth - shown;
  w.Str("], \"frames_omitted\": ").Dec(more);
}

// When the progress watchdog last saw this thread run bytecode (0: no
// measurement).
int64_t StallSince(const ThreadDumpStyle& style, const ThreadState* ts,
                   uint64_t ident) {
  for (int i = 0; i < style.num_stalls; ++i) {
    if (style.stalls[i].ts == ts && style.stalls[i].ident == ident) {
      return style.stalls[i].since_ns;
    }
  }
  return 0;
}

void WriteStateText(Writer& w, const ThreadSnapshot& t, int64_t stall_since,
                    int64_t now_ns) {
  WriteActivityText(w, t.activity, t.activity_what, t.activity_since_ns, now_ns,
                    stall_since);
}

void WriteThreadHeaderText(Writer& w, uint64_t ident, const ThreadSnapshot* t,
                           const char* label, const ThreadDumpStyle& style,
                           int64_t stall_since) {
  w.Str(label).Str(" 0x").Hex(ident, 16);
  if (t != nullptr && t->name_valid && t->name_len > 0) {
    w.Str(" [")
        .Escaped(t->name, t->name_len,
                 t->name_len + (t->name_truncated ? 1 : 0))
        .Char(']');
  }
  w.Str(" (");
  if (style.show_state && t != nullptr) {
    WriteStateText(w, *t, stall_since, style.now_ns);
    w.Str(", ");
  }
  w.Str("most recent call first):\n");
  if (t != nullptr && t->collecting) w.Str("  Garbage-collecting\n");
  w.EndLine();
}

// One thread as a JSON object (without separators around it).
void WriteThreadJson(Writer& w, uint64_t ident, const ThreadSnapshot* t,
                     const ThreadState* ts, bool is_current, bool stuck,
                     const ThreadDumpStyle& style, int64_t stall_since) {
  w.Str("  {\"id\": \"0x").Hex(ident, 16).Str("\", \"ident\": ").Dec(ident);
  w.Str(", \"name\": ");
  if (t != nullptr && t->name_valid && t->name_len > 0) {
    w.JsonString(t->name, t->name_len,
                 t->name_len + (t->name_truncated ? 1 : 0));
  } else {
    w.Str("null");
  }
  w.Str(", \"current\": ").Str(is_current ? "true" : "false");
  if (stuck) w.Str(", \"stuck\": true");
  if (t != nullptr) {
    w.Str(", \"main\": ").Str(t->is_main ? "true" : "false");
    w.Str(", \"garbage_collecting\": ").Str(t->collecting ? "true" : "false");
    w.Str(", \"state\": \"").Str(ActivityName(t->activity)).Char('"');
    if (t->activity != ThreadActivity::kRunning) {
      w.Str(", \"in\": ").JsonString(t->activity_what);
      if (t->activity_since_ns > 0 && style.now_ns > 0) {
        w.Str(", \"state_seconds\": ")
            .Seconds(style.now_ns - t->activity_since_ns, 3);
      }
    }
    if (stall_since > 0 && style.now_ns > stall_since) {
      w.Str(", \"no_progress_seconds\": ")
          .Seconds(style.now_ns - stall_since, 3);
    }
    w.Str(", \"progress\": ").Dec(t->progress);
  }
  w.Str(",\n   ");
  WriteFramesJson(w, t != nullptr ? ts : nullptr);
  w.Char('}');
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

enum class Role { kOther, kCurrent, kStuck };

// Writes one thread block (text or JSON, preceded by a separator when
// `separator`); returns false when `ts` is no longer live (it finished
// between the walk and the read) or its ident was already shown: nothing
// is printed. Each block goes out in one batch of writes.
bool WriteThreadBlock(Writer& w, const ThreadState* ts, Role role,
                      bool separator, SeenThreads& seen,
                      const ThreadDumpStyle& style) {
  ThreadSnapshot t;
  if (!frame_reader::ReadThread(ts, &t)) return false;
  if (role != Role::kCurrent && !seen.Add(t.ident, ts)) return false;
  int64_t stall_since = StallSince(style, ts, t.ident);
  if (style.json) {
    if (separator) w.Char(',');
    w.Char('\n');
    WriteThreadJson(w, t.ident, &t, ts, role == Role::kCurrent,
                    role == Role::kStuck, style, stall_since);
  } else {
    if (separator) w.Char('\n');
    WriteThreadHeaderText(w, t.ident, &t,
                          role == Role::kCurrent ? "Current thread"
                          : role == Role::kStuck ? "Stuck thread"
                                                 : "Thread",
                          style, stall_since);
    WriteFramesText(w, ts);
  }
  w.Flush();
  return true;
}

}  // namespace

uint64_t CurrentIdent() { return static_cast<uint64_t>(pthread_self()); }

void DumpAllThreads(Writer& w, uint64_t current, int max_threads,
                    const ThreadDumpStyle& style) {
  if (max_threads < 1) max_threads = 1;
  const ThreadState* current_ts =
      current != 0 ? frame_reader::FindThreadByIdent(current) : nullptr;
  const ThreadState* first = style.first;
  if (first == current_ts) first = nullptr;
  // Budget: the current thread (always shown, even without a state), the
  // stuck thread and the main thread are reserved; other threads take what
  // is left, newest first.
  int reserved = (current != 0 ? 1 : 0) + (first != nullptr ? 1 : 0);
  bool main_reserved = false;
  for (const ThreadState* ts = frame_reader::FirstLiveThread(); ts != nullptr;
       ts = frame_reader::NextLiveThread(ts)) {
    if (ts != current_ts && ts != first &&
        ts->is_main.load(std::memory_order_relaxed)) {
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
  if (style.json) w.Str("\"threads\": [");
  if (first != nullptr &&
      WriteThreadBlock(w, first, Role::kStuck, false, seen, style)) {
    any = true;
  }
  for (const ThreadState* ts = frame_reader::FirstLiveThread();
       ts != nullptr && !w.stopped(); ts = frame_reader::NextLiveThread(ts)) {
    if (ts == current_ts || ts == first) continue;
    bool is_main = ts->is_main.load(std::memory_order_relaxed);
    if (!is_main) {
      if (others_shown >= others_allowed) {
        dropped = true;
        continue;
      }
      ++others_shown;
    }
    if (WriteThreadBlock(w, ts, Role::kOther, any, seen, style)) any = true;
  }
  if (dropped && !style.json) {
    if (any) w.Char('\n');
    w.Str("...\n");
    w.EndLine();
    any = true;
  }
  if (current != 0) {
    if (current_ts == nullptr ||
        !WriteThreadBlock(w, current_ts, Role::kCurrent, any, seen, style)) {
      // A thread the runtime does not know (a host or helper thread).
      if (style.json) {
        w.Str(any ? ",\n" : "\n");
        WriteThreadJson(w, current, nullptr, nullptr, true, false, style, 0);
      } else {
        if (any) w.Char('\n');
        WriteThreadHeaderText(w, current, nullptr, "Current thread", style, 0);
        w.Str("  <no script frame>\n");
        w.EndLine();
      }
    }
  }
  if (style.json) {
    w.Str("],\n\"threads_truncated\": ").Str(dropped ? "true" : "false");
    w.EndLine();
  }
}

void DumpCurrentStack(Writer& w, uint64_t current,
                      const ThreadDumpStyle& style) {
  const ThreadState* ts = frame_reader::FindThreadByIdent(current);
  if (style.json) {
    w.Str("\"threads\": [");
    SeenThreads seen;
    if (ts == nullptr ||
        !WriteThreadBlock(w, ts, Role::kCurrent, false, seen, style)) {
      w.Char('\n');
      WriteThreadJson(w, current, nullptr, nullptr, true, false, style, 0);
    }
    w.Str("],\n\"threads_truncated\": false");
    w.EndLine();
    return;
  }
  w.Str("Stack (most recent call first):\n");
  w.EndLine();
  if (ts == nullptr) {
    w.Str("  <no script frame>\n");
    w.EndLine();
    return;
  }
  ThreadSnapshot t;
  if (frame_reader::ReadThread(ts, &t) && t.collecting) {
    w.Str("  Garbage-collecting\n");
  }
  WriteFramesText(w, ts);
}

void WriteTimedelta(Writer& w, int64_t us_signed) {
  if (us_signed < 0) us_signed = 0;
  uint64_t us = static_cast<uint64_t>(us_signed);
  uint64_t seconds = us / 1000000;
  uint64_t frac = us % 1000000;
  uint64_t days = seconds / 86400;
  seconds %= 86400;
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
}

void WriteTimeoutHeader(Writer& w, int64_t timeout_us) {
  w.Str("Timeout (");
  WriteTimedelta(w, timeout_us);
  w.Str(")!\n");
  w.EndLine();
}

void BeginJsonReport(Writer& w, const char* reason) {
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  w.Str("{\"schema\": \"interp.faulthandler.report\", \"version\": ")
      .Dec(kJsonReportVersion)
      .Str(", \"reason\": \"")
      .Str(reason)
      .Str("\", \"pid\": ")
      .Dec(static_cast<uint64_t>(getpid()))
      .Str(", \"time\": ")
      .Seconds(static_cast<int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec, 6);
}

void EndJsonReport(Writer& w) {
  w.Str("}\n");
  w.EndLine();
  w.Flush();
}

const char* SignalShortName(int signum) {
  switch (signum) {
    case SIGSEGV:
      return "SIGSEGV";
    case SIGFPE:
      return "SIGFPE";
    case SIGABRT:
      return "SIGABRT";
    case SIGBUS:
      return "SIGBUS";
    case SIGILL:
      return "SIGILL";
    case SIGHUP:
      return "SIGHUP";
    case SIGINT:
      return "SIGINT";
    case SIGQUIT:
      return "SIGQUIT";
    case SIGTRAP:
      return "SIGTRAP";
    case SIGUSR1:
      return "SIGUSR1";
    case SIGUSR2:
      return "SIGUSR2";
    case SIGPIPE:
      return "SIGPIPE";
    case SIGALRM:
      return "SIGALRM";
    case SIGTERM:
      return "SIGTERM";
    case SIGCHLD:
      return "SIGCHLD";
    case SIGCONT:
      return "SIGCONT";
    case SIGTSTP:
      return "SIGTSTP";
    case SIGTTIN:
      return "SIGTTIN";
    case SIGTTOU:
      return "SIGTTOU";
    case SIGURG:
      return "SIGURG";
    case SIGXCPU:
      return "SIGXCPU";
    case SIGXFSZ:
      return "SIGXFSZ";
    case SIGVTALRM:
      return "SIGVTALRM";
    case SIGPROF:
      return "SIGPROF";
    case SIGWINCH:
      return "SIGWINCH";
    case SIGSYS:
      return "SIGSYS";
    default:
      return nullptr;
  }
}

const char* ActivityName(ThreadActivity a) {
  switch (a) {
    case ThreadActivity::kRunning:
      return "running";
    case ThreadActivity::kWaiting:
      return "waiting";
    case ThreadActivity::kJoining:
      return "joining";
    case ThreadActivity::kSleeping:
      return "sleeping";
    case ThreadActivity::kNative:
      return "native";
  }
  return "running";
}

void WriteActivityText(Writer& w, ThreadActivity activity, const char* what,
                       int64_t since_ns, int64_t now_ns, int64_t stall_since) {
  bool timed = since_ns > 0 && now_ns > 0;
  switch (activity) {
    case ThreadActivity::kRunning:
      w.Str("running");
      if (stall_since > 0 && now_ns > stall_since) {
        w.Str(", no progress for ").Seconds(now_ns - stall_since, 1).Str(" s");
      }
      return;
    case ThreadActivity::kWaiting:
    case ThreadActivity::kJoining:
      w.Str("waiting");
      if (what != nullptr) w.Str(" on ").Str(what);
      break;
    case ThreadActivity::kSleeping:
      w.Str("sleeping");
      if (what != nullptr) w.Str(" in ").Str(what);
      break;
    case ThreadActivity::kNative:
      w.Str("in ").Str(what != nullptr ? what : "a native call");
      break;
  }
  if (timed) w.Str(" for ").Seconds(now_ns - since_ns, 1).Str(" s");
}

}  // namespace interp::faulthandler
