#include "dossier/pipeline/outlet_repetition_filter.h"

#include <map>
#include <set>
#include <string>

#include "dossier/clean/boilerplate_lexicon.h"
#include "dossier/clean/cleaned_document.h"
#include "dossier/pipeline/article_builder.h"

namespace dossier {
namespace {

std::string_view BlockText(const Article& a, const Block& b) {
  return std::string_view(a.text).substr(b.begin, b.end - b.begin);
}

void Rebuild(Article& a, const std::set<std::string>& chrome) {
  std::vector<CleanBlock> kept;
  for (const Block& b : a.blocks) {
    std::string_view text = BlockText(a, b);
    if (chrome.count(NormalizeLine(text))) {
      a.removed.emplace_back(text);
    } else {
      kept.push_back(CleanBlock{b.kind, std::string(text)});
    }
  }
  if (kept.empty()) return;  // never empty an article entirely
  JoinBlocks(kept, a.text, a.blocks);
  a.content_hash = ContentHash(a.text);
  a.id = a.content_hash;
}

}  // namespace

void RemoveOutletRepetitions(std::vector<Article>& batch, RepetitionOptions options) {
  // outlet -> normalised block -> pages carrying it
  std::map<std::string, std::map<std::string, int>> seen;
  for (const Article& a : batch) {
    if (a.meta.outlet.empty()) continue;
    std::set<std::string> on_page;
    for (const Block& b : a.blocks) {
      std::string_view text = BlockText(a, b);
      if (CountWords(text) <= options.max_block_words) on_page.insert(NormalizeLine(text));
    }
    auto& counts = seen[a.meta.outlet];
    for (const auto& t : on_page) ++counts[t];
  }
  for (Article& a : batch) {
    auto it = seen.find(a.meta.outlet);
    if (it == seen.end()) continue;
    std::set<std::string> chrome;
    for (const auto& [text, pages] : it->second) {
      if (pages >= options.min_pages) chrome.insert(text);
    }
    if (!chrome.empty()) Rebuild(a, chrome);
  }
}

}  // namespace dossier
