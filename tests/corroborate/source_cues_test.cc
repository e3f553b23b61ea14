#include "dossier/corroborate/source_cues.h"

#include <gtest/gtest.h>

namespace dossier::corroborate {
namespace {

constexpr const char* kCues =
    "# test cues\n"
    "noun\tpublication\n"
    "noun\tnewspaper\n"
    "noun\toutlet\n"
    "determiner\tthe\n"
    "determiner\ta\n"
    "frame\taccording to *\n"
    "frame\t* reported\n"
    "frame\tseen by *\n";

SourceCues Parsed() {
  auto cues = SourceCues::Parse(kCues, "cues.tsv");
  EXPECT_TRUE(cues.ok()) << cues.status().ToString();
  return cues.ok() ? *cues : SourceCues();
}

TEST(SourceCuesTest, FindsReferencesToUnnamedSources) {
  SourceCues cues = Parsed();
  std::string text = "According to the publication, Peru bought rifles. A major newspaper reported it.";
  auto found = cues.FindUnnamed(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(text.substr(found[0].begin, found[0].end - found[0].begin), "According to the publication");
  EXPECT_EQ(text.substr(found[1].begin, found[1].end - found[1].begin), "A major newspaper reported");
  EXPECT_TRUE(cues.MentionsUnnamed("letters seen by the reporting outlet"));
}

TEST(SourceCuesTest, NamedSourcesAndLooseWordsAreNotUnnamedReferences) {
  SourceCues cues = Parsed();
  EXPECT_FALSE(cues.MentionsUnnamed("according to the Lima Newspaper, Peru bought rifles"));
  EXPECT_FALSE(cues.MentionsUnnamed("the newspaper was founded in Lima"));
  EXPECT_FALSE(cues.MentionsUnnamed("according to officials in Chile"));
  EXPECT_FALSE(SourceCues().MentionsUnnamed("according to the publication"));
}

TEST(SourceCuesTest, ParseErrorsNameTheLine) {
  auto bad = SourceCues::Parse("noun\tpaper\nframe\taccording to\n", "cues.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().line(), 2);
  EXPECT_EQ(bad.status().path(), "cues.tsv");
  EXPECT_FALSE(SourceCues::Parse("colour\tblue\n", "cues.tsv").ok());
}

TEST(SourceCuesTest, ProjectDataLoads) {
  auto cues = SourceCues::Load(DOSSIER_SOURCE_DATA_DIR);
  ASSERT_TRUE(cues.ok()) << cues.status().ToString();
  EXPECT_TRUE(cues->MentionsUnnamed("Kenya bought trucks, according to the newspaper."));
  EXPECT_TRUE(cues->MentionsUnnamed("The outlet reported that Kenya bought trucks."));
  EXPECT_FALSE(cues->MentionsUnnamed("Kenya bought trucks from Chile."));
}

}  // namespace
}  // namespace dossier::corroborate
