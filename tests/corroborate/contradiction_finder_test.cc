// ContradictionFinder: loading its cue lists, and what it finds on a real
// story when the shared data is present.
#include "dossier/corroborate/contradiction_finder.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "contradiction_test_support.h"
#include "testing/story_facts.h"

namespace dossier::corroborate {
namespace {

namespace fs = std::filesystem;

TEST(ContradictionFinderTest, MissingDataIsNotFound) {
  auto finder = ContradictionFinder::Load("/nonexistent/dossier-data", nullptr);
  ASSERT_FALSE(finder.ok());
  EXPECT_EQ(finder.status().code(), StatusCode::kNotFound);
}

TEST(ContradictionFinderTest, ABadRecordNamesItsFileAndLine) {
  fs::path dir = fs::temp_directory_path() / "dossier_contradiction_finder_test";
  fs::create_directories(dir / "corroborate");
  for (const auto& entry : fs::directory_iterator(fs::path(DOSSIER_SOURCE_DATA_DIR) / "corroborate")) {
    fs::copy_file(entry.path(), dir / "corroborate" / entry.path().filename(),
                  fs::copy_options::overwrite_existing);
  }
  std::ofstream(dir / "corroborate" / "order_cues.tsv", std::ios::app) << "cue\tfollowed suit\tmany\n";
  auto finder = ContradictionFinder::Load(dir.string(), nullptr);
  fs::remove_all(dir);
  ASSERT_FALSE(finder.ok());
  EXPECT_EQ(finder.status().code(), StatusCode::kCorruptInput);
  EXPECT_NE(finder.status().path().find("order_cues.tsv"), std::string::npos);
  EXPECT_GT(finder.status().line(), 0);
}

TEST(ContradictionFinderTest, FindReplacesEarlierResults) {
  StoryDossier d;
  d.contradictions.push_back(Contradiction{"stale", "date", {}});
  testing::Finder().Find(d);
  EXPECT_TRUE(d.contradictions.empty());
}

// Every contradiction found on a real story is well formed: two or more
// claims with different values from different outlets, every mention inside
// its article's text.
TEST(ContradictionFinderTest, ClaimsOnARealStoryAreWellFormed) {
  const std::string seeds = std::string(DOSSIER_SHARED_DATA_DIR) + "/seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << "no shared data at " << seeds;
  auto facts = dossier::testing::FactsOf(seeds);
  ASSERT_FALSE(facts.empty());
  StoryDossier d;
  for (const auto& f : facts) d.articles.push_back(&f);
  testing::Finder().Find(d);
  for (const Contradiction& c : d.contradictions) {
    std::printf("[%s] %s\n", c.slot.c_str(), c.about.c_str());
    ASSERT_GE(c.claims.size(), 2u) << c.about;
    std::set<std::string> values;
    for (const Claim& claim : c.claims) {
      std::printf("    %s:", claim.value.c_str());
      for (uint32_t a : claim.articles) std::printf(" %s", facts[a].id.c_str());
      std::printf("\n");
      EXPECT_TRUE(values.insert(claim.value).second) << c.about;
      ASSERT_FALSE(claim.articles.empty());
      for (const FactMention& m : claim.mentions) {
        ASSERT_LT(m.article, facts.size());
        EXPECT_LE(m.begin, m.end);
        EXPECT_LE(m.end, facts[m.article].text.size());
        EXPECT_EQ(facts[m.article].SentenceAt(m.begin), m.sentence);
      }
    }
  }
}

}  // namespace
}  // namespace dossier::corroborate
