// What every format reader of ingest shares: the options, the input's name,
// the two sinks, and the checks applied to each document body.
#ifndef DOSSIER_INGEST_READ_CONTEXT_H_
#define DOSSIER_INGEST_READ_CONTEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dossier/core/status.h"
#include "dossier/ingest/document_reader.h"

namespace dossier::ingest {

struct ReadContext {
  const ReadOptions& options;
  const std::string& name;  // file path or "-", for messages and documents
  const DocumentSink& on_document;
  const ErrorSink& on_error;
  bool decompressed = false;  // offsets count decompressed bytes (gzip input)

  // Hands a per-document problem to on_error, naming the input.
  void Report(Status status) const;

  // A RawDocument of this input at `location` ("line 3", "record 2").
  RawDocument NewDocument(std::string location) const;
};

// Removes a leading UTF-8 byte order mark; true if there was one.
bool StripUtf8Bom(std::string& text);

// kTooLarge saying that `what` ("document", "HTML body") is over the
// max_article_bytes limit, when `size` is over it; ok otherwise.
Status CheckBodySize(std::string_view what, size_t size, const ReadOptions& options);

// kInvalidUtf8 with the byte offset (within `text`) of the first invalid
// sequence, unless options.repair_utf8, in which case `text` is repaired.
Status CheckUtf8(std::string& text, const ReadOptions& options);

// kCorruptInput when `head` looks like binary data rather than text.
Status CheckNotBinary(std::string_view head, std::string_view what);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_READ_CONTEXT_H_
