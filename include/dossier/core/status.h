// Status and Result<T>: expected failures as values.
//
// Library code never throws across its API, never prints and never exits;
// every expected failure (bad file, invalid UTF-8, oversized input, database
// busy) comes back as a Status. Input errors carry where they happened: the
// file, and a 1-based line or a 0-based byte offset when known.
#ifndef DOSSIER_CORE_STATUS_H_
#define DOSSIER_CORE_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace dossier {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,   // a caller or user passed something unusable
  kNotFound,          // file, story or record does not exist
  kIoError,           // the operating system refused a read or write
  kCorruptInput,      // truncated gzip, malformed JSON/WARC, binary data
  kInvalidUtf8,       // text that is not valid UTF-8
  kTooLarge,          // a configured limit was crossed
  kUnsupported,       // a format or feature this build does not handle
  kDatabase,          // SQLite or another store failed
  kInternal,          // a bug: an invariant did not hold
};

const char* StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& path() const { return path_; }
  int64_t line() const { return line_; }
  int64_t offset() const { return offset_; }

  // Builders that attach the place of an input error.
  Status& WithPath(std::string path) {
    path_ = std::move(path);
    return *this;
  }
  Status& WithLine(int64_t line) {
    line_ = line;
    return *this;
  }
  Status& WithOffset(int64_t offset) {
    offset_ = offset;
    return *this;
  }

  // "path:line: message", "path: byte 123: message" or just "message".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string path_;
  int64_t line_ = -1;
  int64_t offset_ = -1;
};

// A value or the Status saying why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace dossier

#define DOSSIER_RETURN_IF_ERROR(expr)          \
  do {                                         \
    ::dossier::Status dossier_status_ = (expr); \
    if (!dossier_status_.ok()) return dossier_status_; \
  } while (0)

#endif  // DOSSIER_CORE_STATUS_H_
