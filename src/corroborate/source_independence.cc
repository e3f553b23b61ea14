#include "dossier/corroborate/source_independence.h"

#include <fmt/format.h>

#include <algorithm>

#include "dossier/corroborate/content_words.h"
#include "dossier/recognize/citation_finder.h"

namespace dossier::corroborate {
namespace {

template <typename T>
bool Contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// "www.politico.com" -> "politico.com".
std::string_view Domain(std::string_view name) {
  if (name.starts_with("www.")) name.remove_prefix(4);
  return name;
}

// Whether `phrase` holds `key` as whole words (both folded).
bool HoldsWords(const std::string& phrase, const std::string& key) {
  return (" " + phrase + " ").find(" " + key + " ") != std::string::npos;
}

}  // namespace

SourceNames::SourceNames(const kb::KnowledgeBase* kb) {
  if (kb == nullptr) return;
  for (const kb::Entity& e : kb->entities()) {
    if (e.type != kb::EntityType::kOrganization || (e.kind != "media" && e.domains.empty())) continue;
    by_key_.try_emplace(FoldName(e.name), e.name);
    for (const std::string& alias : e.aliases) by_key_.try_emplace(FoldName(alias), e.name);
    for (const std::string& domain : e.domains) by_key_.try_emplace(std::string(Domain(domain)), e.name);
  }
}

std::string_view SourceNames::Canonical(std::string_view name) const {
  auto it = by_key_.find(std::string(Domain(name)));
  if (it == by_key_.end()) it = by_key_.find(FoldName(name));
  return it == by_key_.end() ? std::string_view() : std::string_view(it->second);
}

SourceIndependence::SourceIndependence(const std::vector<const story::ArticleFacts*>& articles,
                                       const SourceCues* cues, const SourceNames* names)
    : articles_(articles), cues_(cues), names_(names) {
  const size_t n = articles.size();
  outlet_.resize(n), outlet_key_.resize(n), cited_.resize(n), unnamed_.resize(n), origin_.resize(n);
  size_t rank = 0;
  for (uint32_t a = 0; a < n; ++a) {
    const story::ArticleFacts& f = *articles[a];
    outlet_[a] = !f.Label().empty() ? f.Label() : fmt::format("article {}", a + 1);
    outlet_key_[a] = f.outlet.empty() ? fmt::format("#{}", a) : Key(f.outlet);
    Spell(outlet_key_[a], outlet_[a], rank++);
    if (Original(a) != a) continue;
    for (const std::string& cite : f.cites) {
      std::string key = Key(cite);
      Spell(key, cite, rank++);
      if (!key.empty() && key != outlet_key_[a] && !Contains(cited_[a], key)) cited_[a].push_back(key);
    }
    unnamed_[a] = cues_ != nullptr && cues_->MentionsUnnamed(f.text);
  }
  for (uint32_t a = 0; a < n; ++a) {
    std::string named = cited_[a].empty() && unnamed_[a] ? StoryNamedSource(a) : std::string();
    if (Original(a) != a) {
      origin_[a] = origin_[Original(a)];
    } else if (cited_[a].size() == 1) {
      origin_[a] = cited_[a][0];
    } else {
      origin_[a] = named.empty() ? outlet_key_[a] : named;
    }
  }
  for (auto& [key, spellings] : spellings_) {
    auto best = std::min_element(spellings.begin(), spellings.end(), [](const Spelling& x, const Spelling& y) {
      if (x.canonical != y.canonical) return x.canonical;
      if (x.count != y.count) return x.count > y.count;
      return x.first < y.first;
    });
    display_[key] = best->text;
  }
}

std::string SourceIndependence::Key(std::string_view name) const {
  std::string_view canonical = names_ == nullptr ? std::string_view() : names_->Canonical(name);
  return FoldName(canonical.empty() ? name : canonical);
}

void SourceIndependence::Spell(const std::string& key, std::string_view spelling, size_t rank) {
  std::vector<Spelling>& list = spellings_[key];
  std::string_view canonical = names_ == nullptr ? std::string_view() : names_->Canonical(spelling);
  if (!canonical.empty()) spelling = canonical;
  for (Spelling& s : list) {
    if (s.text == spelling) {
      ++s.count;
      return;
    }
  }
  list.push_back({std::string(spelling), 1, rank, !canonical.empty()});
}

const std::string& SourceIndependence::Display(const std::string& key) const {
  auto it = display_.find(key);
  return it == display_.end() ? key : it->second;
}

uint32_t SourceIndependence::Original(uint32_t article) const {
  // copy_of points at an earlier article; the bound stops a malformed cycle.
  for (size_t steps = 0; steps < articles_.size(); ++steps) {
    int32_t up = articles_[article]->copy_of;
    if (up < 0 || static_cast<uint32_t>(up) >= article) break;
    article = static_cast<uint32_t>(up);
  }
  return article;
}

std::string SourceIndependence::StoryNamedSource(uint32_t article) const {
  std::string best;
  size_t best_count = 0;
  std::unordered_map<std::string, size_t> counts;
  for (uint32_t b = 0; b < articles_.size(); ++b) {
    if (b == article || Original(b) != b) continue;
    for (const std::string& key : cited_[b]) {
      size_t count = ++counts[key];
      if (count > best_count && key != outlet_key_[article]) best = key, best_count = count;
    }
  }
  return best;
}

std::string SourceIndependence::AttributedKey(uint32_t article, std::string_view text) const {
  if (text.empty()) return {};
  const std::string folded = FoldName(text);
  for (const std::vector<std::string>& cited : cited_) {
    for (const std::string& key : cited) {
      if (HoldsWords(folded, key)) return key;
    }
  }
  if (cues_ != nullptr && cues_->MentionsUnnamed(text)) return StoryNamedSource(article);
  return {};
}

std::string SourceIndependence::OriginKey(const Report& report) const {
  const uint32_t a = report.article;
  if (Original(a) != a) return origin_[a];
  if (report.attribution != nullptr) {
    for (const code::Attribution& at : *report.attribution) {
      std::string key = AttributedKey(a, at.actor.name.empty() ? std::string_view(at.text) : at.actor.name);
      if (key.empty() && !at.actor.name.empty()) key = AttributedKey(a, at.text);
      if (!key.empty()) return key;
    }
  }
  const story::ArticleFacts& f = *articles_[a];
  if (report.sentence < f.sentences.size()) {
    const story::SentenceSpan& s = f.sentences[report.sentence];
    std::string_view sentence = f.Span(s.begin, s.end);
    for (const std::string& cite : FindCitedSources(sentence)) {
      std::string key = AttributedKey(a, cite);
      if (!key.empty()) return key;
    }
    if (cues_ != nullptr && cited_[a].empty() && cues_->MentionsUnnamed(sentence)) {
      std::string named = StoryNamedSource(a);
      if (!named.empty()) return named;
    }
  }
  return origin_[a];
}

Sourcing SourceIndependence::Of(const std::vector<Report>& reports) const {
  Sourcing s;
  std::vector<std::string> keys;
  for (const Report& r : reports) {
    if (!Contains(s.outlets, outlet_[r.article])) s.outlets.push_back(outlet_[r.article]);
    std::string key = OriginKey(r);
    if (!Contains(keys, key)) {
      keys.push_back(key);
      s.origins.push_back(Display(key));
    }
  }
  s.independent_sources = static_cast<int>(s.origins.size());
  return s;
}

size_t SourceIndependence::IndependentOutlets() const {
  std::vector<std::string> seen;
  for (uint32_t a = 0; a < articles_.size(); ++a) {
    if (Original(a) == a && !Contains(seen, outlet_key_[a])) seen.push_back(outlet_key_[a]);
  }
  return seen.size();
}

bool SourceIndependence::SameOutlet(uint32_t a, uint32_t b) const {
  return outlet_key_[a] == outlet_key_[b] || Original(a) == Original(b);
}

}  // namespace dossier::corroborate
