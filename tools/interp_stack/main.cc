// interp-stack: prints every thread's script stack of a running interp
// process (or of any program embedding the runtime), or of a core file,
// read from outside through the layout descriptor the runtime publishes.
//
//   interp-stack [--json] [--pause] PID
//   interp-stack [--json] --core CORE --exe BINARY
//
// By default the target keeps running while it is read: each thread's
// frames are copied under the frame stack's seqlock and validated, as the
// in-process faulthandler does. --pause stops every thread (ptrace) for an
// exact snapshot and resumes them after.
#include <dirent.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "faulthandler/traceback.h"
#include "faulthandler/writer.h"
#include "runtime/frames/thread_state.h"
#include "tools/interp_stack/stack_reader.h"
#include "tools/interp_stack/target_memory.h"

namespace interp::stack {
namespace {

constexpr char kUsage[] =
    "usage: interp-stack [--json] [--pause] PID\n"
    "       interp-stack [--json] --core CORE --exe BINARY\n";
// Frames shown per thread, then "... (N more frames)" (as the faulthandler).
constexpr uint32_t kShownFrames = 100;

int Usage(const char* why) {
  if (why != nullptr) fprintf(stderr, "interp-stack: %s\n", why);
  fputs(kUsage, stderr);
  return 2;
}

ThreadActivity ActivityOf(const RemoteThread& t) {
  return t.activity_valid ? static_cast<ThreadActivity>(t.activity)
                          : ThreadActivity::kRunning;
}

// `now_ns`: the target's CLOCK_MONOTONIC when it was read (the clock is
// system-wide, so a live target's is ours); 0 for a core file, whose
// states are shown without durations.
void PrintText(const std::vector<RemoteThread>& threads, int64_t now_ns) {
  faulthandler::Writer w(STDOUT_FILENO);
  bool first = true;
  for (const RemoteThread& t : threads) {
    if (!first) w.Char('\n');
    first = false;
    w.Str("Thread 0x").Hex(t.ident, 16);
    if (!t.name.empty())
      w.Str(" [").Escaped(t.name.data(), t.name.size()).Char(']');
    // The header the faulthandler's watchdog writes ("waiting on
    // Lock.acquire for 12.4 s, most recent call first").
    w.Str(" (");
    faulthandler::WriteActivityText(
        w, ActivityOf(t),
        t.activity_what.empty() ? nullptr : t.activity_what.c_str(),
        t.activity_since_ns, now_ns, 0);
    w.Str(", most recent call first):\n");
    if (t.collecting) w.Str("  Garbage-collecting\n");
    if (t.depth == 0) w.Str("  <no script frame>\n");
    uint32_t shown = 0;
    for (const RemoteFrame& f : t.frames) {
      if (shown == kShownFrames) break;
      ++shown;
      switch (f.kind) {
        case RemoteFrame::Kind::kCorrupt:
          w.Str("  <corrupt frame>\n");
          break;
        case RemoteFrame::Kind::kNative:
          w.Str("  <native> ")
              .Escaped(f.name.data(), f.name.size(), f.name_len);
          w.Char('\n');
          break;
        case RemoteFrame::Kind::kScript:
          w.Str("  File \"")
              .Escaped(f.filename.data(), f.filename.size(), f.filename_len)
              .Str("\", line ");
          if (f.line > 0) {
            w.Dec(static_cast<uint64_t>(f.line));
          } else {
            w.Str("???");
          }
          w.Str(" in ").Escaped(f.name.data(), f.name.size(), f.name_len);
          w.Char('\n');
          break;
      }
      if (f.kind == RemoteFrame::Kind::kCorrupt) break;
    }
    bool stopped = !t.frames.empty() &&
                   t.frames.back().kind == RemoteFrame::Kind::kCorrupt;
    if (!stopped && t.depth > shown) {
      uint32_t more = t.depth - shown;
      w.Str("  ... (").Dec(more).Str(more == 1 ? " more frame)\n"
                                               : " more frames)\n");
    }
  }
  w.Flush();
}

// JSON string: ASCII as is (escaped where JSON requires), other code points
// as \uXXXX (surrogate pairs above the BMP); invalid UTF-8 bytes become
// U+FFFD so the output is always valid JSON.
void AppendJsonString(std::string* out, const std::string& s) {
  out->push_back('"');
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = 0;
    size_t n = faulthandler::DecodeUtf8(
        reinterpret_cast<const unsigned char*>(s.data()) + i, s.size() - i,
        &cp);
    i += n;
    if (cp & 0x80000000u) cp = 0xFFFD;
    if (cp == '"' || cp == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(cp));
    } else if (cp >= 0x20 && cp < 0x7f) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x10000) {
      absl::StrAppend(out, absl::StrFormat("\\u%04x", cp));
    } else {
      cp -= 0x10000;
      absl::StrAppend(out,
                      absl::StrFormat("\\u%04x\\u%04x", 0xD800 + (cp >> 10),
                                      0xDC00 + (cp & 0x3FF)));
    }
  }
  out->push_back('"');
}

void PrintJson(const TargetMemory& mem,
               const std::vector<RemoteThread>& threads, int64_t now_ns) {
  std::string out = absl::StrCat("{\"schema\": 1, \"pid\": ", mem.pid(),
                                 ", \"executable\": ");
  AppendJsonString(&out, mem.executable());
  out += ", \"threads\": [";
  for (size_t i = 0; i < threads.size(); ++i) {
    const RemoteThread& t = threads[i];
    if (i > 0) out += ", ";
    absl::StrAppend(&out, "{\"ident\": ", t.ident, ", \"name\": ");
    AppendJsonString(&out, t.name);
    absl::StrAppend(&out, ", \"main\": ", t.is_main ? "true" : "false",
                    ", \"collecting\": ", t.collecting ? "true" : "false",
                    ", \"depth\": ", t.depth,
                    ", \"consistent\": ", t.consistent ? "true" : "false");
    // As in the faulthandler's JSON reports: "state", and what it waits in
    // and for how long when it is not running.
    ThreadActivity activity = ActivityOf(t);
    absl::StrAppend(&out, ", \"state\": \"",
                    faulthandler::ActivityName(activity), "\"");
    if (activity != ThreadActivity::kRunning) {
      out += ", \"in\": ";
      if (t.activity_what.empty()) {
        out += "null";
      } else {
        AppendJsonString(&out, t.activity_what);
      }
      if (t.activity_since_ns > 0 && now_ns > 0) {
        absl::StrAppend(
            &out, ", \"state_seconds\": ",
            absl::StrFormat("%.3f", (now_ns - t.activity_since_ns) / 1e9));
      }
    }
    absl::StrAppend(&out, ", \"progress\": ", t.progress, ", \"frames\": [");
    for (size_t j = 0; j < t.frames.size(); ++j) {
      const RemoteFrame& f = t.frames[j];
      if (j > 0) out += ", ";
      switch (f.kind) {
        case RemoteFrame::Kind::kCorrupt:
          out += "{\"kind\": \"corrupt\"}";
          break;
        case RemoteFrame::Kind::kNative:
          out += "{\"kind\": \"native\", \"function\": ";
          AppendJsonString(&out, f.name);
          out += "}";
          break;
        case RemoteFrame::Kind::kScript:
          out += "{\"kind\": \"script\", \"file\": ";
          AppendJsonString(&out, f.filename);
          absl::StrAppend(&out, ", \"line\": ", f.line, ", \"function\": ");
          AppendJsonString(&out, f.name);
          out += "}";
          break;
      }
    }
    out += "]}";
  }
  out += "]}\n";
  fputs(out.c_str(), stdout);
}

// Stops every thread of `pid` with PTRACE_SEIZE + PTRACE_INTERRUPT, and
// detaches (resuming them) when destroyed.
class PausedProcess {
 public:
  explicit PausedProcess(pid_t pid) {
    std::string dir = absl::StrCat("/proc/", pid, "/task");
    DIR* d = opendir(dir.c_str());
    if (d == nullptr) return;
    while (dirent* e = readdir(d)) {
      int tid = 0;
      if (!absl::SimpleAtoi(e->d_name, &tid)) continue;
      if (ptrace(PTRACE_SEIZE, tid, nullptr, nullptr) != 0) {
        error_ = errno;
        continue;
      }
      tids_.push_back(tid);
      ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr);
    }
    closedir(d);
    for (pid_t tid : tids_) {
      int status;
      while (waitpid(tid, &status, __WALL) < 0 && errno == EINTR) {
      }
    }
  }
  ~PausedProcess() {
    for (pid_t tid : tids_) ptrace(PTRACE_DETACH, tid, nullptr, nullptr);
  }
  int error() const { return error_; }

 private:
  std::vector<pid_t> tids_;
  int error_ = 0;
};

int Main(int argc, char** argv) {
  bool json = false, pause = false;
  std::string core, exe;
  pid_t pid = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      fputs(kUsage, stdout);
      return 0;
    } else if (a == "--json") {
      json = true;
    } else if (a == "--pause") {
      pause = true;
    } else if (a == "--core" || a == "--exe") {
      if (i + 1 >= argc) return Usage((a + " needs a file").c_str());
      (a == "--core" ? core : exe) = argv[++i];
    } else if (!a.empty() && a[0] != '-' && pid == 0) {
      int value = 0;
      if (!absl::SimpleAtoi(a, &value) || value <= 0) {
        return Usage(("not a process id: " + a).c_str());
      }
      pid = value;
    } else {
      return Usage(("unexpected argument " + a).c_str());
    }
  }
  if (core.empty() != exe.empty()) return Usage("--core goes with --exe");
  if (core.empty() == (pid == 0)) return Usage("give a PID or --core/--exe");
  if (pause && pid == 0) return Usage("--pause reads a live process");

  absl::StatusOr<std::unique_ptr<TargetMemory>> mem =
      pid != 0 ? OpenLiveProcess(pid) : OpenCoreFile(core, exe);
  if (!mem.ok()) {
    fprintf(stderr, "interp-stack: %s\n",
            std::string(mem.status().message()).c_str());
    return 1;
  }
  std::unique_ptr<PausedProcess> paused;
  if (pause) {
    paused = std::make_unique<PausedProcess>(pid);
    if (paused->error() != 0) {
      fprintf(stderr, "interp-stack: cannot pause process %d: %s\n", pid,
              strerror(paused->error()));
      return 1;
    }
  }
  absl::StatusOr<std::vector<RemoteThread>> threads = ReadStacks(**mem);
  const int64_t now_ns = pid != 0 ? MonotonicNowNs() : 0;
  paused.reset();
  if (!threads.ok()) {
    fprintf(stderr, "interp-stack: %s\n",
            std::string(threads.status().message()).c_str());
    return 1;
  }
  if (json) {
    PrintJson(**mem, *threads, now_ns);
  } else {
    PrintText(*threads, now_ns);
  }
  return 0;
}

}  // namespace
}  // namespace interp::stack

int main(int argc, char** argv) { return interp::stack::Main(argc, argv); }
