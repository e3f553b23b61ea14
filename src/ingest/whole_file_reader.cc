#include "whole_file_reader.h"

#include <cstdint>
#include <string>
#include <utility>

namespace dossier::ingest {
namespace {

constexpr size_t kBomBytes = 3;

// Reading one byte past the limit (plus a BOM) is enough to know the
// document is too large without holding more of it.
size_t ReadLimit(size_t max_article_bytes) {
  if (max_article_bytes > SIZE_MAX - kBomBytes - 1) return SIZE_MAX;
  return max_article_bytes + kBomBytes + 1;
}

}  // namespace

Status ReadWholeDocument(BufferedReader& in, const ReadContext& ctx, BodyFormat format) {
  std::string body;
  DOSSIER_RETURN_IF_ERROR(in.ReadBytes(ReadLimit(ctx.options.max_article_bytes), &body));
  const bool is_text = format == BodyFormat::kText;
  const bool had_bom = is_text && StripUtf8Bom(body);
  if (Status size = CheckBodySize("document", body.size(), ctx.options); !size.ok()) {
    ctx.Report(std::move(size));
    return Status::Ok();
  }
  if (is_text) {
    if (Status utf8 = CheckUtf8(body, ctx.options); !utf8.ok()) {
      utf8.WithOffset(utf8.offset() + (had_bom ? kBomBytes : 0));
      ctx.Report(std::move(utf8));
      return Status::Ok();
    }
  }
  RawDocument doc = ctx.NewDocument("");
  doc.format = format;
  doc.body = std::move(body);
  ctx.on_document(std::move(doc));
  return Status::Ok();
}

}  // namespace dossier::ingest
