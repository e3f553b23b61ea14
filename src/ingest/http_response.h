// The HTTP response stored in a WARC response record: head and body.
#ifndef DOSSIER_INGEST_HTTP_RESPONSE_H_
#define DOSSIER_INGEST_HTTP_RESPONSE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "dossier/core/status.h"

namespace dossier::ingest {

struct HttpHead {
  int status = 0;            // 200, 404, ...
  std::string content_type;  // header values as given, trimmed
  std::string transfer_encoding;
  std::string content_encoding;
  size_t body_offset = 0;  // where the body starts in the payload
};

// True when `payload` claims to be an HTTP response (starts with "HTTP/").
bool StartsLikeHttpResponse(std::string_view payload);

// Parses the status line and headers at the start of `payload`; nullopt when
// they are malformed or do not end (with an empty line) inside `payload`.
std::optional<HttpHead> ParseHttpHead(std::string_view payload);

// True for a 2xx response whose media type is text/html or
// application/xhtml+xml.
bool IsHtmlPage(const HttpHead& head);

// The body as the server meant it: Transfer-Encoding chunked undone (a body
// that is not actually chunked, as some crawlers store it, is kept) and
// Content-Encoding gzip/x-gzip/deflate decompressed (a "gzip" body without
// the gzip magic is taken as already decoded). kTooLarge past `max_bytes`,
// kCorruptInput for broken chunking or compression, kUnsupported for other
// content encodings (br, zstd).
Result<std::string> DecodeHttpBody(const HttpHead& head, std::string_view body, size_t max_bytes);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_HTTP_RESPONSE_H_
