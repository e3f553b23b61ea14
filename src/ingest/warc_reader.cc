#include "warc_reader.h"

#include <fmt/format.h>

#include <optional>
#include <string_view>
#include <utility>

#include "ascii_text.h"
#include "http_response.h"

namespace dossier::ingest {
namespace {

// Bytes of a payload read to find its HTTP head when the whole payload is
// already over the size limit.
constexpr size_t kHttpHeadBytes = 64u << 10;

size_t MaxPayloadBytes(size_t max_article_bytes) {
  if (max_article_bytes > SIZE_MAX - kHttpHeadBytes) return SIZE_MAX;
  return max_article_bytes + kHttpHeadBytes;
}

}  // namespace

Status WarcReader::ReadAll() {
  bool resync = false;
  for (;;) {
    bool found = false;
    DOSSIER_RETURN_IF_ERROR(FindRecordStart(resync, &found));
    if (!found) return Status::Ok();
    Next next = Next::kRecord;
    DOSSIER_RETURN_IF_ERROR(ReadRecord(&next));
    if (next == Next::kStop) return Status::Ok();
    resync = next == Next::kResync;
  }
}

// Skips the blank lines between records. Anything else before the next
// "WARC/" line is reported once, then skipped while resynchronising.
Status WarcReader::FindRecordStart(bool resync, bool* found) {
  std::string line;
  for (;;) {
    const int64_t offset = in_.offset();
    LineRead what = LineRead::kEnd;
    DOSSIER_RETURN_IF_ERROR(in_.ReadLine(kMaxWarcHeaderBytes, &line, &what));
    if (what == LineRead::kEnd) return Status::Ok();
    if (what == LineRead::kLine && line.empty()) continue;
    if (what == LineRead::kLine && line.compare(0, 5, "WARC/") == 0) {
      ++record_;
      record_offset_ = offset;
      *found = true;
      return Status::Ok();
    }
    if (!resync) {
      ReportAt(offset, fmt::format("expected a \"WARC/1.x\" line to start record {}, "
                                   "found \"{}\"",
                                   record_ + 1, Excerpt(line)));
      resync = true;
    }
  }
}

Status WarcReader::ReadRecord(Next* next) {
  WarcHeader header;
  std::string problem;
  DOSSIER_RETURN_IF_ERROR(ReadWarcHeader(in_, &header, &problem));
  std::optional<uint64_t> length;
  if (problem.empty()) length = WarcContentLength(header, &problem);
  if (!length) {
    ReportRecord(StatusCode::kCorruptInput, problem);
    *next = Next::kResync;
    return Status::Ok();
  }
  const std::string* type = header.Find("warc-type");
  if (type != nullptr && *type == "response") return ReadResponse(header, *length, next);
  size_t skipped = 0;
  DOSSIER_RETURN_IF_ERROR(in_.Skip(*length, &skipped));
  *next = skipped < *length ? Next::kStop : Next::kRecord;
  if (skipped < *length) ReportPastEnd(*length, skipped);
  return Status::Ok();
}

// Reads the payload, or only its first kHttpHeadBytes when the whole is over
// the size limit: enough to tell an over-size HTML page (reported) from any
// other large response (skipped silently).
Status WarcReader::ReadResponse(const WarcHeader& header, uint64_t length, Next* next) {
  const bool over_limit = length > MaxPayloadBytes(ctx_.options.max_article_bytes);
  const size_t wanted = over_limit ? kHttpHeadBytes : static_cast<size_t>(length);
  std::string payload;
  DOSSIER_RETURN_IF_ERROR(in_.ReadBytes(wanted, &payload));
  size_t skipped = 0;
  if (payload.size() == wanted) DOSSIER_RETURN_IF_ERROR(in_.Skip(length - wanted, &skipped));
  if (payload.size() + skipped < length) {
    ReportPastEnd(length, payload.size() + skipped);
    *next = Next::kStop;
    return Status::Ok();
  }
  *next = Next::kRecord;
  if (!over_limit) {
    DeliverPage(header, std::move(payload));
    return Status::Ok();
  }
  std::optional<HttpHead> head = ParseHttpHead(payload);
  if (head && IsHtmlPage(*head)) {
    ReportRecord(StatusCode::kTooLarge,
                 fmt::format("HTML response of {} bytes is larger than the limit of {} "
                             "bytes (max_article_bytes)",
                             length, ctx_.options.max_article_bytes));
  }
  return Status::Ok();
}

void WarcReader::DeliverPage(const WarcHeader& header, std::string payload) {
  if (!StartsLikeHttpResponse(payload)) return;  // e.g. DNS records
  std::optional<HttpHead> head = ParseHttpHead(payload);
  if (!head) {
    ReportRecord(StatusCode::kCorruptInput, "malformed HTTP response head");
    return;
  }
  if (!IsHtmlPage(*head)) return;
  std::string_view raw_body = std::string_view(payload).substr(head->body_offset);
  Result<std::string> body = DecodeHttpBody(*head, raw_body, ctx_.options.max_article_bytes);
  Status problem =
      body.ok() ? CheckBodySize("HTML body", body->size(), ctx_.options) : body.status();
  if (problem.ok()) problem = CheckNotBinary(*body, "HTML body");
  if (!problem.ok()) {
    ReportRecord(problem.code(), problem.message());
    return;
  }
  RawDocument doc = ctx_.NewDocument(fmt::format("record {}", record_));
  doc.format = BodyFormat::kHtml;
  doc.body = std::move(body).value();
  if (const std::string* uri = header.Find("warc-target-uri")) doc.given.url = *uri;
  ctx_.on_document(std::move(doc));
}

void WarcReader::ReportRecord(StatusCode code, const std::string& message) const {
  ReportAt(record_offset_, fmt::format("record {}: {}", record_, message), code);
}

void WarcReader::ReportAt(int64_t offset, const std::string& message, StatusCode code) const {
  std::string where = ctx_.decompressed ? " (offset in the decompressed data)" : "";
  ctx_.Report(Status(code, message + where).WithOffset(offset));
}

void WarcReader::ReportPastEnd(uint64_t length, uint64_t available) const {
  ReportRecord(StatusCode::kCorruptInput,
               fmt::format("Content-Length {} runs past the end of the file ({} bytes left)",
                           length, available));
}

}  // namespace dossier::ingest
