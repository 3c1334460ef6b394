#include "tests/e2e/expected_output.h"

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace interp::testing {
namespace {

using ::testing::HasSubstr;

TEST(ParseExpectedTest, ParsesExactBlocks) {
  // stdout has no final newline; stderr contains a "--- stderr" look-alike.
  absl::StatusOr<ExpectedOutput> e = ParseExpected(
      "status: -2\n--- stdout 3\nabc\n--- stderr 14\n--- stderr 1\n\n\n");
  ASSERT_TRUE(e.ok()) << e.status();
  EXPECT_EQ(e->status, -2);
  EXPECT_EQ(e->stdout_data, "abc");
  EXPECT_EQ(e->stderr_data, "--- stderr 1\n\n");
}

TEST(ParseExpectedTest, RejectsMalformed) {
  EXPECT_FALSE(ParseExpected("").ok());
  EXPECT_FALSE(ParseExpected("status: x\n").ok());
  EXPECT_FALSE(
      ParseExpected("status: 0\n--- stdout 5\nab\n--- stderr 0\n\n").ok());
  EXPECT_FALSE(
      ParseExpected("status: 0\n--- stdout 0\n\n--- stderr 0\n\nextra").ok());
}

TEST(NormaliseStderrTest, DropsTracebackMarkersAndDirectories) {
  EXPECT_EQ(NormaliseStderr("Traceback (most recent call last):\n"
                            "  File \"/abs/dir/x.py\", line 3, in <module>\n"
                            "    1/0\n"
                            "    ~^~\n"
                            "  File \"x.py\", line 2, in f\n"
                            "    return g(a) + 1\n"
                            "           ^^^^\n"
                            "ZeroDivisionError: division by zero\n"),
            "Traceback (most recent call last):\n"
            "  File \"x.py\", line 3, in <module>\n"
            "    1/0\n"
            "  File \"x.py\", line 2, in f\n"
            "    return g(a) + 1\n"
            "ZeroDivisionError: division by zero\n");
}

TEST(NormaliseStderrTest, KeepsSyntaxErrorCarets) {
  const std::string top =
      "  File \"/a/b/s.py\", line 2\n"
      "    x = = 2\n"
      "        ^\n"
      "SyntaxError: invalid syntax\n";
  EXPECT_EQ(NormaliseStderr(top),
            "  File \"s.py\", line 2\n    x = = 2\n        ^\n"
            "SyntaxError: invalid syntax\n");
  // A SyntaxError raised by an import, inside a traceback.
  EXPECT_EQ(NormaliseStderr("Traceback (most recent call last):\n"
                            "  File \"m.py\", line 1, in <module>\n"
                            "    import bad\n"
                            "  File \"/x/bad.py\", line 4\n"
                            "    return 5\n"
                            "    ^^^^^^^^\n"
                            "SyntaxError: 'return' outside function\n"),
            "Traceback (most recent call last):\n"
            "  File \"m.py\", line 1, in <module>\n"
            "    import bad\n"
            "  File \"bad.py\", line 4\n"
            "    return 5\n"
            "    ^^^^^^^^\n"
            "SyntaxError: 'return' outside function\n");
}

TEST(NormaliseStderrTest, LeavesOtherTextAlone) {
  const std::string text =
      "^^^\nfatal: ~~ \n  [Previous line repeated 996 more times]\n";
  EXPECT_EQ(NormaliseStderr(text), text);
  EXPECT_EQ(NormaliseStderr(""), "");
  EXPECT_EQ(NormaliseStderr("no newline"), "no newline");
}

TEST(LineDiffTest, ShowsChangedLinesWithContext) {
  EXPECT_EQ(LineDiff("a\nb\n", "a\nb\n"), "");
  std::string diff =
      LineDiff("1\n2\n3\n4\n5\n6\n7\n8\n", "1\n2\n3\n4\nX\n6\n7\n8\n");
  EXPECT_THAT(diff, HasSubstr("- 5\n+ X\n"));
  EXPECT_THAT(diff, HasSubstr("  4\n"));
  EXPECT_THAT(diff, ::testing::Not(HasSubstr("  1\n")));
}

TEST(LineDiffTest, CollapsesLongUnchangedRuns) {
  std::string a, b;
  for (int i = 0; i < 100; ++i) {
    a += std::to_string(i) + "\n";
    b += (i == 10 || i == 90 ? "changed" : std::to_string(i)) + "\n";
  }
  std::string diff = LineDiff(a, b);
  EXPECT_THAT(diff, HasSubstr("  ...\n"));
  EXPECT_THAT(diff, HasSubstr("- 90\n"));
  EXPECT_THAT(diff, ::testing::Not(HasSubstr("  50\n")));
}

}  // namespace
}  // namespace interp::testing
