#include "dossier/summarize/sentence_salience.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace dossier::summarize {
namespace {

using TermCounts = std::unordered_map<uint64_t, uint32_t>;

uint64_t PlaceKey(uint32_t article, uint32_t sentence) {
  return (uint64_t(article) << 32) | sentence;
}

// In how many articles, and in how many sentences of each article, each term
// occurs. Profiles come grouped by article.
struct TermSpread {
  TermCounts articles;
  std::unordered_map<uint32_t, TermCounts> sentences;  // by article
  size_t article_count = 0;

  explicit TermSpread(const std::vector<SentenceProfile>& profiles) {
    TermCounts seen_in_article;
    for (size_t i = 0; i < profiles.size(); ++i) {
      const SentenceProfile& p = profiles[i];
      if (i == 0 || profiles[i - 1].article != p.article) {
        for (const auto& [term, n] : seen_in_article) ++articles[term];
        seen_in_article.clear();
        ++article_count;
      }
      TermCounts& own = sentences[p.article];
      for (auto* terms : {&p.words, &p.entities}) {
        for (uint64_t t : *terms) {
          ++own[t];
          seen_in_article[t] = 1;
        }
      }
    }
    for (const auto& [term, n] : seen_in_article) ++articles[term];
  }
};

// Sum of the term weights, each times how widely the term is shared, over the
// square root of the sentence's size so long sentences do not win by length.
float Centrality(const SentenceProfile& p, const TermSpread& spread,
                 const SalienceOptions& options) {
  const TermCounts& own = spread.sentences.at(p.article);
  float alpha = spread.article_count > 1 ? options.cross_article_share : 0.0f;
  float sum = 0, size = 0;
  auto add = [&](uint64_t term, float weight) {
    float cross = spread.article_count > 1
                      ? float(spread.articles.at(term) - 1) / float(spread.article_count - 1)
                      : 0.0f;
    float within = std::min(1.0f, float(own.at(term) - 1) / 3.0f);
    sum += weight * (alpha * cross + (1 - alpha) * within);
    size += weight;
  };
  for (uint64_t t : p.words) add(t, 1.0f);
  for (uint64_t t : p.entities) add(t, options.entity_weight);
  return sum / std::sqrt(size + 4.0f);
}

// The largest share of the story's articles that report a merged event or
// transfer this sentence states.
std::unordered_map<uint64_t, float> MergedSupport(const corroborate::StoryDossier& dossier,
                                                  size_t article_count) {
  std::unordered_map<uint64_t, float> support;
  if (article_count == 0) return support;
  auto add = [&](const std::vector<corroborate::FactMention>& mentions,
                 const corroborate::Sourcing& sourcing) {
    float share = std::min(1.0f, float(sourcing.outlets.size()) / float(article_count));
    for (const corroborate::FactMention& m : mentions) {
      float& s = support[PlaceKey(m.article, m.sentence)];
      s = std::max(s, share);
    }
  };
  for (const auto& e : dossier.events) add(e.mentions, e.sourcing);
  for (const auto& t : dossier.transfers) add(t.mentions, t.sourcing);
  return support;
}

float FactDensity(const SentenceProfile& p, float merged_support) {
  float x = 1.0f * p.events + 1.5f * p.transfers + 0.4f * float(p.entities.size()) +
            0.3f * p.dates;
  return 0.6f * (1.0f - std::exp(-x / 2.5f)) + 0.4f * merged_support;
}

}  // namespace

float ReadabilityFactor(const SentenceProfile& p, const SalienceOptions& options) {
  if (p.boilerplate || p.word_count < options.hard_min_words) return 0.0f;
  float f = 1.0f;
  if (p.word_count < options.min_words) f *= 0.3f;
  if (p.word_count > options.max_words) {
    f *= 0.3f;
  } else if (p.word_count > options.long_words) {
    f *= 0.7f;
  }
  if (!p.has_verb) f *= 0.2f;
  if (!p.terminal) f *= p.colon_end ? 0.3f : 0.35f;
  if (p.question) f *= 0.3f;
  if (p.quoted_share >= options.quote_only_share) f *= 0.5f;
  if (p.dangling) f *= 0.75f;
  return f;
}

std::vector<float> ScoreSentences(const std::vector<SentenceProfile>& profiles,
                                  const corroborate::StoryDossier& dossier,
                                  const SalienceOptions& options) {
  std::vector<float> scores(profiles.size(), 0.0f);
  if (profiles.empty()) return scores;
  TermSpread spread(profiles);
  auto support = MergedSupport(dossier, spread.article_count);
  float weights = options.centrality_weight + options.fact_weight + options.position_weight;
  std::vector<float> centrality(profiles.size());
  float top = 0;
  for (size_t i = 0; i < profiles.size(); ++i) {
    centrality[i] = Centrality(profiles[i], spread, options);
    if (ReadabilityFactor(profiles[i], options) > 0) top = std::max(top, centrality[i]);
  }
  for (size_t i = 0; i < profiles.size(); ++i) {
    const SentenceProfile& p = profiles[i];
    auto found = support.find(PlaceKey(p.article, p.sentence));
    float merged = found == support.end() ? 0.0f : found->second;
    float position = 1.0f / (1.0f + 0.25f * float(p.prose_rank));
    float base = options.centrality_weight * (top > 0 ? centrality[i] / top : 0.0f) +
                 options.fact_weight * FactDensity(p, merged) +
                 options.position_weight * position;
    if (weights > 0) base /= weights;
    scores[i] = std::clamp(base * ReadabilityFactor(p, options), 0.0f, 1.0f);
  }
  return scores;
}

}  // namespace dossier::summarize
