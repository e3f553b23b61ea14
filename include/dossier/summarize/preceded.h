// "What preceded it": the timeline entries of a story dated before its news,
// so a reader sees the background the outlets give (earlier statements,
// earlier deliveries, the war the story refers to).
#ifndef DOSSIER_SUMMARIZE_PRECEDED_H_
#define DOSSIER_SUMMARIZE_PRECEDED_H_

#include <cstddef>
#include <vector>

#include "dossier/corroborate/story_dossier.h"
#include "dossier/kb/entity.h"

namespace dossier::summarize {

// The first day of the story's news: the earliest publication day of its
// original articles; without publication dates, the start of the latest dated
// event among those the most articles report or, when later, of the latest
// dated event that happened (not planned, threatened, hypothetical, denied,
// negated): a story's main event is often a period (deliveries in 2018-2022)
// that its news only now reveals; without dated events, the start of the
// latest timeline entry. kb::kNoDay when nothing is dated.
kb::Day NewsDay(const corroborate::StoryDossier& dossier);

// The timeline entries that end before NewsDay() (a partial date ends on its
// last day: "2024-05" before "2024-06-13"), at most `max_entries` of them, the
// most relevant (the best-sourced events, then the most recent) first chosen,
// returned in date order. Entries with the same text are kept once.
std::vector<corroborate::TimelineEntry> PrecededEntries(const corroborate::StoryDossier& dossier,
                                                        size_t max_entries);

}  // namespace dossier::summarize

#endif  // DOSSIER_SUMMARIZE_PRECEDED_H_
