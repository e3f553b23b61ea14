// Splitting a story that holds two events: the story keeps a bounded vector
// of each of its first articles (StoryMember), and SplitInTwo() finds the
// best two-way cut of them by spectral bisection of their similarity graph
// and reports its normalised cut (Shi and Malik's Ncut):
//
//   Ncut(A, B) = cut(A, B) / vol(A) + cut(A, B) / vol(B)
//
// where cut sums the similarities across the parts and vol the similarities
// of a part's articles to all. Ncut is near 1 for articles with no group
// structure (the cut keeps half of every article's ties) and near 0 for two
// groups that barely touch, whatever the number of articles, so one
// threshold serves small and large stories. The clusterer splits a story
// whose best cut is low and merges two near stories whose union has no low
// cut.
//
// The articles are weighed inside the story: a feature's IDF is computed
// over the story's own articles, so that the vocabulary the whole story
// shares weighs little and what tells its parts apart (another name, another
// date, another place) weighs most. Similarities are raised to a power so
// that the strongest ties dominate the graph.
//
// Thread safety: values and pure functions.
#ifndef DOSSIER_STORY_STORY_SPLIT_H_
#define DOSSIER_STORY_STORY_SPLIT_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "dossier/story/article_features.h"
#include "dossier/story/document_frequencies.h"
#include "dossier/story/story_profile.h"

namespace dossier::story {

// One article of a story as kept for splitting: its heaviest features with
// their sublinear counts (TermWeight() of kind weight 1).
struct StoryMember {
  struct Term {
    uint64_t key = 0;
    float tf = 0;
    FeatureKind kind = FeatureKind::kWord;
  };
  uint32_t article = 0;
  kb::Day day = kb::kNoDay;
  std::vector<Term> terms;  // sorted by key
};

// The article's `max_terms` features that weigh most under `weights` and the
// current IDF (features of kind weight 0 are dropped).
StoryMember MakeMember(uint32_t article, const ArticleFeatures& features,
                       const KindWeights& weights, const DocumentFrequencies& df,
                       size_t max_terms);

struct SplitOptions {
  // Weight of each feature kind inside a story: names, numbers and dates
  // tell two events of one kind apart better than words do.
  KindWeights kind_weights = {0.5f, 2.0f, 3.0f, 3.0f, 2.0f};
  double similarity_power = 2.0;  // graph edge = cosine ^ power (cosines < 0 count 0)
};

// The best two-way cut of the members (indexes into the span).
struct TwoWaySplit {
  std::vector<size_t> first, second;  // `first` holds member 0
  double ncut = 2.0;  // its normalised cut, in [0, 2]
};

// Spectral bisection: the members are ordered by the eigenvector of the
// second largest eigenvalue of D^-1/2 W D^-1/2 (W the similarity graph, D
// its degrees) and cut where the normalised cut is lowest. O(n^3) for n
// members: callers bound n. Deterministic. Needs n >= 2.
TwoWaySplit SplitInTwo(std::span<const StoryMember* const> members, const SplitOptions& options);

// The normalised cut between members [0, first) and [first, n) in the same
// graph: near 1 when the two parts are as close to each other as inside.
double NormalisedCut(std::span<const StoryMember* const> members, size_t first,
                     const SplitOptions& options);

}  // namespace dossier::story

#endif  // DOSSIER_STORY_STORY_SPLIT_H_
