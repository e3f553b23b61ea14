// Runs the main-text extractor over the ScrapingHub article-extraction
// benchmark (html/<id>.html.gz + ground-truth.json) and scores it.
#ifndef DOSSIER_EVAL_EXTRACTION_BENCHMARK_H_
#define DOSSIER_EVAL_EXTRACTION_BENCHMARK_H_

#include <functional>
#include <string>
#include <vector>

#include "dossier/core/status.h"
#include "dossier/eval/extraction_metric.h"

namespace dossier {

struct ExtractionPageResult {
  std::string id;
  ShingleCounts counts;
  std::string prediction;
};

struct ExtractionBenchmarkReport {
  ExtractionScore score;
  size_t pages = 0;
  size_t html_bytes = 0;
  double seconds = 0;  // parse + extract only, one thread; reading excluded
  std::vector<ExtractionPageResult> per_page;
};

// Errors: kNotFound when the folder or ground truth is missing,
// kCorruptInput for an unreadable ground truth or page.
Result<ExtractionBenchmarkReport> RunExtractionBenchmark(const std::string& dir);

}  // namespace dossier

#endif  // DOSSIER_EVAL_EXTRACTION_BENCHMARK_H_
