// The named fields of a WARC record header (ISO 28500, WARC/1.0 and 1.1).
#ifndef DOSSIER_INGEST_WARC_HEADER_H_
#define DOSSIER_INGEST_WARC_HEADER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "buffered_reader.h"
#include "dossier/core/status.h"

namespace dossier::ingest {

// Largest header block accepted; a longer one is treated as a broken record.
inline constexpr size_t kMaxWarcHeaderBytes = 1u << 20;

struct WarcHeader {
  // Field names lower-cased, values trimmed; folded lines joined by a space.
  std::vector<std::pair<std::string, std::string>> fields;

  // The value of the first field named `lower_name`, or nullptr.
  const std::string* Find(std::string_view lower_name) const;
};

// Reads the fields after the "WARC/1.x" line up to and including the empty
// line that ends the block. A malformed block leaves a description in
// `*problem` (the returned Status is for failures of the input itself).
Status ReadWarcHeader(BufferedReader& in, WarcHeader* header, std::string* problem);

// The record's Content-Length; nullopt with `*problem` set when it is missing
// or not a decimal number.
std::optional<uint64_t> WarcContentLength(const WarcHeader& header, std::string* problem);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_WARC_HEADER_H_
