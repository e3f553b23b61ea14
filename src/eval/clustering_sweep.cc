#include "dossier/eval/clustering_sweep.h"

#include <fmt/format.h>

#include <string>

namespace dossier {
namespace {

struct FeatureVariant {
  const char* name;
  bool proper_nouns, entities, numbers, dates;
};

// Feature sets from plain TF-IDF upwards, each scored at several thresholds.
constexpr FeatureVariant kFeatureVariants[] = {
    {"words only (plain TF-IDF)", false, false, false, false},
    {"words + proper nouns", true, false, false, false},
    {"words + proper nouns + entities", true, true, false, false},
    {"all features (+ numbers, dates)", true, true, true, true},
};

constexpr double kThresholds[] = {0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40};

void AddFeatureRows(const RecognitionEngine& engine, const StoryCorpus& corpus,
                    const ClusteringBenchmarkOptions& options, const std::vector<size_t>& order,
                    std::vector<SweepRow>& rows) {
  for (const FeatureVariant& v : kFeatureVariants) {
    StoryCorpus variant{corpus.docs, {}};
    story::FeatureOptions features = options.features;
    features.proper_nouns = v.proper_nouns;
    features.entities = v.entities;
    features.numbers = v.numbers;
    features.dates = v.dates;
    variant.features = ExtractStoryFeatures(engine, variant.docs, features);
    for (double threshold : kThresholds) {
      story::ClustererOptions clusterer = options.clusterer;
      clusterer.join_threshold = threshold;
      rows.push_back({fmt::format("{}, threshold {:.2f}", v.name, threshold),
                      ClusterTopicSplits(variant, order, clusterer)});
    }
  }
}

void AddWeightRows(const StoryCorpus& corpus, const ClusteringBenchmarkOptions& options,
                   const std::vector<size_t>& order, std::vector<SweepRow>& rows) {
  static const char* kKinds[] = {"word", "proper noun", "number", "date", "entity"};
  for (size_t kind = 1; kind < story::kFeatureKinds; ++kind) {
    for (float w : {0.0f, 1.0f, 2.0f, 3.0f}) {
      story::ClustererOptions clusterer = options.clusterer;
      if (clusterer.kind_weights[kind] == w) continue;
      clusterer.kind_weights[kind] = w;
      rows.push_back({fmt::format("{} weight {:.1f} (others default)", kKinds[kind], w),
                      ClusterTopicSplits(corpus, order, clusterer)});
    }
  }
}

void AddMergeRows(const StoryCorpus& corpus, const ClusteringBenchmarkOptions& options,
                  const std::vector<size_t>& order, std::vector<SweepRow>& rows) {
  for (double floor : {0.15, 0.3, 2.0}) {
    story::ClustererOptions clusterer = options.clusterer;
    clusterer.merge_floor = floor;
    rows.push_back({fmt::format("merge floor {:.2f} (others default)", floor),
                    ClusterTopicSplits(corpus, order, clusterer)});
  }
  for (double ncut : {0.5, 0.7, 0.8}) {
    story::ClustererOptions clusterer = options.clusterer;
    clusterer.merge_ncut = ncut;
    rows.push_back({fmt::format("merge Ncut {:.2f} (others default)", ncut),
                    ClusterTopicSplits(corpus, order, clusterer)});
  }
  for (double power : {1.5, 2.0}) {
    story::ClustererOptions clusterer = options.clusterer;
    clusterer.idf_power = power;
    rows.push_back({fmt::format("IDF power {:.1f} (others default)", power),
                    ClusterTopicSplits(corpus, order, clusterer)});
  }
}

// Story splits (story_split.h): off, and each split option moved alone.
void AddSplitRows(const StoryCorpus& corpus, const ClusteringBenchmarkOptions& options,
                  const std::vector<size_t>& order, std::vector<SweepRow>& rows) {
  auto add = [&](std::string name, auto change) {
    story::ClustererOptions clusterer = options.clusterer;
    change(clusterer);
    rows.push_back({std::move(name), ClusterTopicSplits(corpus, order, clusterer)});
  };
  add("no story splits (others default)", [](auto& o) { o.split_ncut = 0; });
  add("no story splits or merges", [](auto& o) {
    o.split_ncut = 0;
    o.merge_floor = 2;
  });
  for (double ncut : {0.4, 0.45, 0.55, 0.6}) {
    add(fmt::format("split Ncut {:.2f} (others default)", ncut),
        [ncut](auto& o) { o.split_ncut = ncut; });
  }
  for (double power : {1.0, 3.0}) {
    add(fmt::format("split similarity power {:.0f} (others default)", power),
        [power](auto& o) { o.split.similarity_power = power; });
  }
  add("split word weight 1 (others default)", [](auto& o) { o.split.kind_weights[0] = 1; });
  for (size_t n : {24, 64}) {
    add(fmt::format("split max articles {} (others default)", n),
        [n](auto& o) { o.split_max_articles = n; });
  }
  for (size_t min : {2, 3, 5}) {
    add(fmt::format("split min articles {} (others default)", min),
        [min](auto& o) { o.split_min_articles = min; });
  }
  for (size_t n : {50, 100}) {
    add(fmt::format("split features {} (others default)", n),
        [n](auto& o) { o.split_features = n; });
  }
}

void AddOrderRows(const StoryCorpus& corpus, const ClusteringBenchmarkOptions& options,
                  std::vector<SweepRow>& rows) {
  rows.push_back({"defaults, corpus file order (topic by topic)",
                  ClusterTopicSplits(corpus, ArrivalOrder(corpus.docs.size(), 0, true),
                                     options.clusterer)});
  for (uint64_t seed : {1, 2, 3}) {
    rows.push_back({fmt::format("defaults, shuffled with seed {}", seed),
                    ClusterTopicSplits(corpus, ArrivalOrder(corpus.docs.size(), seed, false),
                                       options.clusterer)});
  }
}

}  // namespace

std::vector<SweepRow> RunClusteringSweep(const RecognitionEngine& engine, const StoryCorpus& corpus,
                                         const ClusteringBenchmarkOptions& options) {
  std::vector<SweepRow> rows;
  std::vector<size_t> order = ArrivalOrder(corpus.docs.size(), options.seed, options.sorted);
  AddFeatureRows(engine, corpus, options, order, rows);
  AddWeightRows(corpus, options, order, rows);
  AddMergeRows(corpus, options, order, rows);
  AddSplitRows(corpus, options, order, rows);
  AddOrderRows(corpus, options, rows);
  return rows;
}

}  // namespace dossier
