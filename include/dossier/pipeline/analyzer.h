// Analyzer: the `analyze` and `ingest` jobs: expand inputs, read, clean,
// store in batches, and stream the JSON contract.
//
// Streaming: documents flow one at a time into a bounded batch
// (batch_size); each full batch is filtered for outlet repetitions, stored
// in one transaction and written to the JSON stream, then dropped. Memory is
// flat in the number of articles (only 8-byte hashes of written articles are
// kept, to write each distinct article once).
//
// Errors in single documents or files go to the error callback and the run
// goes on; Run returns a non-ok Status only when the run cannot go on at all
// (no input, database cannot be opened or written, output not writable).
#ifndef DOSSIER_PIPELINE_ANALYZER_H_
#define DOSSIER_PIPELINE_ANALYZER_H_

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "dossier/core/article.h"
#include "dossier/core/status.h"
#include "dossier/ingest/document_reader.h"

namespace dossier {

struct AnalyzeOptions {
  std::vector<std::string> inputs;
  std::string db_path;      // empty: do not store
  size_t batch_size = 256;  // documents per store transaction
  ReadOptions read;
};

struct AnalyzeStats {
  int64_t files = 0;
  int64_t files_failed = 0;
  int64_t documents = 0;
  int64_t document_errors = 0;
  int64_t articles = 0;          // distinct articles produced this run
  int64_t duplicates = 0;        // exact copies seen this run
  int64_t stored_new = 0;        // rows added to the database
  int64_t stored_existing = 0;   // already in the database
  int64_t input_bytes = 0;
  double seconds = 0;
};

struct Progress {
  int64_t files_done = 0;
  int64_t files_total = 0;
  int64_t documents = 0;
  int64_t bytes = 0;
};

using ProgressCallback = std::function<void(const Progress&)>;
using IssueCallback = std::function<void(const Status&)>;
// Receives each distinct article once, in input order.
using ArticleCallback = std::function<void(const Article&)>;

class Analyzer {
 public:
  Analyzer(AnalyzeOptions options, IssueCallback on_issue,
           ProgressCallback on_progress = nullptr)
      : options_(std::move(options)), on_issue_(std::move(on_issue)),
        on_progress_(std::move(on_progress)) {}

  // Errors: kNotFound (inputs match nothing, data folder missing),
  // kDatabase (store), kIoError.
  Result<AnalyzeStats> Run(const ArticleCallback& on_article);

 private:
  AnalyzeOptions options_;
  IssueCallback on_issue_;
  ProgressCallback on_progress_;
};

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_ANALYZER_H_
