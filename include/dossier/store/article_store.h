// ArticleStore: the SQLite archive of cleaned articles.
//
// One file, WAL journal, schema versioned with PRAGMA user_version and
// upgraded by migrations on open; article text searchable with FTS5.
// Writes go in batches, one transaction each: a run killed mid-batch leaves
// the previous batches intact and the database consistent, and re-running
// completes it. Re-ingesting the same content is idempotent: the article id
// is derived from the content hash, and a second copy adds no row.
//
// Thread safety: one ArticleStore per thread; SQLite's WAL lets several
// processes read while one writes.
#ifndef DOSSIER_STORE_ARTICLE_STORE_H_
#define DOSSIER_STORE_ARTICLE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dossier/core/article.h"
#include "dossier/core/status.h"

struct sqlite3;

namespace dossier {

struct PutStats {
  int64_t inserted = 0;    // new articles
  int64_t duplicates = 0;  // same content hash already stored (or twice in the batch)
};

struct SearchHit {
  std::string id;
  std::string title;
  std::string outlet;
  std::string published;
  std::string snippet;  // FTS5 snippet with [ ] around matched terms
  double rank = 0;      // bm25; lower is better
};

struct ArticleStoreOptions {
  // How long a statement waits for another connection's lock before failing
  // with kDatabase "database is locked" (PRAGMA busy_timeout); 0 fails at
  // once.
  int busy_timeout_ms = 5000;
};

class ArticleStore {
 public:
  // Opens or creates the database at `path` and migrates it to the current
  // schema. Errors: kDatabase, with the path attached (Status::path()), when
  // the file cannot be opened, is not an SQLite database, is another
  // application's database (PRAGMA application_id), or has a schema newer
  // than this build knows.
  static Result<std::unique_ptr<ArticleStore>> Open(
      const std::string& path, const ArticleStoreOptions& options = {});
  ~ArticleStore();
  ArticleStore(const ArticleStore&) = delete;
  ArticleStore& operator=(const ArticleStore&) = delete;

  static constexpr int kSchemaVersion = 1;
  // The version Open() migrated the database to (kSchemaVersion).
  int schema_version() const;
  const std::string& path() const { return path_; }

  // Stores the batch in one transaction. Articles whose content_hash is
  // already stored are counted as duplicates and left as they are. Any
  // error rolls the whole batch back: kInvalidArgument for an article
  // without id or content_hash or with a block outside its text (nothing is
  // written), kDatabase for SQLite failures (busy, disk full, an id already
  // stored with different content).
  Result<PutStats> PutBatch(const std::vector<Article>& articles);

  // Full-text search over title and text (FTS5 query syntax; a query that
  // FTS5 rejects is retried as a quoted phrase). Case and diacritics are
  // ignored. At most `limit` hits, best first; none when limit <= 0.
  Result<std::vector<SearchHit>> Search(const std::string& query, int limit = 20);

  // The stored article, or nullopt.
  Result<std::optional<Article>> Get(const std::string& id);

  Result<int64_t> CountArticles();

 private:
  ArticleStore(sqlite3* db, std::string path)
      : db_(db), path_(std::move(path)) {}

  sqlite3* db_;  // owned; closed by the destructor
  std::string path_;
  int schema_version_ = 0;
};

}  // namespace dossier

#endif  // DOSSIER_STORE_ARTICLE_STORE_H_
