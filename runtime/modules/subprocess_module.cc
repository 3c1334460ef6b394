// `_subprocess`, the native half of subprocess (runtime/lib/subprocess.py):
// starting a child with posix_spawn (a vfork-style clone: cheap however big
// the heap is), waiting for it, and exchanging data with it through pipes.
// Every wait releases the global lock and wakes at least every few
// milliseconds to honour the host's limits and Ctrl-C, so a script stuck
// on a child can still be stopped.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/builtins/builtin_modules.h"
#include "runtime/builtins/errors.h"
#include "runtime/builtins/factories.h"
#include "runtime/builtins/file.h"
#include "runtime/builtins/internal.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/list.h"
#include "runtime/objects/protocols.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"
#include "runtime/threads/signals.h"
#include "runtime/vm/gil.h"
#include "runtime/vm/native_poll.h"

extern char** environ;

namespace interp {
namespace builtins {
namespace {

int64_t NowNs() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

bool StrList(ThreadState& ts, const char* what, Value v,
             std::vector<std::string>* out) {
  if (!IsKind(v, ObjKind::kList)) {
    RaiseFormat(ts, Rt(ts).exc.type_error, "%s must be a list", what);
    return false;
  }
  List* l = As<List>(v);
  for (uint32_t i = 0; i < l->size; ++i) {
    if (!IsStr(l->items[i])) {
      RaiseFormat(ts, Rt(ts).exc.type_error,
                  "expected str, bytes or os.PathLike object, not %s",
                  TypeName(ts, l->items[i]));
      return false;
    }
    std::string s(AsStr(l->items[i])->view());
    if (s.find('\0') != std::string::npos) {
      RaiseValueError(ts, "embedded null byte");
      return false;
    }
    out->push_back(std::move(s));
  }
  return true;
}

std::vector<char*> CArray(std::vector<std::string>& strs) {
  std::vector<char*> out;
  out.reserve(strs.size() + 1);
  for (std::string& s : strs) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// spawn(candidates, argv, env, cwd, stdin_fd, stdout_fd, stderr_fd,
//       err_name) -> pid
// `candidates`: the executable paths to try in order (PATH already
// searched by the caller); fd -1 inherits, stderr_fd -2 joins stdout.
// On failure raises the errno of the last candidate, naming `err_name`.
Value Spawn(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "spawn", kw) || !CheckArgCount(ts, "spawn", nargs, 8, 8)) {
    return Value::Error();
  }
  // The child may read what dropped file objects still buffer.
  FlushAllFiles(ts);
  std::vector<std::string> candidates, argv, env;
  if (!StrList(ts, "candidates", args[0], &candidates) ||
      !StrList(ts, "argv", args[1], &argv) ||
      (!args[2].IsNone() && !StrList(ts, "env", args[2], &env))) {
    return Value::Error();
  }
  std::string cwd;
  bool has_cwd = !args[3].IsNone();
  if (has_cwd) {
    if (!IsStr(args[3])) return RaiseTypeError(ts, "cwd must be str");
    cwd = std::string(AsStr(args[3])->view());
  }
  int fds[3];
  for (int i = 0; i < 3; ++i) {
    int64_t v;
    if (!ToInt64(ts, args[4 + i], &v)) return Value::Error();
    fds[i] = static_cast<int>(v);
  }
  std::string err_name =
      IsStr(args[7]) ? std::string(AsStr(args[7])->view()) : "";
  std::vector<char*> cargv = CArray(argv);
  std::vector<char*> cenv = CArray(env);
  char** envp = args[2].IsNone() ? environ : cenv.data();

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  for (int i = 0; i < 2; ++i) {
    if (fds[i] >= 0) posix_spawn_file_actions_adddup2(&actions, fds[i], i);
  }
  if (fds[2] == -2) {
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
  } else if (fds[2] >= 0) {
    posix_spawn_file_actions_adddup2(&actions, fds[2], 2);
  }
  if (has_cwd) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  // The child starts with no blocked signals and default handling of the
  // signals the runtime ignores (CPython's restore_signals).
  sigset_t empty, defaults;
  sigemptyset(&empty);
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  sigaddset(&defaults, SIGXFSZ);
  posix_spawnattr_setsigmask(&attr, &empty);
  posix_spawnattr_setsigdefault(&attr, &defaults);
  posix_spawnattr_setflags(&attr,
                           POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid = -1;
  int err = ENOENT;
  for (const std::string& path : candidates) {
    // Each failed spawn clones and resets every signal in the child (over a
    // hundred system calls), so a PATH search skips the candidates that are
    // not there with one access() each. Relative paths resolve against the
    // child's cwd, which may differ: those are always spawned.
    if (path[0] == '/' && access(path.c_str(), F_OK) != 0 &&
        (errno == ENOENT || errno == ENOTDIR)) {
      err = errno;
      continue;
    }
    err = posix_spawn(&pid, path.c_str(), &actions, &attr, cargv.data(), envp);
    if (err == 0) break;
    // Like execvpe: keep looking after "not there", stop at other errors.
    if (err != ENOENT && err != ENOTDIR) break;
  }
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  if (err != 0) return RaiseOSError(ts, err, err_name, true);
  return Value::Int(pid);
}

// The exit status as Popen.returncode: the code, or -signal.
int64_t ReturnCode(int status) {
  if (WIFSIGNALED(status)) return -WTERMSIG(status);
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return status;
}

// Sleeps `ns` without the lock, then runs signal handlers and checks the
// host's limits. False with an exception pending.
bool PauseAndPoll(ThreadState& ts, NativePoll& poll, int64_t ns) {
  if (!SleepInterruptibly(ts, static_cast<double>(ns) / 1e9)) return false;
  return poll.Advance(1);
}

// wait(pid, timeout) -> returncode, or None when `timeout` (seconds; < 0
// for none) passes first.
Value Wait(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "wait", kw) || !CheckArgCount(ts, "wait", nargs, 2, 2)) {
    return Value::Error();
  }
  int64_t pid;
  double timeout;
  if (!ToInt64(ts, args[0], &pid) || !ToDouble(ts, args[1], &timeout)) {
    return Value::Error();
  }
  int64_t deadline =
      timeout < 0 ? -1 : NowNs() + static_cast<int64_t>(timeout * 1e9);
  NativePoll poll(ts);
  // A pidfd becomes readable when the child exits: wait on it, waking
  // every 20ms for the host's limits and signals. Without pidfds (old
  // kernels), poll waitpid with a short, growing pause.
  int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  if (pidfd >= 0) {
    for (;;) {
      int status = 0;
      pid_t r = waitpid(static_cast<pid_t>(pid), &status, WNOHANG);
      if (r == static_cast<pid_t>(pid)) {
        close(pidfd);
        return Value::Int(ReturnCode(status));
      }
      if (r < 0 && errno != EINTR) {
        int err = errno;
        close(pidfd);
        return RaiseOSError(ts, err);
      }
      int64_t now = NowNs();
      if (deadline >= 0 && now >= deadline) {
        close(pidfd);
        return Value::None();
      }
      int wait_ms = 20;
      if (deadline >= 0) {
        wait_ms = static_cast<int>(
            std::min<int64_t>(wait_ms, (deadline - now) / 1000000 + 1));
      }
      pollfd pfd = {pidfd, POLLIN, 0};
      int pr;
      {
        BlockingRegion region(ts);
        pr = ::poll(&pfd, 1, wait_ms);
      }
      if ((pr < 0 && !CheckSignalsAfterEintr(ts)) || !poll.Advance(1)) {
        close(pidfd);
        return Value::Error();
      }
    }
  }
  int64_t pause = 20000;  // 20us, doubling to 5ms: quick children cost little
  for (;;) {
    int status = 0;
    pid_t r = waitpid(static_cast<pid_t>(pid), &status, WNOHANG);
    if (r == static_cast<pid_t>(pid)) return Value::Int(ReturnCode(status));
    if (r < 0) {
      if (errno == EINTR) continue;
      return RaiseOSError(ts, errno);
    }
    int64_t now = NowNs();
    if (deadline >= 0 && now >= deadline) return Value::None();
    int64_t step = pause;
    if (deadline >= 0) step = std::min(step, deadline - now);
    if (!PauseAndPoll(ts, poll, step)) return Value::Error();
    pause = std::min<int64_t>(pause * 2, 5000000);
  }
}

// poll(pid) -> returncode or None, without waiting.
Value PollChild(ThreadState& ts, const Value* args, uint32_t nargs, Tuple* kw) {
  if (!NoKwargs(ts, "poll", kw) || !CheckArgCount(ts, "poll", nargs, 1, 1)) {
    return Value::Error();
  }
  int64_t pid;
  if (!ToInt64(ts, args[0], &pid)) return Value::Error();
  int status = 0;
  pid_t r = waitpid(static_cast<pid_t>(pid), &status, WNOHANG);
  if (r == static_cast<pid_t>(pid)) return Value::Int(ReturnCode(status));
  if (r < 0 && errno == ECHILD) return Value::None();
  if (r < 0) return RaiseOSError(ts, errno);
  return Value::None();
}

// communicate(in_fd, input, out_fd, err_fd, timeout) ->
//   (out, err, timed_out)
// Writes `input` to in_fd (then closes it) while reading out_fd and err_fd
// to EOF; -1 for an fd not piped. Stops early when `timeout` (seconds,
// < 0 for none) passes, returning what was read so far.
Value Communicate(ThreadState& ts, const Value* args, uint32_t nargs,
                  Tuple* kw) {
  if (!NoKwargs(ts, "communicate", kw) ||
      !CheckArgCount(ts, "communicate", nargs, 5, 5)) {
    return Value::Error();
  }
  int64_t in_fd, out_fd, err_fd;
  double timeout;
  if (!ToInt64(ts, args[0], &in_fd) || !ToInt64(ts, args[2], &out_fd) ||
      !ToInt64(ts, args[3], &err_fd) || !ToDouble(ts, args[4], &timeout)) {
    return Value::Error();
  }
  // The bytes to send (subprocess.py encodes text); copied, since a
  // bytearray may change while the lock is released.
  std::string input;
  std::string_view input_view;
  if (GetBuffer(args[1], &input_view)) {
    input = std::string(input_view);
  } else if (!args[1].IsNone()) {
    return RaiseFormat(ts, Rt(ts).exc.type_error,
                       "memoryview: a bytes-like object is required, not '%s'",
                       TypeName(ts, args[1]));
  }
  size_t written = 0;
  if (in_fd >= 0 && input.empty()) {
    close(static_cast<int>(in_fd));
    in_fd = -1;
  }
  std::string out, err;
  int64_t deadline =
      timeout < 0 ? -1 : NowNs() + static_cast<int64_t>(timeout * 1e9);
  NativePoll poll(ts);
  bool timed_out = false;
  while (in_fd >= 0 || out_fd >= 0 || err_fd >= 0) {
    pollfd pfds[3];
    int n = 0;
    int in_idx = -1, out_idx = -1, err_idx = -1;
    if (in_fd >= 0) {
      pfds[n] = {static_cast<int>(in_fd), POLLOUT, 0};
      in_idx = n++;
    }
    if (out_fd >= 0) {
      pfds[n] = {static_cast<int>(out_fd), POLLIN, 0};
      out_idx = n++;
    }
    if (err_fd >= 0) {
      pfds[n] = {static_cast<int>(err_fd), POLLIN, 0};
      err_idx = n++;
    }
    int wait_ms = 20;  // wake to honour limits and signals
    if (deadline >= 0) {
      int64_t left = deadline - NowNs();
      if (left <= 0) {
        timed_out = true;
        break;
      }
      wait_ms =
          static_cast<int>(std::min<int64_t>(wait_ms, left / 1000000 + 1));
    }
    int r;
    {
      BlockingRegion region(ts);
      r = ::poll(pfds, static_cast<nfds_t>(n), wait_ms);
    }
    if (r < 0 && errno != EINTR) return RaiseOSError(ts, errno);
    if (!poll.Advance(1)) return Value::Error();
    if (r <= 0) {
      if (!CheckSignalsAfterEintr(ts)) return Value::Error();
      continue;
    }
    char buf[1 << 16];
    auto drain = [&](int idx, int64_t* fd, std::string* sink) -> bool {
      if (idx < 0 || pfds[idx].revents == 0) return true;
      ssize_t got;
      {
        BlockingRegion region(ts);
        got = read(static_cast<int>(*fd), buf, sizeof buf);
      }
      if (got > 0) {
        if (!CheckResultSize(ts, sink->size() + static_cast<size_t>(got))) {
          return false;
        }
        sink->append(buf, static_cast<size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        *fd = -1;  // EOF (the Python side closes its file)
      }
      return true;
    };
    if (!drain(out_idx, &out_fd, &out) || !drain(err_idx, &err_fd, &err)) {
      return Value::Error();
    }
    if (in_idx >= 0 && pfds[in_idx].revents != 0) {
      ssize_t w;
      {
        BlockingRegion region(ts);
        w = write(static_cast<int>(in_fd), input.data() + written,
                  std::min<size_t>(input.size() - written, 1 << 16));
      }
      if (w > 0) written += static_cast<size_t>(w);
      if ((w < 0 && errno != EINTR && errno != EAGAIN) ||
          written >= input.size()) {
        // EPIPE: the child stopped reading; CPython ignores it too.
        close(static_cast<int>(in_fd));
        in_fd = -1;
      }
    }
  }
  Value items[3] = {BytesValue(ts, out), Value::None(), Value::Bool(timed_out)};
  if (items[0].IsError()) return Value::Error();
  TempRoots roots(ts);
  roots.Add(items[0]);
  items[1] = BytesValue(ts, err);
  if (items[1].IsError()) return Value::Error();
  roots.Add(items[1]);
  Tuple* t = NewTupleFrom(ts, items, 3);
  return t != nullptr ? Value::Obj(t) : Value::Error();
}

}  // namespace

Module* InitSubprocessModule(ThreadState& ts) {
  auto* m = static_cast<Module*>(NewModule(ts, "_subprocess"));
  if (m == nullptr) return nullptr;
  TempRoots roots(ts);
  roots.Add(Value::Obj(m));
  static constexpr MethodDef kFunctions[] = {
      {"spawn", Spawn},
      {"wait", Wait},
      {"poll", PollChild},
      {"communicate", Communicate},
  };
  for (const MethodDef& def : kFunctions) {
    if (!AddFunction(ts, m, def.name, def.fn)) return nullptr;
  }
  return m;
}

INTERP_REGISTER_BUILTIN_MODULE("_subprocess", InitSubprocessModule);

}  // namespace builtins
}  // namespace interp
