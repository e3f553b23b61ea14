// Words that reveal entities the knowledge base does not list: titles and
// occupations before names, verbs of saying beside them, the last words of
// organisations' names (data/recognize/cues.tsv).
#ifndef DOSSIER_RECOGNIZE_CUES_H_
#define DOSSIER_RECOGNIZE_CUES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "dossier/core/status.h"

namespace dossier::recognize {

class Cues {
 public:
  static Result<Cues> Load(const std::string& path);

  // All take normal forms (lower case, no diacritics, no final full stop).
  bool IsTitle(std::string_view w) const { return titles_.count(std::string(w)) != 0; }
  bool IsOccupation(std::string_view w) const { return occupations_.count(std::string(w)) != 0; }
  bool IsSpeech(std::string_view w) const { return speech_.count(std::string(w)) != 0; }
  bool IsOrgWord(std::string_view w) const { return org_words_.count(std::string(w)) != 0; }
  // The sector an organisation name ending in `w` implies, or empty.
  std::string_view OrgSuffixSector(std::string_view w) const {
    auto it = org_suffixes_.find(std::string(w));
    return it == org_suffixes_.end() ? std::string_view() : std::string_view(it->second);
  }

 private:
  std::unordered_set<std::string> titles_, occupations_, speech_, org_words_;
  std::unordered_map<std::string, std::string> org_suffixes_;
};

}  // namespace dossier::recognize

#endif  // DOSSIER_RECOGNIZE_CUES_H_
