// ContentWords: the set of content-word keys of a passage, for comparing
// passages across articles (the same quote in two translations, a sentence
// one outlet words differently from another).
//
// A key is the lower-case, accent-folded word reduced to its WordNet lemma
// (nouns first, then verbs: "obligations" -> "obligation", "planning" ->
// "plan"), with two spelling folds so British and American renderings meet
// ("fulfill" -> "fulfil", "modernise" -> "modernize"). Grammatical words
// (articles, pronouns, auxiliaries, prepositions, conjunctions) are dropped;
// numbers are kept as written. Pure functions; thread-safe.
#ifndef DOSSIER_CORROBORATE_CONTENT_WORDS_H_
#define DOSSIER_CORROBORATE_CONTENT_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::corroborate {

// A word of a passage with its byte span, in lower-case normal form.
struct Word {
  std::string norm;
  uint32_t begin = 0, end = 0;
  bool capitalised = false;
  bool number = false;
};

// The words of `text` (letters, digits, inner hyphens and apostrophes);
// spans are offsets into `text` plus `base`.
std::vector<Word> WordsOf(std::string_view text, uint32_t base = 0);

// Whether a normal-form word is grammatical (never a content word).
bool IsGrammaticalWord(std::string_view norm);

// The content key of one normal-form word ("" for a grammatical word).
std::string ContentKey(std::string_view norm);

// Sorted, unique content keys of `text`.
std::vector<std::string> ContentWords(std::string_view text);

// |a ∩ b| for sorted unique sets.
template <typename T>
size_t SharedCount(const std::vector<T>& a, const std::vector<T>& b) {
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared;
}
// |a ∩ b| / |a ∪ b|; 0 when both are empty.
double Jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b);
// |a ∩ b| / |a|: how much of `a` is found in `b`; 0 when `a` is empty.
double Containment(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Lower case with accents folded and the first "the " dropped: how names of
// sources and outlets are compared ("REUTERS" = "Reuters", "The Lima
// Herald" = "Lima Herald").
std::string FoldName(std::string_view name);

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_CONTENT_WORDS_H_
