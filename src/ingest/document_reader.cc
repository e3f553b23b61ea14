#include "dossier/ingest/document_reader.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "ascii_text.h"
#include "buffered_reader.h"
#include "byte_source.h"
#include "gzip_source.h"
#include "jsonl_reader.h"
#include "read_context.h"
#include "warc_reader.h"
#include "whole_file_reader.h"

namespace dossier {
namespace {

using ingest::BufferedReader;
using ingest::ReadContext;

constexpr size_t kSniffBytes = 4096;

std::string WithoutGzSuffix(const std::string& path) {
  if (!ingest::EndsWithIgnoreCase(path, ".gz")) return path;
  return path.substr(0, path.size() - 3);
}

Status ReadFormat(BufferedReader& in, const ReadContext& ctx, std::optional<InputFormat> format) {
  std::string_view head;
  DOSSIER_RETURN_IF_ERROR(in.Peek(kSniffBytes, &head));
  const InputFormat chosen = format ? *format : SniffFormat(head);
  if (chosen != InputFormat::kWarc) {
    DOSSIER_RETURN_IF_ERROR(ingest::CheckNotBinary(head, "input"));
  }
  switch (chosen) {
    case InputFormat::kText:
      return ingest::ReadWholeDocument(in, ctx, BodyFormat::kText);
    case InputFormat::kHtml:
      return ingest::ReadWholeDocument(in, ctx, BodyFormat::kHtml);
    case InputFormat::kJsonl:
      return ingest::ReadJsonl(in, ctx);
    case InputFormat::kWarc:
      return ingest::WarcReader(in, ctx).ReadAll();
  }
  return Status(StatusCode::kInternal, "unknown input format");
}

// Looks at the first two bytes for the gzip magic and decompresses if found.
Status ReadInput(ingest::ByteSource& raw, const ReadContext& ctx, std::optional<InputFormat> format,
                 bool require_gzip) {
  BufferedReader file(raw);
  std::string_view magic;
  DOSSIER_RETURN_IF_ERROR(file.Peek(2, &magic));
  if (!ingest::HasGzipMagic(magic)) {
    if (require_gzip) {
      return Status(StatusCode::kCorruptInput, "named .gz but is not gzip data");
    }
    return ReadFormat(file, ctx, format);
  }
  ingest::GzipSource gzip(file);
  BufferedReader text(gzip);
  ReadContext gzip_ctx = ctx;
  gzip_ctx.decompressed = true;
  return ReadFormat(text, gzip_ctx, format);
}

Status Named(Status status, const std::string& name) {
  if (!status.ok() && status.path().empty()) status.WithPath(name);
  return status;
}

Status OpenError(const std::string& path) {
  std::error_code error;
  auto file_status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(file_status)) {
    return Status(StatusCode::kNotFound, "no such file").WithPath(path);
  }
  if (std::filesystem::is_directory(file_status)) {
    return Status(StatusCode::kInvalidArgument, "is a folder, not a file").WithPath(path);
  }
  return Status(StatusCode::kIoError, fmt::format("cannot open: {}", std::strerror(errno)))
      .WithPath(path);
}

}  // namespace

InputFormat FormatFromPath(const std::string& path) {
  std::string lower = ingest::AsciiLower(WithoutGzSuffix(path));
  auto ends_with = [&lower](std::string_view suffix) { return lower.ends_with(suffix); };
  if (ends_with(".html") || ends_with(".htm") || ends_with(".xhtml")) return InputFormat::kHtml;
  if (ends_with(".jsonl") || ends_with(".ndjson")) return InputFormat::kJsonl;
  if (ends_with(".warc")) return InputFormat::kWarc;
  return InputFormat::kText;
}

InputFormat SniffFormat(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  size_t start = head.find_first_not_of(" \t\r\n\f\v");
  if (start == std::string_view::npos) return InputFormat::kText;
  head.remove_prefix(start);
  if (head.starts_with("WARC/")) return InputFormat::kWarc;
  if (head.front() == '{') return InputFormat::kJsonl;
  if (head.front() == '<') return InputFormat::kHtml;
  return InputFormat::kText;
}

Status DocumentReader::Read(const std::string& path, const DocumentSink& on_document,
                            const ErrorSink& on_error) const {
  ReadContext ctx{options_, path, on_document, on_error};
  if (path == "-") {
    ingest::StreamSource source(std::cin);
    return Named(ReadInput(source, ctx, std::nullopt, false), path);
  }
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return OpenError(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) return OpenError(path);
  ingest::StreamSource source(in);
  bool named_gz = ingest::EndsWithIgnoreCase(path, ".gz");
  return Named(ReadInput(source, ctx, FormatFromPath(path), named_gz), path);
}

Status DocumentReader::ReadStream(std::istream& in, const std::string& name, InputFormat format,
                                  const DocumentSink& on_document,
                                  const ErrorSink& on_error) const {
  ReadContext ctx{options_, name, on_document, on_error};
  ingest::StreamSource source(in);
  return Named(ReadInput(source, ctx, format, false), name);
}

}  // namespace dossier
