// Where the knowledge files in data/ are found at run time.
#ifndef DOSSIER_CORE_DATA_DIR_H_
#define DOSSIER_CORE_DATA_DIR_H_

#include <string>

#include "dossier/core/status.h"

namespace dossier {

// The data folder: $DOSSIER_DATA_DIR if set, else the source tree's data/
// (compiled in), else "<executable>/../share/dossier/data". Errors:
// kNotFound naming every place tried.
Result<std::string> FindDataDir();

// Reads a whole (small) file. Errors: kNotFound, kIoError naming the path.
Result<std::string> ReadSmallFile(const std::string& path);

}  // namespace dossier

#endif  // DOSSIER_CORE_DATA_DIR_H_
