#include "dossier/recognize/fuzzy_names.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "dossier/text/normalizer.h"

namespace dossier::recognize {
namespace {

// Words too common in organisation names to select candidates by.
bool Distinctive(std::string_view w) {
  static const char* kCommon[] = {"the", "of", "for", "and", "in", "on", "national", "international",
                                  "organization", "organisation", "ministry", "council", "union",
                                  "state", "states", "group", "center", "centre", "institute",
                                  "party", "company", "agency", "committee", "commission", "de"};
  if (w.size() < 3) return false;
  for (const char* c : kCommon) {
    if (w == c) return false;
  }
  return true;
}

bool IsStopWord(std::string_view w) {
  return w == "the" || w == "of" || w == "for" || w == "and" || w == "in" || w == "on" ||
         w == "de" || w == "la" || w == "du" || w == "des" || w == "&";
}

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> out;
  std::string norm = text::Normalized(name);
  size_t start = 0;
  for (size_t i = 0; i <= norm.size(); ++i) {
    if (i == norm.size() || norm[i] == ' ' || norm[i] == '-' || norm[i] == ',') {
      if (i > start) out.push_back(norm.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

size_t EditDistanceRows(std::string_view a, std::string_view b, size_t limit, size_t* prev,
                        size_t* cur) {
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    size_t row_min = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

double WordSimilarity(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  size_t shorter = std::min(a.size(), b.size());
  if (shorter < 5) return 0.0;
  size_t limit = shorter >= 9 ? 2 : 1;
  return EditDistance(a, b, limit) <= limit ? 0.85 : 0.0;
}

// Whether `shorter` is `longer` without one letter that is neither its
// first nor its last.
bool DropsInnerLetter(std::string_view longer, std::string_view shorter) {
  if (longer.size() != shorter.size() + 1) return false;
  size_t i = 0;
  while (i < shorter.size() && longer[i] == shorter[i]) ++i;
  if (i == 0 || i + 1 >= longer.size()) return false;
  return longer.substr(i + 1) == shorter.substr(i);
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  // Words are short: two rows on the stack, the heap only for long ones.
  constexpr size_t kStackRow = 64;
  if (b.size() < kStackRow) {
    size_t prev[kStackRow], cur[kStackRow];
    return EditDistanceRows(a, b, limit, prev, cur);
  }
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  return EditDistanceRows(a, b, limit, prev.data(), cur.data());
}

FuzzyNames::FuzzyNames(const kb::KnowledgeBase& kb) {
  std::unordered_map<std::string, uint32_t> frequency;  // word -> names holding it
  for (uint32_t e : kb.OfType(kb::EntityType::kOrganization)) {
    // Outlets' names are short and generic ("Daily News"): a near miss is
    // far more often another outlet than a misspelling.
    if (kb.entity(e).kind == "media") continue;
    auto add = [&](std::string_view name) {
      Name n{e, Words(name)};
      if (n.words.size() < 2) return;
      uint32_t index = static_cast<uint32_t>(names_.size());
      for (size_t k = 0; k < n.words.size(); ++k) {
        const std::string& w = n.words[k];
        if (std::find(n.words.begin(), n.words.begin() + static_cast<long>(k), w) ==
            n.words.begin() + static_cast<long>(k))
          ++frequency[w];
        if (!Distinctive(w)) continue;
        uint32_t id = word_ids_.Insert(w);
        if (by_word_.size() < id) by_word_.resize(id);
        by_word_[id - 1].push_back(index);
      }
      names_.push_back(std::move(n));
    };
    add(kb.entity(e).name);
    for (const auto& a : kb.entity(e).aliases) add(a);
  }
  for (uint32_t e : kb.OfType(kb::EntityType::kCountry)) {
    auto add = [&](std::string_view name) {
      std::vector<std::string> w = Words(name);
      if (w.size() == 1 && w[0].size() >= kMinCountryLetters) country_names_.emplace_back(w[0], e);
    };
    add(kb.entity(e).name);
    for (const auto& a : kb.entity(e).aliases) add(a);
  }
  // Inverse name frequency: "collective" tells more than "organization".
  const double total = static_cast<double>(names_.size());
  unseen_weight_ = std::log(1 + total);
  for (const auto& [word, count] : frequency) {
    uint32_t id = weight_ids_.Insert(word);
    if (weights_.size() < id) weights_.resize(id);
    weights_[id - 1] = IsStopWord(word) ? 0.0 : std::log(1 + total / count);
  }
}

double FuzzyNames::Weight(std::string_view word) const {
  if (IsStopWord(word)) return 0;
  uint32_t id = weight_ids_.Find(word);
  return id == 0 ? unseen_weight_ : weights_[id - 1];
}

std::optional<FuzzyMatch> FuzzyNames::Best(const std::vector<std::string_view>& words,
                                           double min_score, std::span<const uint32_t> in_article,
                                           double in_article_min_score) const {
  // Exact distinctive words select the candidates.
  std::vector<uint32_t> candidates;
  for (std::string_view w : words) {
    if (!Distinctive(w)) continue;
    if (uint32_t id = word_ids_.Find(w)) {
      const auto& names = by_word_[id - 1];
      candidates.insert(candidates.end(), names.begin(), names.end());
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::optional<FuzzyMatch> best;
  std::vector<char> used;
  for (uint32_t c : candidates) {
    const Name& n = names_[c];
    // Weighted Dice over words in any order, near spellings counting 0.85.
    double matched = 0, text_weight = 0, name_weight = 0;
    used.assign(n.words.size(), 0);
    for (const auto& nw : n.words) name_weight += Weight(nw);
    for (std::string_view w : words) {
      double top = 0;
      size_t at = 0;
      for (size_t k = 0; k < n.words.size(); ++k) {
        if (used[k]) continue;
        double s = WordSimilarity(w, n.words[k]);
        if (s > top) top = s, at = k;
      }
      if (top > 0) {
        used[at] = 1;
        double weight = Weight(n.words[at]);
        matched += top * weight;
        text_weight += weight;
      } else {
        text_weight += Weight(w);
      }
    }
    if (text_weight + name_weight <= 0) continue;
    double score = 2 * matched / (text_weight + name_weight);
    bool here = std::find(in_article.begin(), in_article.end(), n.entity) != in_article.end();
    if (score < (here ? std::min(min_score, in_article_min_score) : min_score)) continue;
    if (!best || score > best->score) best = FuzzyMatch{n.entity, score};
  }
  return best;
}

std::optional<uint32_t> FuzzyNames::MisspeltCountry(std::string_view word) const {
  std::optional<uint32_t> found;
  for (const auto& [name, entity] : country_names_) {
    if (!DropsInnerLetter(name, word) && !DropsInnerLetter(word, name)) continue;
    if (found && *found != entity) return std::nullopt;
    found = entity;
  }
  return found;
}

}  // namespace dossier::recognize
