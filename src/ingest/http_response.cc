#include "http_response.h"

#include <fmt/format.h>

#include <charconv>
#include <cstdint>

#include "ascii_text.h"
#include "gzip_source.h"

namespace dossier::ingest {
namespace {

// Reads the line starting at `*pos` (without "\r\n") and moves past it;
// false when no "\n" ends it inside `s`.
bool NextLine(std::string_view s, size_t* pos, std::string_view* line) {
  size_t newline = s.find('\n', *pos);
  if (newline == std::string_view::npos) return false;
  *line = s.substr(*pos, newline - *pos);
  if (!line->empty() && line->back() == '\r') line->remove_suffix(1);
  *pos = newline + 1;
  return true;
}

// "HTTP/1.1 200 OK" -> 200.
bool ParseStatusLine(std::string_view line, int* status) {
  size_t space = line.find(' ');
  if (space == std::string_view::npos) return false;
  std::string_view code = TrimBlanks(line.substr(space + 1)).substr(0, 3);
  auto [end, error] = std::from_chars(code.data(), code.data() + code.size(), *status);
  return error == std::errc() && end == code.data() + code.size() && code.size() == 3;
}

void KeepHeader(std::string_view line, HttpHead& head) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;  // tolerated, as browsers do
  std::string name = AsciiLower(TrimBlanks(line.substr(0, colon)));
  std::string value(TrimBlanks(line.substr(colon + 1)));
  if (name == "content-type") head.content_type = value;
  if (name == "transfer-encoding") head.transfer_encoding = value;
  if (name == "content-encoding") head.content_encoding = value;
}

// Parses a chunk-size line ("1a2b;ext=1"); false if it is not one.
bool ParseChunkSize(std::string_view line, uint64_t* size) {
  std::string_view digits = TrimBlanks(line.substr(0, line.find(';')));
  if (digits.empty() || digits.size() > 16) return false;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), *size, 16);
  return error == std::errc() && end == digits.data() + digits.size();
}

Status Corrupt(std::string message) {
  return Status(StatusCode::kCorruptInput, std::move(message));
}

Status TooLarge(size_t max_bytes) {
  return Status(StatusCode::kTooLarge, fmt::format("HTML body is larger than the limit of {} bytes "
                                                   "(max_article_bytes)",
                                                   max_bytes));
}

// Chunk loop of RFC 9112 section 7.1; trailers after the last chunk are
// ignored, and a body cut short after a whole chunk is accepted as crawled.
Result<std::string> Dechunk(std::string_view body, size_t max_bytes) {
  std::string out;
  size_t pos = 0;
  while (pos < body.size()) {
    std::string_view line;
    uint64_t size = 0;
    if (!NextLine(body, &pos, &line) || !ParseChunkSize(line, &size)) {
      return Corrupt("malformed chunked transfer encoding in the HTTP body");
    }
    if (size == 0) break;
    if (size > body.size() - pos) return Corrupt("HTTP chunk runs past the end of the record");
    if (out.size() + size > max_bytes) return TooLarge(max_bytes);
    out.append(body.substr(pos, size));
    pos += size;
    if (body.compare(pos, 2, "\r\n") == 0)
      pos += 2;
    else if (body.compare(pos, 1, "\n") == 0)
      pos += 1;
  }
  return out;
}

bool LooksChunked(std::string_view body) {
  size_t pos = 0;
  std::string_view line;
  uint64_t size = 0;
  return NextLine(body, &pos, &line) && ParseChunkSize(line, &size);
}

Result<std::string> Decompress(std::string_view encoding, std::string body, size_t max_bytes) {
  if (encoding.empty() || encoding == "identity") return body;
  bool gzip = encoding == "gzip" || encoding == "x-gzip";
  if (gzip && !HasGzipMagic(body)) return body;
  if (!gzip && encoding != "deflate") {
    return Status(StatusCode::kUnsupported,
                  fmt::format("HTTP Content-Encoding \"{}\" is not supported", encoding));
  }
  Result<std::string> plain = InflateToString(body, max_bytes);
  if (plain.ok()) return plain;
  if (plain.status().code() == StatusCode::kTooLarge) return TooLarge(max_bytes);
  return Corrupt(fmt::format("bad {} Content-Encoding in the HTTP body: {}", encoding,
                             plain.status().message()));
}

}  // namespace

bool StartsLikeHttpResponse(std::string_view payload) { return payload.substr(0, 5) == "HTTP/"; }

std::optional<HttpHead> ParseHttpHead(std::string_view payload) {
  HttpHead head;
  size_t pos = 0;
  std::string_view line;
  if (!StartsLikeHttpResponse(payload) || !NextLine(payload, &pos, &line) ||
      !ParseStatusLine(line, &head.status)) {
    return std::nullopt;
  }
  while (NextLine(payload, &pos, &line)) {
    if (line.empty()) {
      head.body_offset = pos;
      return head;
    }
    KeepHeader(line, head);
  }
  return std::nullopt;
}

bool IsHtmlPage(const HttpHead& head) {
  if (head.status < 200 || head.status > 299) return false;
  std::string_view type = head.content_type;
  std::string media = AsciiLower(TrimBlanks(type.substr(0, type.find(';'))));
  return media == "text/html" || media == "application/xhtml+xml";
}

Result<std::string> DecodeHttpBody(const HttpHead& head, std::string_view body, size_t max_bytes) {
  std::string raw;
  bool chunked = AsciiLower(head.transfer_encoding).find("chunked") != std::string::npos;
  if (chunked && LooksChunked(body)) {
    Result<std::string> dechunked = Dechunk(body, max_bytes);
    if (!dechunked.ok()) return dechunked;
    raw = std::move(dechunked).value();
  } else {
    raw = std::string(body);
  }
  std::string encoding = AsciiLower(TrimBlanks(head.content_encoding));
  return Decompress(encoding, std::move(raw), max_bytes);
}

}  // namespace dossier::ingest
