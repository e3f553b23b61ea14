// Sentence salience: how well each sentence of a story would serve in its
// summary. A weighted sum of
//   centrality  what it shares (content words, entities) with the story's other
//               articles, or, in a one-article story, with the article's other
//               sentences: what several outlets say is central;
//   facts       events, arms transfers, entities and dates it states, and how
//               many outlets report the merged events it states (when the
//               corroborate stage has filled StoryDossier::events);
//   position    its rank among its article's prose sentences: leads matter;
// times penalties for what reads badly alone: site chrome, questions, quotes
// only, headings (no verb, no final stop), very short or long sentences, and
// openings that refer back ("He", "However").
#ifndef DOSSIER_SUMMARIZE_SENTENCE_SALIENCE_H_
#define DOSSIER_SUMMARIZE_SENTENCE_SALIENCE_H_

#include <cstdint>
#include <vector>

#include "dossier/corroborate/story_dossier.h"
#include "dossier/summarize/sentence_profile.h"

namespace dossier::summarize {

struct SalienceOptions {
  // Weights of the three parts (divided by their sum). Chosen on the odd
  // ECB+ topics, the even ones held out (docs/stories.md).
  float centrality_weight = 0.35f;
  float fact_weight = 0.2f;
  float position_weight = 0.45f;
  // With several articles: the share of centrality that comes from the other
  // articles (the rest from the sentence's own article).
  float cross_article_share = 0.75f;
  float entity_weight = 2.0f;      // an entity term counts as this many words
  uint32_t min_words = 6;          // shorter sentences are penalised ...
  uint32_t hard_min_words = 4;     // ... and these never chosen
  uint32_t long_words = 45;        // longer sentences are penalised ...
  uint32_t max_words = 70;         // ... and these heavily
  float quote_only_share = 0.6f;   // a sentence this much inside direct quotes is a quote only
};

// One score per profile, in [0, 1]; 0 means never to be chosen.
std::vector<float> ScoreSentences(const std::vector<SentenceProfile>& profiles,
                                  const corroborate::StoryDossier& dossier,
                                  const SalienceOptions& options = {});

// The multiplier in (0, 1] for what makes a sentence read badly alone; 0 for
// site chrome and fragments.
float ReadabilityFactor(const SentenceProfile& p, const SalienceOptions& options = {});

}  // namespace dossier::summarize

#endif  // DOSSIER_SUMMARIZE_SENTENCE_SALIENCE_H_
