// A light hidden-Markov part-of-speech tagger.
//
// Bigram Viterbi over Penn tags. Each word may only take the tags it was
// seen with in the training lexicon (Lingua-EN-Tagger's counts, compiled
// in at build time by tools/lexical_gen), so a token usually has one to
// three candidate tags and the search costs a few multiply-adds per token.
// Words outside the lexicon are guessed from their shape (digits, capitals,
// hyphens) and from suffix statistics of rare lexicon words.
//
// Stateless: construction is free and one instance serves every thread.
#ifndef DOSSIER_TEXT_POS_TAGGER_H_
#define DOSSIER_TEXT_POS_TAGGER_H_

#include <optional>
#include <span>
#include <string_view>

#include "dossier/text/lemmatizer.h"
#include "dossier/text/pos_tag.h"

namespace dossier::text {

class PosTagger {
 public:
  // Tags one sentence. `words` are tokens as they appear in the text, in
  // their original case: words, numbers and punctuation, with possessive
  // "'s" as its own token. Curly quotes and apostrophes, em and en dashes
  // and the ellipsis character are understood. out.size() must equal
  // words.size(); every output is a real tag (never kNone). Sentences of
  // any length work; up to 256 tokens nothing is allocated.
  void Tag(std::span<const std::string_view> words, std::span<Pos> out) const;
};

// Whether the tagger's lexicon knows `lower_word` written in lower case: an
// English word ("brown", "may"), so the capitalised form may not be a name.
bool IsCommonWord(std::string_view lower_word);
// Whether the lexicon has seen `lower_word` as a verb ("show", "supplies").
bool CanBeVerb(std::string_view lower_word);

// The WordNet class to lemmatize a word of tag `p` in: common nouns, verbs
// (not modals), adjectives and adverbs. std::nullopt for every other tag,
// proper nouns included: names keep their form ("United States" must not
// become "state", nor "Brussels" "brussel").
constexpr std::optional<WordClass> WordClassOf(Pos p) {
  if (IsCommonNoun(p)) return WordClass::kNoun;
  if (IsVerb(p)) return WordClass::kVerb;
  if (IsAdjective(p)) return WordClass::kAdjective;
  if (IsAdverb(p)) return WordClass::kAdverb;
  return std::nullopt;
}

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_POS_TAGGER_H_
