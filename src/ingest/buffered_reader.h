// Line and block reads with byte offsets over a ByteSource.
#ifndef DOSSIER_INGEST_BUFFERED_READER_H_
#define DOSSIER_INGEST_BUFFERED_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "byte_source.h"
#include "dossier/core/status.h"

namespace dossier::ingest {

enum class LineRead {
  kLine,     // a line was read (the last one may lack its "\n")
  kTooLong,  // a line over the limit was consumed and dropped
  kEnd,      // end of input, nothing read
};

// Buffers a ByteSource (not owned) and counts consumed bytes, so readers can
// report where in the (decompressed) stream a problem starts. Memory stays
// bounded by the chunk size plus the largest line or block asked for.
class BufferedReader : public ByteSource {
 public:
  explicit BufferedReader(ByteSource& source) : source_(source) {}

  Status Read(char* buffer, size_t capacity, size_t* count) override;

  // Sets `*view` to up to `n` next bytes without consuming them; fewer only
  // at the end of input or before a failure of the source, which is then
  // returned by the read that reaches it. The view is valid until the next
  // call.
  Status Peek(size_t n, std::string_view* view);

  // Reads the next line into `*line` without its "\n" or "\r\n". A line of
  // more than `max_bytes` is consumed up to its end but not kept.
  Status ReadLine(size_t max_bytes, std::string* line, LineRead* what);

  // Appends up to `n` bytes to `*out`; fewer only at the end of input.
  Status ReadBytes(size_t n, std::string* out);

  // Skips up to `n` bytes and stores how many in `*skipped`.
  Status Skip(size_t n, size_t* skipped);

  // Bytes consumed so far.
  int64_t offset() const { return offset_; }

 private:
  size_t Available() const { return buf_.size() - pos_; }
  std::string_view Buffered() const;
  void Consume(size_t n);
  Status FillChunk();

  ByteSource& source_;
  std::string buf_;
  size_t pos_ = 0;
  int64_t offset_ = 0;
  bool eof_ = false;
  Status failure_;  // first error of the source, returned by every later fill
};

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_BUFFERED_READER_H_
