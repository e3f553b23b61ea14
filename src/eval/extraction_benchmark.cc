#include "dossier/eval/extraction_benchmark.h"

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "dossier/clean/html_cleaner.h"
#include "dossier/core/data_dir.h"
#include "dossier/ingest/document_reader.h"

namespace dossier {
namespace {

// One page through ingest's reader (gzip, size and binary checks included).
Result<std::string> ReadPage(const DocumentReader& reader, const std::string& path) {
  std::string body;
  Status problem;
  Status read = reader.Read(
      path, [&](RawDocument&& doc) { body = std::move(doc.body); },
      [&](const Status& s) { problem = s; });
  if (!read.ok()) return read;
  if (!problem.ok()) return problem;
  return body;
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
  DocumentReader reader;

  ExtractionBenchmarkReport report;
  std::vector<ShingleCounts> counts;
  for (const auto& [id, entry] : truth.items()) {
    auto html = ReadPage(reader, dir + "/html/" + id + ".html.gz");
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
