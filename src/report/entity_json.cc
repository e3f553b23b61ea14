#include "dossier/report/entity_json.h"

#include <fmt/format.h>

#include "dossier/report/coding_json.h"

namespace dossier {

void WriteEntitiesJson(JsonWriter& json, const recognize::Recognition& r, std::string_view article,
                       std::string_view text) {
  json.BeginArray();
  for (size_t i = 0; i < r.entities.size(); ++i) {
    const recognize::RecognizedEntity& e = r.entities[i];
    if (e.mentions.empty()) continue;
    json.BeginObject();
    json.Key("id").String(fmt::format("e{}", i + 1));
    json.Key("name").String(e.name);
    json.Key("type").String(e.type);
    json.Key("code").StringOrNull(e.code);
    json.Key("country").StringOrNull(e.country);
    if (!e.kind.empty()) json.Key("kind").String(e.kind);
    if (!e.role.empty()) json.Key("role").String(e.role);
    if (!e.affiliation.empty()) json.Key("affiliation").String(e.affiliation);
    if (!e.note.empty()) json.Key("note").String(e.note);
    json.Key("confidence").Double(e.confidence);
    json.Key("aliases").StringArray(e.aliases);
    json.Key("mentions").BeginArray();
    for (uint32_t m : e.mentions) {
      const recognize::Mention& mention = r.mentions[m];
      json.BeginObject();
      json.Key("article").String(article);
      json.Key("sentence").Int(mention.sentence);
      json.Key("span").BeginArray().Int(mention.begin).Int(mention.end).EndArray();
      json.Key("text").String(text.substr(mention.begin, mention.end - mention.begin));
      json.Key("code").StringOrNull(mention.code);
      json.Key("how").String(mention.how);
      json.EndObject();
    }
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
}

void WriteDatesJson(JsonWriter& json, const std::vector<time::TimeMention>& times,
                    std::string_view text) {
  json.BeginArray();
  for (size_t i = 0; i < times.size(); ++i) {
    const time::TimeMention& t = times[i];
    json.BeginObject();
    json.Key("text").String(text.substr(t.begin, t.end - t.begin));
    json.Key("span").BeginArray().Int(t.begin).Int(t.end).EndArray();
    json.Key("sentence").Int(t.sentence);
    json.Key("start").String(t.start);
    json.Key("end").String(t.end_date);
    json.Key("granularity").String(time::GranularityName(t.granularity));
    json.Key("relative").Bool(t.relative);
    json.Key("year_inferred").Bool(t.year_inferred);
    json.Key("range").Bool(t.is_range);
    json.EndObject();
  }
  json.EndArray();
}

void WriteCodeLine(std::ostream& out, std::string_view text, std::string_view date,
                   const recognize::Recognition& r, const std::vector<time::TimeMention>* times,
                   const code::Coding* coding) {
  JsonWriter json(out);
  json.BeginObject();
  json.Key("text").String(text);
  json.Key("date").StringOrNull(date);
  json.Key("entities").BeginArray();
  for (const recognize::Mention& m : r.mentions) {
    const recognize::RecognizedEntity& e = r.entities[m.entity];
    json.BeginObject();
    json.Key("name").String(e.name);
    json.Key("type").String(e.type);
    json.Key("code").StringOrNull(m.code);
    json.Key("span").BeginArray().Int(m.begin).Int(m.end).EndArray();
    json.Key("text").String(text.substr(m.begin, m.end - m.begin));
    json.EndObject();
  }
  json.EndArray();
  if (times != nullptr) {
    json.Key("dates");
    WriteDatesJson(json, *times, text);
  }
  json.Key("events");
  if (coding != nullptr) {
    WriteEventsJson(json, coding->events, {"", text});
    json.Key("transfers");
    WriteTransfersJson(json, coding->transfers, {"", text});
    json.Key("quotes");
    WriteQuotesJson(json, coding->quotes, {"", text});
  } else {
    json.BeginArray().EndArray();
  }
  json.EndObject();
  out << '\n';
}

}  // namespace dossier
