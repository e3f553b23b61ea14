#include "dossier/pipeline/analyzer.h"

#include <chrono>
#include <memory>
#include <unordered_set>

#include "dossier/ingest/input_expander.h"
#include "dossier/pipeline/article_builder.h"
#include "dossier/pipeline/outlet_repetition_filter.h"
#include "dossier/store/article_store.h"

namespace dossier {
namespace {

// Holds the batch and moves it to the store and the article callback.
class BatchSink {
 public:
  BatchSink(ArticleStore* store, size_t batch_size, AnalyzeStats& stats,
            const ArticleCallback& on_article)
      : store_(store), batch_size_(batch_size), stats_(stats), on_article_(on_article) {}

  Status Add(Article&& article) {
    batch_.push_back(std::move(article));
    return batch_.size() >= batch_size_ ? Flush() : Status::Ok();
  }

  Status Flush() {
    if (batch_.empty()) return Status::Ok();
    RemoveOutletRepetitions(batch_);
    std::vector<Article> fresh;
    for (Article& a : batch_) {
      if (written_.insert(a.content_hash).second) {
        fresh.push_back(std::move(a));
      } else {
        ++stats_.duplicates;
      }
    }
    batch_.clear();
    if (store_ && !fresh.empty()) {
      auto put = store_->PutBatch(fresh);
      if (!put.ok()) return put.status();
      stats_.stored_new += put->inserted;
      stats_.stored_existing += put->duplicates;
    }
    for (const Article& a : fresh) {
      ++stats_.articles;
      if (on_article_) on_article_(a);
    }
    return Status::Ok();
  }

 private:
  ArticleStore* store_;
  size_t batch_size_;
  AnalyzeStats& stats_;
  const ArticleCallback& on_article_;
  std::vector<Article> batch_;
  std::unordered_set<std::string> written_;
};

}  // namespace

Result<AnalyzeStats> Analyzer::Run(const ArticleCallback& on_article) {
  auto start = std::chrono::steady_clock::now();
  auto files = ExpandInputs(options_.inputs);
  if (!files.ok()) return files.status();
  auto lexicon = BoilerplateLexicon::LoadDefault();
  if (!lexicon.ok()) return lexicon.status();
  std::unique_ptr<ArticleStore> store;
  if (!options_.db_path.empty()) {
    auto opened = ArticleStore::Open(options_.db_path);
    if (!opened.ok()) return opened.status();
    store = std::move(*opened);
  }
  ArticleBuilder builder(*lexicon);
  DocumentReader reader(options_.read);
  AnalyzeStats stats;
  BatchSink sink(store.get(), options_.batch_size, stats, on_article);
  Status fatal;
  Progress progress;
  progress.files_total = static_cast<int64_t>(files->size());

  for (const std::string& file : *files) {
    if (!fatal.ok()) break;
    ++stats.files;
    auto on_document = [&](RawDocument&& doc) {
      ++stats.documents;
      ++progress.documents;
      stats.input_bytes += static_cast<int64_t>(doc.body.size());
      progress.bytes = stats.input_bytes;
      if (!fatal.ok()) return;
      auto article = builder.Build(doc);
      if (!article.ok()) {
        ++stats.document_errors;
        on_issue_(article.status());
        return;
      }
      fatal = sink.Add(std::move(*article));
    };
    auto on_error = [&](const Status& s) {
      ++stats.document_errors;
      on_issue_(s);
    };
    Status read = reader.Read(file, on_document, on_error);
    if (!read.ok()) {
      ++stats.files_failed;
      on_issue_(read);
    }
    ++progress.files_done;
    if (on_progress_) on_progress_(progress);
  }
  if (fatal.ok()) fatal = sink.Flush();
  if (!fatal.ok()) return fatal;
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

}  // namespace dossier
