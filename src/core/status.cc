#include "dossier/core/status.h"

#include <fmt/format.h>

namespace dossier {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kIoError: return "I/O error";
    case StatusCode::kCorruptInput: return "corrupt input";
    case StatusCode::kInvalidUtf8: return "invalid UTF-8";
    case StatusCode::kTooLarge: return "too large";
    case StatusCode::kUnsupported: return "unsupported";
    case StatusCode::kDatabase: return "database error";
    case StatusCode::kInternal: return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string place = path_;
  if (line_ >= 0) {
    place += fmt::format("{}line {}", place.empty() ? "" : ":", line_);
  } else if (offset_ >= 0) {
    place += fmt::format("{}byte {}", place.empty() ? "" : ": ", offset_);
  }
  if (place.empty()) return message_;
  return place + ": " + message_;
}

}  // namespace dossier
