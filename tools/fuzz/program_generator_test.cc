// The generator makes valid programs (issue 16): every template compiles
// whatever it is filled with, most generated and mutated programs run to
// the end, and chunk splitting keeps compound statements whole.
#include "tools/fuzz/program_generator.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tools/fuzz/outcome_stats.h"
#include "tools/fuzz/program_runner.h"

namespace interp::fuzz {
namespace {

TEST(ProgramGeneratorTest, ChunksAreNeverSyntaxErrors) {
  ProgramRunner runner;
  Rng rng(7);
  for (int i = 0; i < 400; ++i) {
    std::string chunk = GenerateChunk(rng);
    ProgramResult r = runner.Run(chunk);
    EXPECT_NE(OutcomeKind(r.status), "SyntaxError") << chunk << r.status;
    EXPECT_NE(OutcomeKind(r.status), "NameError") << chunk << r.status;
  }
}

TEST(ProgramGeneratorTest, MostGeneratedAndMutatedProgramsRunToTheEnd) {
  ProgramRunner runner;
  Rng rng(11);
  OutcomeStats generated, mutated;
  for (int i = 0; i < 150; ++i) {
    std::string p = GenerateProgram(rng, 4);
    generated.Add(runner.Run(p).status);
    for (int j = 0; j < 3; ++j) p = MutateProgram(p, 4096, rng);
    mutated.Add(runner.Run(p).status);
  }
  std::printf("generated: %smutated: %s", generated.Format().c_str(),
              mutated.Format().c_str());
  EXPECT_GT(generated.count("ok") * 100, generated.total() * 75);
  EXPECT_GT(mutated.count("ok") * 100, mutated.total() * 60);
  // A rare literal combination may still not parse; never more than 2%.
  EXPECT_LE(generated.count("SyntaxError") * 50, generated.total());
}

TEST(ProgramGeneratorTest, SplitKeepsCompoundStatementsWhole) {
  std::vector<std::string> c = SplitChunks(
      "x = 1\n@d\ndef f():\n    pass\ntry:\n    f()\nexcept E:\n    pass\n"
      "finally:\n    y = (1,\n    2)\nif x:\n    pass\nelif y:\n    pass\n"
      "else:\n    pass\n");
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0], "x = 1\n");
  EXPECT_EQ(c[1], "@d\ndef f():\n    pass\n");
  EXPECT_EQ(c[2].rfind("try:", 0), 0u);
  EXPECT_NE(c[2].find("finally:"), std::string::npos);
  EXPECT_NE(c[2].find("2)"), std::string::npos);
  EXPECT_NE(c[3].find("else:"), std::string::npos);
}

TEST(ProgramGeneratorTest, OutcomeKindReadsTheLastLine) {
  EXPECT_EQ(OutcomeKind(absl::OkStatus()), "ok");
  EXPECT_EQ(OutcomeKind(absl::UnknownError(
                "Traceback (most recent call last):\n  File \"x\"\n"
                "json.decoder.JSONDecodeError: Expecting value\n")),
            "JSONDecodeError");
  EXPECT_EQ(OutcomeKind(absl::InvalidArgumentError(
                "  File \"fuzz.py\", line 1\n    (\nSyntaxError: '(' was "
                "never closed\n")),
            "SyntaxError");
}

}  // namespace
}  // namespace interp::fuzz
