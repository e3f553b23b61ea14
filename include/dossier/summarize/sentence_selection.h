// Choosing a story's summary sentences from scored profiles: maximal marginal
// relevance (each pick maximises lambda * salience - (1 - lambda) * its
// largest similarity to the sentences already picked), so that what several
// outlets repeat enters the summary once. The number of sentences grows with
// the story (3 for one short article, up to 7).
#ifndef DOSSIER_SUMMARIZE_SENTENCE_SELECTION_H_
#define DOSSIER_SUMMARIZE_SENTENCE_SELECTION_H_

#include <cstddef>
#include <vector>

#include "dossier/summarize/sentence_profile.h"

namespace dossier::summarize {

struct SelectionOptions {
  size_t min_sentences = 3;
  size_t max_sentences = 7;
  float lambda = 0.8f;               // MMR weight of salience against redundancy
  float max_similarity = 0.5f;       // a sentence this similar to a chosen one is a repeat
  float same_article_penalty = 0.05f;  // per sentence already taken from the same article
  float min_score = 0.05f;           // sentences scoring less are never chosen
  float shared_fact_similarity = 0.25f;  // added to the similarity of sentences stating one fact
};

// Cosine similarity of two sentences' term sets (content words and
// entities), plus `shared_fact` when they state one same fact; at most 1.
float Similarity(const SentenceProfile& a, const SentenceProfile& b, float shared_fact = 0.25f);

// How many sentences the summary should have: min_sentences for one short
// article, one more for each doubling of the story's usable sentences past 20
// and for a story of several outlets, at most max_sentences.
size_t SummaryLength(const std::vector<SentenceProfile>& profiles,
                     const std::vector<float>& scores, const SelectionOptions& options = {});

// Indexes into `profiles` (scores[i] belongs to profiles[i]) of the chosen
// sentences in reading order: the most salient first, then the others by
// their place in their articles (leads first), then by article.
std::vector<size_t> SelectSentences(const std::vector<SentenceProfile>& profiles,
                                    const std::vector<float>& scores,
                                    const SelectionOptions& options = {});

}  // namespace dossier::summarize

#endif  // DOSSIER_SUMMARIZE_SENTENCE_SELECTION_H_
