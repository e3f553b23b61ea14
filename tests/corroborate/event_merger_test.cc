#include "dossier/corroborate/event_merger.h"

#include <gtest/gtest.h>

#include "corroborate/hand_facts.h"

namespace dossier::corroborate {
namespace {

using testing::HandArticle;
using testing::Pointers;

struct Story {
  std::vector<HandArticle> articles;
  std::vector<const story::ArticleFacts*> ptrs;
  StoryEntityMap entities;
  std::vector<StoryEvent> events;
  void Merge() {
    ptrs = Pointers(articles);
    MergeEntities(ptrs, entities);
    EventMerger merger(ptrs, entities);
    events = merger.Merge();
  }
};

// Two outlets, each with Kenya and Chile as entities of the knowledge base.
Story TwoOutlets(const std::string& first, const std::string& second) {
  Story s;
  s.articles = {HandArticle("Andes Daily", first), HandArticle("Pampas Post", second)};
  for (HandArticle& a : s.articles) {
    a.Entity("Kenya", "country", "KEN", 10);
    a.Entity("Chile", "country", "CHL", 11);
  }
  return s;
}

TEST(EventMergerTest, TheSameEventFromTwoOutletsIsOne) {
  Story s = TwoOutlets("Kenya recalled its envoy to Chile.", "Chile saw Kenya recall its envoy to Chile.");
  s.articles[0].Event("Kenya recalled its envoy to Chile", "161", 0, 1, "2021-03-04");
  s.articles[1].Event("Kenya recall its envoy to Chile", "160", 0, 1);
  s.Merge();
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_EQ(s.events[0].mentions.size(), 2u);
  // The dated report is the more complete one.
  EXPECT_EQ(s.events[0].event.date_start, "2021-03-04");
  EXPECT_EQ(s.events[0].mentions[0].article, 0u);
  EXPECT_EQ(s.events[0].event.source.entity, 0);  // the story's entity
}

TEST(EventMergerTest, DeniedAndAssertedStayApart) {
  Story s = TwoOutlets("Kenya sent aid to Chile.", "Kenya denied it sent aid to Chile.");
  s.articles[0].Event("Kenya sent aid to Chile", "070", 0, 1);
  s.articles[1].Event("Kenya denied it sent aid to Chile", "070", 0, 1).modality = code::Modality::kDenied;
  s.Merge();
  EXPECT_EQ(s.events.size(), 2u);
}

TEST(EventMergerTest, DifferentActorsCodesOrDatesStayApart) {
  Story s = TwoOutlets("Kenya sent aid to Chile. Chile sent aid to Kenya. Kenya threatened Chile.",
                       "Kenya sent aid to Chile in 2019. Kenya sent aid to Chile in 2023.");
  s.articles[0].Event("Kenya sent aid to Chile", "070", 0, 1, "2023");
  s.articles[0].Event("Chile sent aid to Kenya", "070", 1, 0, "2023");
  s.articles[0].Event("Kenya threatened Chile", "130", 0, 1, "2023");
  s.articles[1].Event("Kenya sent aid to Chile in 2019", "070", 0, 1, "2019");
  s.articles[1].Event("Kenya sent aid to Chile in 2023", "071", 0, 1, "2023-05");
  s.Merge();
  ASSERT_EQ(s.events.size(), 4u);
  EXPECT_EQ(s.events[0].mentions.size(), 2u);  // 2023 and May 2023 overlap
}

TEST(EventMergerTest, AnEmptySideJoinsOnlyWhenTheRestMatchesWell) {
  Story s = TwoOutlets("Kenya sent aid to Chile.", "Kenya sent aid. Kenya cooperated.");
  s.articles[0].Event("Kenya sent aid to Chile", "070", 0, 1);
  s.articles[1].Event("Kenya sent aid", "070", 0, -1);
  s.articles[1].Event("Kenya cooperated", "071", 0, -1);
  s.Merge();
  ASSERT_EQ(s.events.size(), 2u);
  EXPECT_EQ(s.events[0].mentions.size(), 2u);
}

TEST(EventMergerTest, SameCountryDifferentSectorsMatch) {
  Story s;
  s.articles = {HandArticle("Andes Daily", "The Kenyan government sent aid to Chile."),
                HandArticle("Pampas Post", "Kenyan troops sent aid to Chile.")};
  s.articles[0].Entity("Kenyan government", "actor", "KENGOV");
  s.articles[0].Entity("Chile", "country", "CHL", 11);
  s.articles[1].Entity("Kenyan troops", "actor", "KENMIL");
  s.articles[1].Entity("Chile", "country", "CHL", 11);
  s.articles[0].Event("The Kenyan government sent aid to Chile", "070", 0, 1);
  s.articles[1].Event("Kenyan troops sent aid to Chile", "070", 0, 1);
  s.Merge();
  EXPECT_EQ(s.events.size(), 1u);
}

TEST(EventMergerTest, DatesOverlapAtAnyPrecision) {
  EXPECT_TRUE(DatesOverlap("2018", "2022", "2020-09", "2020-09"));
  EXPECT_TRUE(DatesOverlap("", "", "2020", "2020"));
  EXPECT_FALSE(DatesOverlap("2018", "2019", "2020-01-01", ""));
}

}  // namespace
}  // namespace dossier::corroborate
