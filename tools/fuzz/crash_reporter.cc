// ASYNC-SIGNAL-SAFE: DeathCallback and FatalSignalHandler run after a
// sanitizer report or inside a fatal-signal handler. They use only atomics,
// sigaction, raise, and the faulthandler's async-signal-safe writer,
// dumpers (traceback.h, c_stack.h) and crash signatures
// (crash_signature.h, fuzz_signature.h). InstallCrashReporter runs in
// normal context; __ubsan_on_report runs inside UBSan's report (it only
// stores a pointer to a static string).
#include "tools/fuzz/crash_reporter.h"

#include <signal.h>
#include <stdlib.h>

#include <atomic>
#include <cstdint>

#include "faulthandler/c_stack.h"
#include "faulthandler/crash_signature.h"
#include "faulthandler/traceback.h"
#include "faulthandler/writer.h"
#include "tools/fuzz/fuzz_signature.h"

// Sanitizer interfaces, declared weak (rather than through
// <sanitizer/common_interface_defs.h>) so that the same code links without
// a sanitizer and can tell at run time whether one is present.
extern "C" {
__attribute__((weak)) void __sanitizer_set_death_callback(void (*)(void));
__attribute__((weak)) int __asan_report_present();
__attribute__((weak)) const char* __asan_get_report_description();
// UBSan's description of the report being printed; its IssueKind is the
// check's flag name ("signed-integer-overflow"), a static string.
__attribute__((weak)) void __ubsan_get_current_report_data(
    const char** issue_kind, const char** message, const char** filename,
    unsigned* line, unsigned* column, char** memory_address);
// libFuzzer's death callback (fuzzer::Fuzzer::StaticDeathCallback, which
// saves the crashing input). The sanitizers keep one callback only, so
// ours replaces it and calls it last. Absent outside libFuzzer builds.
__attribute__((weak)) void _ZN6fuzzer6Fuzzer19StaticDeathCallbackEv();
}

namespace interp::fuzz {
namespace {

namespace fh = ::interp::faulthandler;

std::atomic<int> g_fd{2};
std::atomic<bool> g_installed{false};
// Set by the first thread that reports; a second fault (in another thread,
// or inside the report itself) does not print a second report.
std::atomic<bool> g_reporting{false};
std::atomic<const void*> g_restorer{nullptr};
// The check name of the last UBSan report (see __ubsan_on_report below).
std::atomic<const char*> g_ubsan_kind{nullptr};

// "asan:" / "ubsan:" + the report kind, into buf (async-signal-safe).
const char* Label(const char* prefix, const char* kind, char* buf,
                  size_t size) {
  size_t n = 0;
  for (const char* p = prefix; *p != '\0' && n + 1 < size; ++p) buf[n++] = *p;
  for (const char* p = kind; *p != '\0' && n + 1 < size; ++p) buf[n++] = *p;
  buf[n] = '\0';
  return buf;
}

constexpr int kFatalSignals[] = {SIGSEGV, SIGFPE, SIGABRT, SIGBUS, SIGILL};

// The faulthandler's header wording (SPEC 2.3).
const char* SignalDescription(int signum) {
  switch (signum) {
    case SIGSEGV:
      return "Segmentation fault";
    case SIGFPE:
      return "Floating-point exception";
    case SIGABRT:
      return "Aborted";
    case SIGBUS:
      return "Bus error";
    case SIGILL:
      return "Illegal instruction";
    default:
      return "Unknown signal";
  }
}

// The script traceback of every runtime thread, the current one last, then
// the kind, frames and grouping signature (fuzz_signature.h).
void WriteScriptPartAndSignature(fh::Writer& w, const char* kind,
                                 const void* ucontext) {
  uint64_t self = fh::CurrentIdent();
  fh::DumpAllThreads(w, self, fh::kDefaultMaxThreads);
  w.Char('\n');
  w.Flush();
  WriteGroupingSignature(w, kind, ucontext);
}

void DeathCallback() {
  if (!g_reporting.exchange(true)) {
    const char* kind = "sanitizer";
    char label[128];
    const char* ubsan = g_ubsan_kind.load();
    if (__asan_report_present != nullptr && __asan_report_present() != 0 &&
        __asan_get_report_description != nullptr) {
      const char* d = __asan_get_report_description();
      if (d != nullptr && d[0] != '\0') {
        kind = Label("asan:", d, label, sizeof(label));
      }
    } else if (ubsan != nullptr) {
      kind = Label("ubsan:", ubsan, label, sizeof(label));
    }
    fh::Writer w(g_fd.load());
    w.Str("\nScript traceback at the crash (").Str(kind).Str("):\n\n");
    w.Flush();
    WriteScriptPartAndSignature(w, kind, nullptr);
  }
  if (_ZN6fuzzer6Fuzzer19StaticDeathCallbackEv != nullptr) {
    _ZN6fuzzer6Fuzzer19StaticDeathCallbackEv();
  }
}

void ResetToDefault() {
  struct sigaction dfl = {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  for (int s : kFatalSignals) sigaction(s, &dfl, nullptr);
}

void FatalSignalHandler(int signum, siginfo_t* info, void* ucontext) {
  // Whatever happens next (a second fault included) takes the default
  // action: the report is written at most once and never loops.
  ResetToDefault();
  if (!g_reporting.exchange(true)) {
    fh::Writer w(g_fd.load());
    w.Str("Fatal error: ").Str(SignalDescription(signum)).Str("\n\n");
    w.Flush();
    uint64_t self = fh::CurrentIdent();
    fh::DumpAllThreads(w, self, fh::kDefaultMaxThreads);
    w.Char('\n');
    fh::DumpCStack(w, ucontext, g_restorer.load(), 0);
    w.Char('\n');
    w.Flush();
    WriteGroupingSignature(w, fh::SignalKindName(signum), ucontext);
  }
  // A hardware fault repeats when the handler returns and now kills the
  // process; a signal sent by raise/abort/kill has to be sent again.
  if (info == nullptr || info->si_code <= 0) raise(signum);
}

// The main thread of a host may have no alternate signal stack; a stack
// overflow could then not be reported. Runtime threads get their own at
// attach, so one static stack for the installing thread is enough.
void EnsureAltStack() {
  static char alt_stack[1 << 16];
  stack_t current;
  if (sigaltstack(nullptr, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
    stack_t ss = {};
    ss.ss_sp = alt_stack;
    ss.ss_size = sizeof(alt_stack);
    sigaltstack(&ss, nullptr);
  }
}

void InstallSignalHandlers() {
  EnsureAltStack();
  struct sigaction act = {};
  act.sa_sigaction = FatalSignalHandler;
  sigemptyset(&act.sa_mask);
  act.sa_flags = SA_SIGINFO | SA_ONSTACK;
  for (int s : kFatalSignals) {
    if (sigaction(s, &act, nullptr) != 0) continue;
    struct sigaction cur;
    if (g_restorer.load() == nullptr && sigaction(s, nullptr, &cur) == 0) {
      g_restorer.store(reinterpret_cast<const void*>(cur.sa_restorer));
    }
  }
}

}  // namespace

void InstallCrashReporter(int fd) {
  g_fd.store(fd);
  // Symbolizer and unwinder state is created on first use (allocating):
  // do it now, not inside the report.
  fh::WarmUpCStack();
  if (g_installed.exchange(true)) return;
  if (__sanitizer_set_death_callback != nullptr) {
    __sanitizer_set_death_callback(DeathCallback);
  } else {
    InstallSignalHandlers();
  }
}

}  // namespace interp::fuzz

// UBSan calls this (a weak no-op in its runtime) while a report is being
// printed; the death callback that follows reads the check name.
extern "C" void __ubsan_on_report() {
  if (__ubsan_get_current_report_data == nullptr) return;
  const char* kind = nullptr;
  const char* message = nullptr;
  const char* filename = nullptr;
  unsigned line = 0, column = 0;
  char* address = nullptr;
  __ubsan_get_current_report_data(&kind, &message, &filename, &line, &column,
                                  &address);
  if (kind != nullptr) interp::fuzz::g_ubsan_kind.store(kind);
}
