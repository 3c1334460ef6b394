// The "Did you mean" ranking: distances and choices checked against what
// CPython 3.11 suggests for the same names.
#include "runtime/vm/suggestions.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace interp::suggest {
namespace {

TEST(SuggestionsTest, DistanceWeights) {
  EXPECT_EQ(Distance("abc", "abc", 100), 0);
  EXPECT_EQ(Distance("abc", "aBc", 100), 1);   // case change
  EXPECT_EQ(Distance("abc", "axc", 100), 2);   // substitution
  EXPECT_EQ(Distance("abc", "abxc", 100), 2);  // insertion
  EXPECT_EQ(Distance("apend", "append", 100), 2);
  EXPECT_EQ(Distance("", "abc", 100), 6);
  // Over budget: anything larger than the budget.
  EXPECT_GT(Distance("abcdef", "uvwxyz", 3), 3);
}

TEST(SuggestionsTest, TooLongNamesAreNotCompared) {
  std::string a = "x" + std::string(43, 'a') + "x";
  std::string b = "y" + std::string(43, 'a') + "y";
  EXPECT_GT(Distance(a, b, 100), 100);
}

TEST(SuggestionsTest, BestMatchesCPython) {
  EXPECT_EQ(Best("valeu", {"value", "other"}), "value");
  EXPECT_EQ(Best("prnt", {"abs", "print", "int", "len"}), "print");
  EXPECT_EQ(Best("sqr", {"pi", "sqrt", "sin"}), "sqrt");
  // Too different: no hint.
  EXPECT_EQ(Best("y1", {"x"}), "");
  // The name itself is never suggested.
  EXPECT_EQ(Best("x", {"x"}), "");
  // Ties go to the first candidate.
  EXPECT_EQ(Best("ab", {"ac", "ad"}), "ac");
}

TEST(SuggestionsTest, TooManyCandidates) {
  std::vector<std::string> many(750, "zzzz");
  many.push_back("value");
  EXPECT_EQ(Best("valeu", many), "");
}

}  // namespace
}  // namespace interp::suggest
