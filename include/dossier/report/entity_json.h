// Entities in JSON: the "entities" of a story in the contract, and the lines
// of `dossier code --jsonl`.
#ifndef DOSSIER_REPORT_ENTITY_JSON_H_
#define DOSSIER_REPORT_ENTITY_JSON_H_

#include <ostream>
#include <string_view>

#include "dossier/code/coding.h"
#include "dossier/recognize/recognition.h"
#include "dossier/report/json_writer.h"
#include "dossier/time/time_mention.h"

namespace dossier {

// [{"id","name","type","code","country","kind","role","affiliation","note",
//   "confidence","aliases":[..],"mentions":[{"article","sentence","span","text","code","how"}]}]
void WriteEntitiesJson(JsonWriter& json, const recognize::Recognition& r, std::string_view article,
                       std::string_view text);

// [{"text","span","sentence","start","end","granularity","relative","year_inferred","range"}]
// The sentence index is each mention's `sentence` (RecognitionEngine sets it).
void WriteDatesJson(JsonWriter& json, const std::vector<time::TimeMention>& times,
                    std::string_view text);

// One line of `dossier code --jsonl`: {"text","date","entities":[{"name","type","code","span",
// "text"}],"dates":[..],"events":[..],"transfers":[..],"quotes":[..]} followed by '\n'; one
// entity per mention, in text order; events as WriteEventsJson (an empty list without `coding`).
void WriteCodeLine(std::ostream& out, std::string_view text, std::string_view date,
                   const recognize::Recognition& r,
                   const std::vector<time::TimeMention>* times = nullptr,
                   const code::Coding* coding = nullptr);

}  // namespace dossier

#endif  // DOSSIER_REPORT_ENTITY_JSON_H_
