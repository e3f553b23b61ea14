// The "articles" part of the JSON contract (docs/json-output.md), and the
// `dossier extract --jsonl` line format.
#ifndef DOSSIER_REPORT_ARTICLE_JSON_H_
#define DOSSIER_REPORT_ARTICLE_JSON_H_

#include <ostream>

#include "dossier/core/article.h"
#include "dossier/report/json_writer.h"

namespace dossier {

// {"id","path","title","outlet","url","published","author","text",
//  "blocks":[{"kind","span"}],"removed":[..],"cites":[..]}
void WriteArticleJson(JsonWriter& json, const Article& article);

// One line of `extract --jsonl`: {"path","title","outlet","published",
// "author","text","removed"} followed by '\n'.
void WriteExtractLine(std::ostream& out, const Article& article);

// Streams the whole contract: Begin, then each article, then End (stories
// stay empty until the story stage exists).
class AnalysisJsonStream {
 public:
  explicit AnalysisJsonStream(std::ostream& out) : json_(out) {}
  void Begin();
  void Add(const Article& article);
  void End();

 private:
  JsonWriter json_;
};

const char* BlockKindName(BlockKind kind);

}  // namespace dossier

#endif  // DOSSIER_REPORT_ARTICLE_JSON_H_
