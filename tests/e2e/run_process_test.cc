#include "tests/e2e/run_process.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace interp::testing {
namespace {

using ::testing::HasSubstr;

ProcessResult MustRun(ProcessOptions options) {
  absl::StatusOr<ProcessResult> r = RunProcess(options);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *std::move(r) : ProcessResult{.status = -1000};
}

TEST(RunProcessTest, CapturesStdout) {
  ProcessResult r = MustRun({.argv = {"/bin/echo", "hello", "world"}});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.stdout_data, "hello world\n");
  EXPECT_EQ(r.stderr_data, "");
  EXPECT_FALSE(r.timed_out);
}

TEST(RunProcessTest, ExitStatusAndSeparateStreams) {
  ProcessResult r =
      MustRun({.argv = {"/bin/sh", "-c", "echo out; echo err >&2; exit 3"}});
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.stdout_data, "out\n");
  EXPECT_EQ(r.stderr_data, "err\n");
}

TEST(RunProcessTest, ArgumentsAreNotShellParsed) {
  ProcessResult r = MustRun({.argv = {"/bin/echo", "$HOME", "a b", "*"}});
  EXPECT_EQ(r.stdout_data, "$HOME a b *\n");
}

TEST(RunProcessTest, FeedsStdin) {
  ProcessResult r =
      MustRun({.argv = {"/bin/cat"}, .stdin_data = "line 1\nline 2"});
  EXPECT_EQ(r.stdout_data, "line 1\nline 2");
  // Empty stdin is an immediate EOF, not the caller's terminal.
  r = MustRun({.argv = {"/bin/cat"}});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.stdout_data, "");
}

TEST(RunProcessTest, LargeStdinAndStdoutDoNotDeadlock) {
  std::string big(1 << 20, 'x');
  for (size_t i = 0; i < big.size(); i += 100) big[i] = '\n';
  ProcessResult r = MustRun({.argv = {"/bin/cat"}, .stdin_data = big});
  EXPECT_EQ(r.stdout_data.size(), big.size());
  EXPECT_TRUE(r.stdout_data == big);
}

TEST(RunProcessTest, ChildIgnoringStdinIsFine) {
  // The child exits without reading; writing to the closed pipe must not
  // kill the test with SIGPIPE.
  ProcessResult r = MustRun({.argv = {"/bin/sh", "-c", "exit 0"},
                             .stdin_data = std::string(1 << 20, 'y')});
  EXPECT_EQ(r.status, 0);
}

TEST(RunProcessTest, ChildSeesDefaultSigpipe) {
  ProcessResult r = MustRun({.argv = {"/bin/sh", "-c", "kill -PIPE $$"}});
  EXPECT_EQ(r.status, -13);
}

TEST(RunProcessTest, DeathBySignalIsNegative) {
  ProcessResult r = MustRun({.argv = {"/bin/sh", "-c", "kill -TERM $$"}});
  EXPECT_EQ(r.status, -15);
}

TEST(RunProcessTest, WorkingDirectoryAndEnvironment) {
  ProcessResult r = MustRun({.argv = {"/bin/sh", "-c", "pwd; echo \"$FOO\""},
                             .cwd = "/usr/bin",
                             .env = std::vector<std::string>{"FOO=bar baz"}});
  EXPECT_EQ(r.stdout_data, "/usr/bin\nbar baz\n");
}

TEST(RunProcessTest, TimeoutKillsChildAndItsChildren) {
  absl::Time start = absl::Now();
  ProcessResult r = MustRun({.argv = {"/bin/sh", "-c", "sleep 30 & sleep 30"},
                             .timeout = absl::Milliseconds(200)});
  EXPECT_TRUE(r.timed_out);
  EXPECT_EQ(r.status, -9);
  EXPECT_LT(absl::Now() - start, absl::Seconds(5));
}

TEST(RunProcessTest, ExecFailureIsAnError) {
  absl::StatusOr<ProcessResult> r = RunProcess({.argv = {"/no/such/binary"}});
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(std::string(r.status().message()), HasSubstr("/no/such/binary"));
  r = RunProcess({.argv = {"/bin/true"}, .cwd = "/no/such/dir"});
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace interp::testing
