#include "dossier/summarize/summary_cues.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

namespace dossier::summarize {
namespace {

TEST(CueWordsTest, LowerCaseWordsWithoutPunctuation) {
  EXPECT_EQ(CueWords("Read the REPORT!"), "read the report");
  EXPECT_EQ(CueWords("  “Kenya’s” deal — 2021. "), "kenya s deal 2021");
  EXPECT_EQ(CueWords(""), "");
}

TEST(SummaryCuesTest, OpeningsChromeAndDanglingWords) {
  SummaryCues cues;
  ASSERT_TRUE(cues.Add("boilerplate", "Read the"));
  ASSERT_TRUE(cues.Add("chrome", "privacy policy"));
  ASSERT_TRUE(cues.Add("dangling", "However"));
  EXPECT_FALSE(cues.Add("unknown", "x"));
  EXPECT_FALSE(cues.Add("boilerplate", " ... "));

  EXPECT_TRUE(cues.IsBoilerplate("Read the full report."));
  EXPECT_FALSE(cues.IsBoilerplate("Reading the report, Peru's minister frowned."));
  EXPECT_FALSE(cues.IsBoilerplate("Officials read the report on Monday."));
  EXPECT_TRUE(cues.IsBoilerplate("By using this site you accept our Privacy Policy."));
  EXPECT_TRUE(cues.StartsDangling("However, Chile disagreed."));
  EXPECT_FALSE(cues.StartsDangling("Chile, however, disagreed."));
}

TEST(SummaryCuesTest, LoadRejectsUnknownKinds) {
  std::string path = ::testing::TempDir() + "/summary_cues_test.tsv";
  {
    std::ofstream out(path);
    out << "# comment\nboilerplate\tread more\nsideways\tsomething\n";
  }
  auto cues = SummaryCues::Load(path);
  ASSERT_FALSE(cues.ok());
  EXPECT_EQ(cues.status().line(), 3);
  std::remove(path.c_str());
  EXPECT_FALSE(SummaryCues::Load(path).ok());
}

TEST(SummaryCuesTest, ShippedCuesLoad) {
  auto cues = SummaryCues::Load(std::string(DOSSIER_SOURCE_DATA_DIR) + "/summarize/cues.tsv");
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  EXPECT_TRUE(cues->IsBoilerplate("Comments are closed."));
  EXPECT_FALSE(cues->IsBoilerplate("Kenya closed its border with Uganda."));
}

}  // namespace
}  // namespace dossier::summarize
