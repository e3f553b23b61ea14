#include "dossier/corroborate/timeline_builder.h"

#include <gtest/gtest.h>

#include "corroborate/hand_facts.h"

namespace dossier::corroborate {
namespace {

using testing::HandArticle;
using testing::Pointers;

TEST(TimelineBuilderTest, DatedFactsInOrderWithDuplicatesMerged) {
  std::vector<HandArticle> articles = {
      HandArticle("Andes Daily", "On 3 May 2021, Kenya recalled its ambassador from Chile after the vote. "
                                 "Kenya joined the trade bloc in 1999 after long talks with its neighbours."),
      HandArticle("Pampas Post", "Kenya recalled its ambassador from Chile after the vote on 3 May 2021. "
                                 "Published 4 May 2021."),
  };
  for (HandArticle& a : articles) {
    a.Entity("Kenya", "country", "KEN", 10);
    a.Entity("Chile", "country", "CHL", 11);
  }
  articles[0].Time("3 May 2021", "2021-05-03");
  articles[0].Time("1999", "1999");
  articles[1].Time("3 May 2021", "2021-05-03");
  articles[1].Time("4 May 2021", "2021-05-04");
  StoryDossier d;
  d.articles = Pointers(articles);
  StoryEvent recall;
  recall.event = articles[0].Event("Kenya recalled its ambassador from Chile", "161", 0, 1, "2021-05-03");
  recall.mentions = {{0, 0, recall.event.begin, recall.event.end}};
  d.events.push_back(recall);

  auto timeline = BuildTimeline(d);
  ASSERT_EQ(timeline.size(), 2u);
  EXPECT_EQ(timeline[0].start, "1999");
  EXPECT_EQ(timeline[0].event, -1);
  EXPECT_EQ(timeline[0].text, "Kenya joined the trade bloc in 1999 after long talks with its neighbours.");
  EXPECT_EQ(timeline[1].start, "2021-05-03");
  EXPECT_EQ(timeline[1].end, "2021-05-03");
  EXPECT_EQ(timeline[1].event, 0);
  EXPECT_EQ(timeline[1].text, "Kenya recalled its ambassador from Chile");
}

TEST(TimelineBuilderTest, UndatedOrEmptySentencesGiveNothing) {
  std::vector<HandArticle> articles = {HandArticle("Andes Daily", "It rained a lot in the whole of 2020 there.")};
  articles[0].Time("2020", "2020");
  articles[0].Time("the whole", "");
  StoryDossier d;
  d.articles = Pointers(articles);
  EXPECT_TRUE(BuildTimeline(d).empty());  // names no entity, carries no event
}

TEST(TimelineBuilderTest, ShortTextCutsAtAWord) {
  EXPECT_EQ(ShortText("  Kenya \n recalled   its envoy ", 100), "Kenya recalled its envoy");
  EXPECT_EQ(ShortText("Kenya recalled its envoy", 16), "Kenya recalled\xE2\x80\xA6");
}

}  // namespace
}  // namespace dossier::corroborate
