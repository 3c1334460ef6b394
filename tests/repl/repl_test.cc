// The interactive prompt. RunRepl is fed scripted lines while fds 1 and 2
// go to temporary files; the line editor reads a pseudo-terminal whose
// master side the test writes keystrokes to.
#include "interp/repl.h"

#include <fcntl.h>
#include <pty.h>
#include <stdio.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "interp/line_editor.h"
#include "runtime/embed/runtime.h"

namespace interp::cli {
namespace {

// Lines given in order, then end of input; remembers the prompts shown.
class ScriptedSource : public LineSource {
 public:
  explicit ScriptedSource(std::vector<std::string> lines)
      : lines_(std::move(lines)) {}
  Result ReadLine(std::string_view prompt, std::string* line) override {
    prompts_.emplace_back(prompt);
    if (next_ >= lines_.size()) return Result::kEof;
    *line = lines_[next_++];
    if (*line == "<Ctrl-C>") return Result::kInterrupt;
    return Result::kLine;
  }
  const std::vector<std::string>& prompts() const { return prompts_; }

 private:
  std::vector<std::string> lines_;
  size_t next_ = 0;
  std::vector<std::string> prompts_;
};

// Sends fd `fd` to a temporary file for the object's lifetime.
class Capture {
 public:
  explicit Capture(int fd) : fd_(fd) {
    char path[] = "/tmp/repl_test_XXXXXX";
    file_ = mkstemp(path);
    unlink(path);
    fflush(nullptr);
    saved_ = dup(fd_);
    dup2(file_, fd_);
  }
  ~Capture() { Restore(); }
  std::string Restore() {
    if (saved_ >= 0) {
      fflush(nullptr);
      dup2(saved_, fd_);
      close(saved_);
      saved_ = -1;
      std::string out;
      char buf[4096];
      lseek(file_, 0, SEEK_SET);
      ssize_t n;
      while ((n = read(file_, buf, sizeof(buf))) > 0) {
        out.append(buf, static_cast<size_t>(n));
      }
      close(file_);
      text_ = out;
    }
    return text_;
  }

 private:
  int fd_;
  int file_ = -1;
  int saved_ = -1;
  std::string text_;
};

struct ReplRun {
  absl::Status status;
  std::string out, err;
  std::vector<std::string> prompts;
  std::optional<int> exit_code;
};

ReplRun RunLines(std::vector<std::string> lines) {
  Runtime::Options options;
  options.argv = {""};
  Runtime rt(options);
  ScriptedSource src(std::move(lines));
  ReplRun run;
  {
    Capture out(1), err(2);
    run.status = RunRepl(rt, src, ReplOptions{.banner = false});
    run.out = out.Restore();
    run.err = err.Restore();
  }
  run.prompts = src.prompts();
  run.exit_code = rt.exit_code();
  return run;
}

TEST(ReplTest, EchoesExpressionReprsButNotNone) {
  ReplRun r = RunLines(
      {"1 + 1", "'a' * 2", "None", "x = 5", "x", "print(x)", "[x, 2.5, 'q']"});
  EXPECT_TRUE(r.status.ok());
  EXPECT_EQ(r.out, "2\n'aa'\n5\n5\n[5, 2.5, 'q']\n");
  EXPECT_EQ(r.err, "");
}

TEST(ReplTest, ErrorsAreReportedAndTheLoopGoesOn) {
  ReplRun r = RunLines({"1 / 0", "undefined_name", "def f(:", "3"});
  EXPECT_TRUE(r.status.ok());
  EXPECT_EQ(r.out, "3\n") << r.err;
  EXPECT_NE(r.err.find("ZeroDivisionError: division by zero"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("NameError: name 'undefined_name' is not defined"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("SyntaxError"), std::string::npos) << r.err;
}

TEST(ReplTest, BlocksContinueUntilABlankLine) {
  ReplRun r =
      RunLines({"def sq(n):", "    return n * n", "", "sq(7)",
                "for i in range(2):", "    print(i)", "", "(1 +", " 2)"});
  EXPECT_TRUE(r.status.ok());
  EXPECT_EQ(r.out, "49\n0\n1\n3\n");
  std::vector<std::string> want = {">>> ", "... ", "... ", ">>> ", ">>> ",
                                   "... ", "... ", ">>> ", "... ", ">>> "};
  EXPECT_EQ(r.prompts, want);
}

TEST(ReplTest, InterruptDropsThePendingInput) {
  ReplRun r = RunLines({"if True:", "<Ctrl-C>", "7"});
  EXPECT_TRUE(r.status.ok());
  EXPECT_EQ(r.out, "7\n");
  EXPECT_NE(r.err.find("KeyboardInterrupt"), std::string::npos);
}

TEST(ReplTest, SystemExitEndsTheLoopWithItsCode) {
  ReplRun r = RunLines({"import sys", "sys.exit(3)", "print('not reached')"});
  EXPECT_FALSE(r.status.ok());
  EXPECT_TRUE(r.status.GetPayload(kSystemExitPayload).has_value());
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "");
}

TEST(ReplInputTest, Completeness) {
  EXPECT_TRUE(ReplInputComplete("x = 1\n", "x = 1"));
  EXPECT_FALSE(ReplInputComplete("if x:\n", "if x:"));
  EXPECT_FALSE(ReplInputComplete("if x:\n    y\n", "    y"));
  EXPECT_TRUE(ReplInputComplete("if x:\n    y\n\n", ""));
  EXPECT_FALSE(ReplInputComplete("f(1,\n", "f(1,"));
  EXPECT_FALSE(ReplInputComplete("s = '''a\n", "s = '''a"));
  EXPECT_FALSE(ReplInputComplete("@dec\n", "@dec"));
  // An error before the end is reported at once.
  EXPECT_TRUE(ReplInputComplete("def f(:\n", "def f(:"));
  EXPECT_TRUE(ReplInputComplete("if x:\n    y\nelse\n", "else"));
}

// The line editor on a pseudo-terminal: keystrokes are written to the
// master before ReadLine runs (the editor must not discard type-ahead,
// e.g. pasted lines).
class LineEditorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(openpty(&master_, &slave_, nullptr, nullptr, nullptr), 0);
    // Keystrokes typed ahead must reach the editor verbatim, not be
    // line-edited by the terminal driver before the editor switches it to
    // raw mode itself.
    termios t;
    ASSERT_EQ(tcgetattr(slave_, &t), 0);
    cfmakeraw(&t);
    ASSERT_EQ(tcsetattr(slave_, TCSANOW, &t), 0);
  }
  void TearDown() override {
    close(master_);
    close(slave_);
  }
  void Type(std::string_view keys) {
    ASSERT_EQ(write(master_, keys.data(), keys.size()),
              static_cast<ssize_t>(keys.size()));
  }
  int master_ = -1, slave_ = -1;
};

TEST_F(LineEditorTest, EditsWithCursorKeysAndBackspace) {
  LineEditor ed(slave_, slave_);
  std::string line;
  // "abd", left, left, "X" -> "aXbd"; End, backspace -> "aXb".
  Type("abd\x1b[D\x1b[DX\x1b[F\x7f\r");
  ASSERT_EQ(ed.ReadLine(">>> ", &line), LineSource::Result::kLine);
  EXPECT_EQ(line, "aXb");
  // Ctrl-A then a character inserts at the start; Ctrl-K cuts the rest.
  Type("yz\x01w\x05!\x01\x06\x0b\r");
  ASSERT_EQ(ed.ReadLine(">>> ", &line), LineSource::Result::kLine);
  EXPECT_EQ(line, "w");
}

TEST_F(LineEditorTest, HistoryAndEof) {
  LineEditor ed(slave_, slave_);
  std::string line;
  Type("first\r");
  ASSERT_EQ(ed.ReadLine(">>> ", &line), LineSource::Result::kLine);
  ed.AddHistory(line);
  Type("second\r");
  ASSERT_EQ(ed.ReadLine(">>> ", &line), LineSource::Result::kLine);
  ed.AddHistory(line);
  // Up twice recalls "first"; down once comes back to "second".
  Type("\x1b[A\x1b[A\x1b[B\r");
  ASSERT_EQ(ed.ReadLine(">>> ", &line), LineSource::Result::kLine);
  EXPECT_EQ(line, "second");
  Type("\x03");
  EXPECT_EQ(ed.ReadLine(">>> ", &line), LineSource::Result::kInterrupt);
  Type("\x04");
  EXPECT_EQ(ed.ReadLine(">>> ", &line), LineSource::Result::kEof);
}

TEST_F(LineEditorTest, MovesOverMultibyteCharacters) {
  LineEditor ed(slave_, slave_);
  std::string line;
  Type("h\xc3\xa9\x1b[D\x7f!\r");  // "hé", left, backspace, "!" -> "!é"
  ASSERT_EQ(ed.ReadLine(">>> ", &line), LineSource::Result::kLine);
  EXPECT_EQ(line, "!\xc3\xa9");
}

}  // namespace
}  // namespace interp::cli
