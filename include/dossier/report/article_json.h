// The "articles" part of the JSON contract (docs/json-output.md), and the
// `dossier extract --jsonl` line format.
#ifndef DOSSIER_REPORT_ARTICLE_JSON_H_
#define DOSSIER_REPORT_ARTICLE_JSON_H_

#include <ostream>
#include <string>

#include "dossier/core/article.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/report/json_writer.h"

namespace dossier {

// {"id","path","title","outlet","url","published","author","text",
//  "blocks":[{"kind","span"}],"removed":[..],"cites":[..]}
void WriteArticleJson(JsonWriter& json, const Article& article);

// One line of `extract --jsonl`: {"path","title","outlet","published",
// "author","text","removed"} followed by '\n'.
void WriteExtractLine(std::ostream& out, const Article& article);

// Streams the whole contract: Begin, each article (Add), each story
// (AddStory, after the last article), End.
class AnalysisJsonStream {
 public:
  explicit AnalysisJsonStream(std::ostream& out) : json_(out) {}
  void Begin();
  void Add(const Article& article);
  void AddStory(const corroborate::StoryDossier& story);
  void End();

 private:
  JsonWriter json_;
  bool in_stories_ = false;
};

const char* BlockKindName(BlockKind kind);

}  // namespace dossier

#endif  // DOSSIER_REPORT_ARTICLE_JSON_H_
