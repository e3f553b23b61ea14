// The "status" slot: done in one outlet, only planned or denied in another.
#include "contradiction_test_support.h"

namespace dossier::corroborate {
namespace {

using code::Modality;
using testing::ArticleBuilder;
using testing::OfSlot;
using testing::StoryBuilder;

ArticleBuilder& AddMembership(StoryBuilder& story, const std::string& outlet, const std::string& clause,
                              const std::string& trigger, Modality modality) {
  auto& a = story.Add(outlet, clause + ". Talks go on.");
  a.Event("161", "Hungary", "HUNGOV", "Danube Council", "DANC", clause, trigger, modality);
  return a;
}

TEST(ContradictionStatusTest, LeftAgainstWillLeave) {
  StoryBuilder story;
  AddMembership(story, "Budapest Times", "Hungary has left the Danube Council", "left", Modality::kAsserted);
  AddMembership(story, "Vienna Post", "Hungary will leave the Danube Council", "leave", Modality::kPlanned);
  StoryDossier d = story.Find();
  const Contradiction* c = OfSlot(d, "status");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->about, "whether Hungary has left Danube Council");
  ASSERT_EQ(c->claims.size(), 2u);
  EXPECT_EQ(c->claims[0].value, "has left");
  EXPECT_EQ(c->claims[1].value, "will leave (planned)");
}

TEST(ContradictionStatusTest, APlanReportedInThePastMayHaveBeenCarriedOut) {
  StoryBuilder story;
  AddMembership(story, "Budapest Times", "Hungary has left the Danube Council", "left", Modality::kAsserted);
  AddMembership(story, "Vienna Post", "Hungary said in May it would leave the Danube Council", "leave",
                Modality::kPlanned);
  EXPECT_EQ(OfSlot(story.Find(), "status"), nullptr);
}

TEST(ContradictionStatusTest, SuspendingIsNotLeaving) {
  StoryBuilder story;
  AddMembership(story, "Budapest Times", "Hungary has suspended its seat in the Danube Council", "suspended",
                Modality::kAsserted);
  AddMembership(story, "Vienna Post", "Hungary will leave the Danube Council", "leave", Modality::kPlanned);
  EXPECT_EQ(OfSlot(story.Find(), "status"), nullptr);
}

TEST(ContradictionStatusTest, APlanLongBeforeTheDeedIsHistory) {
  StoryBuilder story;
  AddMembership(story, "Budapest Times", "Hungary has left the Danube Council", "left", Modality::kAsserted)
      .facts().day = 19000;
  AddMembership(story, "Vienna Post", "Hungary will leave the Danube Council", "leave", Modality::kPlanned)
      .facts().day = 18900;
  EXPECT_EQ(OfSlot(story.Find(), "status"), nullptr);
}

// Articles read from their text alone: recognised entities, no coded events.
ArticleBuilder& AddText(StoryBuilder& story, const std::string& outlet, const std::string& text) {
  auto& a = story.Add(outlet, text);
  a.Entity("Hungary", "country", "HUN", -1, "", "Hungary");
  a.Entity("Danube Council", "organization", "DANC", -1, "igo", "Danube Council");
  return a;
}

TEST(ContradictionStatusTest, ANounPhraseStatesTheActAsDone) {
  StoryBuilder story;
  AddText(story, "Budapest Times", "Since Hungary's exit from the Danube Council, trade has fallen. Talks go on.");
  AddText(story, "Vienna Post", "Hungary will leave the Danube Council. Talks go on.");
  StoryDossier d = story.Find();
  const Contradiction* c = OfSlot(d, "status");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->claims.size(), 2u);
  EXPECT_EQ(c->claims[0].value, "has left");
  ASSERT_EQ(c->claims[0].mentions.size(), 1u);
  const auto& m = c->claims[0].mentions[0];
  EXPECT_EQ(story.Text(0).substr(m.begin, m.end - m.begin), "Hungary's exit from the Danube Council");
  EXPECT_EQ(c->claims[1].value, "will leave (planned)");
}

TEST(ContradictionStatusTest, ACauseOrATalkOfLeavingIsNotDone) {
  for (const char* text : {"Sanctions could lead to Hungary's withdrawal from the Danube Council.",
                           "There is talk of Hungary's withdrawal from the Danube Council.",
                           "Hungary's planned withdrawal from the Danube Council worries Kenya.",
                           "Hungary said it would leave the Danube Council."}) {
    StoryBuilder story;
    AddText(story, "Budapest Times", text);
    AddText(story, "Vienna Post", "Hungary will leave the Danube Council.");
    EXPECT_EQ(OfSlot(story.Find(), "status"), nullptr) << text;
  }
}

TEST(ContradictionStatusTest, SuspendingOrBeginningToLeaveIsPartial) {
  for (const char* text : {"Hungary has suspended its participation in the Danube Council.",
                           "Hungary began the process of withdrawing from the Danube Council."}) {
    StoryBuilder story;
    AddText(story, "Budapest Times", "Hungary left the Danube Council in May.");
    AddText(story, "Vienna Post", text);
    StoryDossier d = story.Find();
    const Contradiction* c = OfSlot(d, "status");
    ASSERT_NE(c, nullptr) << text;
    ASSERT_EQ(c->claims.size(), 2u);
    EXPECT_EQ(c->claims[0].value, "has left");
    EXPECT_EQ(c->claims[1].value.rfind("only partly", 0), 0u) << c->claims[1].value;
  }
}

TEST(ContradictionStatusTest, TheAllianceIsTheOneOrganisationNamed) {
  StoryBuilder one;
  AddText(one, "Budapest Times", "The Danube Council met. A reason for Hungary's withdrawal from the alliance was cost.");
  AddText(one, "Vienna Post", "Hungary will leave the Danube Council.");
  EXPECT_NE(OfSlot(one.Find(), "status"), nullptr);

  StoryBuilder two;
  AddText(two, "Budapest Times",
          "The Danube Council and the Tisza Pact met. A reason for Hungary's withdrawal from the alliance was cost.")
      .Entity("Tisza Pact", "organization", "TISP", -1, "igo", "Tisza Pact");
  AddText(two, "Vienna Post", "Hungary will leave the Danube Council.");
  EXPECT_EQ(OfSlot(two.Find(), "status"), nullptr);
}

TEST(ContradictionStatusTest, AnEarlierPlanIsProgressALaterOneDisagrees) {
  for (kb::Day plan_day : {18999, 19001}) {
    StoryBuilder story;
    AddText(story, "Budapest Times", "Hungary has left the Danube Council.").facts().day = 19000;
    AddText(story, "Vienna Post", "Hungary will leave the Danube Council.").facts().day = plan_day;
    EXPECT_EQ(OfSlot(story.Find(), "status") != nullptr, plan_day > 19000) << plan_day;
  }
}

TEST(ContradictionStatusTest, SuppliedAgainstDidNotSupply) {
  StoryBuilder story;
  story.Add("Santiago News", "Chile supplied rifles to Peru.")
      .Event("072", "Chile", "CHL", "Peru", "PER", "Chile supplied rifles to Peru", "supplied");
  story.Add("Lima Daily", "Chile did not supply rifles to Peru.")
      .Event("072", "Chile", "CHLGOV", "Peru", "PER", "Chile did not supply rifles to Peru", "supply",
             Modality::kNegated);
  story.Add("Quito Mail", "Chile offered to supply rifles to Peru.")
      .Event("072", "Chile", "CHL", "Peru", "PER", "Chile offered to supply rifles to Peru", "supply",
             Modality::kPlanned);
  StoryDossier d = story.Find();
  const Contradiction* c = OfSlot(d, "status");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->claims.size(), 2u);
  EXPECT_EQ(c->claims[0].articles, std::vector<uint32_t>{0});
  EXPECT_EQ(c->claims[1].articles, std::vector<uint32_t>{1});
}

}  // namespace
}  // namespace dossier::corroborate
