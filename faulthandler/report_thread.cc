#include "faulthandler/report_thread.h"

#include <unistd.h>

#include <chrono>
#include <thread>

#include "faulthandler/internal.h"

namespace interp::faulthandler::internal {
namespace {
// How long arming and cancelling wait for a report in progress.
constexpr auto kMaxWaitForReport = std::chrono::seconds(2);
}  // namespace

ReportThread::ReportThread(void (*main)()) : main_(main) {}

absl::Status ReportThread::Arm(int64_t timeout_us, bool repeat, bool exit,
                               int fd, int max_threads, ReportFormat format,
                               absl::FunctionRef<void()> on_arm) {
  if (timeout_us <= 0) {
    return absl::InvalidArgumentError("timeout must be greater than 0");
  }
  if (absl::Status s = CheckMaxThreads(max_threads); !s.ok()) return s;
  absl::StatusOr<ReportFd> dup = DupFd(fd);
  if (!dup.ok()) return dup.status();
  std::unique_lock<std::mutex> lock(mu);
  // Else: leak the old descriptor rather than close it under the report.
  if (WaitNotReporting(lock)) CloseFd(settings.fd);
  settings.fd = dup->fd;
  settings.fd_dev = dup->dev;
  settings.fd_ino = dup->ino;
  settings.timeout_us = timeout_us;
  settings.repeat = repeat;
  settings.exit = exit;
  settings.max_threads = max_threads;
  settings.json = ResolveFormat(format) == ReportFormat::kJson;
  armed = true;
  ++generation;
  on_arm();
  if (!thread_started_ || thread_pid_ != getpid()) {
    std::thread(main_).detach();
    thread_started_ = true;
    thread_pid_ = getpid();
  }
  cv.notify_all();
  lock.unlock();
  DisarmAtExit();
  return absl::OkStatus();
}

void ReportThread::Cancel() {
  std::unique_lock<std::mutex> lock(mu);
  if (!armed && settings.fd < 0) return;
  armed = false;
  ++generation;
  cv.notify_all();
  if (thread_started_ && thread_pid_ == getpid() && !WaitNotReporting(lock)) {
    settings.fd = -1;  // a stuck report still writes to it: leak it
    return;
  }
  CloseFd(settings.fd);
  settings.fd = -1;
}

void ReportThread::ForkChild() {
  // The lock is held by this (the forking) thread: see ForkPrepare.
  thread_started_ = false;
  armed = false;
  reporting_ = false;
  ++generation;
  CloseFd(settings.fd);
  settings.fd = -1;
  mu.unlock();
}

void ReportThread::DisarmLocked() {
  armed = false;
  CloseFd(settings.fd);
  settings.fd = -1;
}

bool ReportThread::WaitNotReporting(std::unique_lock<std::mutex>& lock) {
  return cv.wait_for(lock, kMaxWaitForReport, [&] { return !reporting_; });
}

}  // namespace interp::faulthandler::internal
