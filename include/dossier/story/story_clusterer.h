// StoryClusterer: groups a stream of articles into stories incrementally. A
// new article joins the most similar existing story or opens a new one, in
// time that does not grow with the archive: candidate stories come from an
// inverted index over the stories' profile features, and each candidate is
// scored against its bounded profile (StoryProfile). Nothing already placed
// is ever re-clustered.
//
// Stories can merge: after an article arrives, its story is compared with
// the nearest other story, and when the two are as close to each other as
// inside (story_split.h), the smaller is absorbed by the larger (its
// articles move, its profile is added; Story::merged_into says where it went,
// Placement::absorbed lists the stories absorbed by this article's arrival).
// This is local work, bounded like a join, never a pass over the archive.
//
// Stories can split: while a story has at most `split_max_articles`
// articles it keeps a bounded vector of each (StoryMember), and after an
// article joins, the story is split in two when the best two-way cut of its
// articles' similarity graph is low (normalised cut, story_split.h).
// This undoes an early wrong join of two events of the same kind before the
// mixed profile draws in the rest of the other event. The part holding the
// story's first article keeps its id; the other opens a story
// (Story::split_from, Placement::split_off). Bounded like a join.
//
// Near-duplicate and syndicated copies (MinHash over word shingles, found by
// LSH bands) join their original's story and are marked `copy_of` it, so that
// later stages never count them as independent confirmation. Copies do not
// change the story's profile nor the document frequencies.
//
// Memory: per story, a profile of at most `profile_features` features and the
// list of its article numbers; per article, its story, its original and (for
// the last `duplicates.max_articles` articles) a 264-byte sketch; per index
// feature, at most `max_postings` stories; per story of at most
// `split_max_articles` articles, `split_features` features of each article.
//
// Thread safety: not synchronised. One writer calls Add(); the const
// accessors may be called from several threads only while no Add() runs.
// Results are deterministic: the same articles in the same order give the
// same stories.
#ifndef DOSSIER_STORY_STORY_CLUSTERER_H_
#define DOSSIER_STORY_STORY_CLUSTERER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "dossier/story/article_features.h"
#include "dossier/story/document_frequencies.h"
#include "dossier/story/shingle_sketch.h"
#include "dossier/story/story_profile.h"
#include "dossier/story/story_split.h"

namespace dossier::story {

struct ClustererOptions {
  // An article joins the best candidate story when the cosine of its TF-IDF
  // vector and the story's profile reaches this; else it opens a story.
  double join_threshold = 0.25;
  // After an article joins a story of at most `split_max_articles`
  // (non-copy) articles, the best two-way cut of the story's articles is
  // found (SplitInTwo, story_split.h); the story splits when the cut's
  // normalised cut is below `split_ncut` and each part has at least
  // `split_min_articles`. 0: never split. Chosen on ECB+ odd topics (see
  // docs/stories.md).
  double split_ncut = 0.55;
  size_t split_min_articles = 4;
  size_t split_max_articles = 48;  // bounds the work (cubic) and the memory
  size_t split_features = 200;     // features kept per article for splitting
  SplitOptions split;
  // After each article (and after a split, for both parts), the story is
  // compared with the nearest other story; when their profiles' cosine
  // reaches `merge_floor` and, in the graph of their articles together, the
  // normalised cut between the two stories is at least `merge_ncut`, the
  // two become one. This joins the fragments of one event that opened
  // separately. Above 1: never merge. Only stories still small enough to
  // split are merged; two stories of fewer than 2 * `split_min_articles`
  // articles together (too few for a cut to mean anything) merge when their
  // profiles' cosine reaches `join_threshold`.
  double merge_floor = 0.2;
  double merge_ncut = 0.55;
  // Weight of each feature kind: word, proper noun, number, date, entity.
  // A kind of weight 0 is ignored. Numbers and dates weigh 3: they tell
  // two events of the same kind apart (another year, another toll).
  KindWeights kind_weights = {1.0f, 2.0f, 3.0f, 3.0f, 2.0f};
  size_t profile_features = 300;  // features kept per story profile
  size_t query_features = 40;     // an article's heaviest features looked up in the index
  size_t max_candidates = 64;     // stories scored per article
  size_t max_postings = 512;      // stories kept per index feature, the most recent
  // Features held by more than this share of the articles seen are not
  // looked up (they find everything); applies once `min_articles_for_share`
  // articles have been seen.
  double max_feature_share = 0.3;
  size_t min_articles_for_share = 50;
  // When > 0 and both have dates, an article may join only a story whose
  // days lie within this many days of its own. 0: no window (undated corpora).
  int32_t window_days = 0;
  DuplicateOptions duplicates;
  size_t max_vocabulary = 4'000'000;  // DocumentFrequencies' cap
  double idf_power = 1.0;             // DocumentFrequencies' IDF exponent
};

// Where one article went.
struct Placement {
  uint32_t article = 0;  // the article's number: 0, 1, 2 ... in the order added
  uint32_t story = 0;
  bool opened = false;   // the article opened this story
  // The original this article copies (near-duplicate); its story is the
  // original's. Never itself a copy: chains resolve to the first original.
  std::optional<uint32_t> copy_of;
  double score = 0;      // similarity to the story joined (1 for copies, 0 when opened)
  // Stories absorbed after this article arrived, into `story` or
  // `split_off` (their articles now belong there).
  std::vector<uint32_t> absorbed;
  // The story split off `story` after this article arrived (some of the
  // story's articles, perhaps this one, moved there); `story` is where this
  // article is now.
  std::optional<uint32_t> split_off;
};

struct Story {
  uint32_t id = 0;
  std::vector<uint32_t> articles;  // article numbers, copies included, in order
  size_t copies = 0;
  StoryProfile profile;
  // The story that absorbed this one; its articles and profile moved there.
  std::optional<uint32_t> merged_into;
  // The story this one was split from.
  std::optional<uint32_t> split_from;
  // One per non-copy article, in article order, while there are at most
  // ClustererOptions::split_max_articles of them; empty past that.
  std::vector<StoryMember> members;
};

class StoryClusterer {
 public:
  explicit StoryClusterer(const ClustererOptions& options = {});

  // Places the next article (number = articles added so far).
  Placement Add(const ArticleFeatures& article);
  // Counts an article in the document frequencies only, without placing it:
  // a warm start from a sample of earlier news, so that the first articles
  // are weighed with a useful IDF.
  void LearnFrequencies(const ArticleFeatures& article) { df_.Add(article); }

  // Every story ever opened, absorbed ones included (empty, merged_into set).
  const std::vector<Story>& stories() const { return stories_; }
  size_t live_stories() const { return stories_.size() - absorbed_; }
  size_t articles() const { return article_story_.size(); }
  uint32_t StoryOf(uint32_t article) const { return article_story_[article]; }
  std::optional<uint32_t> CopyOf(uint32_t article) const;
  const DocumentFrequencies& frequencies() const { return df_; }
  const ClustererOptions& options() const { return options_; }

 private:
  std::vector<uint32_t> Candidates(const ArticleVector& v) const;
  void Choose(const ArticleVector& v, kb::Day day, Placement& placement);
  Placement PlaceCopy(uint32_t article, uint32_t original);
  void AddToStory(uint32_t story, const ArticleFeatures& article);
  void Index(uint32_t story, const std::vector<uint64_t>& keys);
  void MergeNeighbour(uint32_t story, Placement& placement);
  bool ShouldMerge(uint32_t a, uint32_t b, double similarity) const;
  uint32_t Absorb(uint32_t a, uint32_t b);
  uint32_t Live(uint32_t story) const;
  void KeepMember(Story& story, uint32_t article, const ArticleFeatures& features);
  void MaybeSplit(Placement& placement);
  void Refill(uint32_t story, std::vector<StoryMember> members, std::vector<uint32_t> articles);

  ClustererOptions options_;
  DocumentFrequencies df_;
  DuplicateIndex duplicates_;
  std::vector<Story> stories_;
  size_t absorbed_ = 0;
  std::vector<uint32_t> article_story_;
  std::vector<uint32_t> article_original_;  // itself when not a copy
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings_;  // feature -> stories
};

}  // namespace dossier::story

#endif  // DOSSIER_STORY_STORY_CLUSTERER_H_
