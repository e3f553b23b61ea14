#include "dossier/corroborate/quote_matcher.h"

#include <gtest/gtest.h>

#include "corroborate/hand_facts.h"

namespace dossier::corroborate {
namespace {

using testing::HandArticle;
using testing::Pointers;

std::vector<StoryQuote> Merged(std::vector<HandArticle>& articles) {
  auto ptrs = Pointers(articles);
  StoryEntityMap entities;
  MergeEntities(ptrs, entities);
  return QuoteMatcher(ptrs, entities).Merge();
}

TEST(QuoteMatcherTest, TwoTranslationsOfOneQuoteAreOne) {
  std::vector<HandArticle> articles = {
      HandArticle("Andes Daily", "Ana Ruiz said they \"are not honouring their trade commitments, but are preparing sanctions against us\"."),
      HandArticle("Pampas Post", "Ruiz said they \"do not honour their trade commitments, but prepare sanctions against us and our partners\"."),
  };
  int32_t ruiz0 = articles[0].Entity("Ana Ruiz", "person", "CHLGOV", 30);
  int32_t ruiz1 = articles[1].Entity("Ruiz", "person", "CHLGOV", 30);
  articles[0].Quote("are not honouring their trade commitments, but are preparing sanctions against us", ruiz0);
  articles[1].Quote("do not honour their trade commitments, but prepare sanctions against us and our partners", ruiz1);
  auto quotes = Merged(articles);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].mentions.size(), 2u);
  EXPECT_EQ(quotes[0].mentions[0].article, 1u);  // the fullest rendering is kept
  EXPECT_EQ(quotes[0].quote.speaker.entity, 0);
}

TEST(QuoteMatcherTest, DifferentWordsOrDifferentSpeakersStayApart) {
  std::vector<HandArticle> articles = {
      HandArticle("Andes Daily", "Ana Ruiz said: \"the harbour will reopen next week for grain ships\"."),
      HandArticle("Pampas Post", "Juan Soto said: \"the harbour will reopen next week for grain ships\". Ruiz said: \"talks failed completely today\"."),
  };
  int32_t ruiz = articles[0].Entity("Ana Ruiz", "person", "CHLGOV", 30);
  int32_t soto = articles[1].Entity("Juan Soto", "person", "PERGOV", 31);
  int32_t ruiz1 = articles[1].Entity("Ruiz", "person", "CHLGOV", 30);
  articles[0].Quote("the harbour will reopen next week for grain ships", ruiz);
  articles[1].Quote("the harbour will reopen next week for grain ships", soto);
  articles[1].Quote("talks failed completely today", ruiz1);
  EXPECT_EQ(Merged(articles).size(), 3u);
}

TEST(QuoteMatcherTest, AnUnknownSpeakerJoinsAKnownOne) {
  std::vector<HandArticle> articles = {
      HandArticle("Andes Daily", "\"the harbour will reopen next week for grain ships\", a source said."),
      HandArticle("Pampas Post", "Ana Ruiz said: \"the harbour will reopen next week\"."),
  };
  int32_t ruiz = articles[1].Entity("Ana Ruiz", "person", "CHLGOV", 30);
  articles[0].Quote("the harbour will reopen next week for grain ships", -1);
  articles[1].Quote("the harbour will reopen next week", ruiz);
  auto quotes = Merged(articles);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].quote.speaker.name, "Ana Ruiz");
}

TEST(QuoteMatcherTest, SimilarityThresholds) {
  std::vector<HandArticle> none;
  auto ptrs = Pointers(none);
  StoryEntityMap entities;
  QuoteMatcher m(ptrs, entities);
  EXPECT_LT(m.Similarity({"grain", "harbour"}, {"grain", "ship", "talk", "week"}), 0);
  EXPECT_GE(m.Similarity({"grain", "harbour", "week"}, {"grain", "harbour", "ship", "week"}), 0.75);
}

}  // namespace
}  // namespace dossier::corroborate
