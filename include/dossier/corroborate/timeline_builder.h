// TimelineBuilder: a story's dated facts in order.
//
// Entries come from
//   * story events with a date (the representative report's date and clause);
//   * sentences holding an absolute or resolved date (TimeMention::start set)
//     that state something happening: the sentence names an entity or carries
//     an event, and has at least `min_words` words besides the date. Dates in
//     a short line (a dateline, a "Published ..." stamp) and the
//     publication date standing alone at the top of an article are skipped.
// One entry per date and fact across articles: entries with the same dates
// whose words overlap (Jaccard of content words >= `same_fact_jaccard`) or
// that give the same story event (reported in the sentence, or both its
// actors named there) are one, the first kept. The text is the
// clause holding the date, at most `max_text_bytes` (cut at a word, "…"
// added). Sorted by start, then end, then text order.
//
// Pure function of the dossier; thread-safe.
#ifndef DOSSIER_CORROBORATE_TIMELINE_BUILDER_H_
#define DOSSIER_CORROBORATE_TIMELINE_BUILDER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/corroborate/story_dossier.h"

namespace dossier::corroborate {

struct TimelineOptions {
  size_t max_text_bytes = 200;
  size_t min_words = 5;
  double same_fact_jaccard = 0.35;
};

std::vector<TimelineEntry> BuildTimeline(const StoryDossier& dossier, const TimelineOptions& options = {});

// `text` with runs of white space made one space, cut to at most
// `max_bytes` at a word boundary ("…" appended when cut).
std::string ShortText(std::string_view text, size_t max_bytes);

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_TIMELINE_BUILDER_H_
