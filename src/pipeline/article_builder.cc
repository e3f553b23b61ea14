#include "dossier/pipeline/article_builder.h"

#include <fmt/format.h>

#include <cstdlib>

#include "dossier/clean/cleaned_document.h"
#include "dossier/pipeline/metadata_rules.h"
#include "dossier/recognize/citation_finder.h"

namespace dossier {
namespace {

void Prefer(std::string& field, const std::string& fallback) {
  if (field.empty()) field = fallback;
}

// Attaches the document's place: "feed.jsonl:line 3" or "crawl.warc (record 2)".
Status AtDocument(Status status, const RawDocument& doc) {
  if (doc.location.rfind("line ", 0) == 0) {
    return status.WithPath(doc.path).WithLine(std::atoll(doc.location.c_str() + 5));
  }
  return status.WithPath(doc.Where());
}

}  // namespace

std::string ContentHash(std::string_view text) {
  uint64_t h = 1469598103934665603ull;
  bool space = false;
  auto mix = [&](unsigned char c) {
    h ^= c;
    h *= 1099511628211ull;
  };
  for (char raw : text) {
    unsigned char c = static_cast<unsigned char>(raw);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space) mix(' ');
    space = false;
    mix(c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c);
  }
  return fmt::format("{:016x}", h);
}

Result<Article> ArticleBuilder::Build(const RawDocument& doc) const {
  CleanedDocument cleaned;
  if (doc.format == BodyFormat::kHtml) {
    auto result = html_.Clean(doc.body);
    if (!result.ok()) {
      return AtDocument(result.status(), doc);
    }
    cleaned = std::move(*result);
  } else {
    cleaned = text_.Clean(doc.body);
  }
  if (cleaned.blocks.empty()) {
    return AtDocument(Status(StatusCode::kCorruptInput, "no article text found after cleaning"), doc);
  }
  Article a;
  a.path = doc.Where();
  a.meta = doc.given;
  Prefer(a.meta.title, cleaned.found.title);
  Prefer(a.meta.outlet, CleanOutletName(cleaned.found.outlet));
  Prefer(a.meta.url, cleaned.found.url);
  Prefer(a.meta.published, cleaned.found.published);
  Prefer(a.meta.author, cleaned.found.author);
  std::string wire = cleaned.blocks.empty() ? "" : OutletFromDateline(cleaned.blocks[0].text);
  Prefer(a.meta.outlet, wire);
  Prefer(a.meta.outlet, DomainOf(a.meta.url));
  Prefer(a.meta.published, DateFromUrl(a.meta.url));
  a.meta.published = NormalizePublished(a.meta.published);
  JoinBlocks(cleaned.blocks, a.text, a.blocks);
  a.removed = std::move(cleaned.removed);
  // A wire dateline on another outlet's page names the story's origin.
  if (!wire.empty() && wire != a.meta.outlet) a.cites.push_back(wire);
  for (std::string& source : FindCitedSources(a.text)) {
    if (source == wire) continue;
    // The article's own byline is not a source it relies on.
    if (a.meta.author.find(source) == std::string::npos) a.cites.push_back(std::move(source));
  }
  a.content_hash = ContentHash(a.text);
  a.id = a.content_hash;  // same content, same id, whatever the input called it
  return a;
}

}  // namespace dossier
