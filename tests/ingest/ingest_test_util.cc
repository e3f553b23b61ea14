#include "ingest_test_util.h"

#include <fmt/format.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace dossier::testing {

TempDir::TempDir() {
  static std::atomic<int> counter{0};
  root_ = std::filesystem::temp_directory_path() /
          fmt::format("dossier_ingest_{}_{}", getpid(), counter++);
  std::filesystem::remove_all(root_);
  std::filesystem::create_directories(root_);
}

TempDir::~TempDir() {
  std::error_code error;
  std::filesystem::remove_all(root_, error);
}

std::string TempDir::Path(std::string_view name) const { return (root_ / name).string(); }

std::string TempDir::Write(std::string_view name, std::string_view content) const {
  std::filesystem::path path = root_ / name;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
  return path.string();
}

std::string Gzip(std::string_view data) {
  z_stream zs{};
  if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2 failed");
  }
  std::string out(deflateBound(&zs, static_cast<uLong>(data.size())) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) throw std::runtime_error("deflate failed");
  return out;
}

std::string WarcRecord(std::string_view type, std::string_view uri, std::string_view block) {
  static std::atomic<int> record_id{0};
  std::string header = fmt::format("WARC/1.1\r\nWARC-Type: {}\r\nWARC-Record-ID: <urn:uuid:{}>\r\n",
                                   type, ++record_id);
  if (!uri.empty()) header += fmt::format("WARC-Target-URI: {}\r\n", uri);
  header += fmt::format("Content-Length: {}\r\n\r\n", block.size());
  return header + std::string(block) + "\r\n\r\n";
}

std::string HttpResponse(int status, std::string_view content_type, std::string_view body,
                         std::string_view extra_headers) {
  return fmt::format("HTTP/1.1 {} X\r\nContent-Type: {}\r\n{}\r\n{}", status, content_type,
                     extra_headers, body);
}

namespace {

DocumentSink Collect(ReadLog& log) {
  return [&log](RawDocument&& doc) { log.documents.push_back(std::move(doc)); };
}

ErrorSink CollectErrors(ReadLog& log) {
  return [&log](const Status& status) { log.errors.push_back(status); };
}

}  // namespace

ReadLog ReadPath(const std::string& path, ReadOptions options) {
  ReadLog log;
  log.status = DocumentReader(options).Read(path, Collect(log), CollectErrors(log));
  return log;
}

ReadLog ReadText(std::string_view content, InputFormat format, ReadOptions options,
                 const std::string& name) {
  ReadLog log;
  std::istringstream in{std::string(content)};
  log.status =
      DocumentReader(options).ReadStream(in, name, format, Collect(log), CollectErrors(log));
  return log;
}

}  // namespace dossier::testing
