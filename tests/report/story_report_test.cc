// The story writers: JSON fields and Markdown sections of a hand-built dossier.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "dossier/report/story_json.h"
#include "dossier/report/story_markdown.h"

namespace dossier {
namespace {

using corroborate::FactMention;

class StoryReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    a_.id = "aaaa";
    a_.outlet = "Lima Herald";
    a_.text = "Chile sold rifles to Peru in 2019. The deal was secret.";
    a_.sentences = {{0, 33}, {34, 55}};
    b_.id = "bbbb";
    b_.title = "Rifles for Peru";
    b_.text = "Peru bought rifles from Chile.";
    b_.sentences = {{0, 30}};
    b_.copy_of = 0;
    d_.id = "s1";
    d_.title = "Chile rifles";
    d_.articles = {&a_, &b_};
    corroborate::StoryEvent v;
    v.event.cameo = "0711";
    v.event.plover = "AID";
    v.event.source = {-1, -1, "Chile", "CHL"};
    v.event.target = {-1, -1, "Peru", "PER"};
    v.event.verb_begin = 6;
    v.event.verb_end = 10;
    v.mentions = {{0, 0, 0, 33}, {1, 0, 0, 30}};
    v.sourcing = {{"Lima Herald", "Rifles for Peru"}, {"Lima Herald"}, 1};
    d_.events.push_back(v);
    corroborate::StoryTransfer t;
    t.transfer.supplier = v.event.source;
    t.transfer.recipient = v.event.target;
    t.transfer.items.push_back({"rifles", "small_arms", "", -1});
    t.events = {0};
    t.mentions = {{0, 0, 0, 33}};
    d_.transfers.push_back(t);
    d_.contradictions.push_back({"who sold first", "order", {{"Chile", {0}, {{0, 0, 0, 5}}},
                                                             {"Peru", {1}, {{1, 0, 0, 4}}}}});
    d_.single_source_claims.push_back({"The deal was secret.", {0, 1, 34, 55}});
    d_.timeline.push_back({"2019", "2019", "Chile sold rifles to Peru", 0, {0, 0, 0, 33}});
    d_.flags.push_back({"conflict_transfer", "text", {"t1"}});
    d_.summary.push_back({"Chile sold rifles to Peru in 2019.", {0, 0, 0, 33}});
  }
  story::ArticleFacts a_, b_;
  corroborate::StoryDossier d_;
};

TEST_F(StoryReportTest, JsonCarriesFactsMentionsAndSourcing) {
  std::ostringstream out;
  JsonWriter w(out);
  WriteStoryJson(w, d_);
  nlohmann::json j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["id"], "s1");
  EXPECT_EQ(j["articles"], nlohmann::json({"aaaa", "bbbb"}));
  ASSERT_EQ(j["copies"].size(), 1u);
  EXPECT_EQ(j["copies"][0]["copy_of"], "aaaa");
  const auto& v = j["events"][0];
  EXPECT_EQ(v["id"], "v1");
  EXPECT_EQ(v["cameo"], "0711");
  EXPECT_EQ(v["trigger"], "sold");
  EXPECT_EQ(v["independent_sources"], 1);
  EXPECT_EQ(v["outlets"].size(), 2u);
  ASSERT_EQ(v["mentions"].size(), 2u);
  EXPECT_EQ(v["mentions"][1]["article"], "bbbb");
  EXPECT_EQ(v["mentions"][1]["text"], "Peru bought rifles from Chile.");
  EXPECT_EQ(j["transfers"][0]["events"][0], "v1");
  EXPECT_EQ(j["contradictions"][0]["claims"][1]["articles"][0], "bbbb");
  EXPECT_EQ(j["single_source_claims"][0]["span"], nlohmann::json({34, 55}));
  EXPECT_EQ(j["timeline"][0]["event"], "v1");
  EXPECT_EQ(j["flags"][0]["facts"][0], "t1");
  EXPECT_EQ(j["summary"][0]["article"], "aaaa");
}

TEST_F(StoryReportTest, MarkdownHasTheSectionsThatHaveFacts) {
  std::ostringstream out;
  WriteStoryMarkdown(out, d_);
  std::string md = out.str();
  for (const char* section : {"# Chile rifles", "## Summary", "## Events", "## Arms transfers",
                              "## Contradictions", "## Claims from one outlet only", "## Timeline",
                              "## Flags", "## Articles"}) {
    EXPECT_NE(md.find(section), std::string::npos) << section;
  }
  EXPECT_EQ(md.find("## Quotes"), std::string::npos);
  EXPECT_NE(md.find("1 near-duplicate copy"), std::string::npos);
  EXPECT_NE(md.find("2 outlets, 1 independent (Lima Herald)"), std::string::npos);
}

TEST_F(StoryReportTest, IndexLinksEachStoryFile) {
  std::ostringstream out;
  WriteStoryIndexMarkdown(out, {d_});
  EXPECT_NE(out.str().find("| [s1](s1.md) | Chile rifles | 2 | 1 | 1 | 0 | 1 |"), std::string::npos)
      << out.str();
}

TEST(ArticleLabelTest, OutletThenTitleThenPath) {
  story::ArticleFacts a;
  a.path = "x.txt";
  EXPECT_EQ(a.Label(), "x.txt");
  a.title = "T";
  EXPECT_EQ(a.Label(), "T");
  a.outlet = "O";
  EXPECT_EQ(a.Label(), "O");
}

}  // namespace
}  // namespace dossier
