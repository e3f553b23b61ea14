#include "dossier/story/story_clusterer.h"

#include <algorithm>

namespace dossier::story {

StoryClusterer::StoryClusterer(const ClustererOptions& options)
    : options_(options), df_(options.max_vocabulary, options.idf_power), duplicates_(options.duplicates) {}

std::optional<uint32_t> StoryClusterer::CopyOf(uint32_t article) const {
  uint32_t original = article_original_[article];
  if (original == article) return std::nullopt;
  return original;
}

uint32_t StoryClusterer::Live(uint32_t story) const {
  while (stories_[story].merged_into) story = *stories_[story].merged_into;
  return story;
}

Placement StoryClusterer::PlaceCopy(uint32_t article, uint32_t original) {
  original = article_original_[original];
  uint32_t story = article_story_[original];
  article_story_.push_back(story);
  article_original_.push_back(original);
  stories_[story].articles.push_back(article);
  ++stories_[story].copies;
  return Placement{article, story, false, original, 1.0, {}};
}

// The live stories sharing the vector's heaviest features, ranked by the
// weight they share. Features held by too many articles are skipped: they
// would bring in every story without telling them apart.
std::vector<uint32_t> StoryClusterer::Candidates(const ArticleVector& v) const {
  std::vector<ArticleVector::Entry> query = v.entries;
  size_t n = std::min(options_.query_features, query.size());
  std::partial_sort(query.begin(), query.begin() + n, query.end(), [](const auto& a, const auto& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.key < b.key;
  });
  bool use_share = df_.articles() >= options_.min_articles_for_share;
  std::unordered_map<uint32_t, double> shared;
  for (size_t i = 0; i < n; ++i) {
    if (use_share && df_.Share(query[i].key) > options_.max_feature_share) continue;
    auto it = postings_.find(query[i].key);
    if (it == postings_.end()) continue;
    for (uint32_t story : it->second) shared[Live(story)] += query[i].weight;
  }
  std::vector<std::pair<double, uint32_t>> ranked;
  ranked.reserve(shared.size());
  for (const auto& [story, weight] : shared) ranked.push_back({-weight, story});
  size_t keep = std::min(options_.max_candidates, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end());
  std::vector<uint32_t> out;
  for (size_t i = 0; i < keep; ++i) out.push_back(ranked[i].second);
  return out;
}

// The best-scoring candidate at or above the join threshold (ties: the
// older story); leaves `placement.opened` set when there is none.
void StoryClusterer::Choose(const ArticleVector& v, kb::Day day, Placement& placement) {
  for (uint32_t story : Candidates(v)) {
    StoryProfile& profile = stories_[story].profile;
    profile.RefreshNorm(df_);
    if (options_.window_days > 0 && !profile.WithinWindow(day, options_.window_days)) continue;
    double score = profile.Similarity(v, df_);
    if (score < options_.join_threshold) continue;
    if (placement.opened || score > placement.score ||
        (score == placement.score && story < placement.story)) {
      placement.story = story;
      placement.score = score;
      placement.opened = false;
    }
  }
}

void StoryClusterer::Index(uint32_t story, const std::vector<uint64_t>& keys) {
  const auto& terms = stories_[story].profile.terms();
  for (uint64_t key : keys) {
    if (!terms.contains(key)) continue;  // pruned again at once
    std::vector<uint32_t>& list = postings_[key];
    if (!list.empty() && list.back() == story) continue;
    list.push_back(story);
    if (list.size() > options_.max_postings) list.erase(list.begin());
  }
}

void StoryClusterer::AddToStory(uint32_t id, const ArticleFeatures& article) {
  Story& story = stories_[id];
  story.articles.push_back(uint32_t(article_story_.size()));
  std::vector<uint64_t> added;
  story.profile.Add(article, options_.kind_weights, added);
  story.profile.Prune(options_.profile_features, df_);
  Index(id, added);
  article_story_.push_back(id);
  article_original_.push_back(uint32_t(article_original_.size()));
}

Placement StoryClusterer::Add(const ArticleFeatures& article) {
  uint32_t number = uint32_t(article_story_.size());
  if (auto copy = duplicates_.Find(article.sketch)) return PlaceCopy(number, copy->article);
  df_.Add(article);
  Placement placement{number, 0, true, std::nullopt, 0, {}};
  Choose(WeighArticle(article, options_.kind_weights, df_), article.day, placement);
  if (placement.opened) {
    placement.story = uint32_t(stories_.size());
    stories_.push_back(Story{placement.story, {}, 0, {}, std::nullopt});
  }
  AddToStory(placement.story, article);
  MergeNeighbours(placement);
  duplicates_.Add(number, article.sketch);
  return placement;
}

// Merges the placed article's story with its nearest neighbour while their
// profiles are close enough.
void StoryClusterer::MergeNeighbours(Placement& placement) {
  for (size_t round = 0; round < options_.max_merges; ++round) {
    StoryProfile& profile = stories_[placement.story].profile;
    profile.RefreshNorm(df_);
    std::optional<uint32_t> best;
    double best_score = options_.merge_threshold;
    for (uint32_t other : Candidates(profile.Vector(df_))) {
      if (other == placement.story) continue;
      StoryProfile& theirs = stories_[other].profile;
      theirs.RefreshNorm(df_);
      if (options_.window_days > 0 && !theirs.WithinWindow(profile.first_day(), options_.window_days) &&
          !theirs.WithinWindow(profile.last_day(), options_.window_days)) {
        continue;
      }
      double score = profile.Similarity(theirs, df_);
      if (score >= best_score && (!best || score > best_score || other < *best)) {
        best = other;
        best_score = score;
      }
    }
    if (!best) return;
    uint32_t absorbed = placement.story;
    placement.story = Absorb(placement.story, *best);
    placement.absorbed.push_back(placement.story == absorbed ? *best : absorbed);
  }
}

// The larger story absorbs the smaller (the older on ties); returns the survivor.
uint32_t StoryClusterer::Absorb(uint32_t a, uint32_t b) {
  const Story& sa = stories_[a];
  const Story& sb = stories_[b];
  bool a_survives = sa.articles.size() != sb.articles.size() ? sa.articles.size() > sb.articles.size()
                                                             : a < b;
  Story& into = stories_[a_survives ? a : b];
  Story& from = stories_[a_survives ? b : a];
  for (uint32_t article : from.articles) article_story_[article] = into.id;
  size_t middle = into.articles.size();
  into.articles.insert(into.articles.end(), from.articles.begin(), from.articles.end());
  std::inplace_merge(into.articles.begin(), into.articles.begin() + middle, into.articles.end());
  into.copies += from.copies;
  std::vector<uint64_t> added;
  into.profile.Merge(from.profile, added);
  into.profile.Prune(options_.profile_features, df_);
  Index(into.id, added);
  from.merged_into = into.id;
  from.articles = {};
  from.copies = 0;
  from.profile = StoryProfile();
  ++absorbed_;
  return into.id;
}

}  // namespace dossier::story
