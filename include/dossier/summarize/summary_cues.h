// SummaryCues: the phrases that tell the summarizer a sentence is site chrome
// left over by cleaning ("Read the full report.", "Comments are closed.") or
// opens with a word that refers back to an earlier sentence ("He", "However").
// Loaded from data/summarize/cues.tsv (format in the file's header).
//
// Thread safety: immutable after Load; share freely. A value.
#ifndef DOSSIER_SUMMARIZE_SUMMARY_CUES_H_
#define DOSSIER_SUMMARIZE_SUMMARY_CUES_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "dossier/core/status.h"

namespace dossier::summarize {

// `text` as lower-case ASCII words (letters and digits; other UTF-8 bytes kept
// inside words) joined by single spaces: "Read the report!" -> "read the report".
std::string CueWords(std::string_view text);

class SummaryCues {
 public:
  // Errors: kNotFound for a missing file; kCorruptInput naming the file and
  // line of a record with an unknown kind or an empty phrase.
  static Result<SummaryCues> Load(const std::string& path);

  // Adds one cue ("boilerplate", "chrome" or "dangling"); false for an unknown
  // kind or an empty phrase. For tests and user additions.
  bool Add(std::string_view kind, std::string_view phrase);

  // The sentence starts with a boilerplate phrase or contains a chrome phrase.
  bool IsBoilerplate(std::string_view sentence) const;
  // The sentence's first word refers back to an earlier sentence.
  bool StartsDangling(std::string_view sentence) const;

 private:
  std::vector<std::string> openings_;  // boilerplate phrases, as CueWords
  std::vector<std::string> chrome_;    // chrome phrases, as " words "
  std::unordered_set<std::string> dangling_;
};

}  // namespace dossier::summarize

#endif  // DOSSIER_SUMMARIZE_SUMMARY_CUES_H_
