// Shared helpers of the ingest tests: temp folders, gzip, WARC building and
// collecting what a DocumentReader delivers.
#ifndef DOSSIER_TESTS_INGEST_INGEST_TEST_UTIL_H_
#define DOSSIER_TESTS_INGEST_INGEST_TEST_UTIL_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/core/article.h"
#include "dossier/core/status.h"
#include "dossier/ingest/document_reader.h"

namespace dossier::testing {

// A fresh folder removed with everything in it when the object dies.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Path of `name` inside the folder.
  std::string Path(std::string_view name) const;
  // Writes `content` to `name` (creating parent folders); returns its path.
  std::string Write(std::string_view name, std::string_view content) const;

 private:
  std::filesystem::path root_;
};

// One gzip member holding `data`.
std::string Gzip(std::string_view data);

// A WARC/1.1 record of `type` with the given target URI and block, followed
// by the CRLFCRLF separator.
std::string WarcRecord(std::string_view type, std::string_view uri, std::string_view block);

// An HTTP/1.1 response with the given status, Content-Type and body; extra
// header lines (each ending in "\r\n") go before the blank line.
std::string HttpResponse(int status, std::string_view content_type, std::string_view body,
                         std::string_view extra_headers = "");

// What one Read call produced.
struct ReadLog {
  std::vector<RawDocument> documents;
  std::vector<Status> errors;
  Status status;  // what Read returned
};

ReadLog ReadPath(const std::string& path, ReadOptions options = {});
ReadLog ReadText(std::string_view content, InputFormat format, ReadOptions options = {},
                 const std::string& name = "input");

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_INGEST_INGEST_TEST_UTIL_H_
