// Filling in the year a date did not write.
#include <gtest/gtest.h>

#include "time/time_test_util.h"

namespace dossier::time {
namespace {

using testing::All;
using testing::One;
using Strings = std::vector<std::string>;

TEST(TimeFinderInferenceTest, AcrossTheYearBoundary) {
  const CivilDate pub{2024, 1, 5};
  // 28 December 2024 would be a year ahead: news reports the past.
  EXPECT_EQ(One("The ship sank on 28 December.", pub), "28 December|2023-12-28|2023-12-28|day|inf");
  EXPECT_EQ(One("It began in December.", pub), "December|2023-12|2023-12|month|inf");
  EXPECT_EQ(One("on 3 January", pub), "3 January|2024-01-03|2024-01-03|day|inf");
  // Up to 30 days ahead stays in the publication year: an announced date.
  EXPECT_EQ(One("The vote is on 2 February.", pub), "2 February|2024-02-02|2024-02-02|day|inf");
  EXPECT_EQ(One("It began on 12 March.", pub), "12 March|2023-03-12|2023-03-12|day|inf");
  EXPECT_EQ(One("from December to February", CivilDate{2024, 3, 10}),
            "from December to February|2023-12|2024-02|month|inf|range");
}

TEST(TimeFinderInferenceTest, FutureTenseInfersForward) {
  const CivilDate pub{2024, 12, 20};
  EXPECT_EQ(One("The summit will be held on 3 January.", pub),
            "3 January|2025-01-03|2025-01-03|day|inf");
  EXPECT_EQ(One("The summit was held on 3 January.", pub),
            "3 January|2024-01-03|2024-01-03|day|inf");
  EXPECT_EQ(One("The Games will open on 26 July.", CivilDate{2024, 5, 17}),
            "26 July|2024-07-26|2024-07-26|day|inf");
  EXPECT_EQ(One("Talks will resume in the spring.", pub), "spring|2025-03|2025-05|season|inf");
  // "will" in another clause does not count.
  EXPECT_EQ(One("It will be hard, he said on 3 January.", pub),
            "3 January|2024-01-03|2024-01-03|day|inf");
}

TEST(TimeFinderInferenceTest, YearEarlierInTheSameSentence) {
  const CivilDate pub{2024, 5, 17};
  EXPECT_EQ(All("In 2019, the company said on 12 June that it would close.", pub),
            (Strings{"2019|2019|2019|year", "12 June|2019-06-12|2019-06-12|day|inf"}));
}

TEST(TimeFinderInferenceTest, PublicationYearBeatsAnEarlierSentence) {
  // The year of background in the previous sentence is not carried over
  // when the publication date is known ("March 27" here is 2023).
  std::string text =
      "Finland applied in May 2022. Hungary's parliament approved the bid on March 27.";
  EXPECT_EQ(All(text, CivilDate{2023, 4, 4}),
            (Strings{"May 2022|2022-05|2022-05|month", "March 27|2023-03-27|2023-03-27|day|inf"}));
}

TEST(TimeFinderInferenceTest, WithoutPublicationTheNearestEarlierYear) {
  std::string text =
      "Finland applied in May 2022. Hungary's parliament approved the bid on March 27.";
  EXPECT_EQ(All(text), (Strings{"May 2022|2022-05|2022-05|month",
                                "March 27|2022-03-27|2022-03-27|day|inf"}));
  std::string two = "It ended in 2018. It restarted in 2021.\nTalks resumed on 12 June.";
  EXPECT_EQ(All(two).back(), "12 June|2021-06-12|2021-06-12|day|inf");
  // No year anywhere and no publication date: nothing to infer from.
  EXPECT_EQ(All("It happened on 12 June and in March."), Strings{});
}

TEST(TimeFinderInferenceTest, WithoutPublicationTheNewsYearBeatsAnEarlierSentence) {
  std::string text =
      "Finland applied in May 2022. Hungary's parliament approved the bid on March 27.";
  auto found = TimeFinder().Find(text, std::nullopt, 2023);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].start, "2022-05");
  EXPECT_EQ(found[1].start, "2023-03-27");
  EXPECT_TRUE(found[1].year_inferred);
  // A year written in the same sentence still wins; a publication date
  // makes the news year irrelevant.
  auto same = TimeFinder().Find("In 2019, the company said on 12 June that it would close.",
                                std::nullopt, 2023);
  ASSERT_EQ(same.size(), 2u);
  EXPECT_EQ(same[1].start, "2019-06-12");
  auto dated = TimeFinder().Find(text, CivilDate{2024, 4, 4}, 2023);
  EXPECT_EQ(dated[1].start, "2024-03-27");
  // Relative expressions stay unresolved without a publication date.
  EXPECT_TRUE(TimeFinder().Find("It happened yesterday.", std::nullopt, 2023).empty());
}

TEST(TimeFinderInferenceTest, RelativeYearInTheSameSentence) {
  // Without "last year", 12 June would be read as the coming one (26 days on).
  const CivilDate pub{2024, 5, 17};
  EXPECT_EQ(All("Last year the plant closed on 12 June.", pub),
            (Strings{"Last year|2023|2023|year|rel", "12 June|2023-06-12|2023-06-12|day|inf"}));
  EXPECT_EQ(All("It closed last year. It reopens on 12 June.", pub),
            (Strings{"last year|2023|2023|year|rel", "12 June|2024-06-12|2024-06-12|day|inf"}));
}

TEST(TimeFinderInferenceTest, LeapDays) {
  EXPECT_EQ(One("on 29 February", CivilDate{2024, 5, 1}),
            "29 February|2024-02-29|2024-02-29|day|inf");
  EXPECT_EQ(One("on 29 February", CivilDate{2023, 5, 1}), "");  // 2023 has none
  EXPECT_EQ(One("on 31 April", CivilDate{2024, 5, 1}), "");
}

TEST(TimeFinderInferenceTest, NatoArticle) {
  std::string text =
      "April 4, 2023 6:42 PM GMT+2 Updated 3 hours ago\n"
      "BRUSSELS, April 4 (Northern Ledger) - Finland joined NATO on Tuesday. The treaty was "
      "signed in Washington on April 4, 1949.\n"
      "Finland applied in May 2022. Hungary approved on March 27, and Turkey gave the last "
      "approval on Thursday of last week. Requests had risen since last spring.";
  EXPECT_EQ(All(text, CivilDate{2023, 4, 4}),
            (Strings{"April 4, 2023|2023-04-04|2023-04-04|day",
                     "April 4|2023-04-04|2023-04-04|day|inf",
                     "Tuesday|2023-04-04|2023-04-04|day|rel",
                     "April 4, 1949|1949-04-04|1949-04-04|day",
                     "May 2022|2022-05|2022-05|month",
                     "March 27|2023-03-27|2023-03-27|day|inf",
                     "Thursday of last week|2023-03-30|2023-03-30|day|rel",
                     "last spring|2022-03|2022-05|season|rel"}));
}

}  // namespace
}  // namespace dossier::time
