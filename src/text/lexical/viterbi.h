// The Viterbi search behind PosTagger::Tag, over candidates from any
// source: the tagger looks them up itself, the text analyzer reads them
// from its WordMemo. Header-only so each caller's lookup inlines.
#ifndef DOSSIER_SRC_TEXT_LEXICAL_VITERBI_H_
#define DOSSIER_SRC_TEXT_LEXICAL_VITERBI_H_

#include <algorithm>
#include <limits>
#include <span>
#include <utility>
#include <vector>

#include "dossier/text/pos_tag.h"
#include "lexical_tables.h"
#include "word_guess.h"

namespace dossier::text::lexical {

// What the search needs of one token.
struct WordLookup {
  const Candidates* candidates;  // valid until the next lookup
  bool opens_quote;              // OpensQuote(word)
  bool has_word_character;       // HasWordCharacter(word)
};

// One token of the lattice: its candidate tags and, for each, the best
// predecessor's index among the previous token's candidates.
struct ViterbiStep {
  uint8_t count;
  Pos tag[kMaxCandidates];
  uint8_t back[kMaxCandidates];
};

// Tags tokens [0, out.size()); `lookup(i, sentence_start)` returns token
// i's WordLookup. Up to 256 tokens nothing is allocated.
template <class Lookup>
void TagSentence(Lookup&& lookup, std::span<Pos> out) {
  constexpr size_t kStackSteps = 256;
  const size_t n = out.size();
  if (n == 0) return;
  ViterbiStep stack_steps[kStackSteps];
  std::vector<ViterbiStep> heap_steps;
  ViterbiStep* steps = stack_steps;
  if (n > kStackSteps) {
    heap_steps.resize(n);
    steps = heap_steps.data();
  }

  // Scores of the previous and current token's candidates, swapped each
  // step. The sentence starts in the state that follows a full stop, as in
  // the training data.
  float scores[2][kMaxCandidates];
  float* prev_score = scores[0];
  float* score = scores[1];
  const Pos start_tag[1] = {Pos::kSentenceEnd};
  const Pos* prev_tag = start_tag;
  prev_score[0] = 0;
  int prev_count = 1;
  bool sentence_start = true;
  for (size_t i = 0; i < n; ++i) {
    const WordLookup word = lookup(i, sentence_start);
    const Candidates& c = *word.candidates;
    ViterbiStep& step = steps[i];
    step.count = static_cast<uint8_t>(c.count);
    for (int j = 0; j < c.count; ++j) {
      const size_t to = static_cast<size_t>(c.tag[j]);
      float best = -std::numeric_limits<float>::infinity();
      int arg = 0;
      for (int k = 0; k < prev_count; ++k) {
        const float s = prev_score[k] + kTransitions[static_cast<size_t>(prev_tag[k]) * kPosCount + to];
        if (s > best) {
          best = s;
          arg = k;
        }
      }
      score[j] = best + c.emit[j];
      step.tag[j] = c.tag[j];
      step.back[j] = static_cast<uint8_t>(arg);
    }
    std::swap(prev_score, score);
    prev_tag = step.tag;
    prev_count = c.count;
    // Capitals stay uninformative through opening quotes and brackets.
    if (word.opens_quote) {
      sentence_start = true;
    } else if (word.has_word_character) {
      sentence_start = false;
    }
  }

  int j = static_cast<int>(std::max_element(prev_score, prev_score + prev_count) - prev_score);
  for (size_t i = n; i-- > 0;) {
    out[i] = steps[i].tag[j];
    j = steps[i].back[j];
  }
}

}  // namespace dossier::text::lexical

#endif  // DOSSIER_SRC_TEXT_LEXICAL_VITERBI_H_
