#include "dossier/store/article_store.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include "article_rows.h"
#include "schema_migrations.h"
#include "sqlite_statement.h"
#include "sqlite_transaction.h"

namespace dossier {
namespace {

constexpr const char* kSearchSql =
    "SELECT a.id, a.title, a.outlet, a.published, "
    "snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts) "
    "FROM articles_fts JOIN articles AS a ON a.seq = articles_fts.rowid "
    "WHERE articles_fts MATCH ?1 ORDER BY bm25(articles_fts) LIMIT ?2";

Status EnableWal(sqlite3* db, const std::string& path) {
  Result<SqliteStatement> wal =
      SqliteStatement::Prepare(db, path, "PRAGMA journal_mode = WAL");
  if (!wal.ok()) return wal.status();
  Result<bool> row = wal->Step();
  if (!row.ok()) return row.status();
  std::string mode = *row ? wal->ColumnText(0) : "";
  // An in-memory database (":memory:") has no journal file to switch.
  if (mode == "wal" || mode == "memory") return Status::Ok();
  Status status(StatusCode::kDatabase,
                fmt::format("cannot enable WAL journal mode (got '{}')", mode));
  status.WithPath(path);
  return status;
}

// The identity check comes first, so nothing (not even the switch to WAL,
// which rewrites the file header) touches a file that is not ours.
Status ConfigureConnection(sqlite3* db, const std::string& path,
                           const ArticleStoreOptions& options) {
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  sqlite3_extended_result_codes(db, 1);
  DOSSIER_RETURN_IF_ERROR(CheckDossierDatabase(db, path));
  DOSSIER_RETURN_IF_ERROR(ExecSql(
      db, path, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"));
  return EnableWal(db, path);
}

// The query as one FTS5 phrase: double quotes doubled, then quoted.
std::string QuotedPhrase(const std::string& query) {
  std::string phrase = "\"";
  for (char c : query) {
    if (c == '"') phrase += '"';
    phrase += c;
  }
  phrase += '"';
  return phrase;
}

// Runs one MATCH; `rejected` says whether SQLite refused the query itself
// (SQLITE_ERROR: FTS5 syntax errors, unknown column filters) rather than
// failing to read the database.
Result<std::vector<SearchHit>> RunSearch(sqlite3* db, const std::string& path,
                                         const std::string& fts_query,
                                         int limit, bool* rejected) {
  Result<SqliteStatement> stmt = SqliteStatement::Prepare(db, path, kSearchSql);
  if (!stmt.ok()) return stmt.status();
  DOSSIER_RETURN_IF_ERROR(stmt->BindText(1, fts_query));
  DOSSIER_RETURN_IF_ERROR(stmt->BindInt64(2, limit));
  std::vector<SearchHit> hits;
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) {
      *rejected = stmt->last_error_code() == SQLITE_ERROR;
      return row.status();
    }
    if (!*row) return hits;
    hits.push_back({stmt->ColumnText(0), stmt->ColumnText(1),
                    stmt->ColumnText(2), stmt->ColumnText(3),
                    stmt->ColumnText(4), stmt->ColumnDouble(5)});
  }
}

}  // namespace

Result<std::unique_ptr<ArticleStore>> ArticleStore::Open(
    const std::string& path, const ArticleStoreOptions& options) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(
      path.c_str(), &db,
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
      nullptr);
  // Owning the handle from here closes it on every early return.
  std::unique_ptr<ArticleStore> store(new ArticleStore(db, path));
  if (rc != SQLITE_OK) return SqliteError(db, path, "cannot open database");
  DOSSIER_RETURN_IF_ERROR(ConfigureConnection(db, path, options));
  Result<int> version = MigrateSchema(db, path);
  if (!version.ok()) return version.status();
  store->schema_version_ = *version;
  return store;
}

ArticleStore::~ArticleStore() { sqlite3_close_v2(db_); }

int ArticleStore::schema_version() const { return schema_version_; }

Result<PutStats> ArticleStore::PutBatch(const std::vector<Article>& articles) {
  PutStats stats;
  if (articles.empty()) return stats;
  for (const Article& article : articles) {
    DOSSIER_RETURN_IF_ERROR(CheckStorable(article));
  }
  Result<SqliteTransaction> txn = SqliteTransaction::Begin(db_, path_);
  if (!txn.ok()) return txn.status();
  Result<ArticleWriter> writer = ArticleWriter::Prepare(db_, path_);
  if (!writer.ok()) return writer.status();
  for (const Article& article : articles) {
    Result<bool> inserted = writer->Put(article);
    if (!inserted.ok()) return inserted.status();
    ++(*inserted ? stats.inserted : stats.duplicates);
  }
  DOSSIER_RETURN_IF_ERROR(txn->Commit());
  return stats;
}

Result<std::vector<SearchHit>> ArticleStore::Search(const std::string& query,
                                                    int limit) {
  if (limit <= 0) return std::vector<SearchHit>();
  bool rejected = false;
  Result<std::vector<SearchHit>> hits =
      RunSearch(db_, path_, query, limit, &rejected);
  if (hits.ok() || !rejected) return hits;
  return RunSearch(db_, path_, QuotedPhrase(query), limit, &rejected);
}

Result<std::optional<Article>> ArticleStore::Get(const std::string& id) {
  return LoadArticle(db_, path_, id);
}

Result<int64_t> ArticleStore::CountArticles() {
  return QueryInt64(db_, path_, "SELECT count(*) FROM articles");
}

}  // namespace dossier
