// White space as news text has it: ASCII spaces and the Unicode spaces that
// pages use between words (no-break, thin, ideographic, zero-width).
#ifndef DOSSIER_CORE_SPACES_H_
#define DOSSIER_CORE_SPACES_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dossier {

inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Length in bytes of the white space (ASCII or Unicode) starting at s[i],
// or 0 if s[i] does not start white space.
size_t SpaceLength(std::string_view s, size_t i);

// Appends `in` to `out` with every run of white space as one ASCII space,
// never starting `out` with a space. Trailing space may remain; TrimEnd it.
void AppendCollapsed(std::string_view in, std::string& out);

// `in` with white space runs collapsed and the ends trimmed.
std::string CollapseSpaces(std::string_view in);

void TrimEnd(std::string& s);

}  // namespace dossier

#endif  // DOSSIER_CORE_SPACES_H_
