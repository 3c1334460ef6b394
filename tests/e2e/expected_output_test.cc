#include "tests/e2e/expected_output.h"

#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "absl/strings/str_cat.h"
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

TEST(NormaliseOutputTest, ReplacesOnlyTheProgramsDirectory) {
  // Markers, other directories and SyntaxError carets stay as printed.
  EXPECT_EQ(NormaliseOutput("Traceback (most recent call last):\n"
                            "  File \"/abs/dir/x.py\", line 3, in <module>\n"
                            "    1/0\n"
                            "    ~^~\n"
                            "  File \"/usr/lib/t.py\", line 2, in f\n"
                            "    return g(a) + 1\n"
                            "           ^^^^\n"
                            "  File \"/abs/dir/sub/bad.py\", line 4\n"
                            "    return 5\n"
                            "    ^^^^^^^^\n"
                            "ZeroDivisionError: division by zero\n",
                            {"/abs/dir"}),
            "Traceback (most recent call last):\n"
            "  File \"<programs>/x.py\", line 3, in <module>\n"
            "    1/0\n"
            "    ~^~\n"
            "  File \"/usr/lib/t.py\", line 2, in f\n"
            "    return g(a) + 1\n"
            "           ^^^^\n"
            "  File \"<programs>/sub/bad.py\", line 4\n"
            "    return 5\n"
            "    ^^^^^^^^\n"
            "ZeroDivisionError: division by zero\n");
  // Anywhere in the text (a printed __file__), with or without a trailing
  // slash on the directory; a longer name sharing the prefix is not it.
  EXPECT_EQ(
      NormaliseOutput("/abs/dir/m.py /abs/dirx/m.py /abs/dir\n", {"/abs/dir/"}),
      "<programs>/m.py /abs/dirx/m.py /abs/dir\n");
  EXPECT_EQ(NormaliseOutput("", {"/abs/dir"}), "");
  EXPECT_EQ(NormaliseOutput("/x/y.py", {"/"}), "/x/y.py");
  // Several directories (the runfiles tree and the source tree its files
  // link to), one nested in another.
  EXPECT_EQ(NormaliseOutput("/r/a.py /src/b.py /r/sub/c.py",
                            {"/r", "/src", "/r/sub"}),
            "<programs>/a.py <programs>/b.py <programs>/c.py");
}

TEST(NormaliseOutputTest, ResolvesSymlinksInTheDirectory) {
  const char* tmp = std::getenv("TEST_TMPDIR");
  std::string base = tmp != nullptr ? tmp : "/tmp";
  std::string real = base + "/normalise_real";
  std::string link = base + "/normalise_link";
  mkdir(real.c_str(), 0755);
  unlink(link.c_str());
  ASSERT_EQ(symlink(real.c_str(), link.c_str()), 0);
  char resolved[PATH_MAX];
  ASSERT_NE(realpath(real.c_str(), resolved), nullptr);
  EXPECT_EQ(ReplaceDirectories(absl::StrCat(resolved, "/a.py ", link, "/b.py"),
                               {link}, "<d>/"),
            "<d>/a.py <d>/b.py");
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
