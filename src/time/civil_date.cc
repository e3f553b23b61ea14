#include "dossier/time/civil_date.h"

#include <fmt/format.h>

namespace dossier::time {

bool IsLeapYear(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(const CivilDate& d) {
  return d.year != 0 && d.day >= 1 && d.day <= DaysInMonth(d.year, d.month);
}

// Howard Hinnant's days_from_civil: eras of 400 years starting in March, so
// the leap day is the last day of each shifted year.
int64_t DaysFromCivil(const CivilDate& d) {
  const int64_t y = static_cast<int64_t>(d.year) - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (d.month + 9) % 12;  // March = 0
  const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  CivilDate out;
  out.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  out.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  out.year = static_cast<int>(yoe + era * 400 + (out.month <= 2 ? 1 : 0));
  return out;
}

CivilDate AddDays(const CivilDate& d, int64_t days) {
  return CivilFromDays(DaysFromCivil(d) + days);
}

CivilDate AddMonths(const CivilDate& d, int months) {
  int index = d.year * 12 + (d.month - 1) + months;  // months since year 0
  int year = index >= 0 ? index / 12 : (index - 11) / 12;
  return {year, index - year * 12 + 1, d.day};
}

int Weekday(const CivilDate& d) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  int64_t w = (DaysFromCivil(d) + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string FormatIso(const CivilDate& d) {
  if (d.year == 0) return "";
  if (d.month == 0) return fmt::format("{:04d}", d.year);
  if (d.day == 0) return fmt::format("{:04d}-{:02d}", d.year, d.month);
  return fmt::format("{:04d}-{:02d}-{:02d}", d.year, d.month, d.day);
}

}  // namespace dossier::time
