#include "dossier/text/pos_tagger.h"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

#include "lexical_tables.h"
#include "word_guess.h"

namespace dossier::text {
namespace {

using lexical::Candidates;
using lexical::kMaxCandidates;

// One token of the Viterbi lattice: its candidate tags and, for each, the
// best predecessor's index among the previous token's candidates.
struct Step {
  uint8_t count;
  Pos tag[kMaxCandidates];
  uint8_t back[kMaxCandidates];
};

constexpr size_t kStackSteps = 256;

}  // namespace

void PosTagger::Tag(std::span<const std::string_view> words, std::span<Pos> out) const {
  const size_t n = std::min(words.size(), out.size());
  if (n == 0) return;
  Step stack_steps[kStackSteps];
  std::vector<Step> heap_steps;
  Step* steps = stack_steps;
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
    Candidates c;
    lexical::CandidatesFor(words[i], sentence_start, &c);
    Step& step = steps[i];
    step.count = static_cast<uint8_t>(c.count);
    for (int j = 0; j < c.count; ++j) {
      const size_t to = static_cast<size_t>(c.tag[j]);
      float best = -std::numeric_limits<float>::infinity();
      int arg = 0;
      for (int k = 0; k < prev_count; ++k) {
        const float s =
            prev_score[k] + lexical::kTransitions[static_cast<size_t>(prev_tag[k]) * kPosCount + to];
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
    if (lexical::OpensQuote(words[i])) {
      sentence_start = true;
    } else if (lexical::HasWordCharacter(words[i])) {
      sentence_start = false;
    }
  }

  int j = static_cast<int>(std::max_element(prev_score, prev_score + prev_count) - prev_score);
  for (size_t i = n; i-- > 0;) {
    out[i] = steps[i].tag[j];
    j = steps[i].back[j];
  }
}

}  // namespace dossier::text
