#include "gzip_source.h"

#include <fmt/format.h>
#include <zlib.h>

#include <algorithm>
#include <climits>

namespace dossier::ingest {
namespace {

constexpr size_t kInputChunk = 64u << 10;
constexpr int kGzipOnlyWindowBits = 15 + 16;
constexpr int kGzipOrZlibWindowBits = 15 + 32;

}  // namespace

bool HasGzipMagic(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

GzipSource::GzipSource(ByteSource& compressed, bool accept_zlib)
    : in_(compressed), zs_(std::make_unique<z_stream_s>()) {
  *zs_ = z_stream_s{};
  int window_bits = accept_zlib ? kGzipOrZlibWindowBits : kGzipOnlyWindowBits;
  initialized_ = inflateInit2(zs_.get(), window_bits) == Z_OK;
}

GzipSource::~GzipSource() {
  if (initialized_) inflateEnd(zs_.get());
}

int64_t GzipSource::compressed_offset() const {
  return bytes_fed_ - static_cast<int64_t>(zs_->avail_in);
}

Status GzipSource::Read(char* buffer, size_t capacity, size_t* count) {
  *count = 0;
  if (!initialized_) return Status(StatusCode::kInternal, "zlib initialisation failed");
  const uInt cap = static_cast<uInt>(std::min<size_t>(capacity, UINT_MAX));
  zs_->next_out = reinterpret_cast<Bytef*>(buffer);
  zs_->avail_out = cap;
  while (zs_->avail_out == cap && cap > 0 && !finished_) {
    DOSSIER_RETURN_IF_ERROR(Inflate());
  }
  *count = cap - zs_->avail_out;
  return Status::Ok();
}

// One step of the decompression loop: refill, start the next member, or
// inflate what is buffered.
Status GzipSource::Inflate() {
  if (zs_->avail_in == 0 && !input_eof_) return Refill();
  if (member_done_) return StartNextMember();
  if (zs_->avail_in == 0) {
    return Corrupt("truncated gzip data: the file ends inside a compressed member");
  }
  int rc = inflate(zs_.get(), Z_NO_FLUSH);
  if (rc == Z_STREAM_END) {
    member_done_ = true;
    return Status::Ok();
  }
  if (rc == Z_OK || rc == Z_BUF_ERROR) return Status::Ok();
  return Corrupt(zs_->msg != nullptr ? zs_->msg : "invalid compressed data");
}

Status GzipSource::Refill() {
  in_buf_.resize(kInputChunk);
  size_t n = 0;
  DOSSIER_RETURN_IF_ERROR(in_.Read(in_buf_.data(), in_buf_.size(), &n));
  if (n == 0) input_eof_ = true;
  zs_->next_in = reinterpret_cast<Bytef*>(in_buf_.data());
  zs_->avail_in = static_cast<uInt>(n);
  bytes_fed_ += static_cast<int64_t>(n);
  return Status::Ok();
}

// Called after a member ended: either the input ends too, or another gzip
// member follows (multi-member files such as .warc.gz).
Status GzipSource::StartNextMember() {
  if (zs_->avail_in == 0) {
    finished_ = true;
    return Status::Ok();
  }
  if (*zs_->next_in != 0x1f) {
    return Corrupt("data after the end of the gzip stream is not gzip");
  }
  if (inflateReset(zs_.get()) != Z_OK) {
    return Status(StatusCode::kInternal, "zlib inflateReset failed");
  }
  member_done_ = false;
  return Status::Ok();
}

Status GzipSource::Corrupt(std::string_view what) const {
  return Status(StatusCode::kCorruptInput, std::string(what)).WithOffset(compressed_offset());
}

Result<std::string> InflateToString(std::string_view compressed, size_t max_bytes) {
  StringSource source(compressed);
  GzipSource gzip(source, /*accept_zlib=*/true);
  std::string out;
  char chunk[16384];
  for (;;) {
    size_t n = 0;
    DOSSIER_RETURN_IF_ERROR(gzip.Read(chunk, sizeof chunk, &n));
    if (n == 0) return out;
    if (out.size() + n > max_bytes) {
      return Status(StatusCode::kTooLarge,
                    fmt::format("decompresses to more than {} bytes", max_bytes));
    }
    out.append(chunk, n);
  }
}

}  // namespace dossier::ingest
