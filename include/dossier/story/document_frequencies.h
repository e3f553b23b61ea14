// Document frequencies of features, learned incrementally from the articles
// seen so far, and the inverse document frequency (IDF) weights they give.
//
// Thread safety: not synchronised; one writer, and no readers while it writes.
#ifndef DOSSIER_STORY_DOCUMENT_FREQUENCIES_H_
#define DOSSIER_STORY_DOCUMENT_FREQUENCIES_H_

#include <cstddef>
#include <cstdint>
#include <unordered_map>

#include "dossier/story/article_features.h"

namespace dossier::story {

class DocumentFrequencies {
 public:
  // Past `max_features` distinct keys, the keys seen in one article only are
  // forgotten (they count as unseen afterwards), which bounds the memory.
  // Idf() is raised to `idf_power` (> 1 favours rarer features further).
  explicit DocumentFrequencies(size_t max_features = 4'000'000, double idf_power = 1.0)
      : max_features_(max_features), idf_power_(idf_power) {}

  // Counts each of the article's features once.
  void Add(const ArticleFeatures& article);

  size_t articles() const { return articles_; }
  uint32_t Frequency(uint64_t key) const {
    auto it = df_.find(key);
    return it == df_.end() ? 0 : it->second;
  }
  // Smoothed IDF: (ln((N + 1) / (df + 1)) + 1) ^ idf_power, always positive.
  double Idf(uint64_t key) const;
  // Share of the articles seen that hold `key`, in [0, 1].
  double Share(uint64_t key) const {
    return articles_ == 0 ? 0 : double(Frequency(key)) / double(articles_);
  }
  size_t size() const { return df_.size(); }

 private:
  void ForgetSingletons();

  size_t max_features_;
  double idf_power_;
  size_t articles_ = 0;
  std::unordered_map<uint64_t, uint32_t> df_;
};

}  // namespace dossier::story

#endif  // DOSSIER_STORY_DOCUMENT_FREQUENCIES_H_
