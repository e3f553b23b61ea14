#include "jsonl_reader.h"

#include <fmt/format.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "dossier/core/utf8.h"

namespace dossier::ingest {
namespace {

using Json = nlohmann::json;

constexpr size_t kJsonEscapeFactor = 6;  // "\u0001" for one byte
constexpr size_t kMetadataSlackBytes = 1u << 20;

Status Malformed(std::string message) {
  return Status(StatusCode::kCorruptInput, std::move(message));
}

// nlohmann's what() reads "[json.exception.parse_error.101] parse error at
// line 1, column 17: syntax error while parsing value - unexpected end of
// input; expected ..."; users need only the part after " - ".
std::string DescribeParseError(const Json::parse_error& error) {
  std::string what = error.what();
  size_t dash = what.find(" - ");
  size_t colon = what.find(": ");
  if (dash != std::string::npos) {
    what = what.substr(dash + 3);
  } else if (colon != std::string::npos) {
    what = what.substr(colon + 2);
  }
  return fmt::format("malformed JSON: {} at column {}", what, error.byte);
}

// Copies the string field `key` of `object` into `*out` if present.
Status GetStringField(const Json& object, const char* key, std::string* out) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return Status::Ok();
  if (it->is_string()) {
    *out = it->get<std::string>();
  } else if (std::string_view(key) == "id" && it->is_number()) {
    *out = it->dump();
  } else {
    return Malformed(fmt::format("field \"{}\" must be a string, not {}", key, it->type_name()));
  }
  return Status::Ok();
}

Status FillDocument(const Json& object, RawDocument& doc) {
  std::string text;
  std::string html;
  DOSSIER_RETURN_IF_ERROR(GetStringField(object, "text", &text));
  DOSSIER_RETURN_IF_ERROR(GetStringField(object, "html", &html));
  bool has_html = object.contains("html") && !object["html"].is_null();
  bool has_text = object.contains("text") && !object["text"].is_null();
  if (!has_html && !has_text) return Malformed("object has neither \"text\" nor \"html\"");
  doc.format = has_html ? BodyFormat::kHtml : BodyFormat::kText;
  doc.body = has_html ? std::move(html) : std::move(text);
  ArticleMetadata& given = doc.given;
  DOSSIER_RETURN_IF_ERROR(GetStringField(object, "id", &doc.id));
  DOSSIER_RETURN_IF_ERROR(GetStringField(object, "url", &given.url));
  DOSSIER_RETURN_IF_ERROR(GetStringField(object, "title", &given.title));
  DOSSIER_RETURN_IF_ERROR(GetStringField(object, "outlet", &given.outlet));
  DOSSIER_RETURN_IF_ERROR(GetStringField(object, "published", &given.published));
  return GetStringField(object, "author", &given.author);
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// Checks and parses one non-blank line; the error says what is wrong with it.
Result<RawDocument> LineToDocument(std::string& line, const ReadOptions& options) {
  if (size_t bad = FindInvalidUtf8(line); bad != std::string::npos) {
    if (!options.repair_utf8) {
      return Status(StatusCode::kInvalidUtf8,
                    fmt::format("invalid UTF-8 at byte {} of the line", bad + 1))
          .WithOffset(static_cast<int64_t>(bad));
    }
    line = RepairUtf8(line);
  }
  Result<RawDocument> doc = ParseJsonlLine(line);
  if (!doc.ok()) return doc;
  DOSSIER_RETURN_IF_ERROR(CheckBodySize("document body", doc->body.size(), options));
  return doc;
}

Status LineTooLong(size_t max_line, const ReadOptions& options) {
  return Status(StatusCode::kTooLarge,
                fmt::format("line is longer than {} bytes (max_article_bytes is {})", max_line,
                            options.max_article_bytes));
}

}  // namespace

size_t MaxJsonlLineBytes(size_t max_article_bytes) {
  if (max_article_bytes > (SIZE_MAX - kMetadataSlackBytes) / kJsonEscapeFactor) {
    return SIZE_MAX;
  }
  return max_article_bytes * kJsonEscapeFactor + kMetadataSlackBytes;
}

Result<RawDocument> ParseJsonlLine(std::string_view line) {
  try {
    Json object = Json::parse(line);
    if (!object.is_object()) {
      return Malformed(fmt::format("expected a JSON object, found {}", object.type_name()));
    }
    RawDocument doc;
    DOSSIER_RETURN_IF_ERROR(FillDocument(object, doc));
    return doc;
  } catch (const Json::parse_error& error) {
    return Malformed(DescribeParseError(error));
  } catch (const Json::exception& error) {
    return Malformed(fmt::format("bad JSON: {}", error.what()));
  }
}

// Line loop: every line is either delivered or reported, never both, and a
// bad line never stops the file.
Status ReadJsonl(BufferedReader& in, const ReadContext& ctx) {
  const size_t max_line = MaxJsonlLineBytes(ctx.options.max_article_bytes);
  std::string line;
  for (int64_t line_number = 1;; ++line_number) {
    const int64_t line_offset = in.offset();
    LineRead what = LineRead::kEnd;
    DOSSIER_RETURN_IF_ERROR(in.ReadLine(max_line, &line, &what));
    if (what == LineRead::kEnd) return Status::Ok();
    if (what == LineRead::kTooLong) {
      ctx.Report(LineTooLong(max_line, ctx.options).WithLine(line_number).WithOffset(line_offset));
      continue;
    }
    const int64_t bom = line_number == 1 && StripUtf8Bom(line) ? 3 : 0;
    if (IsBlank(line)) continue;
    Result<RawDocument> doc = LineToDocument(line, ctx.options);
    if (!doc.ok()) {
      Status error = doc.status();
      int64_t in_line = error.offset() < 0 ? 0 : error.offset();
      ctx.Report(error.WithLine(line_number).WithOffset(line_offset + bom + in_line));
      continue;
    }
    doc->path = ctx.name;
    doc->location = fmt::format("line {}", line_number);
    ctx.on_document(std::move(doc).value());
  }
}

}  // namespace dossier::ingest
