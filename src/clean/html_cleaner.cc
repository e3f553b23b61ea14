#include "dossier/clean/html_cleaner.h"

#include "dossier/clean/html_metadata.h"

namespace dossier {

namespace {

// The headline repeated as the first block is the title, not body text.
void DropTitleRepeats(CleanedDocument& cleaned) {
  if (cleaned.found.title.empty() || cleaned.blocks.size() < 2) return;
  std::string title = NormalizeLine(cleaned.found.title, true);
  auto& first = cleaned.blocks.front();
  if (first.kind == BlockKind::kParagraph && CountWords(first.text) > 25) return;
  if (NormalizeLine(first.text, true) != title) return;
  cleaned.removed.insert(cleaned.removed.begin(), first.text);
  cleaned.blocks.erase(cleaned.blocks.begin());
}

}  // namespace

Result<CleanedDocument> HtmlCleaner::Clean(std::string_view html) const {
  auto doc = HtmlDocument::Parse(html, parse_options_);
  if (!doc.ok()) return doc.status();
  CleanedDocument cleaned = extractor_.Extract(*doc);
  cleaned.found = ReadHtmlMetadata(*doc);
  DropTitleRepeats(cleaned);
  return cleaned;
}

}  // namespace dossier
