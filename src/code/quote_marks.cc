#include "quote_marks.h"

#include <string_view>

namespace dossier::code {
namespace {

using text::Token;
using text::TokenKind;

enum class Mark : uint8_t { kNone, kOpen, kClose, kEither, kSingleOpen, kSingleClose };

constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // U+201C
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // U+201D
constexpr std::string_view kLowDouble = "\xE2\x80\x9E";    // U+201E, closed by U+201C
constexpr std::string_view kLeftAngle = "\xC2\xAB";        // U+00AB
constexpr std::string_view kRightAngle = "\xC2\xBB";       // U+00BB
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";   // U+2018
constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // U+2019

bool IsPunct(const text::AnalyzedText& text, uint32_t i, std::string_view chars) {
  const Token& t = text.tokens[i];
  return t.kind == TokenKind::kPunct && text.Norm(t).size() == 1 &&
         chars.find(text.Norm(t)[0]) != std::string_view::npos;
}

// White space, a line start, an opening bracket, a dash or a colon before the token.
bool OpenOnLeft(const text::AnalyzedText& text, uint32_t i) {
  const Token& t = text.tokens[i];
  return i == 0 || t.Has(text::kSpaceBefore) || t.Has(text::kLineStart) ||
         IsPunct(text, i - 1, "([{-:");
}

// White space, the end, or punctuation that follows words after the token.
bool OpenOnRight(const text::AnalyzedText& text, uint32_t i) {
  if (i + 1 >= text.tokens.size()) return true;
  const Token& next = text.tokens[i + 1];
  return next.Has(text::kSpaceBefore) || next.Has(text::kLineStart) ||
         IsPunct(text, i + 1, ",.;:!?)]");
}

Mark StraightMark(const text::AnalyzedText& text, uint32_t i) {
  bool left = OpenOnLeft(text, i), right = OpenOnRight(text, i);
  if (left && !right) return Mark::kOpen;
  if (!left && right) return Mark::kClose;
  return Mark::kEither;
}

Mark Classify(const text::AnalyzedText& text, uint32_t i) {
  const Token& t = text.tokens[i];
  if (t.kind != TokenKind::kPunct) return Mark::kNone;
  std::string_view s = text.Surface(t);
  if (s == "\"") return StraightMark(text, i);
  if (s == kLeftDouble || s == kLowDouble || s == kLeftAngle) return Mark::kOpen;
  if (s == kRightDouble || s == kRightAngle) return Mark::kClose;
  if (s == kLeftSingle) return OpenOnRight(text, i) ? Mark::kNone : Mark::kSingleOpen;
  // A right single quote that is an apostrophe ("the students' union") is no mark.
  if (s == kRightSingle && !t.Has(text::kPossessive) && !OpenOnLeft(text, i) &&
      OpenOnRight(text, i))
    return Mark::kSingleClose;
  return Mark::kNone;
}

// The scan's state: the quote being read, if any.
struct OpenQuote {
  bool open = false;
  bool single = false;
  bool low9 = false;      // opened by U+201E, which U+201C closes
  bool definite = false;  // opened by a mark that can only open
  MarkedQuote quote;

  void Start(const text::AnalyzedText& text, uint32_t i, Mark m) {
    open = true;
    single = m == Mark::kSingleOpen;
    definite = m == Mark::kOpen || m == Mark::kSingleOpen;
    low9 = text.Surface(text.tokens[i]) == kLowDouble;
    quote.parts.assign(1, QuotePart{i, i + 1, i + 1, kNoToken});
  }
  bool Closes(const text::AnalyzedText& text, uint32_t i, Mark m) const {
    if (single) return m == Mark::kSingleClose;
    if (low9 && text.Surface(text.tokens[i]) == kLeftDouble) return true;
    return m == Mark::kClose || m == Mark::kEither;
  }
  bool Reopens(Mark m) const { return single ? m == Mark::kSingleOpen : m == Mark::kOpen; }
  // A mark of either kind may have been read the wrong way round: only a
  // definite opening mark carries a quote over a paragraph's end.
  bool ContinuesParagraph(Mark m) const {
    if (!definite) return false;
    return single ? m == Mark::kSingleOpen : (m == Mark::kOpen || m == Mark::kEither);
  }
};

bool HasContent(const MarkedQuote& q) {
  for (const QuotePart& p : q.parts) {
    if (p.first < p.last) return true;
  }
  return false;
}

// Whether a blank line comes before token i.
bool BlankLineBefore(const text::AnalyzedText& text, uint32_t i) {
  if (i == 0 || !text.tokens[i].Has(text::kLineStart)) return false;
  int newlines = 0;
  for (uint32_t b = text.tokens[i - 1].end; b < text.tokens[i].begin; ++b) {
    if (text.text[b] == '\n' && ++newlines == 2) return true;
  }
  return false;
}

// A line that does not go on with the sentence before: its first word is
// not a lower-case one.
bool StartsLine(const text::AnalyzedText& text, uint32_t i) {
  const Token& t = text.tokens[i];
  if (!t.Has(text::kLineStart)) return false;
  return i == 0 || t.kind != TokenKind::kWord || t.Has(text::kCapitalized);
}

}  // namespace

TextLayout TextLayout::Of(const text::AnalyzedText& text) {
  TextLayout layout;
  const auto n = static_cast<uint32_t>(text.tokens.size());
  layout.sentence.resize(n);
  layout.paragraph.resize(n);
  // Paragraphs are separated by blank lines when the text has any (as the
  // clean stage writes them), else by line breaks before anything but a
  // lower-case word.
  bool blank_lines = false;
  for (uint32_t i = 1; i < n && !blank_lines; ++i) blank_lines = BlankLineBefore(text, i);
  for (uint32_t s = 0; s < text.sentences.size(); ++s) {
    const text::Sentence& sentence = text.sentences[s];
    if (sentence.first_token >= sentence.last_token) continue;
    const uint32_t first = sentence.first_token;
    const bool starts = blank_lines ? BlankLineBefore(text, first) : StartsLine(text, first);
    if (layout.paragraph_first.empty() || starts) layout.paragraph_first.push_back(first);
    const auto p = static_cast<uint32_t>(layout.paragraph_first.size() - 1);
    for (uint32_t i = sentence.first_token; i < sentence.last_token && i < n; ++i) {
      layout.sentence[i] = s;
      layout.paragraph[i] = p;
    }
  }
  return layout;
}

std::vector<MarkedQuote> FindMarkedQuotes(const text::AnalyzedText& text,
                                          const TextLayout& layout) {
  std::vector<MarkedQuote> out;
  OpenQuote state;
  const auto n = static_cast<uint32_t>(text.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    const Mark m = Classify(text, i);
    if (state.open && layout.paragraph[i] != layout.paragraph[i - 1]) {
      if (state.ContinuesParagraph(m)) {
        state.quote.parts.back().last = i;
        state.quote.parts.push_back(QuotePart{i, i + 1, i + 1, kNoToken});
        continue;
      }
      state.open = false;  // never closed: not a quote
    }
    if (m == Mark::kNone) continue;
    if (!state.open) {
      if (m != Mark::kClose && m != Mark::kSingleClose) state.Start(text, i, m);
    } else if (state.Closes(text, i, m)) {
      state.quote.parts.back().last = i;
      state.quote.parts.back().close = i;
      state.open = false;
      if (HasContent(state.quote)) out.push_back(std::move(state.quote));
    } else if (state.Reopens(m)) {
      state.Start(text, i, m);  // the earlier mark was never closed
    }
  }
  return out;
}

uint32_t WordCount(const text::AnalyzedText& text, const MarkedQuote& quote) {
  uint32_t words = 0;
  for (const QuotePart& p : quote.parts) {
    for (uint32_t i = p.first; i < p.last; ++i) {
      if (text.tokens[i].kind != TokenKind::kPunct) ++words;
    }
  }
  return words;
}

}  // namespace dossier::code
