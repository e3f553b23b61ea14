// The bounded profile of one story: the centroid of its articles' feature
// weights, kept to the `cap` features that weigh most under the current IDF,
// plus the span of its articles' publication days.
//
// Thread safety: a value; not synchronised.
#ifndef DOSSIER_STORY_STORY_PROFILE_H_
#define DOSSIER_STORY_STORY_PROFILE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "dossier/story/article_features.h"
#include "dossier/story/document_frequencies.h"

namespace dossier::story {

// Weight of each FeatureKind, indexed by the kind's value.
using KindWeights = std::array<float, kFeatureKinds>;

// The weight of a feature counted `count` times: sublinear in the count.
float TermWeight(float count, float kind_weight);

// An article's TF-IDF vector under the current document frequencies.
struct ArticleVector {
  struct Entry {
    uint64_t key = 0;
    double weight = 0;
  };
  std::vector<Entry> entries;  // weight > 0 only, in the article's key order
  double norm = 0;             // Euclidean norm of the weights
};
ArticleVector WeighArticle(const ArticleFeatures& article, const KindWeights& weights,
                           const DocumentFrequencies& df);

struct ProfileTerm {
  float weight = 0;  // sum of the articles' TermWeight()s
  FeatureKind kind = FeatureKind::kWord;
};

class StoryProfile {
 public:
  // Adds the article's features; appends to `added` the keys that were not
  // in the profile before. Features of kind weight 0 are ignored.
  void Add(const ArticleFeatures& article, const KindWeights& weights,
           std::vector<uint64_t>& added);
  // Adds one term of an article already weighed by TermWeight() (to rebuild
  // a profile from kept members); call CountArticle() once per article.
  void AddTerm(uint64_t key, float weight, FeatureKind kind, std::vector<uint64_t>& added);
  void CountArticle(kb::Day day);
  // Adds another story's profile (the two stories become one); appends to
  // `added` the keys that were not in this profile before.
  void Merge(const StoryProfile& other, std::vector<uint64_t>& added);
  // Keeps the `cap` features with the largest weight * IDF (ties by key).
  void Prune(size_t cap, const DocumentFrequencies& df);
  // Recomputes the profile's norm under the current IDF when the profile
  // changed or the articles seen grew by more than 1% since; the
  // similarities use that norm (the IDF drifts slowly).
  void RefreshNorm(const DocumentFrequencies& df);
  // Cosine of the profile's and the article's TF-IDF vectors, in [0, 1].
  double Similarity(const ArticleVector& article, const DocumentFrequencies& df) const;
  // Cosine of the two profiles' TF-IDF vectors, in [0, 1].
  double Similarity(const StoryProfile& other, const DocumentFrequencies& df) const;
  // The profile as a TF-IDF vector (to look up its neighbours).
  ArticleVector Vector(const DocumentFrequencies& df) const;
  // Whether `day` lies within `window` days of the profile's days; always
  // true when either has no day.
  bool WithinWindow(kb::Day day, int32_t window) const;

  const std::unordered_map<uint64_t, ProfileTerm>& terms() const { return terms_; }
  size_t articles() const { return articles_; }
  kb::Day first_day() const { return first_day_; }
  kb::Day last_day() const { return last_day_; }

 private:
  double Norm(const DocumentFrequencies& df) const;
  void AddDays(kb::Day first, kb::Day last);

  std::unordered_map<uint64_t, ProfileTerm> terms_;
  double norm_ = 0;
  size_t norm_articles_seen_ = 0;  // df.articles() when norm_ was computed
  bool norm_stale_ = true;
  size_t articles_ = 0;
  kb::Day first_day_ = kb::kNoDay;
  kb::Day last_day_ = kb::kNoDay;
};

}  // namespace dossier::story

#endif  // DOSSIER_STORY_STORY_PROFILE_H_
