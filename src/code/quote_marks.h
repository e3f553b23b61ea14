// Direct quotes found by their marks: straight and curly double quotes,
// low-9 and guillemets, curly single quotes; a quote that runs over
// paragraphs by the English convention (no closing mark at the paragraph's
// end, an opening mark at the next one's start). Internal to the code stage.
#ifndef DOSSIER_SRC_CODE_QUOTE_MARKS_H_
#define DOSSIER_SRC_CODE_QUOTE_MARKS_H_

#include <cstdint>
#include <vector>

#include "dossier/text/token.h"

namespace dossier::code {

inline constexpr uint32_t kNoToken = UINT32_MAX;

// Sentence and paragraph of every token. A paragraph starts with a sentence
// whose first token begins a line.
struct TextLayout {
  std::vector<uint32_t> sentence;         // by token
  std::vector<uint32_t> paragraph;        // by token
  std::vector<uint32_t> paragraph_first;  // first token of each paragraph
  static TextLayout Of(const text::AnalyzedText& text);
  uint32_t ParagraphEnd(uint32_t p, uint32_t token_count) const {
    return p + 1 < paragraph_first.size() ? paragraph_first[p + 1] : token_count;
  }
};

// Quoted words between two marks: content tokens [first, last).
struct QuotePart {
  uint32_t open = 0;  // the opening mark's token
  uint32_t first = 0, last = 0;
  uint32_t close = kNoToken;  // the closing mark's token; kNoToken when the
                              // part ends at a paragraph's end and goes on
};

struct MarkedQuote {
  std::vector<QuotePart> parts;  // in text order
  uint32_t open() const { return parts.front().open; }
  uint32_t close() const { return parts.back().close; }
  uint32_t first() const { return parts.front().first; }
  uint32_t last() const { return parts.back().last; }
};

// The quotes of `text` in text order, each closed; marks that never close
// within their paragraph are left out. One pass over the tokens.
std::vector<MarkedQuote> FindMarkedQuotes(const text::AnalyzedText& text, const TextLayout& layout);

// Words and numbers among the quote's content tokens.
uint32_t WordCount(const text::AnalyzedText& text, const MarkedQuote& quote);

}  // namespace dossier::code

#endif  // DOSSIER_SRC_CODE_QUOTE_MARKS_H_
