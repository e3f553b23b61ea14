// A PETRARCH verb dictionary as read, before its patterns become ours
// (include/dossier/code/petrarch_verbs.h describes the format).
#ifndef DOSSIER_SRC_CODE_PETRARCH_VERB_DICTIONARY_H_
#define DOSSIER_SRC_CODE_PETRARCH_VERB_DICTIONARY_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/code/event_patterns.h"
#include "dossier/code/petrarch_verbs.h"
#include "dossier/core/status.h"

namespace dossier::code::petrarch {

struct WordSet {
  std::string name;                  // upper case, without '&' and a trailing '_'
  std::vector<std::string> members;  // as written: "DOLLARS", "AUSTRIAN FLORIN", "&OTHER"
  size_t line = 0;
};

struct VerbLine {
  std::string phrase;              // "KLM_NOP_+RST", "BAN", "LASH OUT"
  std::vector<std::string> forms;  // irregular forms as written: "BANNED", "+CRACKED_DOWN"
  std::string code;                // its own default code, empty for the block's
  size_t line = 0;
};

struct PatternLine {
  // Pieces separated by spaces, each cut at '_' into parts: "IN_*" is
  // {"IN", "*"} (adjacent), "&GENINT_CONVENTIONS" {"&GENINT", "CONVENTIONS"}.
  std::vector<std::vector<std::string>> pieces;
  std::string code;
  size_t line = 0;
};

struct VerbBlock {
  std::string code;  // the block's default code
  std::vector<VerbLine> verbs;
  std::vector<PatternLine> patterns;
  size_t line = 0;
};

struct VerbDictionary {
  std::vector<WordSet> sets;
  std::vector<VerbBlock> blocks;
  size_t skipped_lines = 0;  // "~" transformations
};

// Reads the lines of one file.
class Reader {
 public:
  explicit Reader(std::string path) : path_(std::move(path)) {}
  Status Read(std::string_view text);
  const VerbDictionary& dictionary() const { return dict_; }

 private:
  Status ReadLine(std::string_view line);
  Status ReadHeader(std::string_view line);
  Status ReadPattern(std::string_view line);
  Status ReadVerb(std::string_view line);
  Status CutCode(std::string_view& line, std::string& code, bool& found) const;
  Status Error(const std::string& message) const;

  std::string path_;
  size_t line_ = 0;
  size_t markup_line_ = 0;  // where the open "<!--" comment began
  bool in_set_ = false;     // "+" lines are members of the last word set
  VerbDictionary dict_;
};

// Adds the dictionary's word sets and patterns to `patterns`; the file name
// of `path` names each pattern's origin ("CAMEO.2.0.txt:812").
Status Compile(const VerbDictionary& dict, const std::string& path,
               const PetrarchVerbOptions& options, EventPatterns& patterns,
               PetrarchVerbStats& stats);

}  // namespace dossier::code::petrarch

#endif  // DOSSIER_SRC_CODE_PETRARCH_VERB_DICTIONARY_H_
