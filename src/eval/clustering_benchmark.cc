#include "dossier/eval/clustering_benchmark.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <set>

#include <fmt/format.h>

#include "dossier/eval/clustering_sweep.h"
#include "dossier/eval/ecbplus.h"
#include "dossier/eval/ecbplus_stories.h"

namespace dossier {
namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// "3ecb" / "3ecbplus": a gold story's name.
std::string GoldName(uint32_t gold) {
  return std::to_string(gold / 2) + (gold % 2 == 1 ? "ecbplus" : "ecb");
}

// The stories found that mix gold stories or hold part of a split one.
std::vector<std::string> StoryErrors(const std::vector<uint32_t>& predicted,
                                     const std::vector<uint32_t>& gold) {
  std::map<uint32_t, std::map<uint32_t, size_t>> by_story;  // story -> gold -> articles
  std::map<uint32_t, std::set<uint32_t>> stories_of_gold;
  for (size_t i = 0; i < predicted.size(); ++i) {
    ++by_story[predicted[i]][gold[i]];
    stories_of_gold[gold[i]].insert(predicted[i]);
  }
  std::vector<std::pair<uint32_t, std::string>> lines;  // by first gold story
  for (const auto& [story, golds] : by_story) {
    bool wrong = golds.size() > 1;
    for (const auto& [g, n] : golds) wrong = wrong || stories_of_gold[g].size() > 1;
    if (!wrong) continue;
    std::string line = fmt::format("story {}:", story);
    for (const auto& [g, n] : golds) line += fmt::format(" {} {},", GoldName(g), n);
    line.pop_back();
    lines.emplace_back(golds.begin()->first, std::move(line));
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (auto& l : lines) out.push_back(std::move(l.second));
  return out;
}

}  // namespace

std::vector<story::ArticleFeatures> ExtractStoryFeatures(const RecognitionEngine& engine,
                                                         const std::vector<StoryDocument>& docs,
                                                         const story::FeatureOptions& options) {
  story::FeatureExtractor extractor(options);
  RecognitionEngine::Scratch scratch;
  std::vector<story::ArticleFeatures> out;
  out.reserve(docs.size());
  for (const StoryDocument& d : docs) {
    engine.Process(d.text, kb::kNoDay, scratch);
    out.push_back(extractor.Extract(scratch.text, scratch.recognition, scratch.times, kb::kNoDay));
  }
  return out;
}

std::vector<size_t> ArrivalOrder(size_t n, uint64_t seed, bool sorted) {
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  if (!sorted) {
    std::mt19937_64 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
  }
  return order;
}

ClusteringRun ClusterAndScore(const StoryCorpus& corpus, const std::vector<size_t>& order,
                              const story::ClustererOptions& options, bool odd, bool even) {
  story::StoryClusterer clusterer(options);
  std::vector<uint32_t> predicted, gold;
  ClusteringRun run;
  auto start = std::chrono::steady_clock::now();
  for (size_t i : order) {
    uint32_t topic = corpus.docs[i].topic;
    if (!(topic % 2 == 1 ? odd : even)) continue;
    story::Placement p = clusterer.Add(corpus.features[i]);
    gold.push_back(corpus.docs[i].gold);
    run.copies += p.copy_of.has_value();
  }
  run.seconds = Seconds(start);
  // Stories may have merged since an article was placed: read the final ones.
  for (uint32_t a = 0; a < clusterer.articles(); ++a) predicted.push_back(clusterer.StoryOf(a));
  run.articles = predicted.size();
  run.stories = clusterer.live_stories();
  run.gold_stories = ClusterCount(gold);
  run.pairwise = PairwiseScore(predicted, gold);
  run.bcubed = BCubedScore(predicted, gold);
  run.errors = StoryErrors(predicted, gold);
  return run;
}

TopicSplitRuns ClusterTopicSplits(const StoryCorpus& corpus, const std::vector<size_t>& order,
                                  const story::ClustererOptions& options) {
  return {ClusterAndScore(corpus, order, options, true, false),
          ClusterAndScore(corpus, order, options, false, true),
          ClusterAndScore(corpus, order, options, true, true)};
}

namespace {

Result<ScaleRun> RunScale(const RecognitionEngine& engine, const std::vector<StoryDocument>& docs,
                          const ClusteringBenchmarkOptions& options) {
  SyntheticCorpusOptions synthetic;
  synthetic.articles = options.scale_articles;
  ScaleRun scale;
  scale.how = DescribeSynthetic(synthetic);
  StoryCorpus corpus;
  corpus.docs = SyntheticArticles(docs, synthetic);
  for (const StoryDocument& d : corpus.docs) scale.bytes += d.text.size();
  auto start = std::chrono::steady_clock::now();
  corpus.features = ExtractStoryFeatures(engine, corpus.docs, options.features);
  scale.feature_seconds = Seconds(start);
  scale.articles = corpus.docs.size();
  std::vector<size_t> order = ArrivalOrder(corpus.docs.size(), options.seed, true);
  scale.run = ClusterAndScore(corpus, order, options.clusterer, true, true);
  return scale;
}

}  // namespace

Result<ClusteringReport> RunClusteringBenchmark(const ClusteringBenchmarkOptions& options) {
  auto read = ReadEcbPlus(options.ecb_dir);
  if (!read.ok()) return read.status();
  EngineOptions engine_options = options.engine;
  engine_options.code = false;
  auto engine = RecognitionEngine::Load(engine_options);
  if (!engine.ok()) return engine.status();
  ClusteringReport report;
  StoryCorpus corpus;
  corpus.docs = EcbStoryDocuments(*read);
  report.documents = corpus.docs.size();
  auto start = std::chrono::steady_clock::now();
  corpus.features = ExtractStoryFeatures(**engine, corpus.docs, options.features);
  report.feature_seconds = Seconds(start);
  std::vector<size_t> order = ArrivalOrder(corpus.docs.size(), options.seed, options.sorted);
  report.runs = ClusterTopicSplits(corpus, order, options.clusterer);
  for (uint64_t seed = 1; seed <= options.other_orders; ++seed) {
    std::vector<size_t> other = ArrivalOrder(corpus.docs.size(), options.seed + seed, false);
    report.orders.seeds.push_back(options.seed + seed);
    report.orders.f1.push_back(ClusterAndScore(corpus, other, options.clusterer, true, true).pairwise.f1);
  }
  if (options.sweep) report.sweep = RunClusteringSweep(**engine, corpus, options);
  if (options.scale_articles > 0) {
    auto scale = RunScale(**engine, corpus.docs, options);
    if (!scale.ok()) return scale.status();
    report.scale = std::move(scale).value();
  }
  return report;
}

}  // namespace dossier
