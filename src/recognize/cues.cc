#include "dossier/recognize/cues.h"

#include "../kb/tsv.h"
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

}  // namespace dossier::recognize
