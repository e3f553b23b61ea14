// Byte sources that the ingest readers pull from: a std::istream, a string
// in memory, or (gzip_source.h) the decompressed bytes of another source.
#ifndef DOSSIER_INGEST_BYTE_SOURCE_H_
#define DOSSIER_INGEST_BYTE_SOURCE_H_

#include <cstddef>
#include <istream>
#include <string_view>

#include "dossier/core/status.h"

namespace dossier::ingest {

// A forward-only stream of bytes. Errors (I/O, corrupt compression) are
// Status values carrying the byte offset where they happened.
class ByteSource {
 public:
  virtual ~ByteSource() = default;

  // Reads up to `capacity` bytes into `buffer` and stores how many in
  // `*count`; `*count == 0` with an ok Status means the end of the input.
  virtual Status Read(char* buffer, size_t capacity, size_t* count) = 0;
};

// Reads a std::istream it does not own; kIoError when the stream goes bad.
class StreamSource : public ByteSource {
 public:
  explicit StreamSource(std::istream& in) : in_(in) {}
  Status Read(char* buffer, size_t capacity, size_t* count) override;

 private:
  std::istream& in_;
};

// Reads bytes from memory it does not own.
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string_view data) : data_(data) {}
  Status Read(char* buffer, size_t capacity, size_t* count) override;

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_BYTE_SOURCE_H_
