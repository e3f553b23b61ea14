// Turns command-line inputs (files, folders, globs, "-") into a list of files.
#ifndef DOSSIER_INGEST_INPUT_EXPANDER_H_
#define DOSSIER_INGEST_INPUT_EXPANDER_H_

#include <string>
#include <vector>

#include "dossier/core/status.h"

namespace dossier {

// Expands each input in order: "-" stays "-" (stdin); a folder is walked
// recursively and contributes its files with a supported extension, sorted
// by path; a pattern with *, ? or [ is expanded by glob(3) (folders it
// matches are walked too); a plain path is kept as given, whatever its
// extension (the reader decides). Duplicates are dropped, first kept.
// Errors: kNotFound for a path or pattern that matches nothing.
Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs);

// True for the extensions ingest reads: .txt .text .html .htm .xhtml .jsonl
// .ndjson .warc, each optionally followed by .gz.
bool HasSupportedExtension(const std::string& path);

}  // namespace dossier

#endif  // DOSSIER_INGEST_INPUT_EXPANDER_H_
