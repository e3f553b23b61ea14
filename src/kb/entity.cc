#include "dossier/kb/entity.h"

#include <algorithm>
#include <cstdio>

namespace dossier::kb {
namespace {

bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  out = v;
  return true;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

}  // namespace

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kCountry: return "country";
    case EntityType::kPlace: return "place";
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kWeapon: return "weapon";
    case EntityType::kConflict: return "conflict";
    case EntityType::kTerritory: return "territory";
  }
  return "entity";
}

// Howard Hinnant's days-from-civil algorithm.
Day DayFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 +
                       static_cast<unsigned>(d) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

std::string FormatDay(Day z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

std::optional<Day> ParseIsoDay(std::string_view iso, bool end) {
  int year = 0, month = 0, day = 0;
  if (iso.size() < 4 || !ParseInt(iso.substr(0, 4), year)) return std::nullopt;
  if (iso.size() == 4) return end ? DayFromCivil(year, 12, 31) : DayFromCivil(year, 1, 1);
  if (iso.size() < 7 || iso[4] != '-' || !ParseInt(iso.substr(5, 2), month) || month < 1 ||
      month > 12)
    return std::nullopt;
  if (iso.size() == 7) {
    return end ? DayFromCivil(year, month, DaysInMonth(year, month)) : DayFromCivil(year, month, 1);
  }
  if (iso.size() != 10 || iso[7] != '-' || !ParseInt(iso.substr(8, 2), day) || day < 1 ||
      day > DaysInMonth(year, month))
    return std::nullopt;
  return DayFromCivil(year, month, day);
}

std::optional<DateRange> ParsePeriod(std::string_view text) {
  size_t dots = text.find("..");
  DateRange range;
  std::string_view first = dots == std::string_view::npos ? text : text.substr(0, dots);
  std::string_view last = dots == std::string_view::npos ? text : text.substr(dots + 2);
  auto slack = [](std::string_view iso) -> uint16_t {
    return iso.size() == 4 ? 366 : iso.size() == 7 ? 31 : 0;
  };
  range.slack = std::max(first.empty() ? uint16_t{0} : slack(first),
                         last.empty() ? uint16_t{0} : slack(last));
  if (!first.empty()) {
    auto d = ParseIsoDay(first);
    if (!d) return std::nullopt;
    range.first = *d;
  }
  if (!last.empty()) {
    auto d = ParseIsoDay(last, /*end=*/true);
    if (!d) return std::nullopt;
    range.last = *d;
  }
  if (range.first > range.last) return std::nullopt;
  return range;
}

}  // namespace dossier::kb
