#include "dossier/eval/extraction_benchmark.h"

#include <zlib.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "dossier/clean/html_cleaner.h"
#include "dossier/core/data_dir.h"

namespace dossier {
namespace {

Result<std::string> ReadGzip(const std::string& path) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return Status(StatusCode::kNotFound, "cannot open").WithPath(path);
  std::string out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  int err = 0;
  gzerror(f, &err);
  gzclose(f);
  if (n < 0 || (err != Z_OK && err != Z_STREAM_END)) {
    return Status(StatusCode::kCorruptInput, "corrupt gzip").WithPath(path);
  }
  return out;
}

}  // namespace

Result<ExtractionBenchmarkReport> RunExtractionBenchmark(const std::string& dir) {
  std::string truth_path = dir + "/ground-truth.json";
  auto truth_text = ReadSmallFile(truth_path);
  if (!truth_text.ok()) return truth_text.status();
  nlohmann::json truth;
  try {
    truth = nlohmann::json::parse(*truth_text);
  } catch (const std::exception& e) {
    return Status(StatusCode::kCorruptInput, e.what()).WithPath(truth_path);
  }
  auto lexicon = BoilerplateLexicon::LoadDefault();
  if (!lexicon.ok()) return lexicon.status();
  HtmlCleaner cleaner(*lexicon);

  ExtractionBenchmarkReport report;
  std::vector<ShingleCounts> counts;
  for (const auto& [id, entry] : truth.items()) {
    auto html = ReadGzip(dir + "/html/" + id + ".html.gz");
    if (!html.ok()) return html.status();
    auto start = std::chrono::steady_clock::now();
    auto cleaned = cleaner.Clean(*html);
    if (!cleaned.ok()) return cleaned.status();
    std::string text;
    for (const auto& b : cleaned->blocks) text += (text.empty() ? "" : "\n\n") + b.text;
    report.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report.html_bytes += html->size();
    if (!entry.is_object() || !entry.contains("articleBody") || !entry["articleBody"].is_string()) {
      return Status(StatusCode::kCorruptInput, "entry '" + id + "' has no string articleBody")
          .WithPath(truth_path);
    }
    std::string body = entry["articleBody"].get<std::string>();
    ExtractionPageResult page{id, MatchShingles(body, text), std::move(text)};
    counts.push_back(page.counts);
    report.per_page.push_back(std::move(page));
  }
  report.pages = counts.size();
  report.score = AggregateScores(counts);
  return report;
}

}  // namespace dossier
