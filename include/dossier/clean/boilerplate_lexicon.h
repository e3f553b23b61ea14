// BoilerplateLexicon: the vocabulary of site chrome, loaded from
// data/clean/boilerplate.tsv (format documented in that file and in
// docs/lexicon-formats.md).
//
// Immutable after loading; safe to share between threads.
#ifndef DOSSIER_CLEAN_BOILERPLATE_LEXICON_H_
#define DOSSIER_CLEAN_BOILERPLATE_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dossier/core/status.h"

namespace dossier {

class BoilerplateLexicon {
 public:
  // Parses the TSV text; `name` is used in error messages. Errors:
  // kCorruptInput with the line number for an unknown kind or bad weight.
  static Result<BoilerplateLexicon> Parse(std::string_view tsv, const std::string& name);
  // Loads <data dir>/clean/boilerplate.tsv.
  static Result<BoilerplateLexicon> LoadDefault();

  // Sum of the weights of class/id words in `attribute` (class and id values
  // joined): positive for content containers, negative for furniture.
  int ClassWeight(std::string_view attribute) const;

  // True when `line` (any case, spaces collapsed) is short chrome: an exact
  // entry, or starts with a `line` entry and has at most `max_words` words.
  bool IsChromeLine(std::string_view line, int max_words = 12) const;

  // True when every word of `line` (punctuation stripped) is an exact
  // chrome entry: "Facebook Twitter WhatsApp Email".
  bool AllWordsChrome(std::string_view line) const;

  // True when `line` opens a trailing section (comments, related links).
  bool IsTailMarker(std::string_view line) const;

 private:
  std::unordered_map<std::string, int> class_weights_;
  struct LinePrefix {
    std::string text;
    int max_words;  // 0: the caller's limit
  };
  std::vector<LinePrefix> line_prefixes_;
  std::unordered_map<char, std::vector<size_t>> prefixes_by_first_byte_;
  int max_prefix_words_ = 0;
  std::unordered_set<std::string> exact_lines_;
  int max_exact_words_ = 0;
  std::unordered_set<std::string> tail_markers_;
};

// Lower-cases ASCII, collapses runs of white space to one space and trims;
// strips trailing ":" "." "…" and spaces when `strip_punct` is set.
std::string NormalizeLine(std::string_view line, bool strip_punct = false);

// Strips trailing ":" "." "!" "?" "…" and spaces in place.
void StripTrailingPunctuation(std::string& s);

// Number of space-separated words.
int CountWords(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_CLEAN_BOILERPLATE_LEXICON_H_
