// WordNet 3.0 -> lemma_tables.cc: the lemma sets of the four word classes
// and the morphological exception lists, for dossier::text::Lemmatizer.
#ifndef DOSSIER_TOOLS_LEXICAL_GEN_LEMMA_TABLES_H_
#define DOSSIER_TOOLS_LEXICAL_GEN_LEMMA_TABLES_H_

#include <string>

namespace dossier::lexical_gen {

// Reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc under
// `wordnet_dir` and returns the C++ source in `source`.
bool GenerateLemmaTables(const std::string& wordnet_dir, std::string* source,
                         std::string* error);

}  // namespace dossier::lexical_gen

#endif  // DOSSIER_TOOLS_LEXICAL_GEN_LEMMA_TABLES_H_
