#include "dossier/clean/line_shape.h"

#include <algorithm>
#include <regex>
#include <vector>

#include <unicode/uchar.h>

#include "dossier/clean/boilerplate_lexicon.h"
#include "dossier/core/utf8.h"

namespace dossier {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

bool EndsSentence(std::string_view s) {
  while (!s.empty()) {
    char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ' ') {
      s.remove_suffix(1);
      continue;
    }
    if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" ||     // ”
                          s.substr(s.size() - 3) == "\xE2\x80\x99" ||     // ’
                          s.substr(s.size() - 3) == "\xC2\xBB\xE2" )) {  // guard
      s.remove_suffix(3);
      continue;
    }
    if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xBB") {  // »
      s.remove_suffix(2);
      continue;
    }
    return c == '.' || c == '!' || c == '?' || s.substr(s.size() >= 3 ? s.size() - 3 : 0) == "\xE2\x80\xA6";
  }
  return false;
}

// Capitalised: starts with an upper-case ASCII letter or any non-ASCII
// letter (names in other scripts), or is a short connector.
bool IsNameWord(std::string_view w) {
  if (w == "and" || w == "de" || w == "van" || w == "von" || w == "al" || w == "bin") return true;
  if (w.empty()) return false;
  for (char c : w) {
    if (IsDigit(c) || c == ':' || c == ';' || c == '!' || c == '?' || c == '|') return false;
  }
  return IsUpper(w[0]) || static_cast<unsigned char>(w[0]) >= 0xC0;
}

bool LooksLikeDate(std::string_view line) {
  static const std::regex kDate(
      R"(^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?)"
      R"((?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2})?)?|)"
      R"(\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|)"
      R"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}))"
      R"((?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4}(?:[+-]\d{1,2})?)?)?)"
      R"((?:\s*$|\s+(?:updated|last updated|modified)\b.*$))",
      std::regex::icase | std::regex::optimize);
  if (line.size() >= 80 || std::none_of(line.begin(), line.end(), IsDigit)) return false;
  return std::regex_search(line.begin(), line.end(), kDate);
}

bool LooksLikeMenu(std::string_view line, const std::vector<std::string_view>& words) {
  int separators = 0;
  int segment_words = 0;
  int longest = 0;
  for (std::string_view w : words) {
    if (w == "|" || w == "\xC2\xB7" || w == "\xE2\x80\xA2" || w == "/" || w == "\xE2\x80\xBA" || w == ">") {
      ++separators;
      segment_words = 0;
    } else {
      longest = std::max(longest, ++segment_words);
    }
  }
  (void)line;
  return separators >= 2 && longest <= 3;
}

}  // namespace

LineShape ShapeOf(std::string_view line) {
  LineShape shape;
  auto words = Words(line);
  shape.words = static_cast<int>(words.size());
  shape.ends_sentence = EndsSentence(line);
  shape.no_letters = true;
  for (size_t i = 0; i < line.size() && shape.no_letters;) {
    char32_t cp = DecodeUtf8(line, i);
    shape.no_letters = !u_isalpha(static_cast<UChar32>(cp));
  }
  shape.list_item = line.size() > 2 && (line.substr(0, 2) == "- " || line.substr(0, 2) == "* " ||
                                        line.substr(0, 4) == "\xE2\x80\xA2 " ||
                                        line.substr(0, 4) == "\xE2\x80\x93 ");
  bool inner_sentence = line.find(". ") != std::string_view::npos;
  shape.paragraph = shape.words >= 20 || (shape.words >= 8 && (shape.ends_sentence || inner_sentence));
  char first = line.empty() ? ' ' : line[0];
  bool capital = IsUpper(first) || IsDigit(first) || static_cast<unsigned char>(first) >= 0xC0 ||
                 first == '"' || first == '\'';
  shape.headline = capital && shape.words >= 3 && shape.words <= 25 &&
                   !(line.back() == '.' && !shape.list_item) && !inner_sentence;
  std::vector<std::string_view> name_words = words;
  if (!name_words.empty() && (name_words[0] == "By" || name_words[0] == "by" || name_words[0] == "BY")) {
    name_words.erase(name_words.begin());
  }
  bool by_line = name_words.size() != words.size();
  shape.name = name_words.size() >= 2 && name_words.size() <= (by_line ? 8u : 6u) &&
               std::all_of(name_words.begin(), name_words.end(), IsNameWord) &&
               (name_words.size() != words.size() || name_words.size() <= 4);
  shape.date = LooksLikeDate(line);
  shape.all_caps = shape.words <= 5 && !shape.no_letters &&
                   std::none_of(line.begin(), line.end(), IsLower);
  shape.menu = LooksLikeMenu(line, words);
  return shape;
}

std::unordered_set<std::string> ContentWords(std::string_view text) {
  static const std::unordered_set<std::string> kFunction = {
      "this", "that", "with", "from", "have", "been", "will", "were", "their", "about",
      "after", "which", "would", "there", "than", "into", "more", "also", "over", "they",
      "them", "what", "when", "where", "your", "said", "says", "could", "should", "other",
      "these", "those", "some", "such", "only", "very", "just", "like", "most", "many",
      "even", "does", "each", "then", "here", "while", "before", "because", "between"};
  std::unordered_set<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 4 && !kFunction.count(word)) out.insert(word);
    word.clear();
  };
  for (char c : text) {
    if (IsUpper(c)) {
      word += static_cast<char>(c + 32);
    } else if (IsLower(c) || static_cast<unsigned char>(c) >= 0x80) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::string_view StripListMarker(std::string_view line) {
  if (line.substr(0, 2) == "- " || line.substr(0, 2) == "* ") return line.substr(2);
  if (line.substr(0, 4) == "\xE2\x80\xA2 " || line.substr(0, 4) == "\xE2\x80\x93 ") {
    return line.substr(4);
  }
  return line;
}

std::string BylineName(std::string_view line) {
  std::string s = NormalizeLine(line).empty() ? std::string() : std::string(line);
  for (const char* prefix : {"By ", "by ", "BY "}) {
    if (s.rfind(prefix, 0) == 0) return s.substr(3);
  }
  return s;
}

}  // namespace dossier
