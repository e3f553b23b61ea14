// The extractor's score on the ScrapingHub article-extraction benchmark in
// the shared data folder (../shared/data/extraction-benchmark), when present.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "dossier/eval/extraction_benchmark.h"

namespace dossier {
namespace {

TEST(ExtractionBenchmarkScoreTest, F1AtLeastNinetyFivePercent) {
  const std::string dir = std::string(DOSSIER_SHARED_DATA_DIR) + "/extraction-benchmark";
  if (!std::filesystem::exists(dir + "/ground-truth.json")) {
    GTEST_SKIP() << "no benchmark data at " << dir;
  }
  auto report = RunExtractionBenchmark(dir);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_GT(report->pages, 100u);
  EXPECT_EQ(report->per_page.size(), report->pages);
  RecordProperty("precision", std::to_string(report->score.precision));
  RecordProperty("recall", std::to_string(report->score.recall));
  RecordProperty("f1", std::to_string(report->score.f1));
  EXPECT_GE(report->score.f1, 0.95)
      << "precision " << report->score.precision << ", recall " << report->score.recall << " over "
      << report->pages << " pages";
}

}  // namespace
}  // namespace dossier
