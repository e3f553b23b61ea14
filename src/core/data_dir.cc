#include "dossier/core/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace dossier {

Result<std::string> FindDataDir() {
  namespace fs = std::filesystem;
  std::vector<std::string> tried;
  if (const char* env = std::getenv("DOSSIER_DATA_DIR"); env && *env) {
    if (fs::is_directory(env)) return std::string(env);
    tried.push_back(env);
  }
  if (fs::is_directory(DOSSIER_SOURCE_DATA_DIR)) return std::string(DOSSIER_SOURCE_DATA_DIR);
  tried.push_back(DOSSIER_SOURCE_DATA_DIR);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "dossier" / "data";
    if (fs::is_directory(installed)) return installed.string();
    tried.push_back(installed.string());
  }
  std::string list;
  for (const auto& t : tried) list += (list.empty() ? "" : ", ") + t;
  return Status(StatusCode::kNotFound,
                "cannot find the data folder (set DOSSIER_DATA_DIR); tried: " + list);
}

Result<std::string> ReadSmallFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open file").WithPath(path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status(StatusCode::kIoError, "read failed").WithPath(path);
  return buffer.str();
}

}  // namespace dossier
