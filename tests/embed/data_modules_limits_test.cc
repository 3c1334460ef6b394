// Host limits (SPEC 3) stop scripts that spend their time inside the
// native data modules: re's backtracking matcher on a catastrophic
// pattern, json on huge inputs, random.shuffle of a huge list, a sqlite3
// query that would run for hours.
#include <chrono>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/embed/runtime.h"

namespace interp {
namespace {

using ::testing::EndsWith;

// Each runs for a very long time unless a limit stops it.
constexpr const char* kRunaway[] = {
    // Exponential backtracking: (a+)+ against a's and a final mismatch.
    "import re\nx = re.match(r'(a+)+$', 'a' * 64 + 'b')\n",
    "import re\nx = re.search(r'(x+x+)+y', 'x' * 60)\n",
    "import re\nx = re.findall(r'(?:a|aa)+c', 'a' * 60)\n",
    "import re\nx = re.sub(r'(\\w+\\s?)*$', '', 'word ' * 40 + '!')\n",
    // Quadratic scanning inside one step: at each start a repeat counts to
    // the end and scans back for its tail literal (found by the fuzzer:
    // only the start positions were ticked).
    "import re\nx = re.search(r'(\\w+)@(\\w+)', 'a' * 10**6)\n",
    "import re\nx = re.findall(r'\\d+x', '1' * 10**6)\n",
    "import json\nx = json.dumps([list(range(1000))] * 10**7)\n",
    "import random\nl = list(range(10**7))\nfor i in range(10**6): "
    "random.shuffle(l)\n",
    // A query SQLite would run for hours: its progress handler polls.
    "import sqlite3\nc = sqlite3.connect(':memory:')\nc.execute('with "
    "recursive r(i) as (select 1 union all select i + 1 from r where i < "
    "10000000000000) select count(*) from r').fetchone()\n",
};

class DataModulesRunawayTest : public ::testing::TestWithParam<const char*> {};

TEST_P(DataModulesRunawayTest, BudgetStopsIt) {
  Runtime rt;
  rt.SetInstructionBudget(200000);
  auto start = std::chrono::steady_clock::now();
  absl::Status s = rt.RunString(GetParam(), "runaway.py");
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              EndsWith("TimeoutError: instruction budget exhausted\n"));
  EXPECT_LT(elapsed, std::chrono::seconds(30));
  rt.SetInstructionBudget(-1);
  EXPECT_TRUE(rt.RunString("import re\nassert re.match('a+', 'aa')\n").ok());
}

TEST_P(DataModulesRunawayTest, DeadlineStopsIt) {
  Runtime rt;
  rt.SetTimeout(std::chrono::milliseconds(300));
  auto start = std::chrono::steady_clock::now();
  absl::Status s = rt.RunString(GetParam(), "runaway.py");
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()),
              EndsWith("TimeoutError: deadline exceeded\n"));
  EXPECT_LT(elapsed, std::chrono::seconds(30));
}

INSTANTIATE_TEST_SUITE_P(NativeDataModules, DataModulesRunawayTest,
                         ::testing::ValuesIn(kRunaway));

}  // namespace
}  // namespace interp
