#include "dossier/eval/ecbplus_stories.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace dossier {
namespace {

TEST(EcbPlusStoriesTest, BodyTextDropsTheAddressLine) {
  EXPECT_EQ(EcbBodyText("http : / / example . com / a\nFirst sentence .\nSecond ."),
            "First sentence .\nSecond .");
  EXPECT_EQ(EcbBodyText("No address here .\nMore ."), "No address here .\nMore .");
}

TEST(EcbPlusStoriesTest, GoldStoryIsTopicAndCorpusPart) {
  std::vector<EcbDocument> docs = {{"3_1ecb.xml", "3", "a"},
                                   {"3_1ecbplus.xml", "3", "b"},
                                   {"12_4ecb.xml", "12", "c"}};
  auto stories = EcbStoryDocuments(docs);
  ASSERT_EQ(stories.size(), 3u);
  EXPECT_EQ(stories[0].topic, 3u);
  EXPECT_EQ(stories[0].gold, 6u);
  EXPECT_EQ(stories[1].gold, 7u);
  EXPECT_EQ(stories[2].gold, 24u);
}

TEST(EcbPlusStoriesTest, SyntheticArticlesAreReproducibleAndLabelled) {
  std::vector<StoryDocument> docs;
  for (uint32_t i = 0; i < 6; ++i) {
    docs.push_back({fmt::format("s{}a .\ns{}b .\n", i, i), i % 2, i % 2});
  }
  SyntheticCorpusOptions options;
  options.articles = 20;
  options.sources_per_article = 2;
  options.sentences_per_source = 1;
  auto first = SyntheticArticles(docs, options);
  auto second = SyntheticArticles(docs, options);
  ASSERT_EQ(first.size(), 20u);
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].text, second[i].text);
    // Every sentence comes from a document of the article's own story.
    for (size_t d = 0; d < docs.size(); ++d) {
      if (docs[d].gold != first[i].gold) {
        EXPECT_EQ(first[i].text.find(fmt::format("s{}", d)), std::string::npos);
      }
    }
  }
}

TEST(EcbPlusStoriesTest, RealCorpusHasTwoStoriesPerTopic) {
  std::string dir = DOSSIER_SHARED_DATA_DIR "/ecbplus";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no ECB+ corpus at " << dir;
  auto docs = ReadEcbPlus(dir);
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  auto stories = EcbStoryDocuments(*docs);
  std::set<uint32_t> topics, gold;
  for (const StoryDocument& d : stories) {
    topics.insert(d.topic);
    gold.insert(d.gold);
    EXPECT_FALSE(d.text.starts_with("http"));
  }
  EXPECT_EQ(gold.size(), 2 * topics.size());
}

}  // namespace
}  // namespace dossier
