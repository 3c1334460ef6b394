// faulthandler::DumpCStack(fd) called from host code shows the host
// function that called it (it used to drop its direct caller).
#include <unistd.h>

#include <string>

#include "faulthandler/faulthandler.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace {

std::string ReadAll(int fd) {
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof(buf))) > 0) out.append(buf, n);
  return out;
}

__attribute__((noinline)) void HostReportsItsStack(int fd) {
  ASSERT_TRUE(interp::faulthandler::DumpCStack(fd).ok());
  // Keeps this frame from being a tail call.
  asm volatile("" ::: "memory");
}

TEST(CStack, DumpShowsTheDirectCaller) {
  int p[2];
  ASSERT_EQ(pipe(p), 0);
  HostReportsItsStack(p[1]);
  close(p[1]);
  std::string report = ReadAll(p[0]);
  close(p[0]);
  EXPECT_THAT(report, ::testing::StartsWith(
                          "Current thread's C stack trace (most recent call "
                          "first):\n"));
  // The first frame is the caller, not DumpCStack itself.
  size_t first_line_end = report.find('\n', report.find('\n') + 1);
  std::string first = report.substr(0, first_line_end);
  EXPECT_THAT(first, ::testing::HasSubstr("HostReportsItsStack")) << report;
  EXPECT_THAT(report, ::testing::HasSubstr("CStack_DumpShowsTheDirectCaller"))
      << report;
}

TEST(CStack, BadFdIsAnError) {
  EXPECT_FALSE(interp::faulthandler::DumpCStack(-1).ok());
}

}  // namespace
