// ArticleBuilder: one RawDocument to one Article: clean (HTML or text),
// merge metadata (given by the input > stated by the page > derived from
// the URL), find cited sources, hash the normalised text, derive the id.
//
// Thread safety: Build is const; share one builder between threads.
#ifndef DOSSIER_PIPELINE_ARTICLE_BUILDER_H_
#define DOSSIER_PIPELINE_ARTICLE_BUILDER_H_

#include <string>

#include "dossier/clean/boilerplate_lexicon.h"
#include "dossier/clean/html_cleaner.h"
#include "dossier/clean/text_cleaner.h"
#include "dossier/core/article.h"
#include "dossier/core/status.h"

namespace dossier {

class ArticleBuilder {
 public:
  explicit ArticleBuilder(const BoilerplateLexicon& lexicon,
                          HtmlParseOptions parse_options = {})
      : html_(lexicon, parse_options), text_(lexicon) {}

  // Errors: kCorruptInput naming the document when nothing of an article is
  // left after cleaning, or the HTML parser fails.
  Result<Article> Build(const RawDocument& doc) const;

 private:
  HtmlCleaner html_;
  TextCleaner text_;
};

// 16 hex digits of a 64-bit FNV-1a hash of `text` lower-cased with white
// space collapsed: equal for copies that differ only in spacing or case.
std::string ContentHash(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_ARTICLE_BUILDER_H_
