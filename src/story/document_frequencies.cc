#include "dossier/story/document_frequencies.h"

#include <cmath>

namespace dossier::story {

void DocumentFrequencies::Add(const ArticleFeatures& article) {
  ++articles_;
  for (const Feature& f : article.features) ++df_[f.key];
  if (df_.size() > max_features_) ForgetSingletons();
}

double DocumentFrequencies::Idf(uint64_t key) const {
  double idf = std::log((double(articles_) + 1) / (double(Frequency(key)) + 1)) + 1;
  return idf_power_ == 1.0 ? idf : std::pow(idf, idf_power_);
}

void DocumentFrequencies::ForgetSingletons() {
  std::erase_if(df_, [](const auto& entry) { return entry.second <= 1; });
}

}  // namespace dossier::story
