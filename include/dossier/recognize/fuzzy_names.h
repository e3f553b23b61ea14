// Finds the knowledge-base organisation a garbled or variant name most
// likely means ("Colective Security Treaty Organisation" -> CSTO): candidates
// share a distinctive word with the name; the score aligns words allowing
// small spelling differences.
#ifndef DOSSIER_RECOGNIZE_FUZZY_NAMES_H_
#define DOSSIER_RECOGNIZE_FUZZY_NAMES_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/kb/flat_maps.h"
#include "dossier/kb/knowledge_base.h"

namespace dossier::recognize {

struct FuzzyMatch {
  uint32_t entity = 0;
  double score = 0;  // 0..1; 1 means the same words
};

class FuzzyNames {
 public:
  explicit FuzzyNames(const kb::KnowledgeBase& kb);

  // `words` are the normal forms of the name's words. The score is a Dice
  // coefficient over words in any order, each word weighted by how rarely
  // organisation names use it. Entities already named in the article
  // (`in_article`, knowledge-base indexes) need only `in_article_min_score`:
  // "Organization for Collective Security Cooperation" after "CSTO".
  std::optional<FuzzyMatch> Best(const std::vector<std::string_view>& words, double min_score,
                                 std::span<const uint32_t> in_article = {},
                                 double in_article_min_score = 1.0) const;

  // The country a misspelt one-word name means ("Ethopia"): the only
  // country name of at least kMinCountryLetters letters that `word` (a
  // normal form) turns into by adding or dropping one letter inside the
  // word, never its first or last. Substitutions and changes at the ends
  // are left out: they make other names ("Columbia", "Dominic", "Olivia").
  std::optional<uint32_t> MisspeltCountry(std::string_view word) const;
  static constexpr size_t kMinCountryLetters = 7;

 private:
  struct Name {
    uint32_t entity;
    std::vector<std::string> words;
  };
  double Weight(std::string_view word) const;

  std::vector<Name> names_;
  kb::StringIds weight_ids_;     // every word of a name
  std::vector<double> weights_;  // by weight_ids_ id - 1
  double unseen_weight_ = 0;
  kb::StringIds word_ids_;                      // distinctive words
  std::vector<std::vector<uint32_t>> by_word_;  // word id - 1 -> names_
  std::vector<std::pair<std::string, uint32_t>> country_names_;  // one-word names, normal form
};

// Levenshtein distance, stopping early once it exceeds `limit`.
size_t EditDistance(std::string_view a, std::string_view b, size_t limit);

}  // namespace dossier::recognize

#endif  // DOSSIER_RECOGNIZE_FUZZY_NAMES_H_
