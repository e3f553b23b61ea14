#include "dossier/kb/tsv.h"

#include <algorithm>
#include <filesystem>

#include "dossier/core/data_dir.h"

namespace dossier::kb {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Status ForEachRow(const std::string& path, size_t min_fields, size_t max_fields,
                  const std::function<Status(const TsvRow&)>& fn) {
  auto content = ReadSmallFile(path);
  if (!content.ok()) return content.status();
  const std::string& text = content.value();
  TsvRow row;
  row.path = &path;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + pos, nl - pos);
    pos = nl + 1;
    ++row.line;
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    row.fields.clear();
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      std::string_view f = Trim(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      row.fields.push_back(f == "-" ? std::string_view() : f);
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (row.fields.size() < min_fields || row.fields.size() > max_fields) {
      std::string expected = std::to_string(min_fields);
      if (max_fields != min_fields) expected.append(1, '-').append(std::to_string(max_fields));
      return row.Error("expected " + expected + " TAB-separated fields, found " +
                       std::to_string(row.fields.size()));
    }
    row.fields.resize(max_fields);
    DOSSIER_RETURN_IF_ERROR(fn(row));
  }
  return Status::Ok();
}

std::vector<std::string_view> SplitValues(std::string_view field, char separator) {
  std::vector<std::string_view> out;
  for (size_t start = 0; start <= field.size();) {
    size_t bar = field.find(separator, start);
    if (bar == std::string_view::npos) bar = field.size();
    std::string_view v = Trim(field.substr(start, bar - start));
    if (!v.empty() && v != "-") out.push_back(v);
    start = bar + 1;
  }
  return out;
}

std::vector<std::string> TsvFilesIn(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".tsv") out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dossier::kb
