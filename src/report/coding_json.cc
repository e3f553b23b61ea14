#include "dossier/report/coding_json.h"

#include <fmt/format.h>

namespace dossier {

void WriteActorJson(JsonWriter& json, const code::Actor& a) {
  if (a.empty()) {
    json.Null();
    return;
  }
  json.BeginObject();
  json.Key("name").String(a.name);
  json.Key("code").StringOrNull(a.code);
  json.EndObject();
}

namespace {

void WriteMentionObject(JsonWriter& json, FactPlace where, uint32_t sentence, uint32_t begin,
                        uint32_t end) {
  json.BeginObject();
  json.Key("article").String(where.article);
  json.Key("sentence").Int(sentence);
  json.Key("span").BeginArray().Int(begin).Int(end).EndArray();
  json.Key("text").String(where.text.substr(begin, end - begin));
  json.EndObject();
}

void WriteMention(JsonWriter& json, FactPlace where, uint32_t sentence, uint32_t begin,
                  uint32_t end) {
  json.Key("mentions").BeginArray();
  WriteMentionObject(json, where, sentence, begin, end);
  json.EndArray();
}

}  // namespace

void WritePeriodJson(JsonWriter& json, const std::string& start, const std::string& end) {
  if (start.empty()) {
    json.Null();
    return;
  }
  json.BeginObject();
  json.Key("start").String(start);
  json.Key("end").String(end.empty() ? start : end);
  json.EndObject();
}

void WriteEventFields(JsonWriter& json, const code::Event& e, std::string_view trigger) {
  json.Key("cameo").String(e.cameo);
  json.Key("plover").StringOrNull(e.plover);
  json.Key("mode").StringOrNull(e.mode);
  json.Key("source");
  WriteActorJson(json, e.source);
  json.Key("target");
  WriteActorJson(json, e.target);
  json.Key("date");
  WritePeriodJson(json, e.date_start, e.date_end);
  json.Key("place").StringOrNull(e.place);
  json.Key("modality").String(code::ModalityName(e.modality));
  json.Key("attribution").BeginArray();
  for (const code::Attribution& a : e.attribution) {
    json.BeginObject();
    json.Key("text").String(a.text);
    json.Key("name").StringOrNull(a.actor.name);
    json.Key("code").StringOrNull(a.actor.code);
    json.EndObject();
  }
  json.EndArray();
  json.Key("trigger").String(trigger);
  json.Key("pattern").String(e.pattern);
}

void WriteEventsJson(JsonWriter& json, const std::vector<code::Event>& events, FactPlace where) {
  json.BeginArray();
  for (size_t i = 0; i < events.size(); ++i) {
    const code::Event& e = events[i];
    json.BeginObject();
    json.Key("id").String(fmt::format("v{}", i + 1));
    WriteEventFields(json, e, where.text.substr(e.verb_begin, e.verb_end - e.verb_begin));
    WriteMention(json, where, e.sentence, e.begin, e.end);
    json.EndObject();
  }
  json.EndArray();
}

void WriteTransferFields(JsonWriter& json, const code::Transfer& t) {
  json.Key("supplier");
  WriteActorJson(json, t.supplier);
  json.Key("recipient");
  WriteActorJson(json, t.recipient);
  json.Key("items").BeginArray();
  for (const code::TransferItem& item : t.items) {
    json.BeginObject();
    json.Key("name").String(item.name);
    json.Key("category").StringOrNull(item.category);
    json.Key("quantity").StringOrNull(item.quantity);
    json.Key("status").String(code::TransferStatusName(item.status));
    json.EndObject();
  }
  json.EndArray();
  json.Key("period");
  WritePeriodJson(json, t.period_start, t.period_end);
  json.Key("status").String(code::TransferStatusName(t.status));
  json.Key("evidence").StringArray(t.evidence);
}

void WriteTransfersJson(JsonWriter& json, const std::vector<code::Transfer>& transfers,
                        FactPlace where) {
  json.BeginArray();
  for (const code::Transfer& t : transfers) {
    json.BeginObject();
    WriteTransferFields(json, t);
    json.Key("events").BeginArray();
    for (const code::TransferMention& m : t.mentions) {
      if (m.event >= 0) json.String(fmt::format("v{}", m.event + 1));
    }
    json.EndArray();
    json.Key("mentions").BeginArray();
    for (const code::TransferMention& m : t.mentions) WriteMentionObject(json, where, m.sentence, m.begin, m.end);
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
}

void WriteQuoteFields(JsonWriter& json, const code::Quote& q) {
  json.Key("speaker");
  WriteActorJson(json, q.speaker);
  json.Key("text").String(q.text);
  json.Key("indirect").Bool(q.indirect);
  json.Key("how").StringOrNull(q.how);
}

void WriteQuotesJson(JsonWriter& json, const std::vector<code::Quote>& quotes, FactPlace where) {
  json.BeginArray();
  for (const code::Quote& q : quotes) {
    json.BeginObject();
    WriteQuoteFields(json, q);
    WriteMention(json, where, q.sentence, q.begin, q.end);
    json.EndObject();
  }
  json.EndArray();
}

}  // namespace dossier
