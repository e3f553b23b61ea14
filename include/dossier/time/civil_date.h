// Proleptic Gregorian calendar dates and the little arithmetic the time
// stage needs: day counts, weekdays, month steps and ISO 8601 text.
//
// A CivilDate may be partial: a zero month or day means "not stated", so
// {2022, 6, 0} is June 2022 and {2022, 0, 0} the year 2022. A zero year
// means the year is unknown. The arithmetic below wants full dates unless it
// says otherwise.
#ifndef DOSSIER_TIME_CIVIL_DATE_H_
#define DOSSIER_TIME_CIVIL_DATE_H_

#include <cstdint>
#include <string>

namespace dossier::time {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12, 0 = unknown
  int day = 0;    // 1-31, 0 = unknown

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

bool IsLeapYear(int year);

// 28-31; 0 when the month is not 1-12.
int DaysInMonth(int year, int month);

// True for a full date that exists ("2023-02-29" does not).
bool IsValidDate(const CivilDate& d);

// Days since 1970-01-01 for a full date (negative before it).
int64_t DaysFromCivil(const CivilDate& d);
CivilDate CivilFromDays(int64_t days);

CivilDate AddDays(const CivilDate& d, int64_t days);

// Moves a {year, month} by `months`; the day is kept as given (callers
// clamp it when it matters).
CivilDate AddMonths(const CivilDate& d, int months);

// 0 = Monday ... 6 = Sunday, as in ISO 8601.
int Weekday(const CivilDate& d);

// "2024", "2024-05" or "2024-05-17", by which parts are known; "" when the
// year is unknown.
std::string FormatIso(const CivilDate& d);

}  // namespace dossier::time

#endif  // DOSSIER_TIME_CIVIL_DATE_H_
