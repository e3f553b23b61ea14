// HtmlCleaner: an HTML page to its article text, removed chrome and the
// metadata the page states (see HtmlMetadata).
//
// Thread safety: Clean is const; one HtmlCleaner may serve many threads.
#ifndef DOSSIER_CLEAN_HTML_CLEANER_H_
#define DOSSIER_CLEAN_HTML_CLEANER_H_

#include <string_view>

#include "dossier/clean/boilerplate_lexicon.h"
#include "dossier/clean/cleaned_document.h"
#include "dossier/clean/content_extractor.h"
#include "dossier/clean/html_document.h"

namespace dossier {

class HtmlCleaner {
 public:
  explicit HtmlCleaner(const BoilerplateLexicon& lexicon,
                       HtmlParseOptions parse_options = {},
                       ContentExtractorOptions extract_options = {})
      : parse_options_(parse_options), extractor_(lexicon, extract_options) {}

  // Errors: those of HtmlDocument::Parse.
  Result<CleanedDocument> Clean(std::string_view html) const;

 private:
  HtmlParseOptions parse_options_;
  ContentExtractor extractor_;
};

}  // namespace dossier

#endif  // DOSSIER_CLEAN_HTML_CLEANER_H_
