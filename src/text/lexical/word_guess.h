// The candidate tags of one token and their emission scores: the lexicon
// when it knows the word (in its case, or lower-cased where capitals are
// explained by position), otherwise a guess from the word's shape and
// suffix. Used by PosTagger; separate so the guessing can be tested alone.
#ifndef DOSSIER_SRC_TEXT_LEXICAL_WORD_GUESS_H_
#define DOSSIER_SRC_TEXT_LEXICAL_WORD_GUESS_H_

#include <string_view>

#include "dossier/text/pos_tag.h"

namespace dossier::text::lexical {

inline constexpr int kMaxCandidates = 12;

struct Candidates {
  int count = 0;
  Pos tag[kMaxCandidates];
  // log P(tag | word) - log P(tag): the HMM emission log P(word | tag) up
  // to a constant per token, which the Viterbi search does not need.
  float emit[kMaxCandidates];
};

// `sentence_start`: the token opens the sentence (possibly after an
// opening quote or bracket), so a capital letter says little.
void CandidatesFor(std::string_view word, bool sentence_start, Candidates* out);

// Whether a token opens a quotation or bracket, after which the next word
// is treated as sentence-initial.
bool OpensQuote(std::string_view word);
// Whether a token contains a letter or digit (ASCII, or any non-ASCII
// byte, so typographic quotes count: test OpensQuote first).
bool HasWordCharacter(std::string_view word);

}  // namespace dossier::text::lexical

#endif  // DOSSIER_SRC_TEXT_LEXICAL_WORD_GUESS_H_
