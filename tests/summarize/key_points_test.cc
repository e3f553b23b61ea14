#include "dossier/summarize/key_points.h"

#include <gtest/gtest.h>

namespace dossier::summarize {
namespace {

using corroborate::StoryDossier;

const code::CameoCodes& Cameo() {
  static code::CameoCodes codes =
      code::CameoCodes::Load(std::string(DOSSIER_SOURCE_DATA_DIR) + "/events/cameo.tsv").value();
  return codes;
}

corroborate::Sourcing Sourced(std::vector<std::string> outlets, int independent) {
  corroborate::Sourcing s;
  s.outlets = std::move(outlets);
  for (int i = 0; i < independent; ++i) s.origins.push_back("origin" + std::to_string(i));
  s.independent_sources = independent;
  return s;
}

corroborate::StoryEvent Event(const std::string& source, const std::string& target,
                              const std::string& cameo, corroborate::Sourcing sourcing) {
  corroborate::StoryEvent e;
  e.event.source.name = source;
  e.event.target.name = target;
  e.event.cameo = cameo;
  e.sourcing = std::move(sourcing);
  e.mentions.resize(e.sourcing.outlets.size());
  return e;
}

StoryDossier DossierWithFacts() {
  StoryDossier d;
  corroborate::StoryTransfer t;
  t.transfer.supplier.name = "Hungary";
  t.transfer.recipient.name = "Kenya";
  t.transfer.items = {{"patrol boats", "naval", "two"}, {"radar", "", ""}};
  t.transfer.period_start = "2019", t.transfer.period_end = "2021";
  t.transfer.status = code::TransferStatus::kDelivered;
  t.sourcing = Sourced({"A", "B", "C"}, 2);
  t.events = {0};
  d.transfers.push_back(t);
  d.events.push_back(Event("Hungary", "Kenya", "07", Sourced({"A", "B", "C"}, 2)));
  d.events.push_back(Event("Chile", "Peru", "04", Sourced({"A"}, 1)));
  d.events.push_back(Event("Peru", "Chile", "11", Sourced({"A", "B"}, 2)));
  d.contradictions.push_back({"how many boats Hungary delivered", "number", {}});
  return d;
}

TEST(KeyPointsTest, TransfersThenEventsBySourcingThenDisputes) {
  StoryDossier d = DossierWithFacts();
  auto lines = KeyPoints(d, Cameo(), 7);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0],
            "Hungary → Kenya: two patrol boats (naval), radar; 2019–2021; delivered; "
            "reported by 3 outlets, 2 independent sources");
  EXPECT_EQ(lines[1].rfind("Peru → Chile: ", 0), 0u) << lines[1];  // event 0 is the transfer's
  EXPECT_NE(lines[1].find("reported by 2 outlets, 2 independent sources"), std::string::npos);
  EXPECT_EQ(lines[2].rfind("Chile → Peru: ", 0), 0u) << lines[2];
  EXPECT_EQ(lines[3], "1 contradiction between outlets: how many boats Hungary delivered");
}

TEST(KeyPointsTest, NamedSystemsFirstAndAidEventsNotRepeated) {
  StoryDossier d = DossierWithFacts();
  d.transfers[0].transfer.items = {{"arms", "", ""}, {"Example-9", "artillery", "", 3}};
  d.transfers[0].transfer.supplier.code = d.events[0].event.source.code = "HUN";
  d.transfers[0].transfer.recipient.code = d.events[0].event.target.code = "KEN";
  d.transfers[0].events.clear();
  auto lines = KeyPoints(d, Cameo(), 7);
  EXPECT_EQ(lines[0].rfind("Hungary → Kenya: Example-9 (artillery), arms; ", 0), 0u) << lines[0];
  for (const auto& line : lines) EXPECT_NE(line.rfind("Hungary → Kenya: provide", 0), 0u) << line;
}

TEST(KeyPointsTest, RespectsTheLineLimit) {
  StoryDossier d = DossierWithFacts();
  auto lines = KeyPoints(d, Cameo(), 2);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[1].find("contradiction"), std::string::npos);
}

TEST(KeyPointsTest, EventNamesComeFromCameo) {
  auto e = Event("Chile", "", "04", Sourced({"A"}, 1));
  const code::CameoCode* code = Cameo().Find("04");
  ASSERT_NE(code, nullptr);
  std::string line = DescribeEvent(e, Cameo());
  EXPECT_EQ(line.rfind("Chile: ", 0), 0u) << line;
  EXPECT_NE(line.find(code->name.substr(1)), std::string::npos) << line;
  e.event.cameo = "99";
  EXPECT_NE(DescribeEvent(e, Cameo()).find("CAMEO 99"), std::string::npos);
}

TEST(KeyPointsTest, FromSummarySentencesWithoutFacts) {
  StoryDossier d;
  corroborate::SummarySentence s;
  s.text = "Kenya and Hungary signed a water agreement in Nairobi on Monday, after talks that "
           "lasted more than three years and involved several ministries and two development banks.";
  d.summary.push_back(s);
  auto lines = KeyPoints(d, Cameo(), 7);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0], "Kenya and Hungary signed a water agreement in Nairobi on Monday ...");
}

TEST(ShortenSentenceTest, CutsAtAClauseOrAWord) {
  EXPECT_EQ(ShortenSentence("Peru voted.", 5), "Peru voted.");
  EXPECT_EQ(ShortenSentence("one two three four five six seven", 4), "one two three four ...");
}

}  // namespace
}  // namespace dossier::summarize
