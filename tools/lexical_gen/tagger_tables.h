// Lingua-EN-Tagger data -> tagger_tables.cc: the lexicon, the unknown-word
// guesses and the tag transition matrix, for dossier::text::PosTagger.
#ifndef DOSSIER_TOOLS_LEXICAL_GEN_TAGGER_TABLES_H_
#define DOSSIER_TOOLS_LEXICAL_GEN_TAGGER_TABLES_H_

#include <string>

namespace dossier::lexical_gen {

// Reads words.yml, tags.yml and unknown.yml under `tagger_dir` and returns
// the C++ source in `source`.
bool GenerateTaggerTables(const std::string& tagger_dir, std::string* source,
                          std::string* error);

}  // namespace dossier::lexical_gen

#endif  // DOSSIER_TOOLS_LEXICAL_GEN_TAGGER_TABLES_H_
