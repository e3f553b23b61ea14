// Test helpers for the time stage: a mention as one line of text, so that
// a case checks its span, bounds, granularity and flags in one comparison:
//   "12 June 2023|2023-06-12|2023-06-12|day"
//   "last week|2024-05-06|2024-05-12|week|rel"
#ifndef DOSSIER_TESTS_TIME_TIME_TEST_UTIL_H_
#define DOSSIER_TESTS_TIME_TIME_TEST_UTIL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/time/time_finder.h"

namespace dossier::time::testing {

inline std::string Describe(std::string_view text, const TimeMention& m) {
  std::string out(text.substr(m.begin, m.end - m.begin));
  out.append("|").append(m.start).append("|").append(m.end_date).append("|");
  out += GranularityName(m.granularity);
  if (m.relative) out += "|rel";
  if (m.year_inferred) out += "|inf";
  if (m.is_range) out += "|range";
  return out;
}

// Every mention in `text`, described.
inline std::vector<std::string> All(std::string_view text,
                                    std::optional<CivilDate> publication = std::nullopt) {
  std::vector<std::string> out;
  for (const TimeMention& m : TimeFinder().Find(text, publication)) {
    out.push_back(Describe(text, m));
  }
  return out;
}

// The only mention in `text`; "" when there is none, "<n mentions>" when
// there are several.
inline std::string One(std::string_view text, std::optional<CivilDate> publication = std::nullopt) {
  std::vector<std::string> all = All(text, publication);
  if (all.empty()) return "";
  if (all.size() > 1) return std::string("<").append(std::to_string(all.size())).append(" mentions>");
  return all.front();
}

}  // namespace dossier::time::testing

#endif  // DOSSIER_TESTS_TIME_TIME_TEST_UTIL_H_
