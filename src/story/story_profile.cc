#include "dossier/story/story_profile.h"

#include <algorithm>
#include <cmath>

namespace dossier::story {

float TermWeight(float count, float kind_weight) {
  return count > 0 ? kind_weight * (1.0f + std::log(count)) : 0.0f;
}

ArticleVector WeighArticle(const ArticleFeatures& article, const KindWeights& weights,
                           const DocumentFrequencies& df) {
  ArticleVector v;
  v.entries.reserve(article.features.size());
  double sum = 0;
  for (const Feature& f : article.features) {
    double w = TermWeight(f.count, weights[size_t(f.kind)]) * df.Idf(f.key);
    if (w <= 0) continue;
    v.entries.push_back({f.key, w});
    sum += w * w;
  }
  v.norm = std::sqrt(sum);
  return v;
}

void StoryProfile::Add(const ArticleFeatures& article, const KindWeights& weights,
                       std::vector<uint64_t>& added) {
  ++articles_;
  norm_stale_ = true;
  for (const Feature& f : article.features) {
    float w = TermWeight(f.count, weights[size_t(f.kind)]);
    if (w <= 0) continue;
    auto [it, inserted] = terms_.try_emplace(f.key, ProfileTerm{0, f.kind});
    it->second.weight += w;
    if (inserted) added.push_back(f.key);
  }
  AddDays(article.day, article.day);
}

void StoryProfile::AddTerm(uint64_t key, float weight, FeatureKind kind,
                           std::vector<uint64_t>& added) {
  norm_stale_ = true;
  auto [it, inserted] = terms_.try_emplace(key, ProfileTerm{0, kind});
  it->second.weight += weight;
  if (inserted) added.push_back(key);
}

void StoryProfile::CountArticle(kb::Day day) {
  ++articles_;
  norm_stale_ = true;
  AddDays(day, day);
}

void StoryProfile::AddDays(kb::Day first, kb::Day last) {
  if (first == kb::kNoDay) return;
  first_day_ = first_day_ == kb::kNoDay ? first : std::min(first_day_, first);
  last_day_ = last_day_ == kb::kNoDay ? last : std::max(last_day_, last);
}

void StoryProfile::Merge(const StoryProfile& other, std::vector<uint64_t>& added) {
  articles_ += other.articles_;
  norm_stale_ = true;
  for (const auto& [key, term] : other.terms_) {
    auto [it, inserted] = terms_.try_emplace(key, ProfileTerm{0, term.kind});
    it->second.weight += term.weight;
    if (inserted) added.push_back(key);
  }
  AddDays(other.first_day_, other.last_day_);
}

void StoryProfile::Prune(size_t cap, const DocumentFrequencies& df) {
  if (terms_.size() <= cap) return;
  std::vector<std::pair<double, uint64_t>> ranked;
  ranked.reserve(terms_.size());
  for (const auto& [key, term] : terms_) ranked.push_back({-term.weight * df.Idf(key), key});
  std::nth_element(ranked.begin(), ranked.begin() + cap, ranked.end());
  for (size_t i = cap; i < ranked.size(); ++i) terms_.erase(ranked[i].second);
  norm_stale_ = true;
}

void StoryProfile::RefreshNorm(const DocumentFrequencies& df) {
  if (!norm_stale_ && double(df.articles()) <= double(norm_articles_seen_) * 1.01) return;
  norm_ = Norm(df);
  norm_articles_seen_ = df.articles();
  norm_stale_ = false;
}

double StoryProfile::Norm(const DocumentFrequencies& df) const {
  double sum = 0;
  for (const auto& [key, term] : terms_) {
    double w = term.weight * df.Idf(key);
    sum += w * w;
  }
  return std::sqrt(sum);
}

double StoryProfile::Similarity(const ArticleVector& article,
                                const DocumentFrequencies& df) const {
  if (article.norm <= 0 || terms_.empty()) return 0;
  double norm = norm_stale_ ? Norm(df) : norm_;
  double dot = 0;
  for (const ArticleVector::Entry& e : article.entries) {
    auto it = terms_.find(e.key);
    if (it != terms_.end()) dot += e.weight * it->second.weight * df.Idf(e.key);
  }
  return norm > 0 ? dot / (article.norm * norm) : 0;
}

ArticleVector StoryProfile::Vector(const DocumentFrequencies& df) const {
  ArticleVector v;
  v.entries.reserve(terms_.size());
  for (const auto& [key, term] : terms_) v.entries.push_back({key, term.weight * df.Idf(key)});
  std::sort(v.entries.begin(), v.entries.end(),
            [](const auto& a, const auto& b) { return a.key < b.key; });
  v.norm = Norm(df);
  return v;
}

double StoryProfile::Similarity(const StoryProfile& other, const DocumentFrequencies& df) const {
  const StoryProfile& small = terms_.size() <= other.terms_.size() ? *this : other;
  const StoryProfile& large = &small == this ? other : *this;
  double dot = 0;
  for (const auto& [key, term] : small.terms_) {
    auto it = large.terms_.find(key);
    if (it == large.terms_.end()) continue;
    double idf = df.Idf(key);
    dot += term.weight * it->second.weight * idf * idf;
  }
  double norms = (norm_stale_ ? Norm(df) : norm_) * (other.norm_stale_ ? other.Norm(df) : other.norm_);
  return norms > 0 ? dot / norms : 0;
}

bool StoryProfile::WithinWindow(kb::Day day, int32_t window) const {
  if (day == kb::kNoDay || first_day_ == kb::kNoDay) return true;
  return int64_t(day) >= int64_t(first_day_) - window && int64_t(day) <= int64_t(last_day_) + window;
}

}  // namespace dossier::story
