#include "buffered_reader.h"

#include <algorithm>
#include <cstring>

namespace dossier::ingest {
namespace {

constexpr size_t kChunkBytes = 64u << 10;

}  // namespace

std::string_view BufferedReader::Buffered() const { return std::string_view(buf_).substr(pos_); }

void BufferedReader::Consume(size_t n) {
  pos_ += n;
  offset_ += static_cast<int64_t>(n);
}

// A source error is kept and returned again on every later fill, so that it
// surfaces exactly when a reader needs the bytes that are missing.
Status BufferedReader::FillChunk() {
  if (!failure_.ok()) return failure_;
  if (eof_) return Status::Ok();
  if (pos_ == buf_.size()) {
    buf_.clear();
    pos_ = 0;
  } else if (pos_ >= kChunkBytes) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old_size = buf_.size();
  buf_.resize(old_size + kChunkBytes);
  size_t n = 0;
  Status status = source_.Read(buf_.data() + old_size, kChunkBytes, &n);
  buf_.resize(old_size + n);
  if (status.ok() && n == 0) eof_ = true;
  if (!status.ok()) failure_ = status;
  return status;
}

Status BufferedReader::Read(char* buffer, size_t capacity, size_t* count) {
  *count = 0;
  if (Available() == 0) DOSSIER_RETURN_IF_ERROR(FillChunk());
  *count = std::min(capacity, Available());
  std::memcpy(buffer, buf_.data() + pos_, *count);
  Consume(*count);
  return Status::Ok();
}

// Bytes already buffered are still shown when the source fails behind them;
// the failure comes back when a read goes past them.
Status BufferedReader::Peek(size_t n, std::string_view* view) {
  while (Available() < n && !eof_) {
    Status status = FillChunk();
    if (!status.ok() && Available() == 0) return status;
    if (!status.ok()) break;
  }
  *view = Buffered().substr(0, n);
  return Status::Ok();
}

// Scans chunk by chunk for "\n"; an over-long line is still consumed to its
// end so the next call starts at the next line.
Status BufferedReader::ReadLine(size_t max_bytes, std::string* line, LineRead* what) {
  line->clear();
  bool any = false;
  bool too_long = false;
  for (;;) {
    if (Available() == 0) DOSSIER_RETURN_IF_ERROR(FillChunk());
    if (Available() == 0) break;
    any = true;
    std::string_view rest = Buffered();
    size_t newline = rest.find('\n');
    size_t content = newline == std::string_view::npos ? rest.size() : newline;
    if (!too_long && line->size() + content > max_bytes) {
      too_long = true;
      line->clear();
    }
    if (!too_long) line->append(rest.data(), content);
    Consume(newline == std::string_view::npos ? content : content + 1);
    if (newline != std::string_view::npos) break;
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  *what = !any ? LineRead::kEnd : too_long ? LineRead::kTooLong : LineRead::kLine;
  return Status::Ok();
}

Status BufferedReader::ReadBytes(size_t n, std::string* out) {
  while (n > 0) {
    if (Available() == 0) DOSSIER_RETURN_IF_ERROR(FillChunk());
    if (Available() == 0) break;
    size_t take = std::min(n, Available());
    out->append(buf_.data() + pos_, take);
    Consume(take);
    n -= take;
  }
  return Status::Ok();
}

Status BufferedReader::Skip(size_t n, size_t* skipped) {
  *skipped = 0;
  while (*skipped < n) {
    if (Available() == 0) DOSSIER_RETURN_IF_ERROR(FillChunk());
    if (Available() == 0) break;
    size_t take = std::min(n - *skipped, Available());
    Consume(take);
    *skipped += take;
  }
  return Status::Ok();
}

}  // namespace dossier::ingest
