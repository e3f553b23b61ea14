#include "dossier/clean/html_cleaner.h"

#include "dossier/clean/html_metadata.h"

namespace dossier {

Result<CleanedDocument> HtmlCleaner::Clean(std::string_view html) const {
  auto doc = HtmlDocument::Parse(html, parse_options_);
  if (!doc.ok()) return doc.status();
  CleanedDocument cleaned = extractor_.Extract(*doc);
  cleaned.found = ReadHtmlMetadata(*doc);
  return cleaned;
}

}  // namespace dossier
