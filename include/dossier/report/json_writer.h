// JsonWriter: a small streaming JSON writer (objects, arrays, strings,
// numbers) onto a std::ostream. Strings are escaped per RFC 8259; the
// caller passes valid UTF-8 (ingest guarantees it). Commas and nesting are
// tracked, so callers write keys and values in order without bookkeeping.
#ifndef DOSSIER_REPORT_JSON_WRITER_H_
#define DOSSIER_REPORT_JSON_WRITER_H_

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Int(int64_t value);
  JsonWriter& Double(double value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // A string value, or null when empty.
  JsonWriter& StringOrNull(std::string_view value);
  JsonWriter& StringArray(const std::vector<std::string>& values);
  // Copies JSON written elsewhere (one or more comma-separated values) as
  // the next element; `in` is read to its end.
  JsonWriter& Raw(std::istream& in);

 private:
  void BeforeValue();
  void WriteEscaped(std::string_view s);

  std::ostream& out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

}  // namespace dossier

#endif  // DOSSIER_REPORT_JSON_WRITER_H_
