// The "date" slot: one event on dates that do not overlap.
#include "contradiction_test_support.h"

namespace dossier::corroborate {
namespace {

using testing::ArticleBuilder;
using testing::OfSlot;
using testing::StoryBuilder;

ArticleBuilder& AddExpulsion(StoryBuilder& story, const std::string& outlet, const std::string& when,
                             const std::string& start, const std::string& end = "") {
  std::string clause = "Chile expelled the Peruvian ambassador " + when;
  auto& a = story.Add(outlet, clause + ". Lima protested.");
  a.Event("161", "Chile", "CHL", "Peru", "PER", clause, "expelled", code::Modality::kAsserted, start, end);
  a.Time(when, start, end);
  return a;
}

TEST(ContradictionDateTest, DatesThatDoNotOverlapContradict) {
  StoryBuilder story;
  AddExpulsion(story, "Santiago News", "on 3 March 2021", "2021-03-03");
  AddExpulsion(story, "Lima Daily", "on 9 April 2021", "2021-04-09");
  StoryDossier d = story.Find();
  const Contradiction* c = OfSlot(d, "date");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->about, "when Chile expelled Peru");
  ASSERT_EQ(c->claims.size(), 2u);
  EXPECT_EQ(c->claims[0].value, "2021-03-03");
  EXPECT_EQ(c->claims[1].value, "2021-04-09");
}

TEST(ContradictionDateTest, ADayInsideAMonthAgrees) {
  StoryBuilder story;
  AddExpulsion(story, "Santiago News", "on 3 March 2021", "2021-03-03");
  AddExpulsion(story, "Lima Daily", "in March 2021", "2021-03");
  EXPECT_EQ(OfSlot(story.Find(), "date"), nullptr);
}

TEST(ContradictionDateTest, OnlyDatesWrittenInTheSentenceCount) {
  StoryBuilder story;
  AddExpulsion(story, "Santiago News", "on 3 March 2021", "2021-03-03");
  std::string clause = "Chile expelled the Peruvian ambassador";
  story.Add("Lima Daily", clause + ". Lima protested.")
      .Event("161", "Chile", "CHL", "Peru", "PER", clause, "expelled", code::Modality::kAsserted, "2021-04-09");
  EXPECT_EQ(OfSlot(story.Find(), "date"), nullptr);
}

TEST(ContradictionDateTest, AnInferredYearNeedsAPublicationDate) {
  StoryBuilder story;
  AddExpulsion(story, "Santiago News", "on 3 March 2021", "2021-03-03");
  auto& a = AddExpulsion(story, "Lima Daily", "on 9 April", "2021-04-09");
  a.facts().times.back().year_inferred = true;
  EXPECT_EQ(OfSlot(story.Find(), "date"), nullptr);
  a.facts().day = 18800;
  EXPECT_NE(OfSlot(story.Find(), "date"), nullptr);
}

TEST(ContradictionDateTest, RecurringActsAndOtherTriggersAreNotCompared) {
  StoryBuilder story;
  for (auto [outlet, day] : {std::pair{"Santiago News", "2021-03-03"}, std::pair{"Lima Daily", "2021-04-09"}}) {
    std::string clause = std::string("Chile shelled Peru on ") + day;
    auto& a = story.Add(outlet, clause + ". Lima protested.");
    a.Event("194", "Chile", "CHL", "Peru", "PER", clause, "shelled", code::Modality::kAsserted, day);
    a.Time(day, day);
  }
  AddExpulsion(story, "Santiago News", "on 3 March 2021", "2021-03-03");
  std::string clause = "Chile closed the Peruvian embassy on 9 April 2021";
  story.Add("Lima Daily", clause + ".")
      .Event("161", "Chile", "CHL", "Peru", "PER", clause, "closed", code::Modality::kAsserted, "2021-04-09")
      .Time("on 9 April 2021", "2021-04-09");
  EXPECT_EQ(OfSlot(story.Find(), "date"), nullptr);
}

TEST(ContradictionDateTest, AnOutletGivingSeveralDatesIsLeftOut) {
  StoryBuilder story;
  AddExpulsion(story, "Santiago News", "on 3 March 2021", "2021-03-03");
  AddExpulsion(story, "Lima Daily", "on 9 April 2021", "2021-04-09");
  AddExpulsion(story, "Lima Daily", "on 3 March 2021", "2021-03-03");
  EXPECT_EQ(OfSlot(story.Find(), "date"), nullptr);
}

}  // namespace
}  // namespace dossier::corroborate
