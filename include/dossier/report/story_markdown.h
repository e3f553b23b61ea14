// The Markdown dossier of one story, as `dossier analyze` writes it
// (DIR/<story id>.md): summary, key points, what preceded it, events,
// transfers, quotes, contradictions, single-source claims, timeline, flags
// and the articles, each fact with its outlets and independent sources.
#ifndef DOSSIER_REPORT_STORY_MARKDOWN_H_
#define DOSSIER_REPORT_STORY_MARKDOWN_H_

#include <ostream>
#include <string>
#include <vector>

#include "dossier/corroborate/story_dossier.h"

namespace dossier {

void WriteStoryMarkdown(std::ostream& out, const corroborate::StoryDossier& story);

// index.md: one line per story (its file, title, articles, outlets, facts).
void WriteStoryIndexMarkdown(std::ostream& out,
                             const std::vector<corroborate::StoryDossier>& stories);

}  // namespace dossier

#endif  // DOSSIER_REPORT_STORY_MARKDOWN_H_
