// Small ASCII helpers for protocol text (header names, file extensions).
#ifndef DOSSIER_INGEST_ASCII_TEXT_H_
#define DOSSIER_INGEST_ASCII_TEXT_H_

#include <string>
#include <string_view>

namespace dossier::ingest {

// Lower-cases ASCII letters only; other bytes are kept.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// `s` without leading and trailing spaces and tabs.
inline std::string_view TrimBlanks(std::string_view s) {
  size_t begin = s.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  size_t end = s.find_last_not_of(" \t");
  return s.substr(begin, end - begin + 1);
}

// True when `s` ends with `suffix`, ignoring ASCII case.
inline bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         AsciiLower(s.substr(s.size() - suffix.size())) == AsciiLower(suffix);
}

// At most `max_bytes` of `s` for quoting in a message, with "..." if cut.
inline std::string Excerpt(std::string_view s, size_t max_bytes = 40) {
  if (s.size() <= max_bytes) return std::string(s);
  return std::string(s.substr(0, max_bytes)) + "...";
}

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_ASCII_TEXT_H_
