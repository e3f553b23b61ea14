// The "number" slot: counts of one thing whose ranges cannot both hold.
#include "contradiction_test_support.h"

namespace dossier::corroborate {
namespace {

using testing::OfSlot;
using testing::StoryBuilder;

void AddKilling(StoryBuilder& story, const std::string& outlet, const std::string& count) {
  std::string clause = "Police killed " + count + " protesters in Lima";
  story.Add(outlet, clause + " on Sunday. The city was calm.")
      .Event("1823", "Police", "PERCOP", "protesters", "PEROPP", clause, "killed");
}

StoryDossier Compare(const std::string& first, const std::string& second) {
  StoryBuilder story;
  AddKilling(story, "Lima Daily", first);
  AddKilling(story, "Andes Post", second);
  return story.Find();
}

TEST(ContradictionNumberTest, CountsThatCannotBothHoldContradict) {
  StoryDossier d = Compare("12", "at least 30");
  const Contradiction* c = OfSlot(d, "number");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->about, "how many protesters: Police killed protesters");
  ASSERT_EQ(c->claims.size(), 2u);
  EXPECT_EQ(c->claims[0].value, "12 protesters");
  EXPECT_EQ(c->claims[1].value, "at least 30 protesters");
}

TEST(ContradictionNumberTest, NumbersWrittenAsWordsAreRead) {
  EXPECT_NE(OfSlot(Compare("twelve", "twenty-five"), "number"), nullptr);
  EXPECT_EQ(OfSlot(Compare("twelve", "12"), "number"), nullptr);
  EXPECT_EQ(OfSlot(Compare("twenty-five", "25"), "number"), nullptr);
}

TEST(ContradictionNumberTest, RangesThatOverlapAgree) {
  EXPECT_EQ(OfSlot(Compare("more than a dozen", "15"), "number"), nullptr);
  EXPECT_EQ(OfSlot(Compare("about 20", "22"), "number"), nullptr);
  EXPECT_EQ(OfSlot(Compare("dozens of", "40"), "number"), nullptr);
  EXPECT_NE(OfSlot(Compare("more than a dozen", "10"), "number"), nullptr);
  EXPECT_NE(OfSlot(Compare("up to 5", "hundreds of"), "number"), nullptr);
}

TEST(ContradictionNumberTest, DifferentEventsAreNotCompared) {
  StoryBuilder story;
  AddKilling(story, "Lima Daily", "12");
  std::string clause = "Police detained 300 protesters in Lima";
  story.Add("Andes Post", clause + ".").Event("173", "Police", "PERCOP", "protesters", "PEROPP", clause, "detained");
  EXPECT_EQ(OfSlot(story.Find(), "number"), nullptr);
}

TEST(ContradictionNumberTest, AnOutletWithTwoCountsIsLeftOut) {
  StoryBuilder story;
  AddKilling(story, "Lima Daily", "12");
  AddKilling(story, "Lima Daily", "40");
  AddKilling(story, "Andes Post", "40");
  EXPECT_EQ(OfSlot(story.Find(), "number"), nullptr);
}

}  // namespace
}  // namespace dossier::corroborate
