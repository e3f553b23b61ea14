// The story-clustering benchmark on ECB+: every document is clustered with
// no number of stories given, and the stories found are scored against the
// corpus's sub-topics (in each topic, the "ecb" documents form one story and
// the "ecbplus" documents another). Also a scale run on synthetic articles
// built from the corpus's sentences.
#ifndef DOSSIER_EVAL_CLUSTERING_BENCHMARK_H_
#define DOSSIER_EVAL_CLUSTERING_BENCHMARK_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dossier/core/status.h"
#include "dossier/eval/cluster_metrics.h"
#include "dossier/pipeline/recognition_engine.h"
#include "dossier/story/article_features.h"
#include "dossier/story/story_clusterer.h"

namespace dossier {

struct ClusteringBenchmarkOptions {
  std::string ecb_dir;
  EngineOptions engine;  // the code stage is never loaded
  story::FeatureOptions features;
  story::ClustererOptions clusterer;
  // Articles arrive in an order shuffled with this seed (a news stream mixes
  // topics); `sorted` keeps the corpus's file order instead.
  uint64_t seed = 2024;
  bool sorted = false;
  size_t other_orders = 8;  // also score all topics in this many other shuffled orders
  size_t scale_articles = 10000;  // synthetic articles for the scale run; 0: none
  bool sweep = false;             // also score the alternatives (SweepRow)
};

// One clustering of a set of articles, scored.
struct ClusteringRun {
  size_t articles = 0;
  size_t stories = 0;       // found
  size_t gold_stories = 0;
  size_t copies = 0;        // articles marked as near-duplicate copies
  ClusterScore pairwise;
  ClusterScore bcubed;
  double seconds = 0;       // clustering alone, one core
  // One line per story found that mixes gold stories or holds part of a
  // gold story split over several: "story 12: 3ecb 10, 3ecbplus 4".
  std::vector<std::string> errors;
};

// Odd topics (the tuning set), even topics (held out) and all, clustered separately.
struct TopicSplitRuns {
  ClusteringRun odd;
  ClusteringRun even;
  ClusteringRun all;
};

struct SweepRow {
  std::string name;
  TopicSplitRuns runs;
};

struct ScaleRun {
  std::string how;          // how the synthetic articles were built
  size_t articles = 0;
  size_t bytes = 0;
  double feature_seconds = 0;  // text + recognize + dates + features, one core
  ClusteringRun run;
};

// Pairwise F1 on all topics over other arrival orders (the stories found
// depend on the order articles arrive in).
struct OrderSpread {
  std::vector<uint64_t> seeds;
  std::vector<double> f1;  // one per seed
};

struct ClusteringReport {
  size_t documents = 0;
  double feature_seconds = 0;  // text + recognize + dates + features over the corpus
  TopicSplitRuns runs;
  OrderSpread orders;
  std::vector<SweepRow> sweep;
  std::optional<ScaleRun> scale;
};

Result<ClusteringReport> RunClusteringBenchmark(const ClusteringBenchmarkOptions& options);

}  // namespace dossier

#endif  // DOSSIER_EVAL_CLUSTERING_BENCHMARK_H_
