#include "dossier/report/article_json.h"

#include "dossier/report/story_json.h"

namespace dossier {

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "heading";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kQuote: return "quote";
  }
  return "paragraph";
}

void WriteArticleJson(JsonWriter& json, const Article& a) {
  json.BeginObject();
  json.Key("id").String(a.id);
  json.Key("path").String(a.path);
  json.Key("title").StringOrNull(a.meta.title);
  json.Key("outlet").StringOrNull(a.meta.outlet);
  json.Key("url").StringOrNull(a.meta.url);
  json.Key("published").StringOrNull(a.meta.published);
  json.Key("author").StringOrNull(a.meta.author);
  json.Key("text").String(a.text);
  json.Key("blocks").BeginArray();
  for (const Block& b : a.blocks) {
    json.BeginObject().Key("kind").String(BlockKindName(b.kind));
    json.Key("span").BeginArray().Int(b.begin).Int(b.end).EndArray().EndObject();
  }
  json.EndArray();
  json.Key("removed").StringArray(a.removed);
  json.Key("cites").StringArray(a.cites);
  json.EndObject();
}

void WriteExtractLine(std::ostream& out, const Article& a) {
  JsonWriter json(out);
  json.BeginObject();
  json.Key("path").String(a.path);
  json.Key("title").StringOrNull(a.meta.title);
  json.Key("outlet").StringOrNull(a.meta.outlet);
  json.Key("published").StringOrNull(a.meta.published);
  json.Key("author").StringOrNull(a.meta.author);
  json.Key("text").String(a.text);
  json.Key("removed").StringArray(a.removed);
  json.EndObject();
  out << '\n';
}

void AnalysisJsonStream::Begin() {
  json_.BeginObject().Key("articles").BeginArray();
}

void AnalysisJsonStream::Add(const Article& article) { WriteArticleJson(json_, article); }

void AnalysisJsonStream::AddStory(const corroborate::StoryDossier& story) {
  if (!in_stories_) {
    json_.EndArray().Key("stories").BeginArray();
    in_stories_ = true;
  }
  WriteStoryJson(json_, story);
}

void AnalysisJsonStream::End() {
  if (!in_stories_) json_.EndArray().Key("stories").BeginArray();
  json_.EndArray().EndObject();
}

}  // namespace dossier
