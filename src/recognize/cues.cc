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
      cues.titles_.insert(word);
    } else if (kind == "occupation") {
      // Multi-word occupations ("research fellow") are recognised by their head noun.
      size_t space = word.rfind(' ');
      cues.occupations_.insert(space == std::string::npos ? word : word.substr(space + 1));
    } else if (kind == "speech") {
      cues.speech_.insert(word);
    } else if (kind == "org") {
      if (row.fields[2].size() != 3) return row.Error("an org cue needs a three-letter sector");
      cues.org_suffixes_.emplace(word, std::string(row.fields[2]));
    } else if (kind == "orgword") {
      cues.org_words_.insert(word);
    } else {
      return row.Error("unknown cue kind \"" + std::string(kind) + "\"");
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return cues;
}

}  // namespace dossier::recognize
