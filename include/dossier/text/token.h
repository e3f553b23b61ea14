// Tokens and sentences of an analysed text, with byte spans into it.
#ifndef DOSSIER_TEXT_TOKEN_H_
#define DOSSIER_TEXT_TOKEN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/text/pos_tag.h"
#include "dossier/text/word_memo.h"

namespace dossier::text {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

// Token flags.
enum : uint8_t {
  kCapitalized = 1 << 0,  // first letter is upper case ("Minsk", "NATO")
  kAllCaps = 1 << 1,      // at least two letters, none lower case ("CSTO")
  kJoiner = 1 << 2,       // a hyphen or slash glued between two words ("S-400")
  kSpaceBefore = 1 << 3,  // white space precedes the token
  kLineStart = 1 << 4,    // first token of a line
  kAbbreviation = 1 << 5, // a known abbreviation ending in "." ("Gen.", "U.S.")
  kHasDigit = 1 << 6,
  kPossessive = 1 << 7,   // "'s" or a lone "'" after a word
};

struct Token {
  uint32_t begin = 0;      // byte span in the text
  uint32_t end = 0;
  uint32_t norm = 0;       // normal form: offset into AnalyzedText::norm
  uint16_t norm_size = 0;
  TokenKind kind = TokenKind::kWord;
  uint8_t flags = 0;
  uint8_t pos = 0;         // part of speech (text::Pos), 0 = untagged
  uint8_t reserved = 0;
  uint32_t lemma = 0;      // lemma: offset into AnalyzedText::norm (== norm when same)
  uint16_t lemma_size = 0;

  bool Has(uint8_t f) const { return (flags & f) != 0; }
  Pos Tag() const { return static_cast<Pos>(pos); }
};

struct Sentence {
  uint32_t begin = 0;        // byte span in the text
  uint32_t end = 0;
  uint32_t first_token = 0;  // [first_token, last_token) into the tokens
  uint32_t last_token = 0;
};

// A text cut into tokens and sentences. `text` is not owned.
struct AnalyzedText {
  std::string_view text;
  std::string norm;  // arena of normal forms and lemmas
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  // The analyzer's memory of words from earlier texts: reusing one
  // AnalyzedText across texts makes tagging faster. Clear() keeps it.
  WordMemo memo;

  std::string_view Norm(const Token& t) const { return {norm.data() + t.norm, t.norm_size}; }
  std::string_view Lemma(const Token& t) const {
    return {norm.data() + t.lemma, t.lemma_size};
  }
  std::string_view Surface(const Token& t) const {
    return text.substr(t.begin, t.end - t.begin);
  }
  // Index of the sentence holding token `i`.
  uint32_t SentenceOf(uint32_t token) const;
  void Clear() {
    text = {};
    norm.clear();
    tokens.clear();
    sentences.clear();
  }
};

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_TOKEN_H_
