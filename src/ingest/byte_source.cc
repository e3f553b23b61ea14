#include "byte_source.h"

#include <algorithm>
#include <cstring>

namespace dossier::ingest {

Status StreamSource::Read(char* buffer, size_t capacity, size_t* count) {
  *count = 0;
  if (capacity == 0 || in_.eof()) return Status::Ok();
  in_.read(buffer, static_cast<std::streamsize>(capacity));
  *count = static_cast<size_t>(in_.gcount());
  if (in_.bad()) return Status(StatusCode::kIoError, "read failed");
  return Status::Ok();
}

Status StringSource::Read(char* buffer, size_t capacity, size_t* count) {
  *count = std::min(capacity, data_.size() - pos_);
  std::memcpy(buffer, data_.data() + pos_, *count);
  pos_ += *count;
  return Status::Ok();
}

}  // namespace dossier::ingest
