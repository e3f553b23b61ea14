// PETRARCH-1's comma-clause trimming, a convention of its validation suite:
// before coding, a sentence loses its comma-delimited clauses whose length
// in words falls in configured ranges. Used only by the validation bench.
#ifndef DOSSIER_EVAL_COMMA_CLAUSES_H_
#define DOSSIER_EVAL_COMMA_CLAUSES_H_

#include <string>

#include "dossier/text/token.h"

namespace dossier {

// Word-count ranges, inclusive; a range whose maximum is 0 is off. The
// defaults are PETRARCH-1's: internal and terminal clauses of 2 to 8 words
// go, an initial clause stays.
struct CommaClauseLimits {
  int min = 2, max = 8;    // between two commas
  int bmin = 0, bmax = 0;  // from the start to the first comma
  int emin = 2, emax = 8;  // from the last comma to the final punctuation
};

// The analysed text `text` (one sentence, tagged) without the clauses
// `limits` select, its tokens joined as they were spaced. The initial
// clause is judged first, then the terminal one, then the internal ones
// left to right; a deleted clause leaves its comma for the next check, and
// commas left dangling are dropped at the end. Words are tokens that start
// with a letter. A comma inside a noun phrase, between two nouns,
// adjectives or numbers ("Chad, Niger and Mali", "complete, full
// ties"), delimits no clause.
std::string TrimCommaClauses(const text::AnalyzedText& text, const CommaClauseLimits& limits);

}  // namespace dossier

#endif  // DOSSIER_EVAL_COMMA_CLAUSES_H_
