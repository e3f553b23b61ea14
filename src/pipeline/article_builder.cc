#include "dossier/pipeline/article_builder.h"

#include <fmt/format.h>

#include <regex>

#include "dossier/clean/cleaned_document.h"
#include "dossier/recognize/citation_finder.h"

namespace dossier {
namespace {

void Prefer(std::string& field, const std::string& fallback) {
  if (field.empty()) field = fallback;
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

std::string DomainOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#:"));
  if (rest.substr(0, 4) == "www.") rest.remove_prefix(4);
  std::string out(rest);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string DateFromUrl(std::string_view url) {
  static const std::regex kSlashed(R"(/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$))");
  static const std::regex kCompact(R"([/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$))");
  std::string s(url);
  std::smatch m;
  if (std::regex_search(s, m, kSlashed) || std::regex_search(s, m, kCompact)) {
    int month = std::stoi(m[2].str());
    int day = std::stoi(m[3].str());
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return fmt::format("{}-{:02d}-{:02d}", m[1].str(), month, day);
    }
  }
  return {};
}

Result<Article> ArticleBuilder::Build(const RawDocument& doc) const {
  CleanedDocument cleaned;
  if (doc.format == BodyFormat::kHtml) {
    auto result = html_.Clean(doc.body);
    if (!result.ok()) {
      Status s = result.status();
      return s.WithPath(doc.Where());
    }
    cleaned = std::move(*result);
  } else {
    cleaned = text_.Clean(doc.body);
  }
  if (cleaned.blocks.empty()) {
    return Status(StatusCode::kCorruptInput, "no article text found after cleaning")
        .WithPath(doc.Where());
  }
  Article a;
  a.path = doc.Where();
  a.meta = doc.given;
  Prefer(a.meta.title, cleaned.found.title);
  Prefer(a.meta.outlet, cleaned.found.outlet);
  Prefer(a.meta.url, cleaned.found.url);
  Prefer(a.meta.published, cleaned.found.published);
  Prefer(a.meta.author, cleaned.found.author);
  Prefer(a.meta.outlet, DomainOf(a.meta.url));
  Prefer(a.meta.published, DateFromUrl(a.meta.url));
  JoinBlocks(cleaned.blocks, a.text, a.blocks);
  a.removed = std::move(cleaned.removed);
  a.cites = FindCitedSources(a.text);
  a.content_hash = ContentHash(a.text);
  a.id = a.content_hash;  // same content, same id, whatever the input called it
  return a;
}

}  // namespace dossier
