// Events, transfers and quotes in JSON: the "events", "transfers" and
// "quotes" of a story in the contract (docs/json-output.md).
#ifndef DOSSIER_REPORT_CODING_JSON_H_
#define DOSSIER_REPORT_CODING_JSON_H_

#include <string_view>

#include "dossier/code/coding.h"
#include "dossier/report/json_writer.h"
#include "dossier/text/token.h"

namespace dossier {

// Where a fact is stated: the article, its sentence and the byte span.
struct FactPlace {
  std::string_view article;  // article id ("" in `dossier code`)
  std::string_view text;     // the article's text, which spans index
};

// {"name","code"}, or null for an empty actor.
void WriteActorJson(JsonWriter& json, const code::Actor& actor);
// {"start","end"} (end = start when empty), or null when start is empty.
void WritePeriodJson(JsonWriter& json, const std::string& start, const std::string& end);

// The fields of one fact without its "id" and "mentions", into an open object
// (shared by the per-article lists below and the story writer):
// event: "cameo" .. "pattern"; transfer: "supplier" .. "evidence"; quote:
// "speaker" .. "how".
void WriteEventFields(JsonWriter& json, const code::Event& event, std::string_view trigger);
void WriteTransferFields(JsonWriter& json, const code::Transfer& transfer);
void WriteQuoteFields(JsonWriter& json, const code::Quote& quote);

// [{"id","cameo","plover","mode","source":{"name","code"},"target":{..},
//   "date":{"start","end"}|null,"place","modality","attribution":[{"text","name","code"}],
//   "pattern","mentions":[M]}]
void WriteEventsJson(JsonWriter& json, const std::vector<code::Event>& events, FactPlace where);

// [{"supplier","recipient","items":[{"name","category","quantity","status"}],
//   "period":{"start","end"}|null,"status","evidence":[..],"events":["v1",..],"mentions":[M]}]
void WriteTransfersJson(JsonWriter& json, const std::vector<code::Transfer>& transfers,
                        FactPlace where);

// [{"speaker":{"name","code"}|null,"text","indirect","how","mentions":[M]}]
void WriteQuotesJson(JsonWriter& json, const std::vector<code::Quote>& quotes, FactPlace where);

}  // namespace dossier

#endif  // DOSSIER_REPORT_CODING_JSON_H_
