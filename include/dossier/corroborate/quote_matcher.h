// QuoteMatcher: the same words by the same speaker across a story's articles
// become one StoryQuote, translations and paraphrases included ("are not
// fulfilling their obligations" ~ "do not fulfil their obligations").
//
// Two renderings match when their speakers do not differ (same entity or
// country by ActorMatch, or one unknown) and their content words (ContentWords:
// lemmas, spelling folded) overlap: Jaccard >= `min_jaccard`, or the smaller
// set, of at least `min_shared` words, is contained in the larger at
// `min_containment` or more. A rendering joins the best-matching quote; the
// quote kept is the fullest rendering (most content words), with the first
// speaker found.
//
// The quote's speaker indexes the story's entities; its spans belong to the
// article of `mentions[0]`; `sourcing` is left empty. The result is a value.
#ifndef DOSSIER_CORROBORATE_QUOTE_MATCHER_H_
#define DOSSIER_CORROBORATE_QUOTE_MATCHER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/corroborate/entity_merger.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/story/article_facts.h"

namespace dossier::corroborate {

// Measured on the renderings of real multi-outlet stories: translations and
// re-reports of one statement score Jaccard 0.43-1.0 (or containment 0.75
// of a short rendering); different statements of one speaker on one topic
// reach Jaccard 0.33 and containment 0.67.
struct QuoteMatchOptions {
  double min_jaccard = 0.4;
  double min_containment = 0.75;
  size_t min_shared = 3;
};

struct QuoteRef {
  uint32_t article = 0;
  uint32_t quote = 0;
};

class QuoteMatcher {
 public:
  QuoteMatcher(const std::vector<const story::ArticleFacts*>& articles, const StoryEntityMap& entities,
               QuoteMatchOptions options = {})
      : articles_(articles), entities_(entities), options_(options) {}

  std::vector<StoryQuote> Merge();
  // The renderings behind each story quote (after Merge), the kept one first.
  const std::vector<std::vector<QuoteRef>>& reports() const { return reports_; }

  // How alike two word sets are as renderings of one quote: the larger of
  // Jaccard and (when the smaller set has min_shared words) containment,
  // each compared with its own threshold; negative when they do not match.
  double Similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) const;

 private:
  const code::Quote& Get(QuoteRef r) const { return articles_[r.article]->coding.quotes[r.quote]; }

  const std::vector<const story::ArticleFacts*>& articles_;
  const StoryEntityMap& entities_;
  QuoteMatchOptions options_;
  std::vector<std::vector<QuoteRef>> reports_;
};

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_QUOTE_MATCHER_H_
