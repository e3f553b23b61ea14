#include "sqlite_statement.h"

#include <sqlite3.h>

#include <utility>

namespace dossier {

Status SqliteError(sqlite3* db, const std::string& path,
                   std::string_view context) {
  std::string message(context);
  message += ": ";
  message += db != nullptr ? sqlite3_errmsg(db) : "out of memory";
  Status status(StatusCode::kDatabase, std::move(message));
  status.WithPath(path);
  return status;
}

Status ExecSql(sqlite3* db, const std::string& path, const char* sql) {
  char* error = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string message = error != nullptr ? error : sqlite3_errstr(rc);
  sqlite3_free(error);
  Status status(StatusCode::kDatabase, message);
  status.WithPath(path);
  return status;
}

Result<SqliteStatement> SqliteStatement::Prepare(sqlite3* db,
                                                 const std::string& path,
                                                 std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()),
                              &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return SqliteError(db, path, "preparing statement");
  }
  return SqliteStatement(db, path, stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_),
      path_(std::move(other.path_)),
      stmt_(std::exchange(other.stmt_, nullptr)),
      last_error_code_(other.last_error_code_) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    path_ = std::move(other.path_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    last_error_code_ = other.last_error_code_;
  }
  return *this;
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

Status SqliteStatement::BindText(int index, std::string_view value) {
  int rc = sqlite3_bind_text(stmt_, index, value.data(),
                             static_cast<int>(value.size()), SQLITE_TRANSIENT);
  if (rc == SQLITE_OK) return Status::Ok();
  return SqliteError(db_, path_, "binding a text parameter");
}

Status SqliteStatement::BindInt64(int index, int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) == SQLITE_OK) {
    return Status::Ok();
  }
  return SqliteError(db_, path_, "binding an integer parameter");
}

Result<bool> SqliteStatement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  last_error_code_ = rc & 0xff;
  Status status = SqliteError(db_, path_, "running statement");
  // Resetting here leaves the connection free of a half-run statement
  // (which would otherwise keep a read transaction open).
  sqlite3_reset(stmt_);
  return status;
}

Status SqliteStatement::Run() {
  for (;;) {
    Result<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
  }
  Reset();
  return Status::Ok();
}

void SqliteStatement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string SqliteStatement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return std::string();
  int size = sqlite3_column_bytes(stmt_, column);
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(size));
}

int64_t SqliteStatement::ColumnInt64(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double SqliteStatement::ColumnDouble(int column) const {
  return sqlite3_column_double(stmt_, column);
}

Result<int64_t> QueryInt64(sqlite3* db, const std::string& path,
                           std::string_view sql) {
  Result<SqliteStatement> stmt = SqliteStatement::Prepare(db, path, sql);
  if (!stmt.ok()) return stmt.status();
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) {
    Status status(StatusCode::kInternal,
                  "query returned no row: " + std::string(sql));
    status.WithPath(path);
    return status;
  }
  return stmt->ColumnInt64(0);
}

}  // namespace dossier
