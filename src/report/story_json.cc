#include "dossier/report/story_json.h"

#include <fmt/format.h>

#include "dossier/report/coding_json.h"

namespace dossier {
namespace {

using corroborate::FactMention;
using corroborate::StoryDossier;

class StoryWriter {
 public:
  StoryWriter(JsonWriter& json, const StoryDossier& story) : json_(json), story_(story) {}

  void Write();

 private:
  const story::ArticleFacts& ArticleOf(const FactMention& m) const {
    return *story_.articles[m.article];
  }
  void Place(const FactMention& m);  // "article", "sentence", "span", "text" into an open object
  void Mention(const FactMention& m) {
    json_.BeginObject();
    Place(m);
    json_.EndObject();
  }
  void Mentions(const std::vector<FactMention>& mentions) {
    json_.Key("mentions").BeginArray();
    for (const FactMention& m : mentions) Mention(m);
    json_.EndArray();
  }
  void Sourcing(const corroborate::Sourcing& s) {
    json_.Key("outlets").StringArray(s.outlets);
    json_.Key("origins").StringArray(s.origins);
    json_.Key("independent_sources").Int(s.independent_sources);
  }
  void TimelineEntry(const corroborate::TimelineEntry& t);
  void Articles();
  void Summary();
  void Entities();
  void Events();
  void Transfers();
  void Quotes();
  void Contradictions();
  void Claims();

  JsonWriter& json_;
  const StoryDossier& story_;
};

void StoryWriter::Place(const FactMention& m) {
  const story::ArticleFacts& a = ArticleOf(m);
  json_.Key("article").String(a.id);
  json_.Key("sentence").Int(m.sentence);
  json_.Key("span").BeginArray().Int(m.begin).Int(m.end).EndArray();
  json_.Key("text").String(a.Span(m.begin, m.end));
}

void StoryWriter::TimelineEntry(const corroborate::TimelineEntry& t) {
  json_.BeginObject();
  json_.Key("date").String(t.start);
  json_.Key("end").String(t.end.empty() ? t.start : t.end);
  json_.Key("text").String(t.text);
  if (t.event >= 0) {
    json_.Key("event").String(fmt::format("v{}", t.event + 1));
  } else {
    json_.Key("event").Null();
  }
  json_.Key("mention").BeginObject();
  Place(t.place);
  json_.EndObject();
  json_.EndObject();
}

void StoryWriter::Articles() {
  json_.Key("articles").BeginArray();
  for (const story::ArticleFacts* a : story_.articles) json_.String(a->id);
  json_.EndArray();
  json_.Key("copies").BeginArray();
  for (const story::ArticleFacts* a : story_.articles) {
    if (a->copy_of < 0) continue;
    json_.BeginObject().Key("article").String(a->id);
    json_.Key("copy_of").String(story_.articles[a->copy_of]->id).EndObject();
  }
  json_.EndArray();
}

void StoryWriter::Summary() {
  json_.Key("summary").BeginArray();
  for (const corroborate::SummarySentence& s : story_.summary) {
    json_.BeginObject();
    json_.Key("text").String(s.text);
    json_.Key("article").String(ArticleOf(s.place).id);
    json_.Key("sentence").Int(s.place.sentence);
    json_.Key("span").BeginArray().Int(s.place.begin).Int(s.place.end).EndArray();
    json_.EndObject();
  }
  json_.EndArray();
  json_.Key("key_points").StringArray(story_.key_points);
  json_.Key("preceded").BeginArray();
  for (const auto& t : story_.preceded) TimelineEntry(t);
  json_.EndArray();
}

void StoryWriter::Entities() {
  json_.Key("entities").BeginArray();
  for (size_t i = 0; i < story_.entities.size(); ++i) {
    const recognize::RecognizedEntity& e = story_.entities[i].entity;
    json_.BeginObject();
    json_.Key("id").String(fmt::format("e{}", i + 1));
    json_.Key("name").String(e.name);
    json_.Key("type").String(e.type);
    json_.Key("code").StringOrNull(e.code);
    json_.Key("country").StringOrNull(e.country);
    if (!e.kind.empty()) json_.Key("kind").String(e.kind);
    if (!e.role.empty()) json_.Key("role").String(e.role);
    if (!e.affiliation.empty()) json_.Key("affiliation").String(e.affiliation);
    if (!e.note.empty()) json_.Key("note").String(e.note);
    json_.Key("confidence").Double(e.confidence);
    json_.Key("aliases").StringArray(e.aliases);
    json_.Key("mentions").BeginArray();
    for (const corroborate::EntityMention& m : story_.entities[i].mentions) {
      json_.BeginObject();
      Place(m.place);
      json_.Key("code").StringOrNull(m.code);
      json_.Key("how").String(m.how);
      json_.EndObject();
    }
    json_.EndArray();
    json_.EndObject();
  }
  json_.EndArray();
}

void StoryWriter::Events() {
  json_.Key("events").BeginArray();
  for (size_t i = 0; i < story_.events.size(); ++i) {
    const corroborate::StoryEvent& v = story_.events[i];
    json_.BeginObject();
    json_.Key("id").String(fmt::format("v{}", i + 1));
    std::string_view trigger;
    if (!v.mentions.empty()) {
      trigger = ArticleOf(v.mentions.front()).Span(v.event.verb_begin, v.event.verb_end);
    }
    WriteEventFields(json_, v.event, trigger);
    Mentions(v.mentions);
    Sourcing(v.sourcing);
    json_.EndObject();
  }
  json_.EndArray();
}

void StoryWriter::Transfers() {
  json_.Key("transfers").BeginArray();
  for (size_t i = 0; i < story_.transfers.size(); ++i) {
    const corroborate::StoryTransfer& t = story_.transfers[i];
    json_.BeginObject();
    json_.Key("id").String(fmt::format("t{}", i + 1));
    WriteTransferFields(json_, t.transfer);
    json_.Key("events").BeginArray();
    for (uint32_t e : t.events) json_.String(fmt::format("v{}", e + 1));
    json_.EndArray();
    Mentions(t.mentions);
    Sourcing(t.sourcing);
    json_.EndObject();
  }
  json_.EndArray();
}

void StoryWriter::Quotes() {
  json_.Key("quotes").BeginArray();
  for (size_t i = 0; i < story_.quotes.size(); ++i) {
    const corroborate::StoryQuote& q = story_.quotes[i];
    json_.BeginObject();
    json_.Key("id").String(fmt::format("q{}", i + 1));
    WriteQuoteFields(json_, q.quote);
    Mentions(q.mentions);
    Sourcing(q.sourcing);
    json_.EndObject();
  }
  json_.EndArray();
}

void StoryWriter::Contradictions() {
  json_.Key("contradictions").BeginArray();
  for (const corroborate::Contradiction& c : story_.contradictions) {
    json_.BeginObject();
    json_.Key("about").String(c.about);
    json_.Key("slot").String(c.slot);
    json_.Key("claims").BeginArray();
    for (const corroborate::Claim& claim : c.claims) {
      json_.BeginObject();
      json_.Key("value").String(claim.value);
      json_.Key("articles").BeginArray();
      for (uint32_t a : claim.articles) json_.String(story_.articles[a]->id);
      json_.EndArray();
      Mentions(claim.mentions);
      json_.EndObject();
    }
    json_.EndArray();
    json_.EndObject();
  }
  json_.EndArray();
}

void StoryWriter::Claims() {
  json_.Key("single_source_claims").BeginArray();
  for (const corroborate::SingleSourceClaim& c : story_.single_source_claims) {
    json_.BeginObject();
    json_.Key("text").String(c.text);
    json_.Key("article").String(ArticleOf(c.place).id);
    json_.Key("sentence").Int(c.place.sentence);
    json_.Key("span").BeginArray().Int(c.place.begin).Int(c.place.end).EndArray();
    json_.EndObject();
  }
  json_.EndArray();
}

void StoryWriter::Write() {
  json_.BeginObject();
  json_.Key("id").String(story_.id);
  json_.Key("title").StringOrNull(story_.title);
  Articles();
  Summary();
  Entities();
  Events();
  Transfers();
  Quotes();
  Contradictions();
  Claims();
  json_.Key("timeline").BeginArray();
  for (const auto& t : story_.timeline) TimelineEntry(t);
  json_.EndArray();
  json_.Key("flags").BeginArray();
  for (const corroborate::Flag& f : story_.flags) {
    json_.BeginObject();
    json_.Key("kind").String(f.kind);
    json_.Key("text").String(f.text);
    json_.Key("facts").StringArray(f.facts);
    json_.EndObject();
  }
  json_.EndArray();
  json_.EndObject();
}

}  // namespace

void WriteStoryJson(JsonWriter& json, const corroborate::StoryDossier& story) {
  StoryWriter(json, story).Write();
}

}  // namespace dossier
