// Small RAII adapters over the SQLite C API, private to the store.
//
// SqliteStatement owns one prepared statement and finalizes it on
// destruction, so no early return can leak it. Every failure becomes a
// kDatabase Status carrying sqlite3_errmsg() and the database path.
#ifndef DOSSIER_SRC_STORE_SQLITE_STATEMENT_H_
#define DOSSIER_SRC_STORE_SQLITE_STATEMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "dossier/core/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dossier {

// kDatabase "<context>: <sqlite3_errmsg>" with `path` attached.
Status SqliteError(sqlite3* db, const std::string& path,
                   std::string_view context);

// Runs one or more SQL statements that return no rows (schema scripts,
// PRAGMA writes, BEGIN/COMMIT).
Status ExecSql(sqlite3* db, const std::string& path, const char* sql);

class SqliteStatement {
 public:
  // Prepares `sql` (a single statement) on `db`; `path` names the database
  // in error messages.
  static Result<SqliteStatement> Prepare(sqlite3* db, const std::string& path,
                                         std::string_view sql);
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&& other) noexcept;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement();

  // Parameters are 1-based, as in SQL's ?1, ?2...; text is copied.
  Status BindText(int index, std::string_view value);
  Status BindInt64(int index, int64_t value);

  // Advances: true when a row is ready, false when the statement is done.
  Result<bool> Step();
  // Steps to completion, discarding rows, then resets for the next use
  // (bindings are cleared).
  Status Run();
  // Makes the statement ready to run again and clears its bindings.
  void Reset();

  // Columns of the current row, 0-based; NULL reads as "" or 0.
  std::string ColumnText(int column) const;
  int64_t ColumnInt64(int column) const;
  double ColumnDouble(int column) const;

  // The primary result code of the last failed Step() (SQLITE_ERROR,
  // SQLITE_BUSY...), or 0 when none failed.
  int last_error_code() const { return last_error_code_; }

 private:
  SqliteStatement(sqlite3* db, std::string path, sqlite3_stmt* stmt)
      : db_(db), path_(std::move(path)), stmt_(stmt) {}

  sqlite3* db_;
  std::string path_;
  sqlite3_stmt* stmt_;
  int last_error_code_ = 0;
};

// Reads a single integer, e.g. "PRAGMA user_version".
Result<int64_t> QueryInt64(sqlite3* db, const std::string& path,
                           std::string_view sql);

}  // namespace dossier

#endif  // DOSSIER_SRC_STORE_SQLITE_STATEMENT_H_
