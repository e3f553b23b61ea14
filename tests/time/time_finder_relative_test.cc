// Expressions resolved against the publication date.
#include <gtest/gtest.h>

#include "time/time_test_util.h"

namespace dossier::time {
namespace {

using testing::All;
using testing::One;
using Strings = std::vector<std::string>;

const CivilDate kPub{2024, 5, 17};  // a Friday

TEST(TimeFinderRelativeTest, Days) {
  EXPECT_EQ(One("Yesterday everyone talked.", kPub), "Yesterday|2024-05-16|2024-05-16|day|rel");
  EXPECT_EQ(One("the vote today", kPub), "today|2024-05-17|2024-05-17|day|rel");
  EXPECT_EQ(One("today's vote", kPub), "today|2024-05-17|2024-05-17|day|rel");
  EXPECT_EQ(One("rallies tonight", kPub), "tonight|2024-05-17|2024-05-17|day|rel");
  EXPECT_EQ(One("talks resume tomorrow", kPub), "tomorrow|2024-05-18|2024-05-18|day|rel");
  EXPECT_EQ(One("commitments made the day before to allow exports", kPub),
            "the day before|2024-05-16|2024-05-16|day|rel");
  EXPECT_EQ(One("as he had said the previous day.", kPub),
            "the previous day|2024-05-16|2024-05-16|day|rel");
  EXPECT_EQ(One("the day before yesterday", kPub),
            "the day before yesterday|2024-05-15|2024-05-15|day|rel");
}

TEST(TimeFinderRelativeTest, WeeksMonthsYears) {
  EXPECT_EQ(One("Last week, prices rose.", kPub), "Last week|2024-05-06|2024-05-12|week|rel");
  EXPECT_EQ(One("this week", kPub), "this week|2024-05-13|2024-05-19|week|rel");
  EXPECT_EQ(One("next week", kPub), "next week|2024-05-20|2024-05-26|week|rel");
  EXPECT_EQ(One("earlier this week", kPub), "earlier this week|2024-05-13|2024-05-19|week|rel");
  EXPECT_EQ(One("last month", kPub), "last month|2024-04|2024-04|month|rel");
  EXPECT_EQ(One("this month", kPub), "this month|2024-05|2024-05|month|rel");
  EXPECT_EQ(One("next month", kPub), "next month|2024-06|2024-06|month|rel");
  EXPECT_EQ(One("earlier this month", kPub), "earlier this month|2024-05|2024-05|month|rel");
  EXPECT_EQ(One("last year's harvest", kPub), "last year|2023|2023|year|rel");
  EXPECT_EQ(One("Earlier this year, Poland agreed", kPub),
            "Earlier this year|2024|2024|year|rel");
  EXPECT_EQ(One("from next year", kPub), "next year|2025|2025|year|rel");
  EXPECT_EQ(One("late last year", kPub), "late last year|2023-09|2023-12|year|rel");
  EXPECT_EQ(One("early next year", kPub), "early next year|2025-01|2025-04|year|rel");
  EXPECT_EQ(One("later this year", kPub), "later this year|2024|2024|year|rel");
  EXPECT_EQ(One("in this century", kPub), "this century|2000|2099|century|rel");
  EXPECT_EQ(One("in January last year", kPub), "January last year|2023-01|2023-01|month|rel");
  EXPECT_EQ(One("March this year", kPub), "March this year|2024-03|2024-03|month|rel");
}

TEST(TimeFinderRelativeTest, Ago) {
  EXPECT_EQ(One("two years ago", kPub), "two years ago|2022|2022|year|rel");
  EXPECT_EQ(One("10 years ago", kPub), "10 years ago|2014|2014|year|rel");
  EXPECT_EQ(One("three days ago", kPub), "three days ago|2024-05-14|2024-05-14|day|rel");
  EXPECT_EQ(One("a week ago", kPub), "a week ago|2024-05-06|2024-05-12|week|rel");
  EXPECT_EQ(One("six months ago", kPub), "six months ago|2023-11|2023-11|month|rel");
  EXPECT_EQ(One("a year ago", kPub), "a year ago|2023|2023|year|rel");
  EXPECT_EQ(One("Updated 3 hours ago", kPub), "");  // hours are below a day
}

TEST(TimeFinderRelativeTest, Weekdays) {
  // Publication is a Friday: a bare weekday is the latest one on or before it.
  EXPECT_EQ(One("The minister said on Thursday that", kPub),
            "Thursday|2024-05-16|2024-05-16|day|rel");
  EXPECT_EQ(One("signed on Friday", kPub), "Friday|2024-05-17|2024-05-17|day|rel");
  EXPECT_EQ(One("on Saturday", kPub), "Saturday|2024-05-11|2024-05-11|day|rel");
  EXPECT_EQ(One("next Thursday", kPub), "next Thursday|2024-05-23|2024-05-23|day|rel");
  EXPECT_EQ(One("last Friday", kPub), "last Friday|2024-05-10|2024-05-10|day|rel");
  EXPECT_EQ(One("this coming Monday", kPub), "this coming Monday|2024-05-20|2024-05-20|day|rel");
  EXPECT_EQ(One("this past Monday", kPub), "this past Monday|2024-05-13|2024-05-13|day|rel");
  EXPECT_EQ(One("this Wednesday", kPub), "this Wednesday|2024-05-15|2024-05-15|day|rel");
  EXPECT_EQ(One("approval on Thursday of last week", kPub),
            "Thursday of last week|2024-05-09|2024-05-09|day|rel");
  EXPECT_EQ(One("Thursday of next week", kPub),
            "Thursday of next week|2024-05-23|2024-05-23|day|rel");
}

TEST(TimeFinderRelativeTest, FutureTenseLooksAhead) {
  EXPECT_EQ(One("Ministers will meet on Monday", kPub), "Monday|2024-05-20|2024-05-20|day|rel");
  EXPECT_EQ(One("They'll vote on Friday", kPub), "Friday|2024-05-17|2024-05-17|day|rel");
  // The future verb is in another clause: the weekday stays in the past.
  EXPECT_EQ(One("It will retaliate, the Kremlin said on Monday", kPub),
            "Monday|2024-05-13|2024-05-13|day|rel");
}

TEST(TimeFinderRelativeTest, NeedsAPublicationDate) {
  EXPECT_EQ(All("yesterday, last week, two years ago, this spring and on Thursday"), Strings{});
  EXPECT_EQ(All("yesterday", CivilDate{2024, 5, 0}), Strings{});  // not a full date
  EXPECT_EQ(All("yesterday", CivilDate{2024, 2, 30}), Strings{});  // not a date at all
}

TEST(TimeFinderRelativeTest, ExampleArticle) {
  std::string text =
      "ODESA, Ukraine, July 23 (Meridian Times) - Russian missiles struck the port on "
      "Saturday, less than a day after the deal was signed on Friday.\n"
      "\"Yesterday everyone was talking about the ships. Today nobody knows.\"\n"
      "Grain has been trapped since the invasion began in February. Farmers are in the "
      "middle of this year's harvest.";
  EXPECT_EQ(All(text, CivilDate{2022, 7, 23}),
            (Strings{"July 23|2022-07-23|2022-07-23|day|inf",
                     "Saturday|2022-07-23|2022-07-23|day|rel",
                     "Friday|2022-07-22|2022-07-22|day|rel",
                     "Yesterday|2022-07-22|2022-07-22|day|rel",
                     "Today|2022-07-23|2022-07-23|day|rel",
                     "February|2022-02|2022-02|month|inf",
                     "this year|2022|2022|year|rel"}));
}

}  // namespace
}  // namespace dossier::time
