#include "dossier/eval/ecbplus.h"

#include <algorithm>
#include <filesystem>

#include "dossier/core/data_dir.h"

namespace dossier {
namespace {

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    static const std::pair<std::string_view, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    bool done = false;
    for (auto [name, c] : kEntities) {
      if (s.substr(i, name.size()) == name) {
        out.push_back(c);
        i += name.size() - 1;
        done = true;
        break;
      }
    }
    if (!done) out.push_back('&');
  }
  return out;
}

Result<std::string> DocumentText(const std::string& path) {
  auto content = ReadSmallFile(path);
  if (!content.ok()) return content.status();
  const std::string& xml = content.value();
  std::string text;
  std::string sentence = "";
  size_t line = 1, counted = 0;
  for (size_t pos = xml.find("<token "); pos != std::string::npos; pos = xml.find("<token ", pos)) {
    line += static_cast<size_t>(std::count(xml.begin() + counted, xml.begin() + pos, '\n'));
    counted = pos;
    size_t close = xml.find('>', pos);
    size_t end = xml.find("</token>", pos);
    if (close == std::string::npos || end == std::string::npos || end < close) {
      return Status(StatusCode::kCorruptInput, "unterminated <token> element")
          .WithPath(path).WithLine(line);
    }
    std::string_view attrs(xml.data() + pos, close - pos);
    size_t s = attrs.find("sentence=\"");
    std::string this_sentence =
        s == std::string_view::npos ? "" : std::string(attrs.substr(s + 10, attrs.find('"', s + 10) - s - 10));
    if (!text.empty()) text += this_sentence != sentence ? "\n" : " ";
    sentence = this_sentence;
    text += Unescape(std::string_view(xml.data() + close + 1, end - close - 1));
    pos = end + 8;
  }
  return text;
}

}  // namespace

Result<std::vector<EcbDocument>> ReadEcbPlus(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status(StatusCode::kNotFound, "ECB+ folder not found").WithPath(dir);
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".xml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<EcbDocument> docs;
  for (const auto& f : files) {
    auto text = DocumentText(f.string());
    if (!text.ok()) return text.status();
    docs.push_back({f.filename().string(), f.parent_path().filename().string(), std::move(text).value()});
  }
  return docs;
}

}  // namespace dossier
