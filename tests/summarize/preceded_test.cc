#include "dossier/summarize/preceded.h"

#include <gtest/gtest.h>

#include "summarize/story_builder.h"

namespace dossier::summarize {
namespace {

using corroborate::TimelineEntry;

corroborate::StoryEvent Event(const std::string& code, const std::string& date,
                              code::Modality modality, size_t outlets) {
  corroborate::StoryEvent e;
  e.event.source.code = code;
  e.event.date_start = e.event.date_end = date;
  e.event.modality = modality;
  for (size_t i = 0; i < outlets; ++i) {
    e.sourcing.outlets.push_back("outlet" + std::to_string(i));
    e.mentions.push_back({uint32_t(i), 0, 0, 0});
  }
  e.sourcing.independent_sources = int(outlets);
  return e;
}

// Events: 0 the news (2021-03-09, three outlets), 1 an earlier vote (one
// outlet), 2 a planned visit, 3 an earlier border clash (two outlets).
testing::TestStory Story() {
  testing::TestStory story;
  for (int i = 0; i < 3; ++i) story.Add({"Kenya and Hungary signed a water agreement."});
  auto& d = story.dossier;
  d.events.push_back(Event("KENGOV", "2021-03-09", code::Modality::kAsserted, 3));
  d.events.push_back(Event("KENLEG", "2020-11", code::Modality::kAsserted, 1));
  d.events.push_back(Event("HUNGOV", "2021-06-01", code::Modality::kPlanned, 1));
  d.events.push_back(Event("UGAMIL", "2020-05-17", code::Modality::kAsserted, 2));
  d.timeline = {
      {"2019", "2021", "Hungary financed pumps", -1, {}},
      {"2020-05-17", "2020-05-17", "A border clash", 3, {}},
      {"2020-11", "2020-11", "Parliament voted for the loan", 1, {}},
      {"2020-11", "2020-11", "Parliament voted for the loan", 1, {}},
      {"2021-03-09", "2021-03-09", "The agreement was signed", 0, {}},
      {"2021-06-01", "2021-06-01", "A visit is planned", 2, {}},
  };
  return story;
}

std::vector<std::string> Texts(const std::vector<TimelineEntry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.text);
  return out;
}

TEST(PrecededTest, BeforeTheEarliestPublicationInDateOrder) {
  auto story = Story();
  story.articles[0].day = kb::DayFromCivil(2021, 3, 11);
  story.articles[1].day = kb::DayFromCivil(2021, 3, 10);
  story.articles[2].day = kb::DayFromCivil(2021, 3, 8);
  story.articles[2].copy_of = 0;  // a copy's date does not count
  EXPECT_EQ(NewsDay(story.dossier), kb::DayFromCivil(2021, 3, 10));
  EXPECT_EQ(Texts(PrecededEntries(story.dossier, 5)),
            (std::vector<std::string>{"A border clash", "Parliament voted for the loan",
                                      "The agreement was signed"}));
}

TEST(PrecededTest, KeepsTheBestSourced) {
  auto story = Story();
  story.articles[0].day = kb::DayFromCivil(2021, 3, 10);
  EXPECT_EQ(Texts(PrecededEntries(story.dossier, 1)),
            (std::vector<std::string>{"The agreement was signed"}));
  EXPECT_EQ(Texts(PrecededEntries(story.dossier, 2)),
            (std::vector<std::string>{"A border clash", "The agreement was signed"}));
}

TEST(PrecededTest, WithoutPublicationDatesTheLatestEventThatHappenedIsTheNews) {
  auto story = Story();
  EXPECT_EQ(NewsDay(story.dossier), kb::DayFromCivil(2021, 3, 9));
  EXPECT_EQ(Texts(PrecededEntries(story.dossier, 5)),
            (std::vector<std::string>{"A border clash", "Parliament voted for the loan"}));
}

TEST(PrecededTest, NothingDatedNothingPreceded) {
  testing::TestStory story;
  story.Add({"Chile and Peru met."});
  EXPECT_EQ(NewsDay(story.dossier), kb::kNoDay);
  EXPECT_TRUE(PrecededEntries(story.dossier, 5).empty());
}

}  // namespace
}  // namespace dossier::summarize
