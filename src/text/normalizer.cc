#include "dossier/text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace dossier::text {
namespace {

void AppendUtf8(char32_t c, std::string& out) {
  char buf[4];
  int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), error);
  if (!error) out.append(buf, static_cast<size_t>(n));
}

// Letters that NFKD does not decompose but that news spells without the
// stroke ("Łukaszenka" / "Lukashenka", "Ørsted" / "Orsted").
const char* Unstroked(char32_t c) {
  switch (c) {
    case U'ł': case U'Ł': return "l";
    case U'ø': case U'Ø': return "o";
    case U'đ': case U'Đ': return "d";
    case U'ħ': case U'Ħ': return "h";
    case U'ı': return "i";
    case U'ß': return "ss";
    case U'æ': case U'Æ': return "ae";
    case U'œ': case U'Œ': return "oe";
    case U'þ': case U'Þ': return "th";
    default: return nullptr;
  }
}

// Punctuation that has several Unicode spellings in news text.
char Unified(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032:
    case 0x0060: case 0x00B4: case 0x02BB:
      return '\'';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE63: case 0xFF0D:
      return '-';
    case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
      return '"';
    default:
      return 0;
  }
}

void AppendFolded(char32_t c, std::string& out) {
  if (char u = Unified(c)) {
    out.push_back(u);
    return;
  }
  if (const char* s = Unstroked(c)) {
    out += s;
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString decomposed;
  if (nfkd != nullptr) {
    status = U_ZERO_ERROR;
    nfkd->normalize(icu::UnicodeString(static_cast<UChar32>(c)), decomposed, status);
  }
  if (nfkd == nullptr || U_FAILURE(status)) decomposed = icu::UnicodeString(static_cast<UChar32>(c));
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 d = decomposed.char32At(i);
    i += U16_LENGTH(d);
    if (u_charType(d) == U_NON_SPACING_MARK) continue;
    if (d < 0x80) {
      out.push_back(static_cast<char>(d >= 'A' && d <= 'Z' ? d + 32 : d));
    } else if (const char* s = Unstroked(static_cast<char32_t>(d))) {
      out += s;
    } else {
      AppendUtf8(static_cast<char32_t>(u_foldCase(d, U_FOLD_CASE_DEFAULT)), out);
    }
  }
}

}  // namespace

char32_t DecodeUtf8(std::string_view text, size_t& i) {
  auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  UChar32 c = 0;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), pos, static_cast<int32_t>(text.size()), c);
  if (c < 0) {
    i += 1;
    return 0xFFFD;
  }
  i = static_cast<size_t>(pos);
  return static_cast<char32_t>(c);
}

bool IsWordCodePoint(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  if (c == 0xFFFD) return false;
  auto cp = static_cast<UChar32>(c);
  return u_isalnum(cp) || u_charType(cp) == U_NON_SPACING_MARK ||
         u_charType(cp) == U_COMBINING_SPACING_MARK;
}

bool IsUpperCodePoint(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

void AppendNormalized(std::string_view word, std::string& out) {
  // Most words are ASCII throughout: lower-case them in one pass.
  size_t i = 0;
  while (i < word.size() && static_cast<unsigned char>(word[i]) < 0x80) ++i;
  const size_t at = out.size();
  out.append(word.data(), i);
  for (char* c = out.data() + at; c != out.data() + at + i; ++c) {
    if (*c >= 'A' && *c <= 'Z') *c = static_cast<char>(*c + 32);
  }
  while (i < word.size()) {
    auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    AppendFolded(DecodeUtf8(word, i), out);
  }
}

}  // namespace dossier::text
