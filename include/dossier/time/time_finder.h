// TimeFinder: the dates and periods an English news text mentions, each
// normalised to ISO 8601 relative to the article's publication date.
//
//   "on 12 June 2023"        -> 2023-06-12                 (day)
//   "June 12th" (pub 2023)   -> 2023-06-12, year inferred  (day)
//   "from March to May 2023" -> 2023-03 .. 2023-05, range  (month)
//   "last week"              -> Monday .. Sunday, relative (week)
//   "the 1990s"              -> 1990 .. 1999               (decade)
//
// Precision over recall: a lone year needs a cue ("in 2019", "since 2014",
// "mid-2022"), a lone month a preposition ("in March"), and vague phrases
// ("in recent weeks", "a few years ago") are left out.
//
// A missing year is taken from an explicit year earlier in the same
// sentence; failing that, from the publication year, moved back one when
// the date would fall more than 30 days after publication (news reports
// the past; AP style writes the year only when it is not the current one).
// Without a publication date, the caller's `news_year` is used when given
// (the year the text is known to be about, e.g. from other reports of the
// same story), else the nearest year written earlier in the text; relative
// expressions are skipped.
//
// Speed: a byte scan stops only at digits and calendar words; everything
// else is skipped without tokenising.
#ifndef DOSSIER_TIME_TIME_FINDER_H_
#define DOSSIER_TIME_TIME_FINDER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "dossier/time/civil_date.h"
#include "dossier/time/time_mention.h"

namespace dossier::time {

// A date written alone, as in page metadata: "2024-05-17" (also with a
// time: "2024-05-17T09:30:00Z"), "2024-05", "2024", "17 May 2024", "May
// 17, 2024", "Friday, 17 May 2024 10:32 BST", "May 2024". Parts not
// written stay 0. Returns nullopt for anything else, including dates
// without a year and relative expressions.
std::optional<CivilDate> ParseIsoDate(std::string_view text);

class TimeFinder {
 public:
  // Mentions in text order, not overlapping. `publication` is the
  // article's date; partial or invalid dates count as unknown. Only the
  // first 4 GiB of `text` are searched (spans are 32-bit). `news_year`
  // (0: none) applies only without a publication date (see above).
  std::vector<TimeMention> Find(std::string_view text, std::optional<CivilDate> publication,
                                int news_year = 0) const;
};

}  // namespace dossier::time

#endif  // DOSSIER_TIME_TIME_FINDER_H_
