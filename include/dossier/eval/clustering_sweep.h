// The pieces of the story-clustering benchmark, and the sweep that scores
// alternatives (feature sets, kind weights, thresholds, arrival order) so
// that the defaults are chosen by measurement on the odd topics.
#ifndef DOSSIER_EVAL_CLUSTERING_SWEEP_H_
#define DOSSIER_EVAL_CLUSTERING_SWEEP_H_

#include <vector>

#include "dossier/eval/clustering_benchmark.h"
#include "dossier/eval/ecbplus_stories.h"

namespace dossier {

// Documents with their gold stories and story features, index for index.
struct StoryCorpus {
  std::vector<StoryDocument> docs;
  std::vector<story::ArticleFeatures> features;
};

// Runs text + recognize + dates on each document (no publication day) and
// extracts its story features.
std::vector<story::ArticleFeatures> ExtractStoryFeatures(const RecognitionEngine& engine,
                                                         const std::vector<StoryDocument>& docs,
                                                         const story::FeatureOptions& options);

// 0 .. n-1, shuffled with `seed` unless `sorted`.
std::vector<size_t> ArrivalOrder(size_t n, uint64_t seed, bool sorted);

// Clusters the documents of odd topics, of even topics, or both, in `order`.
ClusteringRun ClusterAndScore(const StoryCorpus& corpus, const std::vector<size_t>& order,
                              const story::ClustererOptions& options, bool odd, bool even);
TopicSplitRuns ClusterTopicSplits(const StoryCorpus& corpus, const std::vector<size_t>& order,
                                  const story::ClustererOptions& options);

// The alternatives, each clustered on odd, even and all topics.
std::vector<SweepRow> RunClusteringSweep(const RecognitionEngine& engine, const StoryCorpus& corpus,
                                         const ClusteringBenchmarkOptions& options);

}  // namespace dossier

#endif  // DOSSIER_EVAL_CLUSTERING_SWEEP_H_
