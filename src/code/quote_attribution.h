// The two halves of QuoteFinder::Find after the marks are read: the speakers
// of direct quotes, and indirect speech. Internal to the code stage.
#ifndef DOSSIER_SRC_CODE_QUOTE_ATTRIBUTION_H_
#define DOSSIER_SRC_CODE_QUOTE_ATTRIBUTION_H_

#include <string>
#include <vector>

#include "dossier/code/coding.h"
#include "quote_marks.h"
#include "speaker_resolver.h"

namespace dossier::code {

struct QuoteContext {
  const text::AnalyzedText& text;
  const TextLayout& layout;
  const SpeakerResolver& speakers;
};

// A quote's speaker and how it was found ("said", "according to",
// "pronoun", "position"); an empty actor when none was.
struct FoundSpeaker {
  Actor speaker;
  std::string how;
};

// The speakers of `quotes` (direct, in text order), one per quote.
std::vector<FoundSpeaker> AttributeDirectQuotes(const QuoteContext& c,
                                                const std::vector<MarkedQuote>& quotes);

// The cue's words as written, lower case ("said", "according to").
std::string CueWords(const text::AnalyzedText& text, uint32_t at, uint32_t length);

// "X said (that) S" outside quote marks, in text order.
void FindIndirectSpeech(const QuoteContext& c, std::vector<Quote>& out);

}  // namespace dossier::code

#endif  // DOSSIER_SRC_CODE_QUOTE_ATTRIBUTION_H_
