// Reads input files into RawDocuments: plain text, HTML, JSONL, WARC, and
// the gzip of each.
//
// Streaming: documents are handed to a callback one at a time, so memory is
// bounded by the largest single document (and the gzip window), not by the
// file. A bad document (binary, invalid UTF-8, malformed JSONL line, over the
// size limit, broken WARC record) is reported through the error callback with
// the file and the line/record/byte offset, and reading goes on with the next
// document of the same file when the format allows it.
//
// Thread safety: a DocumentReader holds only options; concurrent Read calls
// on different files are safe.
#ifndef DOSSIER_INGEST_DOCUMENT_READER_H_
#define DOSSIER_INGEST_DOCUMENT_READER_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "dossier/core/article.h"
#include "dossier/core/status.h"

namespace dossier {

struct ReadOptions {
  // Largest accepted document body in bytes (after decompression). Larger
  // documents are skipped with kTooLarge.
  size_t max_article_bytes = 8u << 20;
  // Invalid UTF-8 in text and JSONL: an error (kInvalidUtf8, with the byte
  // offset) unless repair_utf8 is set, in which case bad bytes become U+FFFD.
  bool repair_utf8 = false;
};

enum class InputFormat { kText, kHtml, kJsonl, kWarc };

// Format from the file name (".gz" stripped, case ignored); kText when
// unknown.
InputFormat FormatFromPath(const std::string& path);

// Format from the first bytes of a (decompressed) input, as used for stdin:
// after an optional UTF-8 BOM and whitespace, "WARC/" is kWarc, '{' is
// kJsonl, '<' is kHtml, anything else kText.
InputFormat SniffFormat(std::string_view head);

using DocumentSink = std::function<void(RawDocument&&)>;
using ErrorSink = std::function<void(const Status&)>;

class DocumentReader {
 public:
  explicit DocumentReader(ReadOptions options = {}) : options_(options) {}

  // Reads the file at `path` ("-" reads standard input; its format is
  // sniffed from the content: JSONL if the first non-blank byte is '{',
  // WARC if it starts with "WARC/", HTML if it starts with '<', else text).
  // Returns a non-ok Status only when the file as a whole cannot be read
  // (missing, unreadable, not gzip although named .gz, binary) or stops
  // being readable (truncated or corrupt gzip: kCorruptInput whose offset is
  // the byte offset in the compressed file); documents delivered before that
  // stay valid. Per-document problems go to `on_error` and reading continues.
  // Gzip input is recognised by its magic bytes, whatever the name.
  //
  // Per format: text is one document, UTF-8 required (BOM dropped); HTML is
  // one document passed on as bytes (BOM kept, charset left to the cleaner);
  // JSONL is one document per line (see src/ingest/jsonl_reader.h); WARC
  // gives one document per 2xx HTML response record (warc_reader.h).
  Status Read(const std::string& path, const DocumentSink& on_document,
              const ErrorSink& on_error) const;

  // Same, from an already open stream (tests, stdin); `name` is used in
  // messages and RawDocument::path.
  Status ReadStream(std::istream& in, const std::string& name, InputFormat format,
                    const DocumentSink& on_document, const ErrorSink& on_error) const;

 private:
  ReadOptions options_;
};

}  // namespace dossier

#endif  // DOSSIER_INGEST_DOCUMENT_READER_H_
