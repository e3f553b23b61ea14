#include "dossier/summarize/summary_cues.h"

#include "dossier/kb/tsv.h"

namespace dossier::summarize {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// UTF-8 punctuation (curly quotes, dashes) must not glue words together.
bool IsUtf8Punctuation(std::string_view s, size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xE2 && i + 2 < s.size() &&
         static_cast<unsigned char>(s[i + 1]) == 0x80;
}

}  // namespace

std::string CueWords(std::string_view text) {
  std::string out;
  bool in_word = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsUtf8Punctuation(text, i)) {
      i += 2;
      in_word = false;
      continue;
    }
    auto c = static_cast<unsigned char>(text[i]);
    if (!IsWordByte(c)) {
      in_word = false;
      continue;
    }
    if (!in_word && !out.empty()) out.push_back(' ');
    in_word = true;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
  }
  return out;
}

bool SummaryCues::Add(std::string_view kind, std::string_view phrase) {
  std::string words = CueWords(phrase);
  if (words.empty()) return false;
  if (kind == "boilerplate") {
    openings_.push_back(std::move(words));
  } else if (kind == "chrome") {
    chrome_.push_back(" " + words + " ");
  } else if (kind == "dangling") {
    dangling_.insert(std::move(words));
  } else {
    return false;
  }
  return true;
}

Result<SummaryCues> SummaryCues::Load(const std::string& path) {
  SummaryCues cues;
  Status s = kb::ForEachRow(path, 2, 2, [&](const kb::TsvRow& row) -> Status {
    if (cues.Add(row.fields[0], row.fields[1])) return Status::Ok();
    return row.Error("unknown cue kind or empty phrase: \"" + std::string(row.fields[0]) + "\"");
  });
  if (!s.ok()) return s;
  return cues;
}

bool SummaryCues::IsBoilerplate(std::string_view sentence) const {
  std::string words = CueWords(sentence);
  for (const std::string& opening : openings_) {
    if (words.compare(0, opening.size(), opening) == 0 &&
        (words.size() == opening.size() || words[opening.size()] == ' '))
      return true;
  }
  if (chrome_.empty()) return false;
  std::string padded = " " + words + " ";
  for (const std::string& phrase : chrome_) {
    if (padded.find(phrase) != std::string::npos) return true;
  }
  return false;
}

bool SummaryCues::StartsDangling(std::string_view sentence) const {
  std::string words = CueWords(sentence.substr(0, 40));
  return dangling_.count(words.substr(0, words.find(' '))) > 0;
}

}  // namespace dossier::summarize
