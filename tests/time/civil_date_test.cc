#include "dossier/time/civil_date.h"

#include <gtest/gtest.h>

namespace dossier::time {
namespace {

TEST(CivilDateTest, DaysInMonthAndLeapYears) {
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);  // divisible by 100
  EXPECT_EQ(DaysInMonth(2000, 2), 29);  // and by 400
  EXPECT_EQ(DaysInMonth(2023, 4), 30);
  EXPECT_EQ(DaysInMonth(2023, 12), 31);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
  EXPECT_EQ(DaysInMonth(2023, 0), 0);
}

TEST(CivilDateTest, Validity) {
  EXPECT_TRUE(IsValidDate({2024, 2, 29}));
  EXPECT_FALSE(IsValidDate({2023, 2, 29}));
  EXPECT_FALSE(IsValidDate({2023, 4, 31}));
  EXPECT_FALSE(IsValidDate({2023, 6, 0}));   // partial
  EXPECT_FALSE(IsValidDate({0, 6, 12}));     // no year
  EXPECT_FALSE(IsValidDate({2023, 13, 1}));
}

TEST(CivilDateTest, DayCountsRoundTrip) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({1970, 1, 2}), 1);
  EXPECT_EQ(DaysFromCivil({1969, 12, 31}), -1);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);
  for (int64_t d = -800000; d <= 800000; d += 997) {
    EXPECT_EQ(DaysFromCivil(CivilFromDays(d)), d);
  }
  EXPECT_EQ(CivilFromDays(DaysFromCivil({2024, 2, 29})), (CivilDate{2024, 2, 29}));
}

TEST(CivilDateTest, AddDaysCrossesMonthsAndYears) {
  EXPECT_EQ(AddDays({2023, 12, 31}, 1), (CivilDate{2024, 1, 1}));
  EXPECT_EQ(AddDays({2024, 3, 1}, -1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(AddDays({2024, 1, 5}, -8), (CivilDate{2023, 12, 28}));
}

TEST(CivilDateTest, AddMonths) {
  EXPECT_EQ(AddMonths({2024, 5, 0}, -1), (CivilDate{2024, 4, 0}));
  EXPECT_EQ(AddMonths({2024, 1, 0}, -1), (CivilDate{2023, 12, 0}));
  EXPECT_EQ(AddMonths({2024, 11, 3}, 3), (CivilDate{2025, 2, 3}));
  EXPECT_EQ(AddMonths({2024, 5, 0}, -29), (CivilDate{2021, 12, 0}));
}

TEST(CivilDateTest, WeekdaysStartOnMonday) {
  EXPECT_EQ(Weekday({1970, 1, 1}), 3);   // Thursday
  EXPECT_EQ(Weekday({2024, 5, 17}), 4);  // Friday
  EXPECT_EQ(Weekday({2023, 4, 4}), 1);   // Tuesday
  EXPECT_EQ(Weekday({2024, 5, 13}), 0);  // Monday
  EXPECT_EQ(Weekday({1949, 4, 4}), 0);   // Monday, before 1970
}

TEST(CivilDateTest, FormatIsoByKnownParts) {
  EXPECT_EQ(FormatIso({2024, 5, 17}), "2024-05-17");
  EXPECT_EQ(FormatIso({2024, 5, 0}), "2024-05");
  EXPECT_EQ(FormatIso({2024, 0, 0}), "2024");
  EXPECT_EQ(FormatIso({987, 0, 0}), "0987");
  EXPECT_EQ(FormatIso({0, 5, 17}), "");
}

}  // namespace
}  // namespace dossier::time
