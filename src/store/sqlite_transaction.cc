#include "sqlite_transaction.h"

#include <sqlite3.h>

#include <utility>

#include "sqlite_statement.h"

namespace dossier {

Result<SqliteTransaction> SqliteTransaction::Begin(sqlite3* db,
                                                   const std::string& path) {
  DOSSIER_RETURN_IF_ERROR(ExecSql(db, path, "BEGIN IMMEDIATE"));
  return SqliteTransaction(db, path);
}

SqliteTransaction::SqliteTransaction(SqliteTransaction&& other) noexcept
    : db_(other.db_),
      path_(std::move(other.path_)),
      open_(std::exchange(other.open_, false)) {}

SqliteTransaction::~SqliteTransaction() {
  if (!open_) return;
  // Some errors (SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM...) make SQLite
  // roll back on its own; a second ROLLBACK would only fail.
  if (sqlite3_get_autocommit(db_) != 0) return;
  // The caller is already returning the error that got us here; a failed
  // ROLLBACK leaves SQLite to roll back when the connection closes.
  (void)ExecSql(db_, path_, "ROLLBACK");
}

Status SqliteTransaction::Commit() {
  DOSSIER_RETURN_IF_ERROR(ExecSql(db_, path_, "COMMIT"));
  open_ = false;
  return Status::Ok();
}

}  // namespace dossier
