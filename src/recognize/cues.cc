#include "dossier/recognize/cues.h"

#include "dossier/kb/tsv.h"
#include "dossier/text/normalizer.h"

namespace dossier::recognize {

Result<Cues> Cues::Load(const std::string& path) {
  Cues cues;
  Status s = kb::ForEachRow(path, 2, 3, [&](const kb::TsvRow& row) -> Status {
    std::string word = text::Normalized(row.fields[1]);
    std::string_view kind = row.fields[0];
    if (kind == "title") {
      cues.titles_.Insert(word);
    } else if (kind == "occupation") {
      // Multi-word occupations ("research fellow") are recognised by their head noun.
      size_t space = word.rfind(' ');
      cues.occupations_.Insert(space == std::string::npos ? word : word.substr(space + 1));
    } else if (kind == "speech") {
      cues.speech_.Insert(word);
    } else if (kind == "org") {
      if (row.fields[2].size() != 3) return row.Error("an org cue needs a three-letter sector");
      if (cues.org_suffixes_.Find(word) == 0) {
        cues.org_suffixes_.Insert(word);
        cues.org_sectors_.emplace_back(row.fields[2]);
      }
    } else if (kind == "weapon" || kind == "weaponmod") {
      if (row.fields.size() < 3) return row.Error("a weapon cue needs a category (or -)");
      kb::StringIds& ids = kind == "weapon" ? cues.weapon_heads_ : cues.weapon_modifiers_;
      auto& categories = kind == "weapon" ? cues.head_categories_ : cues.modifier_categories_;
      if (ids.Find(word) == 0) {
        ids.Insert(word);
        categories.emplace_back(row.fields[2].empty() ? "-" : row.fields[2]);
      }
    } else if (kind == "orgword") {
      cues.org_words_.Insert(word);
    } else {
      return row.Error("unknown cue kind \"" + std::string(kind) + "\"");
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return cues;
}

std::string_view Cues::WeaponHead(std::string_view w) const {
  uint32_t id = weapon_heads_.Find(w);
  // Plurals: "systems", "howitzers", "complexes".
  if (id == 0 && w.size() > 3 && w.back() == 's') id = weapon_heads_.Find(w.substr(0, w.size() - 1));
  if (id == 0 && w.size() > 4 && w.substr(w.size() - 2) == "es")
    id = weapon_heads_.Find(w.substr(0, w.size() - 2));
  return id == 0 ? std::string_view() : std::string_view(head_categories_[id - 1]);
}

}  // namespace dossier::recognize
