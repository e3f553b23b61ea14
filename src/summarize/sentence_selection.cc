#include "dossier/summarize/sentence_selection.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "dossier/corroborate/content_words.h"

namespace dossier::summarize {
namespace {

// The best next pick by maximal marginal relevance; profiles.size() when none is left.
size_t NextPick(const std::vector<SentenceProfile>& profiles, const std::vector<float>& scores,
                const std::vector<size_t>& chosen, const SelectionOptions& options) {
  std::unordered_map<uint32_t, int> per_article;
  for (size_t c : chosen) ++per_article[profiles[c].article];
  size_t best = profiles.size();
  float best_value = -1e9f;
  for (size_t i = 0; i < profiles.size(); ++i) {
    if (scores[i] < options.min_score ||
        std::find(chosen.begin(), chosen.end(), i) != chosen.end())
      continue;
    float redundancy = 0;
    for (size_t c : chosen) {
      float similarity = Similarity(profiles[i], profiles[c], options.shared_fact_similarity);
      redundancy = std::max(redundancy, similarity);
    }
    if (redundancy >= options.max_similarity) continue;
    auto taken = per_article.find(profiles[i].article);
    float repeat = taken == per_article.end() ? 0.0f : float(taken->second);
    float value = options.lambda * scores[i] - (1 - options.lambda) * redundancy -
                  options.same_article_penalty * repeat;
    if (value > best_value) best_value = value, best = i;
  }
  return best;
}

}  // namespace

float Similarity(const SentenceProfile& a, const SentenceProfile& b, float shared_fact) {
  size_t size_a = a.words.size() + a.entities.size(), size_b = b.words.size() + b.entities.size();
  if (size_a == 0 || size_b == 0) return 0.0f;
  size_t shared = corroborate::SharedCount(a.words, b.words) + corroborate::SharedCount(a.entities, b.entities);
  float cosine = float(shared) / std::sqrt(float(size_a) * float(size_b));
  if (corroborate::SharedCount(a.facts, b.facts) > 0) cosine += shared_fact;
  return std::min(cosine, 1.0f);
}

size_t SummaryLength(const std::vector<SentenceProfile>& profiles,
                     const std::vector<float>& scores, const SelectionOptions& options) {
  size_t usable = 0;
  std::unordered_set<uint32_t> articles;
  for (size_t i = 0; i < profiles.size(); ++i) {
    if (scores[i] < options.min_score) continue;
    articles.insert(profiles[i].article);
    if (profiles[i].prose()) ++usable;
  }
  size_t length = options.min_sentences;
  for (size_t step = 20; usable > step; step *= 2) ++length;
  if (articles.size() >= 3) ++length;
  return std::min(length, options.max_sentences);
}

std::vector<size_t> SelectSentences(const std::vector<SentenceProfile>& profiles,
                                    const std::vector<float>& scores,
                                    const SelectionOptions& options) {
  std::vector<size_t> chosen;
  size_t length = SummaryLength(profiles, scores, options);
  while (chosen.size() < length) {
    size_t next = NextPick(profiles, scores, chosen, options);
    if (next == profiles.size()) break;
    chosen.push_back(next);
  }
  if (chosen.size() > 2) {
    std::sort(chosen.begin() + 1, chosen.end(), [&](size_t a, size_t b) {
      const SentenceProfile& pa = profiles[a];
      const SentenceProfile& pb = profiles[b];
      if (pa.prose_rank != pb.prose_rank) return pa.prose_rank < pb.prose_rank;
      if (pa.article != pb.article) return pa.article < pb.article;
      return pa.sentence < pb.sentence;
    });
  }
  return chosen;
}

}  // namespace dossier::summarize
