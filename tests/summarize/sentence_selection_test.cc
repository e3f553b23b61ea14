#include "dossier/summarize/sentence_selection.h"

#include <gtest/gtest.h>

namespace dossier::summarize {
namespace {

SentenceProfile Profile(uint32_t article, uint32_t rank, std::vector<uint64_t> words) {
  SentenceProfile p;
  p.article = article, p.sentence = rank, p.prose_rank = rank;
  p.words = std::move(words);
  p.word_count = 12, p.has_verb = true, p.terminal = true;
  return p;
}

TEST(SimilarityTest, CosineOfTermsPlusSharedFacts) {
  SentenceProfile a = Profile(0, 0, {1, 2, 3, 4});
  SentenceProfile b = Profile(1, 0, {1, 2, 3, 4});
  SentenceProfile c = Profile(1, 1, {5, 6, 7, 8});
  EXPECT_FLOAT_EQ(Similarity(a, b), 1.0f);
  EXPECT_FLOAT_EQ(Similarity(a, c), 0.0f);
  SentenceProfile d = Profile(1, 2, {1, 2, 9, 10});
  EXPECT_FLOAT_EQ(Similarity(a, d), 0.5f);
  a.facts = {42};
  d.facts = {42};
  EXPECT_FLOAT_EQ(Similarity(a, d, 0.25f), 0.75f);
}

TEST(SelectSentencesTest, SkipsRepeatsAndOrdersForReading) {
  std::vector<SentenceProfile> profiles = {
      Profile(0, 0, {1, 2, 3, 4}),     // the lead
      Profile(1, 0, {1, 2, 3, 4}),     // the same lead in another outlet
      Profile(0, 1, {5, 6, 7, 8}),
      Profile(1, 1, {9, 10, 11, 12}),
      Profile(0, 2, {13, 14, 15, 16}),
  };
  std::vector<float> scores = {0.6f, 0.9f, 0.5f, 0.4f, 0.3f};
  auto chosen = SelectSentences(profiles, scores);
  ASSERT_EQ(chosen.size(), 3u);
  EXPECT_EQ(chosen[0], 1u);  // highest score first
  EXPECT_EQ(chosen[1], 2u);  // then by rank in the article
  EXPECT_EQ(chosen[2], 3u);
}

TEST(SelectSentencesTest, NeverChoosesZeroScores) {
  std::vector<SentenceProfile> profiles = {Profile(0, 0, {1}), Profile(0, 1, {2})};
  auto chosen = SelectSentences(profiles, {0.0f, 0.5f});
  ASSERT_EQ(chosen.size(), 1u);
  EXPECT_EQ(chosen[0], 1u);
}

TEST(SummaryLengthTest, ThreeForAShortArticleAtMostSeven) {
  std::vector<SentenceProfile> one;
  for (uint32_t i = 0; i < 10; ++i) one.push_back(Profile(0, i, {i}));
  EXPECT_EQ(SummaryLength(one, std::vector<float>(one.size(), 0.5f)), 3u);
  std::vector<SentenceProfile> many;
  for (uint32_t a = 0; a < 6; ++a)
    for (uint32_t i = 0; i < 40; ++i) many.push_back(Profile(a, i, {i}));
  EXPECT_EQ(SummaryLength(many, std::vector<float>(many.size(), 0.5f)), 7u);
  std::vector<SentenceProfile> middle;
  for (uint32_t a = 0; a < 3; ++a)
    for (uint32_t i = 0; i < 10; ++i) middle.push_back(Profile(a, i, {i}));
  EXPECT_EQ(SummaryLength(middle, std::vector<float>(middle.size(), 0.5f)), 5u);
}

}  // namespace
}  // namespace dossier::summarize
