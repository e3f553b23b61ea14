#include "dossier/story/article_features.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dossier/text/text_analyzer.h"

namespace dossier::story {
namespace {

class ArticleFeaturesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = text::TextAnalyzer::Load(DOSSIER_SOURCE_DATA_DIR);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    analyzer_ = std::move(loaded).value().release();
  }
  static void TearDownTestSuite() { delete analyzer_; }

  ArticleFeatures Extract(const std::string& text, const FeatureOptions& options = {}) {
    text_ = text;
    analyzer_->Analyze(text_, analyzed_);
    return FeatureExtractor(options).Extract(analyzed_, {}, {}, kb::kNoDay);
  }
  static const Feature* Find(const ArticleFeatures& a, FeatureKind kind, std::string_view text) {
    uint64_t key = FeatureKey(kind, text);
    for (const Feature& f : a.features) {
      if (f.key == key) return &f;
    }
    return nullptr;
  }

  static inline text::TextAnalyzer* analyzer_ = nullptr;
  std::string text_;
  text::AnalyzedText analyzed_;
};

TEST_F(ArticleFeaturesTest, ProperNounsNumbersAndContentWords) {
  FeatureOptions flat;  // no lead
  flat.lead_sentences = 0;
  ArticleFeatures a =
      Extract("The actress met Lohan in Malibu. Lohan paid 4500 dollars to the clinic.", flat);
  const Feature* lohan = Find(a, FeatureKind::kProperNoun, "lohan");
  ASSERT_NE(lohan, nullptr);
  EXPECT_FLOAT_EQ(lohan->count, 2);
  EXPECT_NE(Find(a, FeatureKind::kProperNoun, "malibu"), nullptr);
  EXPECT_NE(Find(a, FeatureKind::kNumber, "4500"), nullptr);
  EXPECT_NE(Find(a, FeatureKind::kWord, "clinic"), nullptr);
  EXPECT_EQ(Find(a, FeatureKind::kWord, "the"), nullptr);  // a determiner
  EXPECT_TRUE(std::is_sorted(a.features.begin(), a.features.end(),
                             [](const Feature& x, const Feature& y) { return x.key < y.key; }));
}

TEST_F(ArticleFeaturesTest, TheLeadCountsMore) {
  std::string text =
      "Floods hit Kenya. Rescuers reached Garissa. The food came later. Garissa was cut off.";
  FeatureOptions lead;
  lead.lead_sentences = 2;
  lead.lead_weight = 1;
  ArticleFeatures a = Extract(text, lead);
  const Feature* garissa = Find(a, FeatureKind::kProperNoun, "garissa");
  ASSERT_NE(garissa, nullptr);
  EXPECT_FLOAT_EQ(garissa->count, 3);  // 2 in the second sentence, 1 in the fourth
  const Feature* food = Find(a, FeatureKind::kWord, "food");
  ASSERT_NE(food, nullptr);
  EXPECT_FLOAT_EQ(food->count, 1);
  FeatureOptions flat;
  flat.lead_sentences = 0;
  EXPECT_FLOAT_EQ(Find(Extract(text, flat), FeatureKind::kProperNoun, "garissa")->count, 2);
}

TEST_F(ArticleFeaturesTest, KindsOffBecomePlainWords) {
  FeatureOptions options;
  options.proper_nouns = false;
  options.numbers = false;
  ArticleFeatures a = Extract("Officials in Malibu counted 4500 votes.", options);
  EXPECT_EQ(Find(a, FeatureKind::kProperNoun, "malibu"), nullptr);
  EXPECT_NE(Find(a, FeatureKind::kWord, "malibu"), nullptr);
  EXPECT_NE(Find(a, FeatureKind::kWord, "4500"), nullptr);
}

TEST_F(ArticleFeaturesTest, FeatureCapKeepsTheMostFrequent) {
  FeatureOptions options;
  options.max_features = 2;
  ArticleFeatures a = Extract("the storm and storm and storm. a flood and flood. rain, wind, cold.", options);
  ASSERT_EQ(a.features.size(), 2u);
  EXPECT_NE(Find(a, FeatureKind::kWord, "storm"), nullptr);
  EXPECT_NE(Find(a, FeatureKind::kWord, "flood"), nullptr);
}

TEST_F(ArticleFeaturesTest, SketchCoversTheWords) {
  ArticleFeatures a = Extract("One two three four five six seven eight nine ten.");
  EXPECT_EQ(a.sketch.shingles, 6u);  // 10 words, shingles of 5
}

}  // namespace
}  // namespace dossier::story
