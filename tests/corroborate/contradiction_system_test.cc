// The "system" slot: one designation, kinds that neither refine nor overlap.
#include "contradiction_test_support.h"

namespace dossier::corroborate {
namespace {

using testing::OfSlot;
using testing::StoryBuilder;

void AddSale(StoryBuilder& story, const std::string& outlet, const std::string& described) {
  story.Add(outlet, "Chile sold Vortex-7 " + described + " to Peru last year. The deal was secret.")
      .Entity("Vortex-7", "weapon", "", -1, "", "Vortex-7", "pattern");
}

TEST(ContradictionSystemTest, SiblingKindsContradict) {
  StoryBuilder story;
  AddSale(story, "Lima Daily", "counter-drone jammers");
  AddSale(story, "Andes Post", "missile defence systems");
  StoryDossier d = story.Find();
  const Contradiction* c = OfSlot(d, "system");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->about, "what Vortex-7 is");
  ASSERT_EQ(c->claims.size(), 2u);
  EXPECT_EQ(c->claims[0].value, "a counter-drone system");
  EXPECT_EQ(c->claims[1].value, "a missile-defence system");
  EXPECT_EQ(c->claims[1].articles, std::vector<uint32_t>{1});
  ASSERT_EQ(c->claims[1].mentions.size(), 1u);
  const auto& m = c->claims[1].mentions[0];
  EXPECT_EQ(d.articles[1]->Span(m.begin, m.end),
            "Chile sold Vortex-7 missile defence systems to Peru last year.");
}

TEST(ContradictionSystemTest, ARefinementAgreesWithItsBroaderKind) {
  StoryBuilder story;
  AddSale(story, "Lima Daily", "air defence systems");
  AddSale(story, "Andes Post", "mobile anti-drone stations");
  EXPECT_EQ(OfSlot(story.Find(), "system"), nullptr);
}

TEST(ContradictionSystemTest, KindsOneSystemCanHaveAtOnceAgree) {
  StoryBuilder story;
  AddSale(story, "Lima Daily", "counter-drone stations");
  AddSale(story, "Andes Post", "electronic warfare systems");
  EXPECT_EQ(OfSlot(story.Find(), "system"), nullptr);
}

TEST(ContradictionSystemTest, ACopyOrTheSameOutletIsNoSecondVoice) {
  StoryBuilder same_outlet;
  AddSale(same_outlet, "Lima Daily", "counter-drone jammers");
  AddSale(same_outlet, "Lima Daily", "missile defence systems");
  EXPECT_EQ(OfSlot(same_outlet.Find(), "system"), nullptr);

  StoryBuilder story;
  AddSale(story, "Lima Daily", "counter-drone jammers");
  story.Add("Andes Post", "Chile sold Vortex-7 missile defence systems to Peru last year.")
      .Entity("Vortex-7", "weapon", "", -1, "", "Vortex-7", "pattern")
      .CopyOf(0);
  EXPECT_EQ(OfSlot(story.Find(), "system"), nullptr);
}

TEST(ContradictionSystemTest, WordsPastTheDesignationsPhraseAreNotItsKind) {
  StoryBuilder story;
  AddSale(story, "Lima Daily", "counter-drone jammers");
  story.Add("Andes Post", "Chile sold Vortex-7 and drones to Peru. Vortex-7 units shot down drones there.")
      .Entity("Vortex-7", "weapon", "", -1, "", "Vortex-7", "pattern");
  story.Add("Quito Mail", "Vortex-7 stations destroyed drones over Lima.")
      .Entity("Vortex-7", "weapon", "", -1, "counter_drone", "Vortex-7", "pattern");
  EXPECT_EQ(OfSlot(story.Find(), "system"), nullptr);
}

TEST(ContradictionSystemTest, OtherDesignationsAreNotCompared) {
  StoryBuilder story;
  AddSale(story, "Lima Daily", "counter-drone jammers");
  story.Add("Andes Post", "Chile sold Condor-2 missile defence systems to Peru.")
      .Entity("Condor-2", "weapon", "", -1, "", "Condor-2", "pattern");
  EXPECT_EQ(OfSlot(story.Find(), "system"), nullptr);
}

}  // namespace
}  // namespace dossier::corroborate
