// Named periods: seasons, quarters, halves, centuries.
#include <gtest/gtest.h>

#include "time/time_test_util.h"

namespace dossier::time {
namespace {

using testing::One;

const CivilDate kPub{2024, 5, 17};

TEST(TimeFinderPeriodTest, SeasonsWithAYear) {
  EXPECT_EQ(One("in summer 2022"), "summer 2022|2022-06|2022-08|season");
  EXPECT_EQ(One("the summer of 2022"), "summer of 2022|2022-06|2022-08|season");
  EXPECT_EQ(One("Spring 2023 collection"), "Spring 2023|2023-03|2023-05|season");
  EXPECT_EQ(One("in the fall of 2021"), "fall of 2021|2021-09|2021-11|season");
  // Winter starts in December and runs into the next year.
  EXPECT_EQ(One("over winter 2022/23"), "winter 2022/23|2022-12|2023-02|season");
  EXPECT_EQ(One("in winter 2022"), "winter 2022|2022-12|2023-02|season");
}

TEST(TimeFinderPeriodTest, RelativeSeasons) {
  EXPECT_EQ(One("this spring", kPub), "this spring|2024-03|2024-05|season|rel");
  EXPECT_EQ(One("earlier this spring", kPub), "earlier this spring|2024-03|2024-05|season|rel");
  // Spring 2024 is not over in May: "last spring" is the one before.
  EXPECT_EQ(One("since last spring", kPub), "last spring|2023-03|2023-05|season|rel");
  EXPECT_EQ(One("last summer", kPub), "last summer|2023-06|2023-08|season|rel");
  EXPECT_EQ(One("last summer", CivilDate{2024, 10, 1}), "last summer|2024-06|2024-08|season|rel");
  EXPECT_EQ(One("next winter", kPub), "next winter|2024-12|2025-02|season|rel");
  EXPECT_EQ(One("this winter", CivilDate{2024, 1, 10}), "this winter|2023-12|2024-02|season|rel");
  EXPECT_EQ(One("last winter", CivilDate{2024, 1, 10}), "last winter|2022-12|2023-02|season|rel");
  EXPECT_EQ(One("this past winter", kPub), "this past winter|2023-12|2024-02|season|rel");
  EXPECT_EQ(One("this fall", kPub), "this fall|2024-09|2024-11|season|rel");
}

TEST(TimeFinderPeriodTest, SeasonsWithInferredYear) {
  EXPECT_EQ(One("in the spring", kPub), "spring|2024-03|2024-05|season|inf");
  EXPECT_EQ(One("over the summer", CivilDate{2024, 9, 2}), "summer|2024-06|2024-08|season|inf");
  // Autumn 2024 would start more than 30 days after publication.
  EXPECT_EQ(One("in the autumn", kPub), "autumn|2023-09|2023-11|season|inf");
  EXPECT_EQ(One("in the winter", CivilDate{2024, 2, 10}), "winter|2023-12|2024-02|season|inf");
  EXPECT_EQ(One("in late summer", CivilDate{2024, 9, 2}),
            "late summer|2024-06|2024-08|season|inf");
}

TEST(TimeFinderPeriodTest, Quarters) {
  EXPECT_EQ(One("in the first quarter of 2024"),
            "first quarter of 2024|2024-01|2024-03|quarter");
  EXPECT_EQ(One("fourth quarter 2023 results"), "fourth quarter 2023|2023-10|2023-12|quarter");
  EXPECT_EQ(One("the 3rd quarter of 2022"), "3rd quarter of 2022|2022-07|2022-09|quarter");
  EXPECT_EQ(One("Q3 2024 earnings"), "Q3 2024|2024-07|2024-09|quarter");
  EXPECT_EQ(One("in Q1 of 2025"), "Q1 of 2025|2025-01|2025-03|quarter");
  EXPECT_EQ(One("in Q2", kPub), "Q2|2024-04|2024-06|quarter|inf");
  EXPECT_EQ(One("Q2 earnings rose", kPub), "");  // a code with no year and no cue
  EXPECT_EQ(One("third-quarter profit", CivilDate{2024, 11, 10}),
            "third-quarter|2024-07|2024-09|quarter|inf");
  EXPECT_EQ(One("last quarter", kPub), "last quarter|2024-01|2024-03|quarter|rel");
  EXPECT_EQ(One("the second quarter of this year", kPub),
            "second quarter of this year|2024-04|2024-06|quarter|rel");
}

TEST(TimeFinderPeriodTest, Halves) {
  EXPECT_EQ(One("in the second half of 2023"), "second half of 2023|2023-07|2023-12|year");
  EXPECT_EQ(One("the first half of next year", kPub),
            "first half of next year|2025-01|2025-06|year|rel");
  EXPECT_EQ(One("H1 2024 revenue"), "H1 2024|2024-01|2024-06|year");
  EXPECT_EQ(One("in the second half", kPub), "");  // of a match, probably
  EXPECT_EQ(One("an H1 visa"), "");
}

TEST(TimeFinderPeriodTest, Centuries) {
  EXPECT_EQ(One("in the 20th century"), "20th century|1900|1999|century");
  EXPECT_EQ(One("the nineteenth century"), "nineteenth century|1800|1899|century");
  EXPECT_EQ(One("twenty-first century warfare"), "twenty-first century|2000|2099|century");
  EXPECT_EQ(One("a 21st-century army"), "21st-century|2000|2099|century");
  EXPECT_EQ(One("the mid-20th century"), "mid-20th century|1933|1966|century");
  EXPECT_EQ(One("the early 19th century"), "early 19th century|1800|1832|century");
}

}  // namespace
}  // namespace dossier::time
