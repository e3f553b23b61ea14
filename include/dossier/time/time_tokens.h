// Tokens around one place in the text, for the date grammar to look at.
//
// The time finder does not tokenise whole articles: a cheap byte scan stops
// at numbers and calendar words, and only there is a TokenWindow built, a
// few tokens back (for "in", "between", "early", "last"...) and lazily as
// far ahead as the grammar asks. A window never crosses a line break or the
// end of the previous mention, so no expression spans either.
#ifndef DOSSIER_TIME_TIME_TOKENS_H_
#define DOSSIER_TIME_TIME_TOKENS_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dossier/time/calendar_words.h"

namespace dossier::time {

enum class TokenKind : uint8_t {
  kEnd,     // past the window: a line break, the floor or the text's end
  kWord,    // letters ("June", "Niinistö")
  kNumber,  // digits, maybe grouped ("2,000") or suffixed ("12th", "1990s")
  kCode,    // letters and digits mixed ("K2", "Q3", "9am", "M1A2")
  kPunct,   // one punctuation mark
};

enum class NumberSuffix : uint8_t { kNone, kOrdinal, kPlural, kApostropheS };

struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kEnd;
  bool spaced = true;       // whitespace (or the window edge) right before it
  // Words and codes.
  Lex lex = Lex::kNone;
  int8_t lex_value = 0;
  bool capitalised = false;  // first letter A-Z
  // Numbers.
  bool grouped = false;      // thousands separators: a quantity, never a date
  NumberSuffix suffix = NumberSuffix::kNone;
  uint8_t digits = 0;        // digit count when not grouped
  int32_t value = 0;         // -1 when longer than nine digits
  // Punctuation: the ASCII mark; an en dash is '-', an em dash 'm', curly
  // apostrophes '\'' and curly double quotes '"'.
  char punct = 0;

  bool Is(Lex l) const { return lex == l && kind != TokenKind::kPunct; }
  bool IsPunct(char c) const { return kind == TokenKind::kPunct && punct == c; }
  // The end of the digits, without a suffix ("2022's" -> "2022").
  uint32_t DigitsEnd() const { return grouped ? end : begin + digits; }
};

// Byte classes for the scans, by table because the scan visits every byte.
enum ByteClass : uint8_t { kOtherByte, kDigitByte, kLetterByte, kHighByte };

constexpr std::array<uint8_t, 256> MakeByteClasses() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = c >= 0x80                               ? kHighByte
           : c >= '0' && c <= '9'                  ? kDigitByte
           : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? kLetterByte
                                                              : kOtherByte;
  }
  return t;
}
inline constexpr std::array<uint8_t, 256> kByteClass = MakeByteClasses();

// The byte after the letter/digit run starting at `pos`, with the same rule
// the tokens use (non-ASCII letters continue a run; dashes, quotes and
// spaces do not).
size_t RunEnd(std::string_view text, size_t pos);

// True when text[pos] can start a run.
bool IsRunByte(std::string_view text, size_t pos);

class TokenWindow {
 public:
  static constexpr int kBehind = 8;
  static constexpr int kAhead = 24;

  // `anchor` must be where a run starts; `floor` is where looking back stops.
  TokenWindow(std::string_view text, size_t floor, size_t anchor);

  // Token i relative to the anchor (0), from -kBehind to kAhead - 1; a kEnd
  // token outside what exists.
  const Token& operator[](int i);

  std::string_view text() const { return text_; }
  size_t floor() const { return floor_; }

 private:
  std::string_view text_;
  size_t floor_;
  Token behind_[kBehind];  // a ring: token -1 is behind_[(n_lexed_ - 1) % kBehind]
  int n_lexed_ = 0;        // tokens lexed before the anchor
  int n_behind_ = 0;       // how many of them are kept
  Token ahead_[kAhead];
  int n_ahead_ = 0;
  size_t next_ = 0;        // where the next ahead token is lexed from
  bool done_ = false;
  Token end_;
};

}  // namespace dossier::time

#endif  // DOSSIER_TIME_TIME_TOKENS_H_
