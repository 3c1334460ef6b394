// The process functions of the `os` module (fork, waitpid and the W*
// status macros, kill, getpid), added by the os module's init through
// AddOsProcessFunctions (runtime/modules/os_module.h).
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#if __has_include("runtime/modules/os_module.h")
#include "runtime/modules/os_module.h"
#endif
#include "runtime/builtin_modules.h"
#include "runtime/errors.h"
#include "runtime/gil.h"
#include "runtime/threads/fork.h"
#include "runtime/threads/signals.h"
#include "runtime/threads/util.h"
#include "runtime/tuple.h"

namespace interp {

void AddOsProcessFunctions(ThreadState& ts, Module* m);

namespace {

Value OsFork(ThreadState& ts, const Value*, uint32_t nargs, Tuple*) {
  if (nargs != 0) return RaiseTypeError(ts, "fork() takes no arguments");
  pid_t pid = ForkProcess(ts);
  if (pid < 0) return RaiseOSErrorFromErrno(ts, errno);
  return Value::Int(pid);
}

Value OsWaitpid(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  Value a[2];
  if (!BindArgs(ts, "waitpid", args, nargs, kwnames, {"pid", "options"}, 2, 2,
                a)) {
    return Value::Error();
  }
  int pid, options;
  if (!ToCInt(ts, a[0], &pid) || !ToCInt(ts, a[1], &options)) {
    return Value::Error();
  }
  for (;;) {
    int status = 0;
    pid_t r;
    int err;
    {
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

// The W* macros take the status word from waitpid.
int DoWifsignaled(int s) { return WIFSIGNALED(s); }
int DoWifexited(int s) { return WIFEXITED(s); }
int DoWifstopped(int s) { return WIFSTOPPED(s); }
int DoWtermsig(int s) { return WTERMSIG(s); }
int DoWexitstatus(int s) { return WEXITSTATUS(s); }
int DoWstopsig(int s) { return WSTOPSIG(s); }

template <int (*Fn)(int)>
Value BoolStatus(ThreadState& ts, const Value* args, uint32_t nargs,
                 Tuple* kwnames) {
  Value a[1];
  if (!BindArgs(ts, "status function", args, nargs, kwnames, {"status"}, 1, 1,
                a)) {
    return Value::Error();
  }
  int status;
  if (!ToCInt(ts, a[0], &status)) return Value::Error();
  return Value::Bool(Fn(status) != 0);
}

template <int (*Fn)(int)>
Value IntStatus(ThreadState& ts, const Value* args, uint32_t nargs,
                Tuple* kwnames) {
  Value a[1];
  if (!BindArgs(ts, "status function", args, nargs, kwnames, {"status"}, 1, 1,
                a)) {
    return Value::Error();
  }
  int status;
  if (!ToCInt(ts, a[0], &status)) return Value::Error();
  return Value::Int(Fn(status));
}

Value OsKill(ThreadState& ts, const Value* args, uint32_t nargs,
             Tuple* kwnames) {
  Value a[2];
  if (!BindArgs(ts, "kill", args, nargs, kwnames, {"pid", "signal"}, 2, 2, a)) {
    return Value::Error();
  }
  int pid, sig;
  if (!ToCInt(ts, a[0], &pid) || !ToCInt(ts, a[1], &sig)) {
    return Value::Error();
  }
  if (kill(pid, sig) != 0) return RaiseOSErrorFromErrno(ts, errno);
  // A signal sent to our own process is normally delivered before kill()
  // returns: run its script handler now, like CPython.
  if (!RunPendingSignalHandlers(ts)) return Value::Error();
  return Value::None();
}

Value OsGetpid(ThreadState& ts, const Value*, uint32_t nargs, Tuple*) {
  if (nargs != 0) return RaiseTypeError(ts, "getpid() takes no arguments");
  return Value::Int(getpid());
}

Value OsGetppid(ThreadState& ts, const Value*, uint32_t nargs, Tuple*) {
  if (nargs != 0) return RaiseTypeError(ts, "getppid() takes no arguments");
  return Value::Int(getppid());
}

}  // namespace

void AddOsProcessFunctions(ThreadState& ts, Module* m) {
  struct Fn {
    const char* name;
    NativeFn fn;
  };
  static const Fn kFns[] = {
      {"fork", OsFork},
      {"waitpid", OsWaitpid},
      {"kill", OsKill},
      {"getpid", OsGetpid},
      {"getppid", OsGetppid},
      {"WIFSIGNALED", BoolStatus<DoWifsignaled>},
      {"WIFEXITED", BoolStatus<DoWifexited>},
      {"WIFSTOPPED", BoolStatus<DoWifstopped>},
      {"WTERMSIG", IntStatus<DoWtermsig>},
      {"WEXITSTATUS", IntStatus<DoWexitstatus>},
      {"WSTOPSIG", IntStatus<DoWstopsig>},
  };
  for (const Fn& f : kFns) {
    if (!AddFunction(ts, m, f.name, f.fn)) return;
  }
  AddValue(ts, m, "WNOHANG", Value::Int(WNOHANG));
  AddValue(ts, m, "WUNTRACED", Value::Int(WUNTRACED));
}

}  // namespace interp
