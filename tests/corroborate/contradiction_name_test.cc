// The "name" slot: an entity written with words that are not its name.
#include "contradiction_test_support.h"

namespace dossier::corroborate {
namespace {

using testing::OfSlot;
using testing::StoryBuilder;

void AddPact(StoryBuilder& story, const std::string& outlet, const std::string& written, const std::string& how) {
  story.Add(outlet, "Peru criticised the " + written + " on Friday.")
      .Entity("Andean Security Pact", "organization", "ASP", 7, "igo", written, how);
}

TEST(ContradictionNameTest, AWrongNameAgainstTheRightOne) {
  StoryBuilder story;
  AddPact(story, "Lima Daily", "Andean Security Pact", "dictionary");
  AddPact(story, "Andes Post", "Pact for Andean Defence Cooperation", "fuzzy");
  AddPact(story, "Quito Mail", "Andean Security Pact", "dictionary");
  StoryDossier d = story.Find();
  const Contradiction* c = OfSlot(d, "name");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->about, "the name of the Andean Security Pact");
  ASSERT_EQ(c->claims.size(), 2u);
  EXPECT_EQ(c->claims[0].value, "Andean Security Pact");
  EXPECT_EQ(c->claims[0].articles, (std::vector<uint32_t>{0, 2}));
  EXPECT_EQ(c->claims[1].value, "Pact for Andean Defence Cooperation");
  const FactMention& m = c->claims[1].mentions.at(0);
  EXPECT_EQ(d.articles[1]->Span(m.begin, m.end), "Pact for Andean Defence Cooperation");
}

TEST(ContradictionNameTest, ASpellingVariantIsNoOtherName) {
  StoryBuilder story;
  AddPact(story, "Lima Daily", "Andean Security Pact", "dictionary");
  AddPact(story, "Andes Post", "Andian Securty Pact", "fuzzy");
  AddPact(story, "Quito Mail", "Andean Sec. Pact", "fuzzy");
  AddPact(story, "Cusco News", "Andean Pact", "fuzzy");
  EXPECT_EQ(OfSlot(story.Find(), "name"), nullptr);
}

TEST(ContradictionNameTest, AWrongNameNobodyElseWritesIsNoDisagreement) {
  StoryBuilder story;
  AddPact(story, "Andes Post", "Pact for Andean Defence Cooperation", "fuzzy");
  AddPact(story, "Lima Daily", "ASP", "acronym");
  EXPECT_EQ(OfSlot(story.Find(), "name"), nullptr);
}

}  // namespace
}  // namespace dossier::corroborate
