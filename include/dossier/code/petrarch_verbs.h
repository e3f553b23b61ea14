// Reads PETRARCH verb dictionaries (the TABARI-style format of the Open
// Event Data Alliance: the Phoenix CAMEO.2.0.txt, the PETRARCH-1 validation
// suite's verbs) into EventPatterns, as verb patterns in our own syntax
// (docs/event-patterns.md).
//
// The format, as read here:
//   &NAME                        a word set; its members follow as "+WORD"
//   +WORD                        lines ("+&OTHER" takes in another set)
//   --- NAME [CODE] ---          a verb block and its default code
//   VERB {FORM FORM} [CODE]      a verb of the block: irregular forms in
//                                braces, an own default code; in a verb of
//                                several words "+" marks the verb
//                                ("KLM_+RST", "+ROUND_UP")
//   - WORDS * WORDS [CODE]       a pattern of every verb of the block: "*"
//                                is the verb, "$" the source, "+" the
//                                target, "%" a compound actor, "^" a skipped
//                                phrase, "&NAME" a word set, "_" joins
//                                adjacent words, "A/B" alternatives,
//                                "{...}" and "(...)" group words
//   [A:B]                        a paired code: A for source to target, B
//                                for target to source
//   # or ;                       a comment to the end of the line
//   <!-- ... -->                 a comment, over one or more lines
//   ~ ...                        a PETRARCH-2 transformation: skipped
//
// A verb is registered under its lemma and the lemmas of its forms (the
// irregular ones, else the regular -s, -ed and -ing forms PETRARCH
// generates), so "DENIED" codes "denied" and "KILLED" codes "killed".
// A block whose code is "---" adds no default pattern (it codes nothing),
// but its patterns stand; a pattern naming a word set that the file never
// defines is skipped and counted, as PETRARCH does. Word sets are added
// under `synset_prefix` + NAME so that they never replace ours. A word set
// of ours holds single words: the members of several words ("SWISS FRANCS",
// "DID N'T") become word sequences in copies of the patterns that use the
// set (at most 16 copies of one pattern line for one verb; the rest are
// counted and dropped).
#ifndef DOSSIER_CODE_PETRARCH_VERBS_H_
#define DOSSIER_CODE_PETRARCH_VERBS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dossier/code/event_patterns.h"
#include "dossier/core/status.h"

namespace dossier::code {

struct PetrarchVerbStats {
  size_t synsets = 0;               // word sets read
  size_t sequence_members = 0;      // word-set members of several words ("SWISS FRANCS")
  size_t blocks = 0;                // "--- VERB [code] ---" blocks
  size_t verbs = 0;                 // verb lines
  size_t dictionary_patterns = 0;   // "- ... [code]" lines
  size_t skipped_lines = 0;         // "~" transformation lines
  size_t unknown_set_patterns = 0;  // patterns naming a word set never defined: skipped
  size_t truncated_variants = 0;    // sequence patterns past the limit of one line: dropped
  size_t patterns = 0;              // verb patterns added (one per verb lemma and pattern)
};

struct PetrarchVerbOptions {
  std::string synset_prefix = "PETRARCH_";  // upper case letters, digits and '_'
};

// Reads `text` (the content of the dictionary file `path`) into `patterns`.
// Call patterns.Finish() after the last dictionary. Errors: kCorruptInput
// naming `path` and the line (a verb outside a block, a pattern or block
// without a code, a pattern without "*" or with two, an unclosed comment or
// bracket); `patterns` may then hold part of the file.
Status ReadPetrarchVerbs(std::string_view text, const std::string& path, EventPatterns& patterns,
                         PetrarchVerbStats& stats, const PetrarchVerbOptions& options = {});

// ReadPetrarchVerbs on a file; kNotFound when it cannot be read.
Result<PetrarchVerbStats> LoadPetrarchVerbs(const std::string& path, EventPatterns& patterns,
                                            const PetrarchVerbOptions& options = {});

}  // namespace dossier::code

#endif  // DOSSIER_CODE_PETRARCH_VERBS_H_
