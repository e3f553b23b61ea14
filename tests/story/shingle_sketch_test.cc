#include "dossier/story/shingle_sketch.h"

#include <gtest/gtest.h>

#include "story/story_test_articles.h"

namespace dossier::story {
namespace {

ShingleSketch Sketch(const std::string& text) { return testing::MakeArticle(text).sketch; }

TEST(ShingleSketchTest, SameWordsSameSketch) {
  std::string text = testing::Words("w", 40);
  EXPECT_DOUBLE_EQ(Sketch(text).Similarity(Sketch(text)), 1.0);
}

TEST(ShingleSketchTest, DisjointWordsScoreNearZero) {
  EXPECT_LT(Sketch(testing::Words("a", 40)).Similarity(Sketch(testing::Words("b", 40))), 0.1);
}

TEST(ShingleSketchTest, SmallEditScoresHigh) {
  std::string text = testing::Words("w", 200);
  EXPECT_GT(Sketch(text).Similarity(Sketch(text + "one more sentence")), 0.8);
}

TEST(ShingleSketchTest, TooFewWordsGiveAnEmptySketch) {
  ShingleSketch s = Sketch("four words only here");
  EXPECT_EQ(s.shingles, 0u);
  EXPECT_DOUBLE_EQ(s.Similarity(s), 0.0);
}

TEST(DuplicateIndexTest, FindsTheNearCopyOnly) {
  DuplicateIndex index(DuplicateOptions{});
  std::string text = testing::Words("w", 100);
  index.Add(7, Sketch(text));
  auto match = index.Find(Sketch(text + "extra"));
  ASSERT_TRUE(match.has_value());
  EXPECT_EQ(match->article, 7u);
  EXPECT_FALSE(index.Find(Sketch(testing::Words("other", 100))).has_value());
}

TEST(DuplicateIndexTest, ForgetsTheOldestPastTheCap) {
  DuplicateOptions options;
  options.max_articles = 2;
  DuplicateIndex index(options);
  std::string a = testing::Words("a", 50), b = testing::Words("b", 50), c = testing::Words("c", 50);
  index.Add(0, Sketch(a));
  index.Add(1, Sketch(b));
  index.Add(2, Sketch(c));
  EXPECT_EQ(index.size(), 2u);
  EXPECT_FALSE(index.Find(Sketch(a)).has_value());
  EXPECT_TRUE(index.Find(Sketch(b)).has_value());
  EXPECT_TRUE(index.Find(Sketch(c)).has_value());
}

TEST(DuplicateIndexTest, DisabledFindsNothing) {
  DuplicateOptions options;
  options.enabled = false;
  DuplicateIndex index(options);
  std::string text = testing::Words("w", 50);
  index.Add(0, Sketch(text));
  EXPECT_FALSE(index.Find(Sketch(text)).has_value());
}

}  // namespace
}  // namespace dossier::story
