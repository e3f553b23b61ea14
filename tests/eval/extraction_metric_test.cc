#include "dossier/eval/extraction_metric.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier {
namespace {

using Tokens = std::vector<std::string>;

void ExpectCounts(const ShingleCounts& c, double tp, double fp, double fn) {
  EXPECT_DOUBLE_EQ(c.tp, tp);
  EXPECT_DOUBLE_EQ(c.fp, fp);
  EXPECT_DOUBLE_EQ(c.fn, fn);
}

TEST(WordTokensTest, AsciiWordsNumbersAndUnderscore) {
  EXPECT_EQ(WordTokens("Hello, world! It's 2024_v2."),
            (Tokens{"Hello", "world", "It", "s", "2024_v2"}));
  EXPECT_EQ(WordTokens(""), Tokens{});
  EXPECT_EQ(WordTokens(" -- ... !"), Tokens{});
}

TEST(WordTokensTest, UnicodeLettersAndNumbers) {
  EXPECT_EQ(WordTokens("Z\u00fcrich\u2019s 2024 na\u00efve_test"),
            (Tokens{"Z\u00fcrich", "s", "2024", "na\u00efve_test"}));
  EXPECT_EQ(WordTokens("\u6771\u4eac\u3001\u5927\u962a"),  // 東京、大阪
            (Tokens{"\u6771\u4eac", "\u5927\u962a"}));
  // Python's \w also takes other numbers: superscripts and fractions.
  EXPECT_EQ(WordTokens("x\u00b2 \u00bd \u2014 \u00ab\u0645\u0631\u062d\u0628\u0627\u00bb"),
            (Tokens{"x\u00b2", "\u00bd", "\u0645\u0631\u062d\u0628\u0627"}));
}

TEST(WordTokensTest, InvalidUtf8SplitsTokens) {
  EXPECT_EQ(WordTokens("abc\xff"
                       "def"),
            (Tokens{"abc", "def"}));
}

TEST(MatchShinglesTest, IdenticalTextsAreAllTruePositives) {
  ExpectCounts(MatchShingles("a b c d e", "a b c d e"), 1, 0, 0);
  ExpectCounts(MatchShingles("one two three four five six", "One two three four five six"), 0.5,
               0.25, 0.25);  // case is kept: only the first of 3 shingles differs
}

TEST(MatchShinglesTest, EmptyPredictionIsAllFalseNegatives) {
  ExpectCounts(MatchShingles("a b c d e", ""), 0, 0, 1);
  ExpectCounts(MatchShingles("", "a b c"), 0, 1, 0);
  ExpectCounts(MatchShingles("", ""), 0, 0, 0);
}

TEST(MatchShinglesTest, TextsShorterThanFourTokensAreOneShingle) {
  ExpectCounts(MatchShingles("a b c", "a b c"), 1, 0, 0);
  ExpectCounts(MatchShingles("a b c", "a b"), 0, 0.5, 0.5);
  ExpectCounts(MatchShingles("word", "word!"), 1, 0, 0);
}

TEST(MatchShinglesTest, PartialOverlap) {
  // Truth shingles: abcd bcde; prediction: abcd. tp 1, fn 1.
  ExpectCounts(MatchShingles("a b c d e", "a b c d"), 0.5, 0, 0.5);
  // Truth: abcd bcde cdef; prediction: cdef defg. tp 1, fp 1, fn 2.
  ExpectCounts(MatchShingles("a b c d e f", "c d e f g"), 0.25, 0.25, 0.5);
}

TEST(MatchShinglesTest, RepeatedShinglesCountAsMultisets) {
  // Truth: "a a a a" twice; prediction: once. tp 1, fn 1.
  ExpectCounts(MatchShingles("a a a a a", "a a a a"), 0.5, 0, 0.5);
  // Prediction repeats the text: every shingle twice, plus the seam.
  // Truth: abcd; prediction: abcd bcda cdab dabc abcd. tp 1, fp 4.
  ExpectCounts(MatchShingles("a b c d", "a b c d a b c d"), 0.2, 0.8, 0);
}

TEST(MatchShinglesTest, OtherShingleSizes) {
  ExpectCounts(MatchShingles("a b c", "a b x", 1), 2.0 / 4, 1.0 / 4, 1.0 / 4);
  ExpectCounts(MatchShingles("a b c", "a b x", 2), 1.0 / 3, 1.0 / 3, 1.0 / 3);
}

TEST(AggregateScoresTest, NoPages) {
  ExtractionScore s = AggregateScores({});
  EXPECT_EQ(s.pages, 0u);
  EXPECT_DOUBLE_EQ(s.precision, 0);
  EXPECT_DOUBLE_EQ(s.recall, 0);
  EXPECT_DOUBLE_EQ(s.f1, 0);
}

TEST(AggregateScoresTest, PerfectPages) {
  ExtractionScore s = AggregateScores({{1, 0, 0}, {1, 0, 0}});
  EXPECT_EQ(s.pages, 2u);
  EXPECT_DOUBLE_EQ(s.precision, 1);
  EXPECT_DOUBLE_EQ(s.recall, 1);
  EXPECT_DOUBLE_EQ(s.f1, 1);
}

TEST(AggregateScoresTest, EmptyPredictionsLeaveThePrecisionMean) {
  // Page 1 perfect; page 2 predicted nothing; page 3 P = R = 2/3.
  ExtractionScore s = AggregateScores({{1, 0, 0}, {0, 0, 1}, {0.5, 0.25, 0.25}});
  EXPECT_EQ(s.pages, 3u);
  EXPECT_DOUBLE_EQ(s.precision, (1.0 + 2.0 / 3) / 2);     // page 2 not counted
  EXPECT_DOUBLE_EQ(s.recall, (1.0 + 0.0 + 2.0 / 3) / 3);  // page 2 counted as 0
  double p = s.precision, r = s.recall;
  EXPECT_DOUBLE_EQ(s.f1, 2 * p * r / (p + r));
  EXPECT_NEAR(s.f1, 2.0 / 3, 1e-12);
}

TEST(AggregateScoresTest, EmptyTruthLeavesTheRecallMean) {
  // Page 2 has no truth and predicted something: precision 0, no recall.
  ExtractionScore s = AggregateScores({{0.5, 0, 0.5}, {0, 1, 0}});
  EXPECT_DOUBLE_EQ(s.precision, (1.0 + 0.0) / 2);
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
}

TEST(AggregateScoresTest, FromMatchedTexts) {
  std::vector<ShingleCounts> pages = {
      MatchShingles("the bridge reopened on monday morning",
                    "the bridge reopened on monday morning"),
      MatchShingles("the bridge reopened on monday morning", ""),
  };
  ExtractionScore s = AggregateScores(pages);
  EXPECT_DOUBLE_EQ(s.precision, 1.0);
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
}

}  // namespace
}  // namespace dossier
