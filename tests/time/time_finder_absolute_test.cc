// Absolute dates: full, partial and ranges, with and without a year.
#include <gtest/gtest.h>

#include "time/time_test_util.h"

namespace dossier::time {
namespace {

using testing::All;
using testing::One;
using Strings = std::vector<std::string>;

const CivilDate kPub{2024, 5, 17};  // a Friday

TEST(TimeFinderAbsoluteTest, FullDatesInCommonForms) {
  EXPECT_EQ(One("The accord was signed on 12 June 2023 in Paris."),
            "12 June 2023|2023-06-12|2023-06-12|day");
  EXPECT_EQ(One("signed on June 12, 2023, in Paris"), "June 12, 2023|2023-06-12|2023-06-12|day");
  EXPECT_EQ(One("signed June 12 2023"), "June 12 2023|2023-06-12|2023-06-12|day");
  EXPECT_EQ(One("on 12th June 2023"), "12th June 2023|2023-06-12|2023-06-12|day");
  EXPECT_EQ(One("on the 12th of June 2023"), "12th of June 2023|2023-06-12|2023-06-12|day");
  EXPECT_EQ(One("on 12 June, 2023"), "12 June, 2023|2023-06-12|2023-06-12|day");
  EXPECT_EQ(One("The treaty was signed in Washington on April 4, 1949."),
            "April 4, 1949|1949-04-04|1949-04-04|day");
}

TEST(TimeFinderAbsoluteTest, AbbreviatedMonths) {
  EXPECT_EQ(One("filed on Jan. 5, 2024."), "Jan. 5, 2024|2024-01-05|2024-01-05|day");
  EXPECT_EQ(One("until Sept. 3, 2022"), "Sept. 3, 2022|2022-09-03|2022-09-03|day");
  EXPECT_EQ(One("on 5 Sept 2022"), "5 Sept 2022|2022-09-05|2022-09-05|day");
  EXPECT_EQ(One("results for Dec 2023"), "Dec 2023|2023-12|2023-12|month");
  EXPECT_EQ(One("sales for Jan-Mar 2024"), "Jan-Mar 2024|2024-01|2024-03|month|range");
  EXPECT_EQ(One("in Apr.-Jun. 2024"), "Apr.-Jun. 2024|2024-04|2024-06|month|range");
  EXPECT_EQ(One("In Dec. the board met.", CivilDate{2024, 5, 17}), "");  // alone: too weak
}

TEST(TimeFinderAbsoluteTest, NumericDatesOnlyWhenUnambiguous) {
  EXPECT_EQ(One("Published 2023-06-12."), "2023-06-12|2023-06-12|2023-06-12|day");
  EXPECT_EQ(One("Stand: 12.06.2023"), "12.06.2023|2023-06-12|2023-06-12|day");
  EXPECT_EQ(One("dated 25/12/2023"), "25/12/2023|2023-12-25|2023-12-25|day");
  EXPECT_EQ(One("dated 12/25/2023"), "12/25/2023|2023-12-25|2023-12-25|day");
  EXPECT_EQ(One("dated 06/06/2023"), "06/06/2023|2023-06-06|2023-06-06|day");
  EXPECT_EQ(One("dated 06/12/2023"), "");  // 6 December or June 12?
  EXPECT_EQ(One("dated 2023-02-30"), "");  // no such day
  EXPECT_EQ(One("version 1.2.2023.4"), "");
}

TEST(TimeFinderAbsoluteTest, DayAndMonthWithoutYear) {
  EXPECT_EQ(One("It opened on June 12th.", CivilDate{2023, 7, 1}),
            "June 12th|2023-06-12|2023-06-12|day|inf");
  EXPECT_EQ(One("It opened on 12 June.", CivilDate{2023, 7, 1}),
            "12 June|2023-06-12|2023-06-12|day|inf");
  EXPECT_EQ(One("BRUSSELS, April 4 (Reuters) - Finland joined", CivilDate{2023, 4, 4}),
            "April 4|2023-04-04|2023-04-04|day|inf");
}

TEST(TimeFinderAbsoluteTest, MonthsAndYears) {
  EXPECT_EQ(One("applied in May 2022, months after"), "May 2022|2022-05|2022-05|month");
  EXPECT_EQ(One("in May of 2022"), "May of 2022|2022-05|2022-05|month");
  EXPECT_EQ(One("In 2019, the plant closed."), "2019|2019|2019|year");
  EXPECT_EQ(One("frozen since 2014"), "2014|2014|2014|year");
  EXPECT_EQ(One("net zero by 2050."), "2050|2050|2050|year");
  EXPECT_EQ(One("until 2025 at least"), "2025|2025|2025|year");
  EXPECT_EQ(One("the year 2000 problem"), "2000|2000|2000|year");
  EXPECT_EQ(One("2022's harvest was poor"), "2022|2022|2022|year");
  EXPECT_EQ(One("in the 2022 election"), "2022|2022|2022|year");
  EXPECT_EQ(One("by the end of 2022."), "2022|2022|2022|year");
  EXPECT_EQ(All("in 2019 and 2020"), (Strings{"2019|2019|2019|year", "2020|2020|2020|year"}));
  EXPECT_EQ(All("in 2014, 2016 or 2018"),
            (Strings{"2014|2014|2014|year", "2016|2016|2016|year", "2018|2018|2018|year"}));
}

TEST(TimeFinderAbsoluteTest, MonthAloneNeedsACue) {
  EXPECT_EQ(One("It began in March.", kPub), "March|2024-03|2024-03|month|inf");
  EXPECT_EQ(One("trapped since February", kPub), "February|2024-02|2024-02|month|inf");
  EXPECT_EQ(One("due by June", kPub), "June|2024-06|2024-06|month|inf");
  EXPECT_EQ(One("at the end of January", kPub), "January|2024-01|2024-01|month|inf");
  EXPECT_EQ(One("It began in early March.", kPub),
            "early March|2024-03-01|2024-03-10|month|inf");
  EXPECT_EQ(One("by mid-March", kPub), "mid-March|2024-03-11|2024-03-20|month|inf");
  EXPECT_EQ(One("in late February", kPub), "late February|2024-02-21|2024-02-29|month|inf");
  EXPECT_EQ(One("It began in late February.", CivilDate{2023, 5, 1}),
            "late February|2023-02-21|2023-02-28|month|inf");
  EXPECT_EQ(One("It rose last March.", kPub), "last March|2024-03|2024-03|month|rel");
  EXPECT_EQ(One("It ends next January.", kPub), "next January|2025-01|2025-01|month|rel");
}

TEST(TimeFinderAbsoluteTest, QualifiedYearsAndDecades) {
  EXPECT_EQ(One("expected by mid-2022"), "mid-2022|2022-05|2022-08|year");
  EXPECT_EQ(One("in early 2023"), "early 2023|2023-01|2023-04|year");
  EXPECT_EQ(One("Late 2021 saw a surge"), "Late 2021|2021-09|2021-12|year");
  EXPECT_EQ(One("in mid-March 2023"), "mid-March 2023|2023-03-11|2023-03-20|month");
  EXPECT_EQ(One("since the 1990s"), "1990s|1990|1999|decade");
  EXPECT_EQ(One("a 1990s hit"), "1990s|1990|1999|decade");
  EXPECT_EQ(One("in the 1990's"), "1990's|1990|1999|decade");
  EXPECT_EQ(One("music of the '90s"), "'90s|1990|1999|decade");
  EXPECT_EQ(One("in the \xE2\x80\x99" "80s"), "\xE2\x80\x99" "80s|1980|1989|decade");
  EXPECT_EQ(One("in the late 1980s"), "late 1980s|1987|1989|decade");
  EXPECT_EQ(One("the early 2000s"), "early 2000s|2000|2003|decade");
}

TEST(TimeFinderAbsoluteTest, YearRanges) {
  EXPECT_EQ(One("between 2018 and 2022"), "between 2018 and 2022|2018|2022|year|range");
  EXPECT_EQ(One("from 2014 to 2016"), "from 2014 to 2016|2014|2016|year|range");
  EXPECT_EQ(One("in 2014 through 2016"), "2014 through 2016|2014|2016|year|range");
  EXPECT_EQ(One("the 2018-2022 plan"), "2018-2022|2018|2022|year|range");
  EXPECT_EQ(One("the 2018\xE2\x80\x93" "22 plan"), "2018\xE2\x80\x93" "22|2018|2022|year|range");
  EXPECT_EQ(One("the 2022/23 season"), "2022/23|2022|2023|year|range");
  EXPECT_EQ(One("the 2022/25 plan"), "");  // a slash joins consecutive years only
  EXPECT_EQ(One("from 2022 to 2018"), "2022|2022|2022|year");  // backwards: not a range
  EXPECT_EQ(One("rose 2014 to 2016"), "");  // no frame, no cue
}

TEST(TimeFinderAbsoluteTest, MonthAndDayRanges) {
  EXPECT_EQ(One("in March\xE2\x80\x93May 2023"),
            "March\xE2\x80\x93May 2023|2023-03|2023-05|month|range");
  EXPECT_EQ(One("March to May 2023"), "March to May 2023|2023-03|2023-05|month|range");
  EXPECT_EQ(One("from March to May", CivilDate{2023, 7, 1}),
            "from March to May|2023-03|2023-05|month|inf|range");
  EXPECT_EQ(One("between March and May 2023"),
            "between March and May 2023|2023-03|2023-05|month|range");
  EXPECT_EQ(One("from December 2022 to February 2023"),
            "from December 2022 to February 2023|2022-12|2023-02|month|range");
  EXPECT_EQ(One("from November to February", kPub),
            "from November to February|2023-11|2024-02|month|inf|range");
  EXPECT_EQ(One("on 12-14 June 2023"), "12-14 June 2023|2023-06-12|2023-06-14|day|range");
  EXPECT_EQ(One("on 12-14 June", CivilDate{2023, 7, 1}),
            "12-14 June|2023-06-12|2023-06-14|day|inf|range");
  EXPECT_EQ(One("on June 12-14, 2023"), "June 12-14, 2023|2023-06-12|2023-06-14|day|range");
  EXPECT_EQ(One("June 12 to 14, 2023"), "June 12 to 14, 2023|2023-06-12|2023-06-14|day|range");
  EXPECT_EQ(One("from 30 June to 2 July 2023"),
            "from 30 June to 2 July 2023|2023-06-30|2023-07-02|day|range");
  EXPECT_EQ(One("between 12 and 14 June 2023"),
            "between 12 and 14 June 2023|2023-06-12|2023-06-14|day|range");
  EXPECT_EQ(One("from 30 December 2023 to 2 January 2024"),
            "from 30 December 2023 to 2 January 2024|2023-12-30|2024-01-02|day|range");
}

TEST(TimeFinderAbsoluteTest, WeekdayBeforeADateJoinsIt) {
  EXPECT_EQ(One("Saturday 23 July 2022 18.12 BST"),
            "Saturday 23 July 2022|2022-07-23|2022-07-23|day");
  EXPECT_EQ(One("Tuesday, April 4, 2023"), "Tuesday, April 4, 2023|2023-04-04|2023-04-04|day");
  EXPECT_EQ(One("April 4, 2023 6:42 PM GMT+2"), "April 4, 2023|2023-04-04|2023-04-04|day");
  EXPECT_EQ(One("27 July 2022, 15:48 CEST"), "27 July 2022|2022-07-27|2022-07-27|day");
}

TEST(TimeFinderAbsoluteTest, SeveralMentionsInOrder) {
  std::string text =
      "The talks ran from 3 to 5 March 2024 and resumed on 12 April 2024.\n"
      "A deal is expected in 2025.";
  EXPECT_EQ(All(text), (Strings{"from 3 to 5 March 2024|2024-03-03|2024-03-05|day|range",
                                "12 April 2024|2024-04-12|2024-04-12|day",
                                "2025|2025|2025|year"}));
}

}  // namespace
}  // namespace dossier::time
