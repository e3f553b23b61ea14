// The normal form of words used for matching: lower case, no diacritics,
// one apostrophe, one hyphen. The text itself is never rewritten; tokens keep
// their byte spans into it and carry this form beside them.
#ifndef DOSSIER_TEXT_NORMALIZER_H_
#define DOSSIER_TEXT_NORMALIZER_H_

#include <string>
#include <string_view>

namespace dossier::text {

// Appends the normal form of `word` to `out`: case folded, compatibility
// forms unified (NFKD), combining marks dropped ("Erdoğan" -> "erdogan",
// "Łódź" -> "lodz"), curly apostrophes and primes to "'", dashes to "-",
// typographic double quotes to '"'. ASCII input takes a fast path.
void AppendNormalized(std::string_view word, std::string& out);

inline std::string Normalized(std::string_view word) {
  std::string out;
  AppendNormalized(word, out);
  return out;
}

// Decodes one UTF-8 code point at `text[i]`, advancing `i`; invalid bytes
// decode as U+FFFD one byte at a time (cleaned text is valid UTF-8 anyway).
char32_t DecodeUtf8(std::string_view text, size_t& i);

// Unicode letter or digit (or combining mark, which continues a word).
bool IsWordCodePoint(char32_t c);
bool IsUpperCodePoint(char32_t c);

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_NORMALIZER_H_
