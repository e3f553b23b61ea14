// Dictionary forms of English words: WordNet's Morphy.
//
// The WordNet 3.0 lemma lists and exception lists are compiled into the
// binary at build time (tools/lexical_gen), so a Lemmatizer costs nothing to
// construct, holds no state and is safe to share between threads.
#ifndef DOSSIER_TEXT_LEMMATIZER_H_
#define DOSSIER_TEXT_LEMMATIZER_H_

#include <cstdint>
#include <string_view>

namespace dossier::text {

// WordNet's four open word classes; a lemma is looked up in one of them.
enum class WordClass : uint8_t { kNoun, kVerb, kAdjective, kAdverb };

class Lemmatizer {
 public:
  // The lemma of `lower_word` read as `cls`: "supplied"/verb -> "supply",
  // "deliveries"/noun -> "delivery", "went"/verb -> "go", "better"/adjective
  // -> "good". The word must already be lower case (case folding, and
  // whether "Ministries" is a name, is the caller's business).
  //
  // Morphy, in WordNet's order: (1) the exception list of the class
  // ("went" -> "go"); (2) nothing more for adverbs; (3) nouns ending in "ss"
  // or of at most two letters are left alone, and "-ful" nouns lemmatize
  // their stem ("spoonsful" -> "spoonful"); (4) the class's suffix rules
  // in order ("-ies" -> "-y", "-es" -> "-e", ...), taking the first result
  // that is a WordNet lemma of the class. When nothing applies the word
  // itself is returned, for every class.
  //
  // The result is either `lower_word` itself or a view of the compiled
  // tables, which live as long as the program: no allocation, no scratch.
  std::string_view Lemma(std::string_view lower_word, WordClass cls) const;

  // Whether `lower_word` is a WordNet lemma (single words only) of `cls`.
  bool IsLemma(std::string_view lower_word, WordClass cls) const;
};

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_LEMMATIZER_H_
