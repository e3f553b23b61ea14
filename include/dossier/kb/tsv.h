// Reading the knowledge base's TSV files: one record per line, TAB between
// fields, '|' between values, '-' for an empty field, '#' comments.
#ifndef DOSSIER_KB_TSV_H_
#define DOSSIER_KB_TSV_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/core/status.h"

namespace dossier::kb {

struct TsvRow {
  const std::string* path = nullptr;
  size_t line = 0;
  std::vector<std::string_view> fields;  // "-" already turned into ""

  std::string Where() const { return *path + ":" + std::to_string(line); }
  Status Error(const std::string& message) const {
    return Status(StatusCode::kCorruptInput, message).WithPath(*path).WithLine(line);
  }
};

// Calls `fn` for each record of the file; fails with "path:line N" when a
// record has fewer than `min_fields` or more than `max_fields` fields, or
// when `fn` fails.
Status ForEachRow(const std::string& path, size_t min_fields, size_t max_fields,
                  const std::function<Status(const TsvRow&)>& fn);

// "a|b|c" -> {"a", "b", "c"}, values trimmed, empty ones dropped.
std::vector<std::string_view> SplitValues(std::string_view field, char separator = '|');

// The .tsv files directly inside `dir`, sorted; empty when it does not exist.
std::vector<std::string> TsvFilesIn(const std::string& dir);

}  // namespace dossier::kb

#endif  // DOSSIER_KB_TSV_H_
