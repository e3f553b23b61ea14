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
