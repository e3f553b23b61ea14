#include "cli/bench_clustering.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "cli/terminal.h"
#include "dossier/eval/clustering_benchmark.h"

namespace dossier::cli {
namespace {

void PrintClusteringRun(const char* label, const ClusteringRun& r) {
  fmt::print("  {:<22} pairwise P {:.3f} R {:.3f} F1 {:.3f} | B-cubed P {:.3f} R {:.3f} F1 {:.3f} | "
             "{} stories found, {} gold, {} articles, {} copies\n",
             label, r.pairwise.precision, r.pairwise.recall, r.pairwise.f1, r.bcubed.precision,
             r.bcubed.recall, r.bcubed.f1, r.stories, r.gold_stories, r.articles, r.copies);
}

void PrintSweep(const std::vector<SweepRow>& rows) {
  fmt::print("sweep (pairwise F1 / B-cubed F1 / stories found; thresholds and weights are chosen "
             "on the odd topics)\n");
  fmt::print("  {:<58} {:>17} {:>17} {:>17}\n", "alternative", "odd (tuning)", "even (held out)",
             "all");
  auto cell = [](const ClusteringRun& r) {
    return fmt::format("{:.3f} {:.3f} {:>4}", r.pairwise.f1, r.bcubed.f1, r.stories);
  };
  for (const SweepRow& row : rows) {
    fmt::print("  {:<58} {:>17} {:>17} {:>17}\n", row.name, cell(row.runs.odd),
               cell(row.runs.even), cell(row.runs.all));
  }
}

void PrintScale(const ScaleRun& s) {
  fmt::print("scale run: {} synthetic articles, {:.1f} MB; {}\n", s.articles,
             double(s.bytes) / 1e6, s.how);
  fmt::print("  clustering   {:.2f} s on one core ({:.0f} articles/s), {} stories found, "
             "{} copies\n",
             s.run.seconds, s.run.seconds > 0 ? double(s.articles) / s.run.seconds : 0.0,
             s.run.stories, s.run.copies);
  fmt::print("  features     {:.2f} s (text + recognize + dates + features, one core)\n",
             s.feature_seconds);
  PrintClusteringRun("scores", s.run);
}

}  // namespace

int BenchClustering(const Args& args, const EngineOptions& engine) {
  ClusteringBenchmarkOptions options;
  options.ecb_dir = args.Has("data") ? args.Get("data") : "../shared/data/ecbplus";
  if (!std::filesystem::exists(options.ecb_dir)) {
    fmt::print("ECB+ corpus not found at {}: skipped (pass --data DIR)\n", options.ecb_dir);
    return kExitOk;
  }
  options.engine = engine;
  options.sweep = args.Has("sweep");
  if (args.Has("scale")) {
    auto n = args.GetInt("scale");
    if (!n.ok()) {
      PrintError(n.status());
      return kExitUsage;
    }
    options.scale_articles = size_t(*n);
  }
  auto report = RunClusteringBenchmark(options);
  if (!report.ok()) {
    PrintError(report.status());
    return kExitFailure;
  }
  const ClusteringReport& r = *report;
  fmt::print("story clustering on ECB+ ({}): {} documents, no number of stories given; gold "
             "stories are sub-topics (ecb / ecbplus documents of each topic)\n",
             options.ecb_dir, r.documents);
  fmt::print("  arrival order shuffled (seed {}); join threshold {:.2f} and weights chosen on the odd "
             "topics; {}; {}\n",
             options.seed, options.clusterer.join_threshold,
             options.clusterer.merge_floor > 1
                 ? std::string("no story merges")
                 : fmt::format("stories of profile cosine {:.2f}+ merge when the cut between "
                               "them has Ncut {:.2f}+",
                               options.clusterer.merge_floor, options.clusterer.merge_ncut),
             options.clusterer.split_ncut > 0
                 ? fmt::format("stories split at Ncut below {:.2f} (parts of {}+ articles, "
                               "stories up to {})",
                               options.clusterer.split_ncut, options.clusterer.split_min_articles,
                               options.clusterer.split_max_articles)
                 : std::string("no story splits"));
  PrintClusteringRun("all topics", r.runs.all);
  PrintClusteringRun("even topics (held out)", r.runs.even);
  PrintClusteringRun("odd topics (tuning)", r.runs.odd);
  if (!r.orders.f1.empty()) {
    const std::vector<double>& f = r.orders.f1;
    double mean = 0;
    for (double x : f) mean += x / double(f.size());
    fmt::print("  other orders all topics, {} more shuffles (seeds {}-{}): pairwise F1 mean {:.3f}, "
               "min {:.3f}, max {:.3f}\n",
               f.size(), r.orders.seeds.front(), r.orders.seeds.back(), mean,
               *std::min_element(f.begin(), f.end()), *std::max_element(f.begin(), f.end()));
  }
  fmt::print("  speed        {:.0f} articles/s clustering alone; {:.0f} articles/s with text + "
             "recognize + features (one core)\n",
             r.runs.all.seconds > 0 ? double(r.runs.all.articles) / r.runs.all.seconds : 0.0,
             double(r.documents) / (r.feature_seconds + r.runs.all.seconds));
  if (args.Has("per-page")) {
    fmt::print("stories found that mix or split gold stories (all topics):\n");
    for (const std::string& line : r.runs.all.errors) fmt::print("  {}\n", line);
  }
  if (!r.sweep.empty()) PrintSweep(r.sweep);
  if (r.scale) PrintScale(*r.scale);
  return kExitOk;
}


}  // namespace dossier::cli
