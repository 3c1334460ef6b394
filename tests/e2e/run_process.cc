#include "tests/e2e/run_process.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <string>
#include <vector>

#include "absl/cleanup/cleanup.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

extern char** environ;

namespace interp::testing {
namespace {

absl::Status ErrnoStatus(absl::string_view what, int err) {
  return absl::InternalError(absl::StrCat(what, ": ", std::strerror(err)));
}

void CloseFd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

// Builds a NULL-terminated char* array over `strings`, which must outlive it.
std::vector<char*> CStringArray(const std::vector<std::string>& strings) {
  std::vector<char*> out;
  out.reserve(strings.size() + 1);
  for (const std::string& s : strings)
    out.push_back(const_cast<char*>(s.c_str()));
  out.push_back(nullptr);
  return out;
}

// Runs in the forked child until exec: only async-signal-safe calls, since
// the parent (a test binary) may have other threads.
[[noreturn]] void ExecChild(int stdin_fd, int stdout_fd, int stderr_fd,
                            int error_fd, const char* cwd, char* const* argv,
                            char* const* envp) {
  setpgid(0, 0);
  // The parent ignores SIGPIPE; an ignored disposition survives exec, and
  // the child must see the default one.
  struct sigaction dfl;
  std::memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  sigaction(SIGPIPE, &dfl, nullptr);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  if (dup2(stdin_fd, 0) < 0 || dup2(stdout_fd, 1) < 0 ||
      dup2(stderr_fd, 2) < 0 || (cwd != nullptr && chdir(cwd) != 0)) {
    int err = errno;
    (void)!write(error_fd, &err, sizeof err);
    _exit(127);
  }
  execve(argv[0], argv, envp);
  int err = errno;
  (void)!write(error_fd, &err, sizeof err);
  _exit(127);
}

}  // namespace

absl::StatusOr<ProcessResult> RunProcess(const ProcessOptions& options) {
  if (options.argv.empty()) return absl::InvalidArgumentError("empty argv");
  // A child that exits before reading all of stdin must not kill us.
  signal(SIGPIPE, SIG_IGN);

  // Everything the child needs is prepared before fork.
  std::vector<char*> argv = CStringArray(options.argv);
  std::vector<char*> envp;
  if (options.env.has_value()) envp = CStringArray(*options.env);
  char* const* env_ptr = options.env.has_value() ? envp.data() : environ;
  const char* cwd = options.cwd.empty() ? nullptr : options.cwd.c_str();

  int in_pipe[2] = {-1, -1}, out_pipe[2] = {-1, -1}, err_pipe[2] = {-1, -1},
      exec_pipe[2] = {-1, -1};
  absl::Cleanup close_all = [&] {
    for (int* p : {in_pipe, out_pipe, err_pipe, exec_pipe}) {
      CloseFd(p[0]);
      CloseFd(p[1]);
    }
  };
  for (int* p : {in_pipe, out_pipe, err_pipe, exec_pipe}) {
    if (pipe2(p, O_CLOEXEC) != 0) return ErrnoStatus("pipe2", errno);
  }

  pid_t pid = fork();
  if (pid < 0) return ErrnoStatus("fork", errno);
  if (pid == 0) {
    ExecChild(in_pipe[0], out_pipe[1], err_pipe[1], exec_pipe[1], cwd,
              argv.data(), env_ptr);
  }
  // Also set from the parent, so that a kill right after fork cannot miss.
  setpgid(pid, pid);
  CloseFd(in_pipe[0]);
  CloseFd(out_pipe[1]);
  CloseFd(err_pipe[1]);
  CloseFd(exec_pipe[1]);

  int exec_errno = 0;
  ssize_t n = read(exec_pipe[0], &exec_errno, sizeof exec_errno);
  if (n == sizeof exec_errno) {
    waitpid(pid, nullptr, 0);
    return ErrnoStatus(absl::StrCat("exec ", options.argv[0]), exec_errno);
  }

  ProcessResult result;
  fcntl(in_pipe[1], F_SETFL, O_NONBLOCK);
  size_t written = 0;
  if (options.stdin_data.empty()) CloseFd(in_pipe[1]);
  const absl::Time deadline = absl::Now() + options.timeout;
  char buf[65536];
  while (out_pipe[0] >= 0 || err_pipe[0] >= 0) {
    absl::Duration left = deadline - absl::Now();
    if (left <= absl::ZeroDuration()) {
      result.timed_out = true;
      kill(-pid, SIGKILL);
      break;
    }
    struct pollfd fds[3];
    int nfds = 0;
    for (int fd : {out_pipe[0], err_pipe[0]}) {
      fds[nfds++] = {fd, POLLIN, 0};  // fd -1 is ignored by poll
    }
    fds[nfds++] = {in_pipe[1], POLLOUT, 0};
    int ms = static_cast<int>(absl::ToInt64Milliseconds(left)) + 1;
    int ready = poll(fds, nfds, ms);
    if (ready < 0) {
      if (errno == EINTR) continue;
      kill(-pid, SIGKILL);
      waitpid(pid, nullptr, 0);
      return ErrnoStatus("poll", errno);
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      ssize_t got = read(fds[i].fd, buf, sizeof buf);
      if (got > 0) {
        (i == 0 ? result.stdout_data : result.stderr_data).append(buf, got);
      } else if (got == 0 || errno != EINTR) {
        CloseFd(i == 0 ? out_pipe[0] : err_pipe[0]);
      }
    }
    if (in_pipe[1] >= 0 && fds[2].revents != 0) {
      ssize_t put = write(in_pipe[1], options.stdin_data.data() + written,
                          options.stdin_data.size() - written);
      if (put > 0) written += put;
      if ((put < 0 && errno != EAGAIN && errno != EINTR) ||
          written == options.stdin_data.size()) {
        CloseFd(in_pipe[1]);  // done, or the child closed its end (EPIPE)
      }
    }
  }
  CloseFd(in_pipe[1]);

  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0) {
    if (errno != EINTR) return ErrnoStatus("waitpid", errno);
  }
  if (WIFSIGNALED(wstatus)) {
    result.status = -WTERMSIG(wstatus);
  } else {
    result.status = WEXITSTATUS(wstatus);
  }
  return result;
}

}  // namespace interp::testing
