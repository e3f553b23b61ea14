// A date or period found in text, normalised to ISO 8601.
#ifndef DOSSIER_TIME_TIME_MENTION_H_
#define DOSSIER_TIME_TIME_MENTION_H_

#include <cstdint>
#include <string>

namespace dossier::time {

// The calendar unit an expression names: "last week" is kWeek, "summer
// 2022" kSeason, "the 1990s" kDecade. Ranges take their endpoints' unit.
enum class Granularity : uint8_t {
  kDay,
  kWeek,
  kMonth,
  kSeason,
  kQuarter,
  kYear,
  kDecade,
  kCentury,
};

// "day", "week", ... for reports and test messages.
const char* GranularityName(Granularity g);

struct TimeMention {
  uint32_t begin = 0;  // byte span in the text passed in
  uint32_t end = 0;
  // The first and last calendar unit covered, as ISO text at the precision
  // written or implied: "2022" for a year, "2022-06" for a month,
  // "2022-06-12" for a day. They are equal for a single day, month or year.
  // Periods give their bounds: "last week" -> Monday and Sunday, "summer
  // 2022" -> "2022-06" and "2022-08", "the 1990s" -> "1990" and "1999",
  // "early 2023" -> "2023-01" and "2023-04".
  std::string start;
  std::string end_date;
  Granularity granularity = Granularity::kDay;
  bool relative = false;       // resolved against the publication date
  bool year_inferred = false;  // the year was not written but inferred
  bool is_range = false;       // two written endpoints: "2018-2022"
  uint32_t sentence = 0;       // the sentence holding it, when the caller splits sentences
};

}  // namespace dossier::time

#endif  // DOSSIER_TIME_TIME_MENTION_H_
