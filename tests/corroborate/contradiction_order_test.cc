// The "order" slot: who of two parties acted first in a reciprocal act.
#include "contradiction_test_support.h"

namespace dossier::corroborate {
namespace {

using testing::ArticleBuilder;
using testing::OfSlot;
using testing::StoryBuilder;

void Recall(ArticleBuilder& a, const std::string& who, const std::string& code, const std::string& whom,
            const std::string& whom_code, std::string_view clause) {
  a.Event("161", who, code, whom, whom_code, clause, "recall");
}

TEST(ContradictionOrderTest, FollowedSuitAgainstInReturn) {
  StoryBuilder story;
  auto& a = story.Add("Budapest Times",
                      "Hungary recalled its ambassador to Kenya on Monday. Kenya followed suit by "
                      "recalling its envoy.");
  Recall(a, "Hungary", "HUNGOV", "Kenya", "KEN", "Hungary recalled its ambassador to Kenya on Monday.");
  Recall(a, "Kenya", "KEN", "Hungary", "HUN", "Kenya followed suit by recalling its envoy.");
  auto& b = story.Add("Nairobi Star",
                      "Earlier, Kenya recalled its ambassador to Hungary. In return, Hungary recalled "
                      "its ambassador.");
  Recall(b, "Kenya", "KENGOV", "Hungary", "HUN", "Kenya recalled its ambassador to Hungary.");
  Recall(b, "Hungary", "HUN", "Kenya", "KEN", "Hungary recalled its ambassador.");
  StoryDossier d = story.Find();
  const Contradiction* c = OfSlot(d, "order");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->about, "who recalled an ambassador first, Hungary or Kenya");
  ASSERT_EQ(c->claims.size(), 2u);
  EXPECT_EQ(c->claims[0].value, "Hungary first");
  EXPECT_EQ(c->claims[0].articles, std::vector<uint32_t>{0});
  EXPECT_EQ(c->claims[1].value, "Kenya first");
  EXPECT_EQ(c->claims[1].articles, std::vector<uint32_t>{1});
  EXPECT_EQ(c->claims[1].mentions.size(), 2u);
}

TEST(ContradictionOrderTest, TheStrongerCueOfOneSentenceDecides) {
  StoryBuilder story;
  auto& a = story.Add("Budapest Times",
                      "In response, Kenya recalled its ambassador to Hungary, and Hungary did the same.");
  Recall(a, "Kenya", "KEN", "Hungary", "HUN", "Kenya recalled its ambassador to Hungary, and");
  a.Event("161", "Hungary", "HUN", "Kenya", "KEN", "Hungary did the same.", "did");
  auto& b = story.Add("Nairobi Star", "Hungary recalled its envoy. Kenya then recalled its envoy.");
  Recall(b, "Hungary", "HUN", "Kenya", "KEN", "Hungary recalled its envoy.");
  Recall(b, "Kenya", "KEN", "Hungary", "HUN", "Kenya then recalled its envoy.");
  StoryDossier d = story.Find();
  const Contradiction* c = OfSlot(d, "order");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->claims[0].value, "Kenya first");
  EXPECT_EQ(c->claims[1].value, "Hungary first");
}

TEST(ContradictionOrderTest, OutletsThatAgreeGiveNothing) {
  StoryBuilder story;
  for (const char* outlet : {"Budapest Times", "Nairobi Star"}) {
    auto& a = story.Add(outlet, "Hungary recalled its envoy. Kenya followed suit.");
    Recall(a, "Hungary", "HUN", "Kenya", "KEN", "Hungary recalled its envoy.");
    a.Event("161", "Kenya", "KEN", "Hungary", "HUN", "Kenya followed suit.", "followed");
  }
  EXPECT_EQ(OfSlot(story.Find(), "order"), nullptr);
}

TEST(ContradictionOrderTest, DistantActsWithoutCuesSayNothing) {
  StoryBuilder story;
  auto& a = story.Add("Budapest Times", "Hungary recalled its envoy. The talks failed. Kenya recalled its envoy.");
  Recall(a, "Hungary", "HUN", "Kenya", "KEN", "Hungary recalled its envoy.");
  Recall(a, "Kenya", "KEN", "Hungary", "HUN", "Kenya recalled its envoy.");
  auto& b = story.Add("Nairobi Star", "Kenya recalled its envoy. Hungary followed suit.");
  Recall(b, "Kenya", "KEN", "Hungary", "HUN", "Kenya recalled its envoy.");
  b.Event("161", "Hungary", "HUN", "Kenya", "KEN", "Hungary followed suit.", "followed");
  EXPECT_EQ(OfSlot(story.Find(), "order"), nullptr);
}

TEST(ContradictionOrderTest, DatesThatDoNotOverlapDecide) {
  StoryBuilder story;
  auto& a = story.Add("Budapest Times", "Kenya recalled its envoy on 4 May. Hungary recalled its envoy on 2 May.");
  a.Event("161", "Kenya", "KEN", "Hungary", "HUN", "Kenya recalled its envoy on 4 May.", "recall",
          code::Modality::kAsserted, "2023-05-04");
  a.Event("161", "Hungary", "HUN", "Kenya", "KEN", "Hungary recalled its envoy on 2 May.", "recall",
          code::Modality::kAsserted, "2023-05-02");
  auto& b = story.Add("Nairobi Star", "Kenya recalled its envoy. Hungary followed suit.");
  Recall(b, "Kenya", "KEN", "Hungary", "HUN", "Kenya recalled its envoy.");
  b.Event("161", "Hungary", "HUN", "Kenya", "KEN", "Hungary followed suit.", "followed");
  StoryDossier d = story.Find();
  const Contradiction* c = OfSlot(d, "order");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->claims[0].value, "Hungary first");
}

}  // namespace
}  // namespace dossier::corroborate
