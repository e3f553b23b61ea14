// SentenceProfile: what the summarizer knows of one sentence of a story: its
// content words and entities (as hashed terms, for centrality and
// redundancy), how many facts it states, and the traits that make it a poor
// summary sentence (a question, a quote only, no verb, site chrome, ...).
//
// ProfileStory() builds the profiles of every sentence of a story's original
// articles (copies, ArticleFacts::copy_of >= 0, are skipped: they add no
// independent support and are never summary sources). It re-runs the text
// analyzer on each article for lemmas and parts of speech. Profiles are
// values; the function is thread-safe given a shared const analyzer.
#ifndef DOSSIER_SUMMARIZE_SENTENCE_PROFILE_H_
#define DOSSIER_SUMMARIZE_SENTENCE_PROFILE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/corroborate/story_dossier.h"
#include "dossier/summarize/summary_cues.h"
#include "dossier/text/text_analyzer.h"

namespace dossier::summarize {

struct SentenceProfile {
  uint32_t article = 0;   // index into StoryDossier::articles
  uint32_t sentence = 0;  // index into that article's sentences
  uint32_t begin = 0, end = 0;  // byte span, trimmed of surrounding spaces
  std::vector<uint64_t> words;     // content lemmas, hashed, sorted, unique
  std::vector<uint64_t> entities;  // recognised entities, hashed, sorted, unique
  // The facts it states, hashed, sorted, unique: events by CAMEO root and the
  // two actors' codes, transfers by supplier and recipient. Two sentences
  // that share one tell the same thing in other words.
  std::vector<uint64_t> facts;
  uint32_t word_count = 0;   // word and number tokens
  uint32_t prose_rank = 0;   // rank among the article's prose sentences (0 = lead)
  uint16_t events = 0, transfers = 0, dates = 0;
  float quoted_share = 0;    // share of its bytes inside direct quotes
  bool has_verb = false;
  bool question = false;
  bool terminal = false;     // ends like a sentence (. ! ? maybe followed by a quote mark)
  bool colon_end = false;    // ends with ':' (introduces a list or a quote)
  bool boilerplate = false;  // site chrome by SummaryCues
  bool dangling = false;     // opens with a word that refers back

  // A sentence a reader would take for running text rather than a heading.
  bool prose() const { return terminal && has_verb && word_count >= 6; }
};

// Profiles of every sentence of the story's original articles, in article
// then sentence order.
std::vector<SentenceProfile> ProfileStory(const corroborate::StoryDossier& dossier,
                                          const text::TextAnalyzer& analyzer,
                                          const SummaryCues& cues);

// Hash of a term's text; `kind` keeps words and entities apart.
uint64_t TermKey(char kind, std::string_view text);

}  // namespace dossier::summarize

#endif  // DOSSIER_SUMMARIZE_SENTENCE_PROFILE_H_
