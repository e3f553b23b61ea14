#include "dossier/clean/boilerplate_lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "dossier/core/data_dir.h"
#include "dossier/core/spaces.h"

namespace dossier {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return fields;
}

bool ParseInt(std::string_view s, int& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

}  // namespace

std::string NormalizeLine(std::string_view line, bool strip_punct) {
  std::string out = CollapseSpaces(line);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (strip_punct) StripTrailingPunctuation(out);
  return out;
}

void StripTrailingPunctuation(std::string& out) {
  for (bool changed = true; changed;) {
    changed = false;
    while (!out.empty() && (out.back() == ':' || out.back() == '.' || out.back() == ' ' ||
                            out.back() == '!' || out.back() == '?')) {
      out.pop_back();
      changed = true;
    }
    if (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xE2\x80\xA6") == 0) {
      out.resize(out.size() - 3);
      changed = true;
    }
  }
}

int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

Result<BoilerplateLexicon> BoilerplateLexicon::Parse(std::string_view tsv,
                                                     const std::string& name) {
  BoilerplateLexicon lex;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    std::string_view line = tsv.substr(pos, nl == std::string_view::npos ? nl : nl - pos);
    pos = nl == std::string_view::npos ? tsv.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto fields = SplitTabs(line);
    auto error = [&](const std::string& what) {
      return Status(StatusCode::kCorruptInput, what).WithPath(name).WithLine(line_no);
    };
    if (fields.size() < 2 || fields[1].empty()) return error("expected KIND<TAB>VALUE");
    std::string kind(fields[0]);
    std::string value = NormalizeLine(fields[1]);
    if (kind == "class+" || kind == "class-") {
      int weight = 25;
      if (fields.size() > 2) {
        if (!ParseInt(fields[2], weight)) return error(fmt::format("bad weight '{}'", fields[2]));
      }
      lex.class_weights_[value] = kind == "class+" ? weight : -weight;
    } else if (kind == "line") {
      int max_words = 0;
      if (fields.size() > 2 && !ParseInt(fields[2], max_words)) {
        return error(fmt::format("bad word limit '{}'", fields[2]));
      }
      // Indexed by first byte: a line is compared with few entries.
      lex.prefixes_by_first_byte_[value[0]].push_back(lex.line_prefixes_.size());
      lex.max_prefix_words_ = std::max(lex.max_prefix_words_, max_words);
      lex.line_prefixes_.push_back(LinePrefix{value, max_words});
    } else if (kind == "exact") {
      lex.max_exact_words_ = std::max(lex.max_exact_words_, CountWords(value));
      lex.exact_lines_.insert(value);
    } else if (kind == "tail") {
      lex.tail_markers_.insert(value);
    } else {
      return error(fmt::format("unknown kind '{}' (expected class+, class-, line, exact or tail)", kind));
    }
  }
  return lex;
}

Result<BoilerplateLexicon> BoilerplateLexicon::LoadDefault() {
  auto dir = FindDataDir();
  if (!dir.ok()) return dir.status();
  std::string path = *dir + "/clean/boilerplate.tsv";
  auto text = ReadSmallFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

int BoilerplateLexicon::ClassWeight(std::string_view attribute) const {
  // Words are maximal runs of [a-z0-9] after lower-casing; a trailing "s" is
  // tried off too, so "comments" and "comment" weigh the same.
  int weight = 0;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    auto it = class_weights_.find(word);
    if (it == class_weights_.end() && word.size() > 3 && word.back() == 's') {
      it = class_weights_.find(word.substr(0, word.size() - 1));
    }
    if (it != class_weights_.end()) weight += it->second;
    word.clear();
  };
  for (char c : attribute) {
    char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (IsAsciiAlnum(l)) {
      word += l;
    } else {
      flush();
    }
  }
  flush();
  return weight;
}

bool BoilerplateLexicon::IsChromeLine(std::string_view line, int max_words) const {
  // Cheap bound first: a body paragraph longer than every entry's word
  // limit is never chrome, and needs no normalising.
  if (CountWords(line) > std::max(max_words, max_prefix_words_)) return false;
  std::string norm = NormalizeLine(line);
  if (norm.empty()) return false;
  int words = CountWords(norm);
  auto it = prefixes_by_first_byte_.find(norm[0]);
  if (it != prefixes_by_first_byte_.end()) {
    for (size_t k : it->second) {
      const LinePrefix& prefix = line_prefixes_[k];
      int limit = prefix.max_words > 0 ? prefix.max_words : max_words;
      if (words <= limit && norm.compare(0, prefix.text.size(), prefix.text) == 0) return true;
    }
  }
  if (words > max_exact_words_) return false;
  StripTrailingPunctuation(norm);
  return exact_lines_.count(norm) > 0;
}

bool BoilerplateLexicon::AllWordsChrome(std::string_view line) const {
  if (CountWords(line) > 12) return false;  // social bars are short
  std::string norm = NormalizeLine(line);
  int words = 0;
  size_t start = 0;
  while (start < norm.size()) {
    size_t end = norm.find(' ', start);
    if (end == std::string::npos) end = norm.size();
    std::string word = norm.substr(start, end - start);
    while (!word.empty() && !IsAsciiAlnum(word.back())) word.pop_back();
    while (!word.empty() && !IsAsciiAlnum(word.front())) word.erase(0, 1);
    if (!word.empty()) {
      if (!exact_lines_.count(word)) return false;
      ++words;
    }
    start = end + 1;
  }
  return words > 0;
}

bool BoilerplateLexicon::IsTailMarker(std::string_view line) const {
  return tail_markers_.count(NormalizeLine(line, true)) > 0;
}

}  // namespace dossier
