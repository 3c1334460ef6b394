// The `signal` module and the normal-context half of script signal
// handling (signals.h): running script handlers in the main thread,
// interruptible sleep. The async-signal-safe half is signal_trip.cc.
#include <poll.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <string_view>
#include <vector>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/frames/thread_state.h"
#include "runtime/objects/heap.h"
#include "runtime/objects/int_enum.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/objects/str.h"
#include "runtime/threads/signal_trip.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/threads_state.h"
#include "runtime/threads/util.h"
#include "runtime/threads/wait.h"
#include "runtime/vm/call.h"
#include "runtime/vm/gil.h"
#include "runtime/vm/interpreter.h"

namespace interp {

namespace {

constexpr int64_t kSigDfl = 0;  // signal.SIG_DFL
constexpr int64_t kSigIgn = 1;  // signal.SIG_IGN

// SIG_DFL / SIG_IGN as CPython shows them: members of signal.Handlers.
Value HandlerConst(int64_t v) {
  return Value::IntEnum(
      v, FindIntEnumMember("Handlers", v == kSigDfl ? "SIG_DFL" : "SIG_IGN"));
}

Value DefaultIntHandler(ThreadState& ts, const Value*, uint32_t, Tuple*) {
  // KeyboardInterrupt with no arguments, like CPython.
  return RaiseValue(ts, Value::Obj(RuntimeOf(ts).exc.keyboard_interrupt));
}

// The script-visible value for an OS disposition we did not install.
Value DispositionValue(int sig) {
  struct sigaction cur;
  if (sigaction(sig, nullptr, &cur) != 0) return Value::None();
  if ((cur.sa_flags & SA_SIGINFO) == 0) {
    if (cur.sa_handler == SIG_DFL) return HandlerConst(kSigDfl);
    if (cur.sa_handler == SIG_IGN) return HandlerConst(kSigIgn);
  }
  // Installed by the host or the faulthandler, not from a script.
  return Value::None();
}

// The runtime's handler table, created on first use (GIL held). Null with
// MemoryError pending.
List* HandlerTable(ThreadState& ts) {
  RuntimeState& rt = RuntimeOf(ts);
  RuntimeState::ThreadsState& st = GetThreadsState(rt);
  if (st.signal_handlers != nullptr) return st.signal_handlers;
  NativeFunction* dih =
      NewNative(ts, "signal.default_int_handler", DefaultIntHandler);
  if (dih == nullptr) return nullptr;
  st.default_int_handler = Value::Obj(dih);
  TempRoots roots(ts);
  roots.Add(st.default_int_handler);
  List* table = NewList(ts, sigtrip::kNumSignals);
  if (table == nullptr) return nullptr;
  for (int sig = 1; sig < sigtrip::kNumSignals; ++sig) {
    table->items[sig] = DispositionValue(sig);
  }
  // Slot 0 keeps default_int_handler reachable for the collector.
  table->items[0] = st.default_int_handler;
  st.signal_handlers = table;
  rt.threads_roots = Value::Obj(table);
  // The VM runs the handlers at its safe points through this hook.
  SetPendingSignalHook(rt, RunPendingSignalHandlers);
  return table;
}

bool ValidSignal(int sig) { return sig >= 1 && sig < sigtrip::kNumSignals; }

bool SignalNumberArg(ThreadState& ts, Value v, int* sig) {
  if (!ToCInt(ts, v, sig)) return false;
  if (!ValidSignal(*sig)) {
    RaiseValueError(ts, "signal number out of range");
    return false;
  }
  return true;
}

// Makes ts the receiver of script-level signals for its runtime.
void BecomeSignalThread(ThreadState& ts) {
  RuntimeState& rt = RuntimeOf(ts);
  if (rt.main_thread == nullptr) rt.main_thread = &ts;
  sigtrip::SetTarget(&ts);
}

bool IsMainThread(ThreadState& ts) {
  RuntimeState& rt = RuntimeOf(ts);
  if (rt.main_thread != nullptr) return rt.main_thread == &ts;
  return ts.is_main.load(std::memory_order_relaxed);
}

// Sets the "any pending" flag and the breaker again when handlers are left
// over (a handler raised before the scan finished).
void Rearm(ThreadState& ts, int from_sig) {
  for (int sig = from_sig; sig < sigtrip::kNumSignals; ++sig) {
    if (sigtrip::TakeTripped(sig)) {
      sigtrip::Trip(sig);
      return;
    }
  }
  (void)ts;
}

// CPython's signal.signal / getsignal are Python wrappers that pass their
// arguments through int() when it succeeds (signal.py's _enum_to_int), so
// "2" and 2.0 name SIGINT there. Same here; on ValueError/TypeError the
// original value goes on to the usual checks. Error with any other
// exception pending.
Value EnumToInt(ThreadState& ts, Value v) {
  if (v.IsIntLike() || !v.IsObject()) {
    if (!v.IsFloat()) return v;
  }
  RuntimeState& rt = RuntimeOf(ts);
  TempRoots roots(ts);
  roots.Add(v);
  Value r = CallValue(ts, Value::Obj(rt.classes.int_), &v, 1);
  if (!r.IsError()) return r;
  Value exc = ts.pending_exception;
  if (IsInstance(rt, exc, rt.exc.value_error) ||
      IsInstance(rt, exc, rt.exc.type_error)) {
    TakePendingException(ts);
    return v;
  }
  return r;
}

// --- Module functions ---

Value SignalSignal(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  Value a[2];
  if (!BindPyArgs(ts, "signal", args, nargs, kwnames, {"signalnum", "handler"},
                  2, a)) {
    return Value::Error();
  }
  TempRoots roots(ts);
  for (Value& v : a) {
    v = EnumToInt(ts, v);
    if (v.IsError()) return v;
    roots.Add(v);
  }
  int sig;
  if (!SignalNumberArg(ts, a[0], &sig)) return Value::Error();
  if (!IsMainThread(ts)) {
    return RaiseValueError(
        ts, "signal only works in main thread of the main interpreter");
  }
  Value handler = a[1];
  enum { kCallable, kDfl, kIgn } kind;
  if (handler.IsIntLike() && handler.AsInt() == kSigDfl) {
    kind = kDfl;
  } else if (handler.IsIntLike() && handler.AsInt() == kSigIgn) {
    kind = kIgn;
  } else if (IsCallable(ts, handler)) {
    kind = kCallable;
  } else {
    return RaiseTypeError(ts,
                          "signal handler must be signal.SIG_IGN, "
                          "signal.SIG_DFL, or a callable object");
  }
  List* table = HandlerTable(ts);
  if (table == nullptr) return Value::Error();
  BecomeSignalThread(ts);
  bool ok = kind == kCallable ? sigtrip::InstallHandler(sig)
                              : sigtrip::SetDisposition(
                                    sig, kind == kDfl ? SIG_DFL : SIG_IGN);
  if (!ok) return RaiseOSErrorFromErrno(ts, errno);  // SIGKILL, SIGSTOP
  Value old = table->items[sig];
  table->items[sig] = kind == kCallable
                          ? handler
                          : HandlerConst(kind == kDfl ? kSigDfl : kSigIgn);
  return old;
}

Value SignalGetsignal(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  Value a[1];
  if (!BindPyArgs(ts, "getsignal", args, nargs, kwnames, {"signalnum"}, 1, a)) {
    return Value::Error();
  }
  int sig;
  a[0] = EnumToInt(ts, a[0]);
  if (a[0].IsError()) return a[0];
  if (!SignalNumberArg(ts, a[0], &sig)) return Value::Error();
  List* table = HandlerTable(ts);
  if (table == nullptr) return Value::Error();
  return table->items[sig];
}

Value SignalRaiseSignal(ThreadState& ts, const Value* args, uint32_t nargs,
                        Tuple* kwnames) {
  if (!CheckExactArgsC(ts, "_signal.raise_signal", nargs, kwnames, 1)) {
    return Value::Error();
  }
  // No range check, like CPython: raise() itself rejects bad numbers
  // (EINVAL), and 0 is the null signal.
  int sig;
  if (!ToCInt(ts, args[0], &sig)) return Value::Error();
  if (raise(sig) != 0) return RaiseOSErrorFromErrno(ts, errno);
  // raise() delivers to this thread before returning: run the script
  // handler now, like CPython, so it appears to run inside this call.
  if (!RunPendingSignalHandlers(ts)) return Value::Error();
  return Value::None();
}

Value SignalAlarm(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  Value a[1];
  if (!BindArgs(ts, "alarm", args, nargs, kwnames, {"seconds"}, 1, 1, a)) {
    return Value::Error();
  }
  int secs;
  if (!ToCInt(ts, a[0], &secs)) return Value::Error();
  if (secs < 0) return RaiseOverflowError(ts, "seconds must be non-negative");
  return Value::Int(alarm(static_cast<unsigned>(secs)));
}

Value SignalPause(ThreadState& ts, const Value*, uint32_t nargs, Tuple*) {
  if (nargs != 0) return RaiseTypeError(ts, "pause() takes no arguments");
  {
    ActivityScope activity(ts, ThreadActivity::kNative, "signal.pause");
    BlockingRegion region(ts);
    pause();
  }
  if (!RunPendingSignalHandlers(ts)) return Value::Error();
  return Value::None();
}

Value SignalStrsignal(ThreadState& ts, const Value* args, uint32_t nargs,
                      Tuple* kwnames) {
  Value a[1];
  if (!BindArgs(ts, "strsignal", args, nargs, kwnames, {"signalnum"}, 1, 1,
                a)) {
    return Value::Error();
  }
  int sig;
  if (!SignalNumberArg(ts, a[0], &sig)) return Value::Error();
  const char* s = strsignal(sig);
  if (s == nullptr) return Value::None();
  return StrValue(ts, s);
}

struct Const {
  const char* name;
  int value;
};

// The module's integer constants, in CPython's definition order (which
// decides the canonical name of aliased signal numbers).
const std::vector<Const>& Consts() {
  static const auto* consts = new std::vector<Const>{
      {"SIGHUP", SIGHUP},
      {"SIGINT", SIGINT},
      {"SIGQUIT", SIGQUIT},
      {"SIGILL", SIGILL},
      {"SIGTRAP", SIGTRAP},
      {"SIGABRT", SIGABRT},
      {"SIGIOT", SIGIOT},
      {"SIGBUS", SIGBUS},
      {"SIGFPE", SIGFPE},
      {"SIGKILL", SIGKILL},
      {"SIGUSR1", SIGUSR1},
      {"SIGSEGV", SIGSEGV},
      {"SIGUSR2", SIGUSR2},
      {"SIGPIPE", SIGPIPE},
      {"SIGALRM", SIGALRM},
      {"SIGTERM", SIGTERM},
#ifdef SIGSTKFLT
      {"SIGSTKFLT", SIGSTKFLT},
#endif
      {"SIGCHLD", SIGCHLD},
#ifdef SIGCLD
      {"SIGCLD", SIGCLD},
#endif
      {"SIGCONT", SIGCONT},
      {"SIGSTOP", SIGSTOP},
      {"SIGTSTP", SIGTSTP},
      {"SIGTTIN", SIGTTIN},
      {"SIGTTOU", SIGTTOU},
      {"SIGURG", SIGURG},
      {"SIGXCPU", SIGXCPU},
      {"SIGXFSZ", SIGXFSZ},
      {"SIGVTALRM", SIGVTALRM},
      {"SIGPROF", SIGPROF},
      {"SIGWINCH", SIGWINCH},
      {"SIGIO", SIGIO},
      {"SIGPOLL", SIGPOLL},
      {"SIGPWR", SIGPWR},
      {"SIGSYS", SIGSYS},
#ifdef SIGRTMIN
      {"SIGRTMIN", SIGRTMIN},
      {"SIGRTMAX", SIGRTMAX},
#endif
      {"NSIG", NSIG},
      {"SIG_DFL", kSigDfl},
      {"SIG_IGN", kSigIgn},
      {"SIG_BLOCK", SIG_BLOCK},
      {"SIG_UNBLOCK", SIG_UNBLOCK},
      {"SIG_SETMASK", SIG_SETMASK},
  };
  return *consts;
}

// The value of constant `c`: an IntEnum member (signal.Signals, Handlers,
// Sigmasks) except NSIG; aliases show the first name defined for their
// number, like CPython.
Value ConstValue(const Const& c) {
  std::string_view name = c.name;
  std::string_view enum_name = name == "SIG_DFL" || name == "SIG_IGN"
                                   ? "Handlers"
                               : name.substr(0, 4) == "SIG_" ? "Sigmasks"
                                                             : "Signals";
  if (enum_name == "Signals") {
    for (const Const& first : Consts()) {
      std::string_view n = first.name;
      if (first.value == c.value && n.substr(0, 4) != "SIG_" &&
          n.substr(0, 3) == "SIG") {
        name = n;
        break;
      }
    }
  }
  return Value::IntEnum(c.value, FindIntEnumMember(enum_name, name));
}

// signal.Signals(n) / Handlers(n) / Sigmasks(n): the member with value n.
Value EnumLookup(ThreadState& ts, std::string_view enum_name, const Value* args,
                 uint32_t nargs, Tuple* kwnames) {
  if (nargs != 1 || (kwnames != nullptr && kwnames->size > 0)) {
    return RaiseFormat(ts, RuntimeOf(ts).exc.type_error,
                       "%s() takes exactly one argument", enum_name);
  }
  Value v = args[0];
  if (v.IsInt()) {
    for (const Const& c : Consts()) {
      if (c.value != v.AsInt()) continue;
      Value m = ConstValue(c);
      const IntEnumMember* mem = IntEnumMemberOf(m);
      if (mem != nullptr && mem->enum_name == enum_name) return m;
    }
  }
  TempRoots roots(ts);
  roots.Add(v);
  Value r = Repr(ts, v);
  if (r.IsError()) return r;
  return RaiseFormat(ts, RuntimeOf(ts).exc.value_error, "%s is not a valid %s",
                     As<Str>(r)->view(), enum_name);
}

Value SignalsEnum(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kwnames) {
  return EnumLookup(ts, "Signals", args, nargs, kwnames);
}
Value HandlersEnum(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  return EnumLookup(ts, "Handlers", args, nargs, kwnames);
}
Value SigmasksEnum(ThreadState& ts, const Value* args, uint32_t nargs,
                   Tuple* kwnames) {
  return EnumLookup(ts, "Sigmasks", args, nargs, kwnames);
}

Module* InitSignalModule(ThreadState& ts) {
  Object* m = NewModule(ts, "signal");
  if (m == nullptr) return nullptr;
  auto* mod = static_cast<Module*>(m);
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  List* table = HandlerTable(ts);
  if (table == nullptr) return nullptr;
  // Importing `signal` gives the CPython startup behaviour even when the
  // host did not ask for it (KeyboardInterrupt on SIGINT).
  if (IsMainThread(ts)) InstallDefaultSignalHandlers(ts);
  for (const Const& c : Consts()) {
    if (!AddValue(ts, mod, c.name, ConstValue(c))) return nullptr;
  }
  RuntimeState::ThreadsState& st = GetThreadsState(RuntimeOf(ts));
  if (!AddValue(ts, mod, "default_int_handler", st.default_int_handler) ||
      // Keeps the table reachable while the module lives, whatever the
      // collector's root set.
      !AddValue(ts, mod, "_handlers", Value::Obj(table)) ||
      !AddFunction(ts, mod, "signal", SignalSignal) ||
      !AddFunction(ts, mod, "getsignal", SignalGetsignal) ||
      !AddFunction(ts, mod, "raise_signal", SignalRaiseSignal) ||
      !AddFunction(ts, mod, "alarm", SignalAlarm) ||
      !AddFunction(ts, mod, "pause", SignalPause) ||
      !AddFunction(ts, mod, "strsignal", SignalStrsignal) ||
      !AddFunction(ts, mod, "Signals", SignalsEnum) ||
      !AddFunction(ts, mod, "Handlers", HandlersEnum) ||
      !AddFunction(ts, mod, "Sigmasks", SigmasksEnum)) {
    return nullptr;
  }
  return mod;
}

}  // namespace

INTERP_REGISTER_BUILTIN_MODULE("signal", InitSignalModule);

// --- signals.h ---

void InstallDefaultSignalHandlers(ThreadState& main) {
  List* table = HandlerTable(main);
  if (table == nullptr) {
    TakePendingException(main);
    return;
  }
  BecomeSignalThread(main);
  RuntimeState::ThreadsState& st = GetThreadsState(RuntimeOf(main));
  // Only take over signals still at their default: a host (or a shell
  // starting us in the background with SIGINT ignored) decides otherwise.
  if (!sigtrip::HandlerInstalled(SIGINT) &&
      table->items[SIGINT].Is(Value::Int(kSigDfl))) {
    if (sigtrip::InstallHandler(SIGINT)) {
      table->items[SIGINT] = st.default_int_handler;
    }
  }
  // Like CPython: a write to a closed pipe raises BrokenPipeError instead
  // of killing the process.
  if (table->items[SIGPIPE].Is(Value::Int(kSigDfl))) {
    if (sigtrip::SetDisposition(SIGPIPE, SIG_IGN)) {
      table->items[SIGPIPE] = HandlerConst(kSigIgn);
    }
  }
}

void RestoreSignalHandlers(ThreadState& ts) {
  if (sigtrip::Target() == &ts ||
      (sigtrip::Target() != nullptr &&
       sigtrip::Target()->runtime.load(std::memory_order_relaxed) ==
           ts.runtime.load(std::memory_order_relaxed))) {
    sigtrip::SetTarget(nullptr);
    sigtrip::RestoreAll();
  }
}

bool IsSignalThread(const ThreadState& ts) { return sigtrip::Target() == &ts; }

bool SignalsPending(const ThreadState& ts) {
  return sigtrip::Target() == &ts && sigtrip::AnyTripped();
}

bool RunPendingSignalHandlers(ThreadState& ts) {
  // Cleared first, so that a signal arriving during the scan sets it again
  // (and a thread that stopped being the target does not see it forever).
  ts.eval_breaker.fetch_and(~kBreakSignalsPending, std::memory_order_relaxed);
  if (!IsSignalThread(ts)) return true;
  if (!sigtrip::AnyTripped()) return true;
  sigtrip::ClearAnyTripped();
  sigtrip::DrainWakeupFd();
  RuntimeState& rt = RuntimeOf(ts);
  RuntimeState::ThreadsState* st = rt.threads.get();
  List* table = st != nullptr ? st->signal_handlers : nullptr;
  for (int sig = 1; sig < sigtrip::kNumSignals; ++sig) {
    if (!sigtrip::TakeTripped(sig)) continue;
    Value handler = Value::None();
    if (table != nullptr) {
      handler = table->items[sig];
    } else if (sig == SIGINT) {
      DefaultIntHandler(ts, nullptr, 0, nullptr);
      Rearm(ts, sig + 1);
      return false;
    }
    // SIG_DFL / SIG_IGN / None: the script changed its mind after the
    // signal arrived; nothing to run.
    if (!handler.IsObject()) continue;
    TempRoots roots(ts);
    roots.Add(handler);
    // The frame argument is None: frames are not script objects here.
    Value args[2] = {Value::Int(sig), Value::None()};
    Value r = CallValue(ts, handler, args, 2);
    if (r.IsError()) {
      Rearm(ts, sig + 1);
      return false;
    }
  }
  return true;
}

bool CheckSignalsAfterEintr(ThreadState& ts) {
  return RunPendingSignalHandlers(ts);
}

bool SleepInterruptibly(ThreadState& ts, double seconds) {
  if (std::isnan(seconds)) {
    RaiseValueError(ts, "Invalid value NaN (not a number)");
    return false;
  }
  if (seconds < 0) {
    RaiseValueError(ts, "sleep length must be non-negative");
    return false;
  }
  SteadyClock::time_point deadline = DeadlineAfter(seconds);
  const bool signals = IsSignalThread(ts);
  // A script signal handler run between slices shows as its own frames on
  // top; the published state stays "sleeping" meanwhile.
  ActivityScope activity(ts, ThreadActivity::kSleeping, "time.sleep");
  for (;;) {
    bool done = false;
    bool host_stop = false;
    {
      BlockingRegion region(ts);
      for (;;) {
        if (signals && SignalsPending(ts)) break;
        HostPoll poll = PollHostStop(ts, region);
        // Abandoned: leaving the region parks this thread for good.
        if (poll == HostPoll::kAbandoned) break;
        if (poll == HostPoll::kStop) {
          host_stop = true;
          break;
        }
        auto left = deadline - SteadyClock::now();
        if (left <= SteadyClock::duration::zero()) {
          done = true;
          break;
        }
        // In slices, so that the host's Interrupt() or deadline is seen.
        left = std::min<SteadyClock::duration>(left, kSignalPollSlice);
        auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(left);
        struct timespec rel;
        rel.tv_sec = static_cast<time_t>(ns.count() / 1000000000);
        rel.tv_nsec = static_cast<long>(ns.count() % 1000000000);
        if (signals) {
          // The handler writes to the self-pipe even when the signal went
          // to another thread, which would not interrupt a plain sleep.
          struct pollfd pfd = {sigtrip::WakeupFd(), POLLIN, 0};
          if (pfd.fd >= 0) {
            if (ppoll(&pfd, 1, &rel, nullptr) > 0) sigtrip::DrainWakeupFd();
            continue;
          }
        }
        nanosleep(&rel, nullptr);  // EINTR: loop and recompute
      }
    }
    if (done) return true;
    if (host_stop) return RaiseHostStop(ts);
    if (!RunPendingSignalHandlers(ts)) return false;
  }
}

}  // namespace interp
