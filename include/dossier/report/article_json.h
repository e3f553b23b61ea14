// The "articles" part of the JSON contract (docs/json-output.md), and the
// `dossier extract --jsonl` line format.
#ifndef DOSSIER_REPORT_ARTICLE_JSON_H_
#define DOSSIER_REPORT_ARTICLE_JSON_H_

#include <fstream>
#include <ostream>
#include <string>

#include "dossier/core/article.h"
#include "dossier/code/coding.h"
#include "dossier/recognize/recognition.h"
#include "dossier/time/time_mention.h"
#include "dossier/report/json_writer.h"

namespace dossier {

// {"id","path","title","outlet","url","published","author","text",
//  "blocks":[{"kind","span"}],"removed":[..],"cites":[..]}
void WriteArticleJson(JsonWriter& json, const Article& article);

// One line of `extract --jsonl`: {"path","title","outlet","published",
// "author","text","removed"} followed by '\n'.
void WriteExtractLine(std::ostream& out, const Article& article);

// Streams the whole contract: Begin, then each article, then End. Until
// the story stage exists, each article with a recognition is its own story;
// stories are spooled to a temporary file so memory stays flat.
class AnalysisJsonStream {
 public:
  explicit AnalysisJsonStream(std::ostream& out) : json_(out) {}
  ~AnalysisJsonStream();
  void Begin();
  void Add(const Article& article, const recognize::Recognition* recognition = nullptr,
           const std::vector<time::TimeMention>* times = nullptr,
           const code::Coding* coding = nullptr);
  void End();

 private:
  JsonWriter json_;
  std::string spool_path_;
  std::ofstream spool_;
  size_t stories_ = 0;
};

const char* BlockKindName(BlockKind kind);

}  // namespace dossier

#endif  // DOSSIER_REPORT_ARTICLE_JSON_H_
