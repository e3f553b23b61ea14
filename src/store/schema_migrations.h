// The SQLite schema of the article store and the migrations that build it.
//
// The schema version lives in PRAGMA user_version; migration N upgrades a
// database from version N-1 to N, each in its own transaction, so a crash
// mid-upgrade leaves the database at the last complete version. Dossier
// databases are marked with a fixed PRAGMA application_id so that another
// application's SQLite file is refused rather than altered.
// docs/sqlite-schema.md describes the tables for users.
#ifndef DOSSIER_SRC_STORE_SCHEMA_MIGRATIONS_H_
#define DOSSIER_SRC_STORE_SCHEMA_MIGRATIONS_H_

#include <cstdint>
#include <string>

#include "dossier/core/status.h"

struct sqlite3;

namespace dossier {

// "Doss" in ASCII.
inline constexpr int32_t kDossierApplicationId = 0x446F7373;

// Ok for a Dossier database or an empty file (a new database). kDatabase,
// naming `path`, for a file that is not SQLite at all or that belongs to
// another application.
Status CheckDossierDatabase(sqlite3* db, const std::string& path);

// Applies every migration the database lacks and returns the resulting
// schema version (ArticleStore::kSchemaVersion). kDatabase when the
// database is newer than this build or a migration fails.
Result<int> MigrateSchema(sqlite3* db, const std::string& path);

}  // namespace dossier

#endif  // DOSSIER_SRC_STORE_SCHEMA_MIGRATIONS_H_
