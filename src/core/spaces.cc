#include "dossier/core/spaces.h"

namespace dossier {

size_t SpaceLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiSpace(static_cast<char>(c)) ? 1 : 0;
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  if (c == 0xC2 && at(1) == 0xA0) return 2;  // U+00A0 no-break space
  if (c == 0xE2 && at(1) == 0x80) {
    unsigned char d = at(2);
    // U+2000..U+200B spaces and zero-width space, U+202F narrow no-break.
    if ((d >= 0x80 && d <= 0x8B) || d == 0xAF) return 3;
  }
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;  // U+205F
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;  // U+3000
  if (c == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return 3;  // U+FEFF
  return 0;
}

namespace {

// Lead bytes of the multi-byte spaces SpaceLength knows.
bool MayStartUnicodeSpace(unsigned char c) {
  return c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF;
}

}  // namespace

void AppendCollapsed(std::string_view in, std::string& out) {
  bool space = !out.empty() && out.back() == ' ';
  size_t i = 0;
  const size_t n = in.size();
  while (i < n) {
    // Copy the next run of non-space bytes in one go.
    size_t start = i;
    while (i < n) {
      unsigned char c = static_cast<unsigned char>(in[i]);
      if (c < 0x80 ? IsAsciiSpace(static_cast<char>(c))
                   : (MayStartUnicodeSpace(c) && SpaceLength(in, i) > 0)) {
        break;
      }
      ++i;
    }
    if (i > start) {
      out.append(in.data() + start, i - start);
      space = false;
    }
    if (i >= n) break;
    size_t len = SpaceLength(in, i);
    i += len;
    if (!space && !out.empty()) out += ' ';
    space = true;
  }
}

std::string CollapseSpaces(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  AppendCollapsed(in, out);
  TrimEnd(out);
  return out;
}

void TrimEnd(std::string& s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
}

}  // namespace dossier
