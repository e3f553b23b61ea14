#include "warc_header.h"

#include <fmt/format.h>

#include <charconv>

#include "ascii_text.h"

namespace dossier::ingest {
namespace {

// One header line into `header`; false with `*problem` set if malformed.
bool AddHeaderLine(std::string_view line, WarcHeader* header, std::string* problem) {
  bool folded = line.front() == ' ' || line.front() == '\t';
  if (folded && !header->fields.empty()) {
    header->fields.back().second += ' ';
    header->fields.back().second += TrimBlanks(line);
    return true;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || folded) {
    *problem = fmt::format("malformed header line \"{}\"", Excerpt(line));
    return false;
  }
  header->fields.emplace_back(AsciiLower(TrimBlanks(line.substr(0, colon))),
                              std::string(TrimBlanks(line.substr(colon + 1))));
  return true;
}

}  // namespace

const std::string* WarcHeader::Find(std::string_view lower_name) const {
  for (const auto& [name, value] : fields) {
    if (name == lower_name) return &value;
  }
  return nullptr;
}

Status ReadWarcHeader(BufferedReader& in, WarcHeader* header, std::string* problem) {
  size_t total = 0;
  std::string line;
  for (;;) {
    LineRead what = LineRead::kEnd;
    DOSSIER_RETURN_IF_ERROR(in.ReadLine(kMaxWarcHeaderBytes, &line, &what));
    if (what == LineRead::kEnd) {
      *problem = "the file ends inside the record header";
      return Status::Ok();
    }
    total += line.size() + 2;
    if (what == LineRead::kTooLong || total > kMaxWarcHeaderBytes) {
      *problem = fmt::format("record header is longer than {} bytes", kMaxWarcHeaderBytes);
      return Status::Ok();
    }
    if (line.empty()) return Status::Ok();
    if (!AddHeaderLine(line, header, problem)) return Status::Ok();
  }
}

std::optional<uint64_t> WarcContentLength(const WarcHeader& header, std::string* problem) {
  const std::string* value = header.Find("content-length");
  if (value == nullptr) {
    *problem = "record header has no Content-Length";
    return std::nullopt;
  }
  uint64_t length = 0;
  auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), length);
  if (value->empty() || error != std::errc() || end != value->data() + value->size()) {
    *problem = fmt::format("invalid Content-Length \"{}\"", Excerpt(*value));
    return std::nullopt;
  }
  return length;
}

}  // namespace dossier::ingest
