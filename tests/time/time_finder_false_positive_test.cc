// Words and numbers that look like dates and are not.
#include <gtest/gtest.h>

#include "time/time_test_util.h"

namespace dossier::time {
namespace {

using testing::All;
using testing::One;
using Strings = std::vector<std::string>;

const CivilDate kPub{2024, 5, 17};

TEST(TimeFinderFalsePositiveTest, MayIsUsuallyAVerb) {
  EXPECT_EQ(All("You may wish to attend.", kPub), Strings{});
  EXPECT_EQ(All("May we ask why?", kPub), Strings{});
  EXPECT_EQ(All("May the best team win.", kPub), Strings{});
  EXPECT_EQ(All("Theresa May said", kPub), Strings{});
  EXPECT_EQ(One("It happened in May.", kPub), "May|2024-05|2024-05|month|inf");
  EXPECT_EQ(One("May 17 was sunny", kPub), "May 17|2024-05-17|2024-05-17|day|inf");
}

TEST(TimeFinderFalsePositiveTest, MarchAndOtherNames) {
  EXPECT_EQ(All("Protesters began the march at noon.", kPub), Strings{});
  EXPECT_EQ(All("March on Washington", kPub), Strings{});
  EXPECT_EQ(One("They will march in June.", kPub), "June|2024-06|2024-06|month|inf");
  EXPECT_EQ(All("June Smith and April Jones spoke.", kPub), Strings{});
  EXPECT_EQ(All("Jan Kowalski and Dec Murphy", kPub), Strings{});
  EXPECT_EQ(All("the Good Friday Agreement", kPub), Strings{});
  EXPECT_EQ(All("sent every Friday", kPub), Strings{});
  EXPECT_EQ(All("a USA Today poll", kPub), Strings{});
}

TEST(TimeFinderFalsePositiveTest, QuantitiesAreNotYears) {
  EXPECT_EQ(All("sent 2,000 troops"), Strings{});
  EXPECT_EQ(All("1500 soldiers arrived"), Strings{});
  EXPECT_EQ(All("reinforced by 2000 troops"), Strings{});
  EXPECT_EQ(All("a crowd of 2000 people"), Strings{});
  EXPECT_EQ(All("a total of 2000 were hurt"), Strings{});
  EXPECT_EQ(All("over 2000 years"), Strings{});
  EXPECT_EQ(All("in 1850 villages"), Strings{});  // outside 1900-2100 anyway
  EXPECT_EQ(All("rose by 2020%"), Strings{});
  EXPECT_EQ(All("In March 18 people died.", kPub), (Strings{"March|2024-03|2024-03|month|inf"}));
}

TEST(TimeFinderFalsePositiveTest, YearsNeedACue) {
  EXPECT_EQ(All("The 2022 election"), Strings{});
  EXPECT_EQ(All("\xC2\xA9 2023 Northern Ledger"), Strings{});
  EXPECT_EQ(All("Resolution 2231 was adopted"), Strings{});
  EXPECT_EQ(All("Euro 2024 tickets"), Strings{});
  EXPECT_EQ(All("went to 2000 homes"), Strings{});
  EXPECT_EQ(All("the 1,000 K2 tanks"), Strings{});
}

TEST(TimeFinderFalsePositiveTest, TimesDecimalsAndModels) {
  EXPECT_EQ(All("at 10:30 on the dot"), Strings{});
  EXPECT_EQ(One("at 10:30 on 12 June 2023"), "12 June 2023|2023-06-12|2023-06-12|day");
  EXPECT_EQ(All("at 10.30am and 18.12 BST"), Strings{});
  EXPECT_EQ(All("growth of 3.5 percent"), Strings{});
  EXPECT_EQ(All("F-16 jets, S-400 systems, Su-35 fighters, T-72 and K2 tanks"), Strings{});
  EXPECT_EQ(All("48 FA-50 jets and 250 M1A2 Abrams"), Strings{});
  EXPECT_EQ(All("since COVID-19 struck"), Strings{});
  EXPECT_EQ(All("the G20 summit and the Boeing 737"), Strings{});
  EXPECT_EQ(All("costs $2000 in total"), Strings{});
  EXPECT_EQ(All("NATO's 31st member on its 74th anniversary"), Strings{});
  EXPECT_EQ(All("in his 70s"), Strings{});
  EXPECT_EQ(All("120 days and 72 hours"), Strings{});
}

TEST(TimeFinderFalsePositiveTest, SeasonWordsUsedOtherwise) {
  EXPECT_EQ(All("after the fall of Kabul", kPub), Strings{});
  EXPECT_EQ(All("after the fall in prices", kPub), Strings{});
  EXPECT_EQ(All("prices could fall sharply", kPub), Strings{});
  EXPECT_EQ(All("since the Arab Spring", kPub), Strings{});
  EXPECT_EQ(All("demand hit a summer high", kPub), Strings{});
  EXPECT_EQ(All("in the summer of love", kPub), Strings{});
}

TEST(TimeFinderFalsePositiveTest, VagueOrEventRelative) {
  EXPECT_EQ(All("in recent weeks", kPub), Strings{});
  EXPECT_EQ(All("in the coming weeks", kPub), Strings{});
  EXPECT_EQ(All("a few years ago", kPub), Strings{});
  EXPECT_EQ(All("over the last year", kPub), Strings{});
  EXPECT_EQ(All("the last week of June", kPub), (Strings{}));
  EXPECT_EQ(All("the day before the vote", kPub), Strings{});
  EXPECT_EQ(All("every year", kPub), Strings{});
  EXPECT_EQ(All("to this day", kPub), Strings{});
  EXPECT_EQ(All("the first quarter of the match", kPub), Strings{});
  EXPECT_EQ(All("a quarter of the budget", kPub), Strings{});
}

}  // namespace
}  // namespace dossier::time
