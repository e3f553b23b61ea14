#include "dossier/corroborate/content_words.h"

#include <gtest/gtest.h>

namespace dossier::corroborate {
namespace {

using Keys = std::vector<std::string>;

TEST(ContentWordsTest, LemmatisesAndDropsGrammaticalWords) {
  EXPECT_EQ(ContentWords("They are planning the deliveries of trucks"), (Keys{"delivery", "plan", "truck"}));
}

TEST(ContentWordsTest, FoldsBritishAndAmericanSpellings) {
  EXPECT_EQ(ContentWords("modernising"), ContentWords("modernizing"));
  EXPECT_EQ(ContentWords("fulfilling"), ContentWords("fulfil"));
}

TEST(ContentWordsTest, TwoTranslationsOfOneQuoteShareMostWords) {
  Keys a = ContentWords("are not honouring their trade commitments, but are preparing sanctions against us");
  Keys b = ContentWords("do not honour their trade commitments, but prepare sanctions against us");
  EXPECT_GE(Jaccard(a, b), 0.8);
  Keys other = ContentWords("the harvest of copper in the north was poor this year");
  EXPECT_LT(Jaccard(a, other), 0.1);
}

TEST(ContentWordsTest, WordsKeepSpansAndNumbers) {
  std::string text = "Peru bought 2,000 rifles in 2019.";
  auto words = WordsOf(text, 10);
  ASSERT_EQ(words.size(), 6u);
  EXPECT_TRUE(words[0].capitalised);
  EXPECT_TRUE(words[2].number);
  EXPECT_EQ(words[2].norm, "2,000");
  EXPECT_EQ(text.substr(words[3].begin - 10, words[3].end - words[3].begin), "rifles");
}

TEST(ContentWordsTest, SetMeasures) {
  Keys a = {"a1", "b2", "c3"}, b = {"b2", "c3", "d4", "e5"};
  EXPECT_EQ(SharedCount(a, b), 2u);
  EXPECT_DOUBLE_EQ(Jaccard(a, b), 2.0 / 5.0);
  EXPECT_DOUBLE_EQ(Containment(a, b), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(Containment({}, b), 0.0);
}

TEST(ContentWordsTest, FoldNameIgnoresCaseAndLeadingArticle) {
  EXPECT_EQ(FoldName("The Lima Herald"), "lima herald");
  EXPECT_EQ(FoldName("LIMA HERALD"), "lima herald");
  EXPECT_NE(FoldName("Lima Herald"), FoldName("Lima Post"));
}

}  // namespace
}  // namespace dossier::corroborate
