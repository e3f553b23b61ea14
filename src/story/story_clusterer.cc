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
  return Placement{article, story, false, original, 1.0, {}, std::nullopt};
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
  KeepMember(story, uint32_t(article_story_.size()), article);
  article_story_.push_back(id);
  article_original_.push_back(uint32_t(article_original_.size()));
}

// Members are kept while the story is small enough to split; past that
// they are freed, and the story is never split again.
void StoryClusterer::KeepMember(Story& story, uint32_t article, const ArticleFeatures& features) {
  if (options_.split_ncut <= 0 && options_.merge_floor > 1) return;
  size_t originals = story.articles.size() - story.copies;
  if (originals > options_.split_max_articles || story.members.size() + 1 != originals) {
    story.members = {};
    return;
  }
  story.members.push_back(
      MakeMember(article, features, options_.kind_weights, df_, options_.split_features));
}

namespace {

std::vector<const StoryMember*> MemberPointers(const std::vector<StoryMember>& a,
                                               const std::vector<StoryMember>& b = {}) {
  std::vector<const StoryMember*> out;
  out.reserve(a.size() + b.size());
  for (const StoryMember& m : a) out.push_back(&m);
  for (const StoryMember& m : b) out.push_back(&m);
  return out;
}

}  // namespace

// Splits the placed article's story in two when the best cut of its members
// is low enough (ClustererOptions::split_ncut).
void StoryClusterer::MaybeSplit(Placement& placement) {
  Story& story = stories_[placement.story];
  size_t n = story.members.size();
  if (options_.split_ncut <= 0 || n < 2 * options_.split_min_articles ||
      n != story.articles.size() - story.copies) {
    return;
  }
  TwoWaySplit split = SplitInTwo(MemberPointers(story.members), options_.split);
  if (split.second.size() < options_.split_min_articles ||
      split.first.size() < options_.split_min_articles || split.ncut >= options_.split_ncut) {
    return;
  }
  std::vector<StoryMember> kept, moved;
  for (size_t i : split.first) kept.push_back(std::move(story.members[i]));
  for (size_t i : split.second) moved.push_back(std::move(story.members[i]));
  std::vector<uint32_t> moved_originals;
  for (const StoryMember& m : moved) moved_originals.push_back(m.article);
  std::vector<uint32_t> kept_articles, moved_articles;
  for (uint32_t a : story.articles) {
    bool moves = std::binary_search(moved_originals.begin(), moved_originals.end(),
                                    article_original_[a]);
    (moves ? moved_articles : kept_articles).push_back(a);
  }
  uint32_t fresh = uint32_t(stories_.size());
  stories_.emplace_back().id = fresh;  // invalidates `story`
  stories_[fresh].split_from = placement.story;
  Refill(placement.story, std::move(kept), std::move(kept_articles));
  Refill(fresh, std::move(moved), std::move(moved_articles));
  placement.split_off = fresh;
  if (article_story_[placement.article] == fresh) placement.story = fresh;
}

// Gives the story exactly these members and articles, and rebuilds its
// profile from the members.
void StoryClusterer::Refill(uint32_t id, std::vector<StoryMember> members,
                            std::vector<uint32_t> articles) {
  Story& story = stories_[id];
  StoryProfile profile;
  std::vector<uint64_t> added, fresh;
  for (const StoryMember& m : members) {
    for (const StoryMember::Term& t : m.terms) {
      profile.AddTerm(t.key, t.tf * options_.kind_weights[size_t(t.kind)], t.kind, added);
    }
    profile.CountArticle(m.day);
  }
  profile.Prune(options_.profile_features, df_);
  for (uint64_t key : added) {
    if (!story.profile.terms().contains(key)) fresh.push_back(key);
  }
  story.profile = std::move(profile);
  story.members = std::move(members);
  story.copies = articles.size() - story.members.size();
  for (uint32_t a : articles) article_story_[a] = id;
  story.articles = std::move(articles);
  Index(id, fresh);
}

Placement StoryClusterer::Add(const ArticleFeatures& article) {
  uint32_t number = uint32_t(article_story_.size());
  if (auto copy = duplicates_.Find(article.sketch)) return PlaceCopy(number, copy->article);
  df_.Add(article);
  Placement placement{number, 0, true, std::nullopt, 0, {}, std::nullopt};
  Choose(WeighArticle(article, options_.kind_weights, df_), article.day, placement);
  if (placement.opened) {
    placement.story = uint32_t(stories_.size());
    stories_.emplace_back().id = placement.story;
  }
  AddToStory(placement.story, article);
  MaybeSplit(placement);
  std::optional<uint32_t> split_off = placement.split_off;
  MergeNeighbour(placement.story, placement);
  if (split_off && !stories_[*split_off].merged_into) MergeNeighbour(*split_off, placement);
  duplicates_.Add(number, article.sketch);
  return placement;
}

// Merges the story with its nearest other story when their articles
// together show no cut (ClustererOptions::merge_floor, merge_ncut).
void StoryClusterer::MergeNeighbour(uint32_t id, Placement& placement) {
  if (options_.merge_floor > 1) return;
  StoryProfile& profile = stories_[id].profile;
  profile.RefreshNorm(df_);
  std::optional<uint32_t> best;
  double best_score = options_.merge_floor;
  for (uint32_t other : Candidates(profile.Vector(df_))) {
    if (other == id) continue;
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
  if (!best || !ShouldMerge(id, *best, best_score)) return;
  uint32_t survivor = Absorb(id, *best);
  uint32_t absorbed = survivor == id ? *best : id;
  placement.absorbed.push_back(absorbed);
  if (placement.story == absorbed) placement.story = survivor;
  if (placement.split_off == absorbed) placement.split_off = survivor;
}

// Two stories whose members are all kept, and together no more than a
// story that can split, merge when the cut between them is not low.
bool StoryClusterer::ShouldMerge(uint32_t a, uint32_t b, double similarity) const {
  const Story& sa = stories_[a];
  const Story& sb = stories_[b];
  size_t n = sa.members.size() + sb.members.size();
  if (sa.members.size() != sa.articles.size() - sa.copies ||
      sb.members.size() != sb.articles.size() - sb.copies || n > options_.split_max_articles ||
      sa.members.empty() || sb.members.empty()) {
    return false;
  }
  // Too few articles for a cut to mean anything: the join rule decides.
  if (n < 2 * options_.split_min_articles) return similarity >= options_.join_threshold;
  return NormalisedCut(MemberPointers(sa.members, sb.members), sa.members.size(),
                       options_.split) >= options_.merge_ncut;
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
  bool complete = into.members.size() + from.members.size() == into.articles.size() - into.copies &&
                  into.members.size() + from.members.size() <= options_.split_max_articles;
  if (complete) {
    into.members.insert(into.members.end(), std::make_move_iterator(from.members.begin()),
                        std::make_move_iterator(from.members.end()));
    std::sort(into.members.begin(), into.members.end(),
              [](const auto& a, const auto& b) { return a.article < b.article; });
  } else {
    into.members = {};
  }
  from.members = {};
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
