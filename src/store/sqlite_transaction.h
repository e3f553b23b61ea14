// SqliteTransaction: a write transaction that rolls back unless committed.
//
// Begin() runs BEGIN IMMEDIATE, taking the write lock up front so a busy
// database fails at the start (after the connection's busy timeout) rather
// than half-way through a batch. Destroying the object without a successful
// Commit() rolls everything back, so every early error return undoes the
// whole transaction. Declare it before the statements it uses, so they are
// finalized first.
#ifndef DOSSIER_SRC_STORE_SQLITE_TRANSACTION_H_
#define DOSSIER_SRC_STORE_SQLITE_TRANSACTION_H_

#include <string>
#include <utility>

#include "dossier/core/status.h"

struct sqlite3;

namespace dossier {

class SqliteTransaction {
 public:
  static Result<SqliteTransaction> Begin(sqlite3* db, const std::string& path);
  SqliteTransaction(SqliteTransaction&& other) noexcept;
  SqliteTransaction& operator=(SqliteTransaction&&) = delete;
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;
  ~SqliteTransaction();

  // COMMIT. On failure the transaction stays open and the destructor
  // rolls it back.
  Status Commit();

 private:
  SqliteTransaction(sqlite3* db, std::string path)
      : db_(db), path_(std::move(path)) {}

  sqlite3* db_;
  std::string path_;
  bool open_ = true;
};

}  // namespace dossier

#endif  // DOSSIER_SRC_STORE_SQLITE_TRANSACTION_H_
