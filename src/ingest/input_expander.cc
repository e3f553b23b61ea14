#include "dossier/ingest/input_expander.h"

#include <fmt/format.h>
#include <glob.h>

#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include "ascii_text.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSupportedExtensions[] = {".txt",   ".text",  ".html",   ".htm",
                                                ".xhtml", ".jsonl", ".ndjson", ".warc"};

// Collects expanded paths in order, dropping duplicates (compared in their
// lexically normal form, so "./a.txt" and "a.txt" are one file).
class PathList {
 public:
  void Add(const std::string& path) {
    if (seen_.insert(fs::path(path).lexically_normal().string()).second) {
      paths_.push_back(path);
    }
  }
  std::vector<std::string> Take() { return std::move(paths_); }

 private:
  std::vector<std::string> paths_;
  std::unordered_set<std::string> seen_;
};

bool ExistsQuietly(const std::string& path) {
  std::error_code error;
  return fs::exists(path, error);
}

bool IsPattern(const std::string& input) { return input.find_first_of("*?[") != std::string::npos; }

// Adds the supported files under `folder`, sorted by path, and counts them.
Status WalkFolder(const std::string& folder, PathList& out, size_t* count) {
  std::vector<std::string> found;
  std::error_code error;
  auto options = fs::directory_options::skip_permission_denied;
  fs::recursive_directory_iterator it(folder, options, error), end;
  for (; !error && it != end; it.increment(error)) {
    std::error_code type_error;
    if (!it->is_regular_file(type_error)) continue;
    std::string path = it->path().string();
    if (HasSupportedExtension(path)) found.push_back(std::move(path));
  }
  if (error) {
    return Status(StatusCode::kIoError, fmt::format("cannot list folder: {}", error.message()))
        .WithPath(folder);
  }
  std::sort(found.begin(), found.end());
  for (const std::string& path : found) out.Add(path);
  *count += found.size();
  return Status::Ok();
}

// A file is kept whatever its extension; a folder contributes its
// supported files. `*count` grows by the number of files added.
Status AddExisting(const std::string& path, PathList& out, size_t* count) {
  std::error_code error;
  if (fs::is_directory(path, error)) return WalkFolder(path, out, count);
  out.Add(path);
  ++*count;
  return Status::Ok();
}

Status AddPath(const std::string& path, PathList& out) {
  std::error_code error;
  if (!fs::exists(path, error)) {
    return Status(StatusCode::kNotFound, "no such file or folder").WithPath(path);
  }
  size_t count = 0;
  DOSSIER_RETURN_IF_ERROR(AddExisting(path, out, &count));
  if (count == 0) {
    return Status(StatusCode::kNotFound, "folder holds no file with a supported extension")
        .WithPath(path);
  }
  return Status::Ok();
}

Status ExpandPattern(const std::string& pattern, PathList& out) {
  glob_t matches{};
  int rc = glob(pattern.c_str(), 0, nullptr, &matches);
  std::vector<std::string> paths;
  if (rc == 0) paths.assign(matches.gl_pathv, matches.gl_pathv + matches.gl_pathc);
  globfree(&matches);
  if (rc != 0 && rc != GLOB_NOMATCH) {
    return Status(StatusCode::kIoError, fmt::format("cannot expand \"{}\"", pattern));
  }
  size_t count = 0;
  for (const std::string& path : paths) DOSSIER_RETURN_IF_ERROR(AddExisting(path, out, &count));
  if (count == 0) {
    return Status(StatusCode::kNotFound, fmt::format("no file matches \"{}\"", pattern));
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<std::string>> ExpandInputs(const std::vector<std::string>& inputs) {
  PathList out;
  for (const std::string& input : inputs) {
    if (input == "-") {
      out.Add(input);
    } else if (IsPattern(input) && !ExistsQuietly(input)) {
      DOSSIER_RETURN_IF_ERROR(ExpandPattern(input, out));
    } else {
      DOSSIER_RETURN_IF_ERROR(AddPath(input, out));
    }
  }
  return out.Take();
}

bool HasSupportedExtension(const std::string& path) {
  std::string lower = ingest::AsciiLower(path);
  if (lower.ends_with(".gz")) lower.resize(lower.size() - 3);
  return std::any_of(std::begin(kSupportedExtensions), std::end(kSupportedExtensions),
                     [&lower](const char* ext) { return lower.ends_with(ext); });
}

}  // namespace dossier
