// Streaming gzip decompression over another ByteSource.
#ifndef DOSSIER_INGEST_GZIP_SOURCE_H_
#define DOSSIER_INGEST_GZIP_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "byte_source.h"
#include "dossier/core/status.h"

struct z_stream_s;

namespace dossier::ingest {

// True when `head` starts with the gzip magic bytes 1f 8b.
bool HasGzipMagic(std::string_view head);

// Decompresses gzip data read from `compressed` (not owned). Handles
// multi-member files (concatenated gzip members, as in .warc.gz). Truncated
// or corrupt data gives kCorruptInput whose offset is the byte offset in the
// compressed input; bytes decompressed before it have already been returned.
// With `accept_zlib`, zlib-wrapped data (HTTP "deflate") is accepted too.
class GzipSource : public ByteSource {
 public:
  explicit GzipSource(ByteSource& compressed, bool accept_zlib = false);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  Status Read(char* buffer, size_t capacity, size_t* count) override;

  // Compressed bytes consumed by the decompressor so far.
  int64_t compressed_offset() const;

 private:
  Status Refill();
  Status StartNextMember();
  Status Inflate();
  Status Corrupt(std::string_view what) const;

  ByteSource& in_;
  std::unique_ptr<z_stream_s> zs_;
  std::string in_buf_;
  int64_t bytes_fed_ = 0;  // compressed bytes handed to zlib so far
  bool initialized_ = false;
  bool input_eof_ = false;
  bool member_done_ = false;
  bool finished_ = false;
};

// Decompresses a whole gzip or zlib buffer in memory. kTooLarge when the
// output would exceed `max_bytes`; kCorruptInput for bad data.
Result<std::string> InflateToString(std::string_view compressed, size_t max_bytes);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_GZIP_SOURCE_H_
