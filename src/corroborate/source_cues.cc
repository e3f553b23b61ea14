#include "dossier/corroborate/source_cues.h"

#include <algorithm>

#include "dossier/core/data_dir.h"
#include "dossier/corroborate/content_words.h"
#include "dossier/text/normalizer.h"

namespace dossier::corroborate {
namespace {

// Lower-case words of a cue, as content_words folds them.
std::vector<std::string> CueWords(std::string_view text) {
  std::vector<std::string> out;
  for (const Word& w : WordsOf(text)) out.push_back(w.norm);
  return out;
}

std::string_view Trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<SourceCues> SourceCues::Load(const std::string& data_dir) {
  const std::string path = data_dir + "/corroborate/source_cues.tsv";
  auto content = ReadSmallFile(path);
  if (!content.ok()) return content.status();
  return Parse(content.value(), path);
}

Result<SourceCues> SourceCues::Parse(std::string_view content, const std::string& path) {
  SourceCues cues;
  size_t line_no = 0;
  for (size_t pos = 0; pos < content.size();) {
    size_t nl = std::min(content.find('\n', pos), content.size());
    std::string_view line = Trimmed(content.substr(pos, nl - pos));
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    std::string_view kind = line.substr(0, tab);
    std::string_view words = tab == std::string_view::npos ? "" : Trimmed(line.substr(tab + 1));
    auto error = [&](const std::string& message) {
      return Status(StatusCode::kCorruptInput, message).WithPath(path).WithLine(static_cast<int64_t>(line_no));
    };
    if (words.empty()) return error("expected a kind, a TAB and words");
    if (kind == "noun") {
      cues.nouns_.push_back(text::Normalized(words));
    } else if (kind == "determiner") {
      cues.determiners_.push_back(text::Normalized(words));
    } else if (kind == "frame") {
      size_t star = words.find('*');
      if (star == std::string_view::npos || words.find('*', star + 1) != std::string_view::npos) {
        return error("a frame needs exactly one '*' where the source stands");
      }
      cues.frames_.push_back({CueWords(words.substr(0, star)), CueWords(words.substr(star + 1))});
    } else {
      return error("unknown kind '" + std::string(kind) + "' (noun, determiner, frame)");
    }
  }
  return cues;
}

bool SourceCues::Has(const std::vector<std::string>& list, std::string_view w) const {
  return std::find(list.begin(), list.end(), w) != list.end();
}

size_t SourceCues::ReferenceEnd(const std::vector<std::string>& words,
                                const std::vector<bool>& lower, size_t i) const {
  if (!Has(determiners_, words[i])) return 0;
  // A determiner, up to two lower-case modifiers, then the noun: the last
  // noun wins ("the reporting outlet").
  size_t end = 0;
  for (size_t j = i + 1; j < words.size() && j <= i + 3 && lower[j]; ++j) {
    if (Has(nouns_, words[j])) end = j + 1;
  }
  return end;
}

std::vector<UnnamedSource> SourceCues::FindUnnamed(std::string_view text) const {
  std::vector<UnnamedSource> found;
  if (empty()) return found;
  std::vector<Word> tokens = WordsOf(text);
  std::vector<std::string> words;
  std::vector<bool> lower;
  for (const Word& w : tokens) {
    words.push_back(w.norm);
    lower.push_back(!w.capitalised);  // the determiner may open a sentence
  }
  for (size_t i = 0; i < words.size(); ++i) {
    size_t ref_end = ReferenceEnd(words, lower, i);
    if (ref_end == 0) continue;
    for (const Frame& f : frames_) {
      if (f.before.size() > i || ref_end + f.after.size() > words.size()) continue;
      if (!std::equal(f.before.begin(), f.before.end(), words.begin() + (i - f.before.size()))) continue;
      if (!std::equal(f.after.begin(), f.after.end(), words.begin() + ref_end)) continue;
      size_t first = i - f.before.size(), last = ref_end + f.after.size() - 1;
      found.push_back({tokens[first].begin, tokens[last].end});
      break;
    }
  }
  return found;
}

}  // namespace dossier::corroborate
