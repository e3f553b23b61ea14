// ContentExtractor: the main text of an HTML page.
//
// General signals only: element roles (nav, aside, footer, forms, scripts),
// hidden elements, class/id vocabulary from the BoilerplateLexicon, text and
// link density, commas and block length (a readability-style score that
// flows from paragraphs up to their containers), the DOM position of the
// best container and its siblings, and short chrome lines. No site lists.
//
// Thread safety: Extract is const and may run on many threads at once.
#ifndef DOSSIER_CLEAN_CONTENT_EXTRACTOR_H_
#define DOSSIER_CLEAN_CONTENT_EXTRACTOR_H_

#include "dossier/clean/boilerplate_lexicon.h"
#include "dossier/clean/cleaned_document.h"
#include "dossier/clean/html_document.h"

namespace dossier {

struct ContentExtractorOptions {
  // Paragraphs shorter than this (bytes) add nothing to container scores.
  size_t min_scored_paragraph = 25;
  // Below this many bytes of kept text, fall back to every dense block.
  size_t min_article_bytes = 250;
};

class ContentExtractor {
 public:
  explicit ContentExtractor(const BoilerplateLexicon& lexicon,
                            ContentExtractorOptions options = {})
      : lexicon_(lexicon), options_(options) {}

  // Body blocks and removed chrome of `doc`; metadata is not filled here
  // (see HtmlMetadata).
  CleanedDocument Extract(const HtmlDocument& doc) const;

 private:
  const BoilerplateLexicon& lexicon_;
  ContentExtractorOptions options_;
};

}  // namespace dossier

#endif  // DOSSIER_CLEAN_CONTENT_EXTRACTOR_H_
