// Groups tokens into sentences.
#ifndef DOSSIER_TEXT_SENTENCE_SPLITTER_H_
#define DOSSIER_TEXT_SENTENCE_SPLITTER_H_

#include "dossier/text/token.h"
#include "dossier/text/tokenizer.h"

namespace dossier::text {

// A sentence ends at ".", "!", "?" or "..." (taking closing quotes and
// brackets with it) when the next token can open a sentence; at a title
// abbreviation ("Gen.") never; at another abbreviation ("U.S.", "Jan.") only
// before a line break or a sentence-opening word. A blank line (block
// boundary) always ends one, so headlines and list items stand alone; a single
// line break ends one unless the next line continues in lower case.
void SplitSentences(const Abbreviations* abbreviations, AnalyzedText& text);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_SENTENCE_SPLITTER_H_
