#include "tag_counts.h"

#include <cstdlib>
#include <string_view>

#include "table_writer.h"

namespace dossier::lexical_gen {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Parses one "key: { a: 1, b: 2 }" line; returns a message on failure.
std::string ParseLine(std::string_view line, std::string* key, TagValues* values) {
  std::string_view rest;
  if (line.front() == '"') {
    size_t close = line.find('"', 1);
    if (close == std::string_view::npos) return "unterminated quoted key";
    *key = std::string(line.substr(1, close - 1));
    rest = line.substr(close + 1);
    if (rest.substr(0, 3) != ": {") return "expected ': {' after the key";
    rest.remove_prefix(3);
  } else {
    size_t sep = line.find(": {");
    if (sep == std::string_view::npos || sep == 0) return "expected 'key: {'";
    *key = std::string(line.substr(0, sep));
    rest = line.substr(sep + 3);
  }
  rest = Trim(rest);
  if (rest.empty() || rest.back() != '}') return "expected '}' at the end";
  rest.remove_suffix(1);
  values->clear();
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view item = Trim(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    if (item.empty()) continue;
    size_t colon = item.find(':');
    if (colon == std::string_view::npos) return "expected 'tag: number'";
    std::string_view name = Trim(item.substr(0, colon));
    text::Pos tag = DataTagOf(name);
    if (tag == text::Pos::kNone) return "unknown tag '" + std::string(name) + "'";
    std::string number(Trim(item.substr(colon + 1)));
    char* end = nullptr;
    double v = std::strtod(number.c_str(), &end);
    if (number.empty() || *end != '\0' || !(v >= 0)) return "bad number '" + number + "'";
    values->emplace_back(tag, v);
  }
  if (values->empty()) return "no tags";
  return "";
}

}  // namespace

text::Pos DataTagOf(std::string_view name) {
  for (size_t i = 1; i < text::kPosCount; ++i) {
    if (text::kPosNames[i].data == name) return static_cast<text::Pos>(i);
  }
  return text::Pos::kNone;
}

bool ReadTagFile(const std::string& path, std::map<std::string, TagValues>* out,
                 std::string* error) {
  std::string text;
  if (!ReadFile(path, &text, error)) return false;
  std::string_view all(text);
  size_t line_no = 0;
  std::string key;
  TagValues values;
  while (!all.empty()) {
    size_t nl = all.find('\n');
    std::string_view line = Trim(all.substr(0, nl));
    all = nl == std::string_view::npos ? std::string_view() : all.substr(nl + 1);
    ++line_no;
    if (line.empty() || line.substr(0, 3) == "---" || line.front() == '#') continue;
    std::string message = ParseLine(line, &key, &values);
    if (!message.empty()) {
      *error = path + ":" + std::to_string(line_no) + ": " + message;
      return false;
    }
    TagValues& slot = (*out)[key];
    slot.insert(slot.end(), values.begin(), values.end());
  }
  if (out->empty()) {
    *error = path + ": no entries";
    return false;
  }
  return true;
}

}  // namespace dossier::lexical_gen
