// Reads JSON Lines: one article object per line.
#ifndef DOSSIER_INGEST_JSONL_READER_H_
#define DOSSIER_INGEST_JSONL_READER_H_

#include <cstddef>
#include <string_view>

#include "buffered_reader.h"
#include "dossier/core/article.h"
#include "dossier/core/status.h"
#include "read_context.h"

namespace dossier::ingest {

// Parses one line: an object with "text" or "html" (a string; "html" wins
// when both are given) and optional string fields id, url, title, outlet,
// published, author ("id" may also be a number; null means absent). Other
// fields are ignored. kCorruptInput for malformed JSON, a non-object, a
// missing body or a field of the wrong type. Sets body, format, id and given.
Result<RawDocument> ParseJsonlLine(std::string_view line);

// Longest line read into memory: enough for a body of max_article_bytes with
// every byte JSON-escaped (6x) plus 1 MiB of metadata. Longer lines are
// skipped with kTooLarge without being held.
size_t MaxJsonlLineBytes(size_t max_article_bytes);

// Delivers every good line of `in` as a document with location "line N"
// (1-based); blank lines are skipped. Bad lines go to ctx.on_error with the
// line number and the byte offset of the line, and reading goes on. The
// returned Status is non-ok only when the input itself fails.
Status ReadJsonl(BufferedReader& in, const ReadContext& ctx);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_JSONL_READER_H_
