// The tagger data files: one YAML flow mapping per line,
//   word: { tag: number, tag: number }     ("..." around odd keys)
// which is all Lingua-EN-Tagger's words.yml, tags.yml and unknown.yml use,
// so a line parser is enough and no YAML library is needed.
#ifndef DOSSIER_TOOLS_LEXICAL_GEN_TAG_COUNTS_H_
#define DOSSIER_TOOLS_LEXICAL_GEN_TAG_COUNTS_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/text/pos_tag.h"

namespace dossier::lexical_gen {

using TagValues = std::vector<std::pair<text::Pos, double>>;

// The Pos of a data-file tag name ("nnp", "prps"); kNone when unknown.
text::Pos DataTagOf(std::string_view name);

// key -> (tag, number) in file order. A tag name the Pos enum does not know
// is an error naming the file and line: the tables must not drop tags.
bool ReadTagFile(const std::string& path, std::map<std::string, TagValues>* out,
                 std::string* error);

}  // namespace dossier::lexical_gen

#endif  // DOSSIER_TOOLS_LEXICAL_GEN_TAG_COUNTS_H_
