#include "dossier/story/article_facts.h"

#include <gtest/gtest.h>

#include "testing/story_facts.h"

namespace dossier::story {
namespace {

TEST(ArticleFactsTest, SentenceAtFindsTheSentenceHoldingAnOffset) {
  ArticleFacts f;
  f.text = "One two. Three four. Five.";
  f.sentences = {{0, 8}, {9, 20}, {21, 26}};
  EXPECT_EQ(f.SentenceAt(0), 0u);
  EXPECT_EQ(f.SentenceAt(8), 0u);
  EXPECT_EQ(f.SentenceAt(9), 1u);
  EXPECT_EQ(f.SentenceAt(25), 2u);
  EXPECT_EQ(f.SentenceAt(400), 2u);
  EXPECT_EQ(f.Span(9, 14), "Three");
}

TEST(ArticleFactsTest, CaptureKeepsSpansIntoTheCleanedText) {
  const std::string path = std::string(DOSSIER_TEST_DATA_DIR) + "/story/chile_copper.txt";
  auto facts = dossier::testing::FactsOf(path);
  ASSERT_EQ(facts.size(), 1u);
  const ArticleFacts& f = facts[0];
  ASSERT_FALSE(f.sentences.empty());
  for (const SentenceSpan& s : f.sentences) ASSERT_LE(s.end, f.text.size());
  ASSERT_FALSE(f.recognition.mentions.empty());
  for (const auto& m : f.recognition.mentions) {
    EXPECT_EQ(f.SentenceAt(m.begin), m.sentence) << f.Span(m.begin, m.end);
  }
  ASSERT_FALSE(f.coding.events.empty());
  for (const auto& e : f.coding.events) EXPECT_LE(e.end, f.text.size());
}

}  // namespace
}  // namespace dossier::story
