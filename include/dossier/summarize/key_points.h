// Key points: a few short lines a reader takes in at a glance, built from the
// story's merged facts: the main arms transfers (supplier → recipient: items,
// period, status, sourcing), the main events ranked by how many independent
// sources and outlets report them, and how many contradictions and
// single-source claims the outlets leave. When the corroborate stage left no
// transfers and no events, the lines are shortened summary sentences instead
// (so StoryDossier::summary should be filled first).
#ifndef DOSSIER_SUMMARIZE_KEY_POINTS_H_
#define DOSSIER_SUMMARIZE_KEY_POINTS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "dossier/code/cameo_codes.h"
#include "dossier/corroborate/story_dossier.h"

namespace dossier::summarize {

// At most `max_lines` lines, most important first. `cameo` names event codes
// (an unknown code is written as its number).
std::vector<std::string> KeyPoints(const corroborate::StoryDossier& dossier,
                                   const code::CameoCodes& cameo, size_t max_lines);

// "Hungary → Kenya: T-72 (tank), 2 howitzers; 2019-2021; delivered; reported by
// 3 outlets, 2 independent sources".
std::string DescribeTransfer(const corroborate::StoryTransfer& transfer);

// "Hungary → Kenya: provide military aid (2021-03-02); reported by 2 outlets,
// 1 independent source".
std::string DescribeEvent(const corroborate::StoryEvent& event, const code::CameoCodes& cameo);

// A sentence cut to at most `max_words` words at a clause boundary when it can
// be, with "..." when cut.
std::string ShortenSentence(std::string_view sentence, size_t max_words);

}  // namespace dossier::summarize

#endif  // DOSSIER_SUMMARIZE_KEY_POINTS_H_
