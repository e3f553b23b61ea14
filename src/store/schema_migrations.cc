#include "schema_migrations.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <iterator>

#include "dossier/store/article_store.h"
#include "sqlite_statement.h"
#include "sqlite_transaction.h"

namespace dossier {
namespace {

// Version 1. `seq` is an INTEGER PRIMARY KEY so the rowid the FTS index
// refers to never changes (VACUUM may renumber implicit rowids); the article
// id is a UNIQUE text key. The FTS table is external-content over articles,
// kept in sync by the triggers, so the text is stored once.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE articles (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  path         TEXT NOT NULL DEFAULT '',
  title        TEXT NOT NULL DEFAULT '',
  outlet       TEXT NOT NULL DEFAULT '',
  url          TEXT NOT NULL DEFAULT '',
  published    TEXT NOT NULL DEFAULT '',
  author       TEXT NOT NULL DEFAULT '',
  text         TEXT NOT NULL,
  ingested_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE article_blocks (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  kind       TEXT NOT NULL
             CHECK (kind IN ('heading', 'paragraph', 'list_item', 'quote')),
  "begin"    INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE article_removed (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE article_cites (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  source     TEXT NOT NULL,
  PRIMARY KEY (article_id, ordinal)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text,
  content = 'articles', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text)
  VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
  VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF title, text
ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text)
  VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text)
  VALUES (new.seq, new.title, new.text);
END;
)sql";

// Ordered: kMigrations[i] takes the schema from version i to i + 1. Append
// only; a released migration is never edited.
constexpr const char* kMigrations[] = {kSchemaV1};
static_assert(std::size(kMigrations) == ArticleStore::kSchemaVersion,
              "one migration per schema version");

Status DatabaseError(const std::string& path, std::string message) {
  Status status(StatusCode::kDatabase, std::move(message));
  status.WithPath(path);
  return status;
}

Status NewerSchemaError(const std::string& path, int64_t version) {
  return DatabaseError(
      path, fmt::format("database schema version {} is newer than this "
                        "build supports ({})",
                        version, ArticleStore::kSchemaVersion));
}

Result<int64_t> UserVersion(sqlite3* db, const std::string& path) {
  return QueryInt64(db, path, "PRAGMA user_version");
}

// Applies migration `target` unless another process got there first (the
// version is re-read under the write lock).
Status ApplyMigration(sqlite3* db, const std::string& path, int target) {
  Result<SqliteTransaction> txn = SqliteTransaction::Begin(db, path);
  if (!txn.ok()) return txn.status();
  Result<int64_t> version = UserVersion(db, path);
  if (!version.ok()) return version.status();
  if (*version > ArticleStore::kSchemaVersion) {
    return NewerSchemaError(path, *version);
  }
  if (*version >= target) return Status::Ok();
  DOSSIER_RETURN_IF_ERROR(ExecSql(db, path, kMigrations[target - 1]));
  std::string marks =
      fmt::format("PRAGMA application_id = {}; PRAGMA user_version = {};",
                  kDossierApplicationId, target);
  DOSSIER_RETURN_IF_ERROR(ExecSql(db, path, marks.c_str()));
  return txn->Commit();
}

}  // namespace

Status CheckDossierDatabase(sqlite3* db, const std::string& path) {
  Result<int64_t> app_id = QueryInt64(db, path, "PRAGMA application_id");
  if (!app_id.ok()) {
    if ((sqlite3_errcode(db) & 0xff) != SQLITE_NOTADB) {
      return app_id.status();
    }
    return DatabaseError(path,
                         "not an SQLite database (SQLite says: file is not a "
                         "database); is this the right file?");
  }
  if (*app_id == kDossierApplicationId) return Status::Ok();
  if (*app_id == 0) {
    Result<int64_t> objects =
        QueryInt64(db, path, "SELECT count(*) FROM sqlite_schema");
    if (!objects.ok()) return objects.status();
    if (*objects == 0) return Status::Ok();
  }
  return DatabaseError(
      path, fmt::format("not a Dossier database (PRAGMA application_id is "
                        "{:#x}, expected {:#x}); refusing to modify it",
                        static_cast<uint32_t>(*app_id),
                        static_cast<uint32_t>(kDossierApplicationId)));
}

Result<int> MigrateSchema(sqlite3* db, const std::string& path) {
  Result<int64_t> version = UserVersion(db, path);
  if (!version.ok()) return version.status();
  if (*version > ArticleStore::kSchemaVersion) {
    return NewerSchemaError(path, *version);
  }
  if (*version < 0) {
    return DatabaseError(
        path, fmt::format("invalid schema version {} (PRAGMA user_version)",
                          *version));
  }
  for (int target = static_cast<int>(*version) + 1;
       target <= ArticleStore::kSchemaVersion; ++target) {
    Status applied = ApplyMigration(db, path, target);
    if (!applied.ok()) return applied;
  }
  return ArticleStore::kSchemaVersion;
}

}  // namespace dossier
