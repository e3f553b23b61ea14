// One story of the JSON contract (docs/json-output.md, "Story"): the
// dossier's facts merged across articles, each with its mentions (article
// ids, sentences, byte spans, text), outlets, origins and independent
// sources.
#ifndef DOSSIER_REPORT_STORY_JSON_H_
#define DOSSIER_REPORT_STORY_JSON_H_

#include "dossier/corroborate/story_dossier.h"
#include "dossier/report/json_writer.h"

namespace dossier {

// {"id","title","articles","copies","summary","key_points","preceded","entities",
//  "events","transfers","quotes","contradictions","single_source_claims","timeline","flags"}
void WriteStoryJson(JsonWriter& json, const corroborate::StoryDossier& story);

}  // namespace dossier

#endif  // DOSSIER_REPORT_STORY_JSON_H_
