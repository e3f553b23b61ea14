// Splitting a story that holds two events: the story keeps a bounded vector
// of each of its first articles (StoryMember), and SplitInTwo() groups them
// in two by average-link agglomeration. The clusterer splits the story when
// the two groups are far apart relative to how close each group is inside
// (ClustererOptions::split_ratio): two events of the same kind share the
// general vocabulary, so an absolute threshold cannot tell them apart, but
// their articles are still closer to each other than to the other event's.
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
// their TermWeight() (the IDF is applied when compared, so it stays current).
struct StoryMember {
  struct Term {
    uint64_t key = 0;
    float weight = 0;
    FeatureKind kind = FeatureKind::kWord;
  };
  uint32_t article = 0;
  kb::Day day = kb::kNoDay;
  std::vector<Term> terms;  // sorted by key
};

// The article's `max_terms` features that weigh most under the current IDF.
StoryMember MakeMember(uint32_t article, const ArticleFeatures& features,
                       const KindWeights& weights, const DocumentFrequencies& df,
                       size_t max_terms);

// Two groups of members (indexes into the span) and their mean cosines.
struct TwoWaySplit {
  std::vector<size_t> first, second;  // `first` holds member 0
  double within = 0;   // the smaller of the two groups' mean inner cosine
  double between = 0;  // mean cosine across the groups
};

// Average-link agglomeration of the members (under the current IDF) until
// two groups remain. O(n^3) for n members: callers bound n. Needs n >= 2.
TwoWaySplit SplitInTwo(std::span<const StoryMember> members, const DocumentFrequencies& df);

}  // namespace dossier::story

#endif  // DOSSIER_STORY_STORY_SPLIT_H_
