// Words that reveal entities the knowledge base does not list: titles and
// occupations before names, verbs of saying beside them, the last words of
// organisations' names (data/recognize/cues.tsv).
#ifndef DOSSIER_RECOGNIZE_CUES_H_
#define DOSSIER_RECOGNIZE_CUES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/core/status.h"
#include "dossier/kb/flat_maps.h"

namespace dossier::recognize {

class Cues {
 public:
  static Result<Cues> Load(const std::string& path);

  // All take normal forms (lower case, no diacritics, no final full stop).
  bool IsTitle(std::string_view w) const { return titles_.Find(w) != 0; }
  bool IsOccupation(std::string_view w) const { return occupations_.Find(w) != 0; }
  bool IsSpeech(std::string_view w) const { return speech_.Find(w) != 0; }
  bool IsOrgWord(std::string_view w) const { return org_words_.Find(w) != 0; }
  // The sector an organisation name ending in `w` implies, or empty.
  std::string_view OrgSuffixSector(std::string_view w) const {
    uint32_t id = org_suffixes_.Find(w);
    return id == 0 ? std::string_view() : std::string_view(org_sectors_[id - 1]);
  }
  // A noun that ends a weapon's description ("systems", "tanks"), singular
  // or plural: its weapon category ("-" when the modifiers must tell), or
  // empty when the word is not one.
  std::string_view WeaponHead(std::string_view w) const;
  // A modifier telling the weapon category ("counter-drone", "air
  // defence"), or empty.
  std::string_view WeaponModifier(std::string_view phrase) const {
    uint32_t id = weapon_modifiers_.Find(phrase);
    return id == 0 ? std::string_view() : std::string_view(modifier_categories_[id - 1]);
  }

 private:
  // Looked up for every capitalised token: flat tables, no allocation.
  kb::StringIds titles_, occupations_, speech_, org_words_, org_suffixes_;
  kb::StringIds weapon_heads_, weapon_modifiers_;
  std::vector<std::string> org_sectors_;          // by org_suffixes_ id - 1
  std::vector<std::string> head_categories_;      // by weapon_heads_ id - 1
  std::vector<std::string> modifier_categories_;  // by weapon_modifiers_ id - 1
};

}  // namespace dossier::recognize

#endif  // DOSSIER_RECOGNIZE_CUES_H_
