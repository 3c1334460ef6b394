// The process functions of the `os` module (fork, waitpid and the W*
// status macros, kill, getpid), added by the os module's init through
// AddOsProcessFunctions.
#include "runtime/threads/os_process.h"

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/file.h"
#include "runtime/frames/thread_state.h"
#include "runtime/objects/tuple.h"
#include "runtime/threads/fork.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/util.h"
#include "runtime/vm/gil.h"

namespace interp {

namespace {

Value OsFork(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kwnames) {
  // Output still buffered in file objects must not be written twice.
  builtins::FlushAllFiles(ts);
  if (!CheckNoArgsC(ts, "posix.fork", nargs, kwnames)) return Value::Error();
  pid_t pid = ForkProcess(ts);
  if (pid < 0) return RaiseOSErrorFromErrno(ts, errno);
  return Value::Int(pid);
}

Value OsWaitpid(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  if (!CheckExactArgsC(ts, "waitpid", nargs, kwnames, 2)) return Value::Error();
  const Value* a = args;
  int pid, options;
  if (!ToPid(ts, a[0], &pid) || !ToCInt(ts, a[1], &options)) {
    return Value::Error();
  }
  for (;;) {
    int status = 0;
    pid_t r;
    int err;
    {
      ActivityScope activity(ts, ThreadActivity::kNative, "os.waitpid");
      BlockingRegion region(ts);
      r = waitpid(pid, &status, options);
      err = errno;
    }
    if (r >= 0) {
      Tuple* t = NewTuple(ts, 2);
      if (t == nullptr) return Value::Error();
      t->items[0] = Value::Int(r);
      t->items[1] = Value::Int(status);
      return Value::Obj(t);
    }
    if (err != EINTR) return RaiseOSErrorFromErrno(ts, err);
    // PEP 475: run the handlers; retry unless one raised.
    if (!CheckSignalsAfterEintr(ts)) return Value::Error();
  }
}

// The W* macros take the status word from waitpid. Each has its own
// native (rather than one template per result type) so that argument
// errors name the function, like CPython's.
bool StatusArg(ThreadState& ts, const char* name, const Value* args,
               uint32_t nargs, Tuple* kwnames, int* status) {
  Value a[1];
  return BindArgs(ts, name, args, nargs, kwnames, {"status"}, 1, 1, a) &&
         ToCInt(ts, a[0], status);
}

#define INTERP_STATUS_FN(NAME, MAKE)                                 \
  Value Os##NAME(ThreadState& ts, const Value* args, uint32_t nargs, \
                 Tuple* kwnames) {                                   \
    int s;                                                           \
    if (!StatusArg(ts, #NAME, args, nargs, kwnames, &s)) {           \
      return Value::Error();                                         \
    }                                                                \
    return MAKE(NAME(s));                                            \
  }

Value MakeBool(int v) { return Value::Bool(v != 0); }
Value MakeInt(int v) { return Value::Int(v); }

INTERP_STATUS_FN(WIFSIGNALED, MakeBool)
INTERP_STATUS_FN(WIFEXITED, MakeBool)
INTERP_STATUS_FN(WIFSTOPPED, MakeBool)
INTERP_STATUS_FN(WTERMSIG, MakeInt)
INTERP_STATUS_FN(WEXITSTATUS, MakeInt)
INTERP_STATUS_FN(WSTOPSIG, MakeInt)
#undef INTERP_STATUS_FN

Value OsKill(ThreadState& ts, const Value* args, uint32_t nargs,
             Tuple* kwnames) {
  if (!CheckExactArgsC(ts, "kill", nargs, kwnames, 2)) return Value::Error();
  const Value* a = args;
  int pid, sig;
  if (!ToPid(ts, a[0], &pid) || !ToCInt(ts, a[1], &sig)) {
    return Value::Error();
  }
  if (kill(pid, sig) != 0) return RaiseOSErrorFromErrno(ts, errno);
  // A signal sent to our own process is normally delivered before kill()
  // returns: run its script handler now, like CPython.
  if (!RunPendingSignalHandlers(ts)) return Value::Error();
  return Value::None();
}

Value OsGetpid(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kwnames) {
  if (!CheckNoArgsC(ts, "posix.getpid", nargs, kwnames)) return Value::Error();
  return Value::Int(getpid());
}

Value OsGetppid(ThreadState& ts, const Value*, uint32_t nargs, Tuple* kwnames) {
  if (!CheckNoArgsC(ts, "posix.getppid", nargs, kwnames)) {
    return Value::Error();
  }
  return Value::Int(getppid());
}

}  // namespace

void AddOsProcessFunctions(ThreadState& ts, Module* m) {
  struct Fn {
    const char* name;
    NativeFn fn;
  };
  static const Fn kFns[] = {
      {"fork", OsFork},           {"waitpid", OsWaitpid},
      {"kill", OsKill},           {"getpid", OsGetpid},
      {"getppid", OsGetppid},     {"WIFSIGNALED", OsWIFSIGNALED},
      {"WIFEXITED", OsWIFEXITED}, {"WIFSTOPPED", OsWIFSTOPPED},
      {"WTERMSIG", OsWTERMSIG},   {"WEXITSTATUS", OsWEXITSTATUS},
      {"WSTOPSIG", OsWSTOPSIG},
  };
  for (const Fn& f : kFns) {
    if (!AddFunction(ts, m, f.name, f.fn)) return;
  }
  AddValue(ts, m, "WNOHANG", Value::Int(WNOHANG));
  AddValue(ts, m, "WUNTRACED", Value::Int(WUNTRACED));
}

}  // namespace interp
