#include "word_shape.h"

#include <algorithm>

namespace dossier::text::lexical {

bool StartsUpper(std::string_view w) {
  if (w.empty()) return false;
  const auto b0 = static_cast<unsigned char>(w[0]);
  if (b0 < 0x80) return IsAsciiUpper(w[0]);
  if (w.size() < 2) return false;
  const auto b1 = static_cast<unsigned char>(w[1]);
  if (b0 == 0xC3) return b1 >= 0x80 && b1 <= 0x9E && b1 != 0x97;  // À-Þ but ×
  if (b0 == 0xC4 || b0 == 0xC5) return (b1 & 1) == 0;  // Latin Extended-A pairs
  if (b0 == 0xD0) return b1 >= 0x80 && b1 <= 0xAF;     // Ѐ-Я
  return false;
}

Shape ShapeOf(std::string_view w) {
  Shape s;
  s.upper_first = StartsUpper(w);
  int letters = 0;
  bool lower = false;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80) {
      ++letters;
      lower |= IsAsciiLower(c);
    }
    s.digit |= IsDigit(c);
    s.alphabetic &= IsAsciiLetter(c);
    if (c == '-' && i > 0 && i + 1 < w.size() && w[i + 1] != '-' && w[i - 1] != '-') s.hyphen = true;
  }
  s.letter = letters > 0;
  s.all_caps = letters >= 2 && !lower && s.upper_first;
  return s;
}

bool IsNumeric(std::string_view w) {
  if (!w.empty() && (w[0] == '-' || w[0] == '+')) w.remove_prefix(1);
  if (w.size() >= 2 && w.back() == 's' && IsDigit(w[w.size() - 2])) w.remove_suffix(1);
  if (w.empty() || !IsDigit(w[0])) return false;
  return std::all_of(w.begin(), w.end(), [](char c) {
    return IsDigit(c) || c == ',' || c == '.' || c == ':' || c == '/' || c == '-' || c == '%';
  });
}

bool IsOrdinal(std::string_view w) {
  if (w.size() < 3 || !IsDigit(w[0])) return false;
  std::string_view tail = w.substr(w.size() - 2);
  if (tail != "st" && tail != "nd" && tail != "rd" && tail != "th") return false;
  return std::all_of(w.begin(), w.end() - 2, IsDigit);
}

std::string_view Lower(std::string_view w, char* buf) {
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (IsAsciiUpper(c)) c = static_cast<char>(c - 'A' + 'a');
    if (i > 0 && static_cast<unsigned char>(w[i - 1]) == 0xC3 &&
        static_cast<unsigned char>(c) >= 0x80 && static_cast<unsigned char>(c) <= 0x9E &&
        static_cast<unsigned char>(c) != 0x97) {
      c = static_cast<char>(c + 0x20);
    }
    buf[i] = c;
  }
  return {buf, w.size()};
}

}  // namespace dossier::text::lexical
