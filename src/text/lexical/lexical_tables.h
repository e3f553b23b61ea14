// The tables tools/lexical_gen writes into the build directory
// (lemma_tables.cc from WordNet 3.0, tagger_tables.cc from
// Lingua-EN-Tagger). Plain constant arrays: nothing runs at start-up.
#ifndef DOSSIER_SRC_TEXT_LEXICAL_LEXICAL_TABLES_H_
#define DOSSIER_SRC_TEXT_LEXICAL_LEXICAL_TABLES_H_

#include <cstdint>

#include "dossier/text/pos_tag.h"
#include "lexical_hash.h"

namespace dossier::text::lexical {

// ---- Lemmas (WordNet) ----

// Single-word lemmas of any class and the inflected forms of the exception
// lists. Keys [0, kLemmaExceptionKeyCount) are the ones with exceptions.
extern const KeyTable kLemmaKeys;
// Per key: bit c set when the key is a lemma of WordClass c.
extern const uint8_t kLemmaClasses[];
extern const uint32_t kLemmaExceptionKeyCount;
// [key * 4 + class]: the first base form the exception list gives, as
// (blob offset << 8 | length) into kLemmaKeys.blob; 0 when none.
extern const uint32_t kLemmaExceptions[];

// ---- Tagger (Lingua-EN-Tagger) ----

// Keys with a short list of (tag, log P(tag | key)), most likely first.
struct TagTable {
  KeyTable keys;
  const uint32_t* first;  // key k owns entries [first[k], first[k + 1])
  const uint8_t* tags;    // Pos values
  const float* log_prob;
  const uint32_t* count;  // per key: training tokens behind the entry
};

inline constexpr int kMaxTagsPerWord = 8;

// Words as they appear in the training text, case kept.
extern const TagTable kLexicon;
// Guesses for unknown words: "~" + suffix (lower-case words), "^" + suffix
// (capitalised words), and the shape classes of unknown.yml ("-cap-",
// "-hyp-", "-hyp-adj-", "-abr-", "-sym-", "-unknown-", ...).
extern const TagTable kGuesses;
// [previous * kPosCount + next]: log P(next | previous), floored so that
// no path is impossible. The sentence-start state is Pos::kSentenceEnd.
extern const float kTransitions[];
// [tag]: log P(tag) over the training tokens.
extern const float kLogPrior[];

}  // namespace dossier::text::lexical

#endif  // DOSSIER_SRC_TEXT_LEXICAL_LEXICAL_TABLES_H_
