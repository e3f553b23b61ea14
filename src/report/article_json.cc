#include "dossier/report/article_json.h"

#include "dossier/report/coding_json.h"

#include <unistd.h>

#include <fmt/format.h>

#include <atomic>
#include <filesystem>

#include "dossier/report/entity_json.h"

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

AnalysisJsonStream::~AnalysisJsonStream() {
  if (!spool_path_.empty()) {
    spool_.close();
    std::error_code ec;
    std::filesystem::remove(spool_path_, ec);
  }
}

void AnalysisJsonStream::Add(const Article& article, const recognize::Recognition* recognition,
                             const std::vector<time::TimeMention>* times,
                             const code::Coding* coding) {
  WriteArticleJson(json_, article);
  if (recognition == nullptr) return;
  if (spool_path_.empty()) {
    static std::atomic<int> counter{0};
    spool_path_ = (std::filesystem::temp_directory_path() /
                   ("dossier-stories-" + std::to_string(::getpid()) + "-" +
                    std::to_string(counter++) + ".json"))
                      .string();
    spool_.open(spool_path_, std::ios::binary | std::ios::trunc);
  }
  JsonWriter story(spool_);
  if (stories_++ > 0) spool_ << ',';
  story.BeginObject();
  story.Key("id").String(fmt::format("s{}", stories_));
  story.Key("title").StringOrNull(article.meta.title);
  story.Key("articles").StringArray({article.id});
  story.Key("summary").BeginArray().EndArray();
  story.Key("entities");
  WriteEntitiesJson(story, *recognition, article.id, article.text);
  if (times != nullptr) {
    story.Key("dates");
    WriteDatesJson(story, *times, article.text);
  }
  FactPlace where{article.id, article.text};
  if (coding != nullptr) {
    story.Key("events");
    WriteEventsJson(story, coding->events, where);
    story.Key("transfers");
    WriteTransfersJson(story, coding->transfers, where);
    story.Key("quotes");
    WriteQuotesJson(story, coding->quotes, where);
  } else {
    for (const char* empty : {"events", "transfers", "quotes"}) story.Key(empty).BeginArray().EndArray();
  }
  for (const char* empty : {"contradictions", "single_source_claims", "timeline", "flags"}) {
    story.Key(empty).BeginArray().EndArray();
  }
  story.EndObject();
}

void AnalysisJsonStream::End() {
  json_.EndArray().Key("stories").BeginArray();
  if (stories_ > 0) {
    spool_.close();
    std::ifstream in(spool_path_, std::ios::binary);
    json_.Raw(in);
  }
  json_.EndArray().EndObject();
}

}  // namespace dossier
