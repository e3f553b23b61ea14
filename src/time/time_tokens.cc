#include "dossier/time/time_tokens.h"

namespace dossier::time {
namespace {

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// The few non-ASCII sequences that are not letters: spaces, dashes, quotes.
// Returns their length and sets `as` to the ASCII stand-in (' ' for space).
size_t Special(std::string_view s, size_t i, char& as) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    as = ' ';  // no-break space
    return 2;
  }
  if (c != 0xE2 || i + 2 >= s.size() || static_cast<unsigned char>(s[i + 1]) != 0x80) return 0;
  unsigned char d = static_cast<unsigned char>(s[i + 2]);
  if ((d >= 0x80 && d <= 0x8A) || d == 0xAF) as = ' ';  // the U+2000 spaces, narrow nbsp
  else if (d == 0x90 || d == 0x91 || d == 0x93) as = '-';  // hyphens, en dash
  else if (d == 0x94) as = 'm';                             // em dash
  else if (d == 0x98 || d == 0x99) as = '\'';
  else if (d == 0x9C || d == 0x9D) as = '"';
  else if (d == 0xA6) as = '.';                             // ellipsis
  else return 0;
  return 3;
}

bool IsWordByte(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsDigit(c) || IsAlpha(c);
  char unused;
  return Special(s, i, unused) == 0;
}

// The number, word or code run [pos, end) as a token.
void FillRun(std::string_view s, size_t pos, size_t end, Token& t) {
  t.begin = static_cast<uint32_t>(pos);
  size_t digits = pos;
  while (digits < end && IsDigit(static_cast<unsigned char>(s[digits]))) ++digits;
  bool ascii = true;
  for (size_t i = pos; i < end; ++i) ascii = ascii && static_cast<unsigned char>(s[i]) < 0x80;
  if (digits == pos) {  // starts with a letter
    bool has_digit = false;
    for (size_t i = pos; i < end; ++i) {
      has_digit = has_digit || IsDigit(static_cast<unsigned char>(s[i]));
    }
    t.kind = has_digit ? TokenKind::kCode : TokenKind::kWord;
    t.capitalised = s[pos] >= 'A' && s[pos] <= 'Z';
    if (ascii) {
      WordInfo info = LookupWord(s.substr(pos, end - pos));
      t.lex = info.lex;
      t.lex_value = info.value;
    }
    t.end = static_cast<uint32_t>(end);
    return;
  }
  std::string_view tail = s.substr(digits, end - digits);
  auto lower_is = [&](const char* x) {
    if (tail.size() != 2) return false;
    return (tail[0] | 0x20) == x[0] && (tail[1] | 0x20) == x[1];
  };
  t.kind = TokenKind::kNumber;
  if (tail.empty()) {
  } else if (lower_is("st") || lower_is("nd") || lower_is("rd") || lower_is("th")) {
    t.suffix = NumberSuffix::kOrdinal;
  } else if (tail == "s") {
    t.suffix = NumberSuffix::kPlural;
  } else {
    t.kind = TokenKind::kCode;  // "9am", "5G", "120km"
  }
  t.digits = static_cast<uint8_t>(digits - pos > 255 ? 255 : digits - pos);
  int64_t v = 0;
  for (size_t i = pos; i < digits && v >= 0; ++i) {
    v = v * 10 + (s[i] - '0');
    if (v > 999999999) v = -1;
  }
  // Thousands groups: "2,000", "1,340,000". Only after a plain digit run.
  if (t.kind == TokenKind::kNumber && tail.empty()) {
    while (end + 3 < s.size() && s[end] == ',' && IsDigit(s[end + 1]) &&
           IsDigit(s[end + 2]) && IsDigit(s[end + 3]) &&
           (end + 4 >= s.size() || !IsWordByte(s, end + 4))) {
      t.grouped = true;
      for (size_t i = end + 1; i < end + 4 && v >= 0; ++i) {
        v = v * 10 + (s[i] - '0');
        if (v > 999999999) v = -1;
      }
      end += 4;
    }
    // "1990's", "2022’s": possessive or plural of a year.
    char q = 0;
    size_t qlen = end < s.size() ? (s[end] == '\'' ? 1 : Special(s, end, q)) : 0;
    if (qlen == 3 && q != '\'') qlen = 0;
    if (qlen > 0 && end + qlen < s.size() && (s[end + qlen] | 0x20) == 's' &&
        (end + qlen + 1 >= s.size() || !IsWordByte(s, end + qlen + 1))) {
      t.suffix = NumberSuffix::kApostropheS;
      end += qlen + 1;
    }
  }
  t.value = static_cast<int32_t>(v);
  t.end = static_cast<uint32_t>(end);
}

// Lexes the token at or after `pos` (skipping spaces); kEnd at a line break
// or the end of the text. Returns where the next token starts looking.
size_t LexToken(std::string_view s, size_t pos, Token& t) {
  t = Token();
  t.spaced = false;
  while (pos < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    char as = 0;
    size_t n = c >= 0x80 ? Special(s, pos, as) : 0;
    if (IsAsciiSpace(c) || (n > 0 && as == ' ')) {
      t.spaced = true;
      pos += n > 0 ? n : 1;
      continue;
    }
    if (c == '\n') break;
    if (n > 0 || (c < 0x80 && !IsDigit(c) && !IsAlpha(c))) {
      t.kind = TokenKind::kPunct;
      t.punct = n > 0 ? as : static_cast<char>(c);
      t.begin = static_cast<uint32_t>(pos);
      t.end = static_cast<uint32_t>(pos + (n > 0 ? n : 1));
      return t.end;
    }
    FillRun(s, pos, RunEnd(s, pos), t);
    return t.end;
  }
  t.kind = TokenKind::kEnd;
  t.begin = t.end = static_cast<uint32_t>(pos);
  return pos;
}

}  // namespace

bool IsRunByte(std::string_view text, size_t pos) { return IsWordByte(text, pos); }

size_t RunEnd(std::string_view text, size_t pos) {
  const size_t n = text.size();
  while (pos < n) {
    uint8_t k = kByteClass[static_cast<unsigned char>(text[pos])];
    if (k == kDigitByte || k == kLetterByte) {
      ++pos;
      continue;
    }
    char unused;
    if (k == kOtherByte || Special(text, pos, unused) != 0) break;
    ++pos;
  }
  return pos;
}

TokenWindow::TokenWindow(std::string_view text, size_t floor, size_t anchor)
    : text_(text), floor_(floor) {
  end_.begin = end_.end = static_cast<uint32_t>(anchor);
  // Step back over about kBehind tokens: runs whole, punctuation one byte at
  // a time (multi-byte dashes count as part of a run here, which only makes
  // the step a little shorter).
  size_t p = anchor;
  int count = 0;
  while (p > floor && count < kBehind && anchor - p < 96) {
    unsigned char c = static_cast<unsigned char>(text[p - 1]);
    if (c == '\n') break;
    if (IsAsciiSpace(c)) {
      --p;
    } else if (c >= 0x80 || IsDigit(c) || IsAlpha(c)) {
      while (p > floor && (static_cast<unsigned char>(text[p - 1]) >= 0x80 ||
                           IsDigit(static_cast<unsigned char>(text[p - 1])) ||
                           IsAlpha(static_cast<unsigned char>(text[p - 1])))) {
        --p;
      }
      ++count;
    } else {
      --p;
      ++count;
    }
  }
  // Lex forward to the anchor, keeping the last kBehind tokens in the ring.
  Token t;
  int n = 0;
  while (p < anchor) {
    p = LexToken(text, p, t);
    if (t.kind == TokenKind::kEnd) {
      n = 0;  // a line break: nothing before it counts
      if (p < anchor) ++p;
      continue;
    }
    if (t.begin >= anchor) break;
    if (n == 0) t.spaced = true;  // the window edge counts as a space
    behind_[n % kBehind] = t;
    ++n;
  }
  n_lexed_ = n;
  n_behind_ = n < kBehind ? n : kBehind;
  next_ = anchor;
  (*this)[0];
  if (n_ahead_ > 0) {
    ahead_[0].spaced = n_behind_ == 0 || (*this)[-1].end != ahead_[0].begin;
  }
}

const Token& TokenWindow::operator[](int i) {
  if (i < 0) return -i <= n_behind_ ? behind_[(n_lexed_ + i) % kBehind] : end_;
  while (!done_ && n_ahead_ <= i && n_ahead_ < kAhead) {
    next_ = LexToken(text_, next_, ahead_[n_ahead_]);
    if (ahead_[n_ahead_].kind == TokenKind::kEnd) {
      done_ = true;
      end_.begin = end_.end = ahead_[n_ahead_].begin;
      break;
    }
    ++n_ahead_;
  }
  return i < n_ahead_ ? ahead_[i] : end_;
}

}  // namespace dossier::time
