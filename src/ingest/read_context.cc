#include "read_context.h"

#include <fmt/format.h>

#include <utility>

#include "dossier/core/utf8.h"

namespace dossier::ingest {

void ReadContext::Report(Status status) const {
  if (status.path().empty()) status.WithPath(name);
  on_error(status);
}

RawDocument ReadContext::NewDocument(std::string location) const {
  RawDocument doc;
  doc.path = name;
  doc.location = std::move(location);
  return doc;
}

bool StripUtf8Bom(std::string& text) {
  if (text.compare(0, 3, "\xEF\xBB\xBF") != 0) return false;
  text.erase(0, 3);
  return true;
}

Status CheckBodySize(std::string_view what, size_t size, const ReadOptions& options) {
  if (size <= options.max_article_bytes) return Status::Ok();
  return Status(StatusCode::kTooLarge,
                fmt::format("{} is larger than the limit of {} bytes (max_article_bytes)", what,
                            options.max_article_bytes));
}

Status CheckUtf8(std::string& text, const ReadOptions& options) {
  size_t bad = FindInvalidUtf8(text);
  if (bad == std::string::npos) return Status::Ok();
  if (options.repair_utf8) {
    text = RepairUtf8(text);
    return Status::Ok();
  }
  return Status(StatusCode::kInvalidUtf8, fmt::format("invalid UTF-8 sequence (byte 0x{:02X})",
                                                      static_cast<unsigned char>(text[bad])))
      .WithOffset(static_cast<int64_t>(bad));
}

Status CheckNotBinary(std::string_view head, std::string_view what) {
  if (!LooksBinary(head)) return Status::Ok();
  return Status(StatusCode::kCorruptInput,
                fmt::format("{} looks like binary data, not text", what));
}

}  // namespace dossier::ingest
