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

class ArticleStore {
 public:
  // Opens or creates the database at `path` and migrates it to the current
  // schema. Errors: kDatabase (cannot open, not a database, newer schema
  // than this build knows).
  static Result<std::unique_ptr<ArticleStore>> Open(const std::string& path);
  ~ArticleStore();
  ArticleStore(const ArticleStore&) = delete;
  ArticleStore& operator=(const ArticleStore&) = delete;

  static constexpr int kSchemaVersion = 1;
  int schema_version() const;

  // Stores the batch in one transaction. Articles whose content_hash is
  // already stored are counted as duplicates and left as they are.
  Result<PutStats> PutBatch(const std::vector<Article>& articles);

  // Full-text search (FTS5 query syntax; a query that FTS5 rejects is
  // retried as a quoted phrase). At most `limit` hits, best first.
  Result<std::vector<SearchHit>> Search(const std::string& query, int limit = 20);

  // The stored article, or nullopt.
  Result<std::optional<Article>> Get(const std::string& id);

  Result<int64_t> CountArticles();

 private:
  explicit ArticleStore(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

}  // namespace dossier

#endif  // DOSSIER_STORE_ARTICLE_STORE_H_
