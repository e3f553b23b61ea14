// Reads the PETRARCH/Phoenix actor and agent dictionaries (the TABARI-style
// formats of the Open Event Data Alliance) into the knowledge base, as its
// lowest-priority layer.
#ifndef DOSSIER_SRC_KB_PETRARCH_LOADER_H_
#define DOSSIER_SRC_KB_PETRARCH_LOADER_H_

#include <string>

#include "dossier/core/status.h"

namespace dossier::kb {

class KbCompiler;

// Loads the *.actors.txt and *agents.txt files of `dir`, in name order;
// other files there (verbs, issues, discards) are ignored. Actor entries
// become people and organisations with their CAMEO codes, dated codes
// becoming roles, or extra names of a country the base already has; agent
// nouns become sector words. Aliases go through compiler.AddAlias at the
// compiler's layer, which the caller sets (2), so that a name already taken
// keeps its meaning. Errors: kNotFound naming `dir` when it does not exist or
// holds no such file; kCorruptInput naming the file and line of an entry
// that cannot be read.
Status LoadPetrarchDictionaries(KbCompiler& compiler, const std::string& dir);

}  // namespace dossier::kb

#endif  // DOSSIER_SRC_KB_PETRARCH_LOADER_H_
