// What a token looks like, independent of any dictionary: capitals,
// digits, hyphens, numbers. Byte-level and allocation-free; UTF-8 beyond
// ASCII is understood only as far as news names need (Latin-1, Latin
// Extended-A and Cyrillic capitals).
#ifndef DOSSIER_SRC_TEXT_LEXICAL_WORD_SHAPE_H_
#define DOSSIER_SRC_TEXT_LEXICAL_WORD_SHAPE_H_

#include <cstddef>
#include <string_view>

namespace dossier::text::lexical {

// Longer tokens are looked up as they are but never case-folded or
// rewritten (they are URLs, hashes, run-together junk).
inline constexpr size_t kMaxWord = 64;

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Upper-case first letter: "Minsk", "Ökland", "Šefčovič", "Зеленский".
bool StartsUpper(std::string_view w);

struct Shape {
  bool upper_first = false;
  bool all_caps = false;   // two or more letters, none lower case
  bool alphabetic = true;  // ASCII letters only
  bool digit = false;
  bool letter = false;     // any letter (non-ASCII bytes count as letters)
  bool hyphen = false;     // a single hyphen inside the word
};

Shape ShapeOf(std::string_view w);

// "12", "3.5", "2,000", "1990s", "-4", "10:30", "2024-06-13", "50%".
bool IsNumeric(std::string_view w);

// "21st", "2nd", "3rd", "4th".
bool IsOrdinal(std::string_view w);

// `w` with ASCII and Latin-1 capitals folded, written to `buf` (room for
// w.size() bytes); other bytes are kept.
std::string_view Lower(std::string_view w, char* buf);

}  // namespace dossier::text::lexical

#endif  // DOSSIER_SRC_TEXT_LEXICAL_WORD_SHAPE_H_
