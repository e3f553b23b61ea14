#include <gtest/gtest.h>

#include <optional>

#include "dossier/time/time_finder.h"

namespace dossier::time {
namespace {

using Date = std::optional<CivilDate>;

TEST(ParseIsoDateTest, NumericIsoForms) {
  EXPECT_EQ(ParseIsoDate("2024-05-17"), (Date{{2024, 5, 17}}));
  EXPECT_EQ(ParseIsoDate("  2024-05-17\n"), (Date{{2024, 5, 17}}));
  EXPECT_EQ(ParseIsoDate("2024-05-17T09:30:00Z"), (Date{{2024, 5, 17}}));
  EXPECT_EQ(ParseIsoDate("2024-05-17 09:30"), (Date{{2024, 5, 17}}));
  EXPECT_EQ(ParseIsoDate("2024-05"), (Date{{2024, 5, 0}}));
  EXPECT_EQ(ParseIsoDate("2024"), (Date{{2024, 0, 0}}));
}

TEST(ParseIsoDateTest, RejectsBadNumbers) {
  EXPECT_EQ(ParseIsoDate("2024-02-30"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("2024-13-01"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("2024-5-17"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("2024-05-17x"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("0999"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("20240"), std::nullopt);
}

TEST(ParseIsoDateTest, EnglishForms) {
  EXPECT_EQ(ParseIsoDate("17 May 2024"), (Date{{2024, 5, 17}}));
  EXPECT_EQ(ParseIsoDate("May 17, 2024"), (Date{{2024, 5, 17}}));
  EXPECT_EQ(ParseIsoDate("Friday, 17 May 2024 10:32 BST"), (Date{{2024, 5, 17}}));
  EXPECT_EQ(ParseIsoDate("April 4, 2023 6:42 PM GMT+2"), (Date{{2023, 4, 4}}));
  EXPECT_EQ(ParseIsoDate("Saturday 23 July 2022 18.12 BST"), (Date{{2022, 7, 23}}));
  EXPECT_EQ(ParseIsoDate("12.06.2023"), (Date{{2023, 6, 12}}));
  EXPECT_EQ(ParseIsoDate("May 2024"), (Date{{2024, 5, 0}}));
}

TEST(ParseIsoDateTest, RejectsWhatIsNotOneDate) {
  EXPECT_EQ(ParseIsoDate(""), std::nullopt);
  EXPECT_EQ(ParseIsoDate("hello"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("June 12"), std::nullopt);  // no year
  EXPECT_EQ(ParseIsoDate("yesterday"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("Updated 3 hours ago"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("Published 17 May 2024"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("17 May 2024 and 18 May 2024"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("12-14 June 2023"), std::nullopt);  // a range
  EXPECT_EQ(ParseIsoDate("summer 2022"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("early 2023"), std::nullopt);
}

}  // namespace
}  // namespace dossier::time
