// Helpers for faulthandler tests: capture what a descriptor receives, run a
// crashing scenario in a forked child, match reports with anchored regexes.
#ifndef INTERP_TESTS_FAULTHANDLER_TEST_UTIL_H_
#define INTERP_TESTS_FAULTHANDLER_TEST_UTIL_H_

#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <regex>
#include <string>

#include "absl/strings/str_format.h"

// 1 in ThreadSanitizer builds (clang or gcc).
#if defined(__SANITIZE_THREAD__)
#define INTERP_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define INTERP_TSAN 1
#endif
#endif
#ifndef INTERP_TSAN
#define INTERP_TSAN 0
#endif

namespace interp::testing {

// An in-memory file: everything written to fd() can be read back.
class Capture {
 public:
  Capture() : fd_(memfd_create("capture", MFD_CLOEXEC)) {}
  ~Capture() {
    if (fd_ >= 0) close(fd_);
  }
  int fd() const { return fd_; }
  std::string Read() const {
    std::string out;
    char buf[4096];
    off_t off = 0;
    for (;;) {
      ssize_t n = pread(fd_, buf, sizeof(buf), off);
      if (n <= 0) break;
      out.append(buf, static_cast<size_t>(n));
      off += n;
    }
    return out;
  }
  void Clear() {
    if (ftruncate(fd_, 0) == 0) lseek(fd_, 0, SEEK_SET);
  }

 private:
  int fd_;
};

struct ChildResult {
  int status = 0;
  bool timed_out = false;
  std::string output;  // what the child wrote to the capture descriptor

  bool Signaled(int sig) const {
    return !timed_out && WIFSIGNALED(status) && WTERMSIG(status) == sig;
  }
  bool Exited(int code) const {
    return !timed_out && WIFEXITED(status) && WEXITSTATUS(status) == code;
  }
  std::string Describe() const {
    std::string how =
        timed_out ? "timed out"
        : WIFSIGNALED(status)
            ? absl::StrFormat("killed by signal %d", WTERMSIG(status))
            : absl::StrFormat("exited %d", WEXITSTATUS(status));
    return how + "; output:\n" + output;
  }
};

// Runs body(fd) in a forked child, where fd is a capture descriptor; the
// child _exit(0)s if body returns. Kills the child after timeout_ms.
inline ChildResult RunChild(const std::function<void(int fd)>& body,
                            int timeout_ms = 20000) {
  Capture cap;
  ChildResult r;
  fflush(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    body(cap.fd());
    _exit(0);
  }
  int waited = 0;
  for (;;) {
    pid_t w = waitpid(pid, &r.status, WNOHANG);
    if (w == pid) break;
    if (waited >= timeout_ms) {
      kill(pid, SIGKILL);
      waitpid(pid, &r.status, 0);
      r.timed_out = true;
      break;
    }
    struct timespec ts = {0, 5 * 1000000L};
    nanosleep(&ts, nullptr);
    waited += 5;
  }
  r.output = cap.Read();
  return r;
}

// Whole-string match (anchored at both ends).
inline bool FullMatch(const std::string& text, const std::string& pattern) {
  return std::regex_match(text, std::regex(pattern));
}

inline std::string IdentHex(uint64_t ident) {
  return absl::StrFormat("0x%016x", ident);
}

// Regex-escapes a literal.
inline std::string Lit(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::string("\\^$.|?*+()[]{}").find(c) != std::string::npos) {
      out += '\\';
    }
    out += c;
  }
  return out;
}

inline int CountOf(const std::string& text, const std::string& needle) {
  int n = 0;
  for (size_t pos = text.find(needle); pos != std::string::npos;
       pos = text.find(needle, pos + 1)) {
    ++n;
  }
  return n;
}

}  // namespace interp::testing

#endif  // INTERP_TESTS_FAULTHANDLER_TEST_UTIL_H_
