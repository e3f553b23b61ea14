#include "dossier/text/tokenizer.h"

#include "dossier/core/data_dir.h"
#include "dossier/text/normalizer.h"

namespace dossier::text {
namespace {

bool IsAsciiWord(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Byte length of an apostrophe at text[i] (ASCII or U+2019), else 0.
size_t ApostropheAt(std::string_view text, size_t i) {
  if (i < text.size() && text[i] == '\'') return 1;
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      static_cast<unsigned char>(text[i + 2]) == 0x99)
    return 3;
  return 0;
}

// Byte length of a dash glued between words at text[i] ("-", U+2010/2011/2013), else 0.
size_t JoinerAt(std::string_view text, size_t i) {
  if (text[i] == '-' || text[i] == '/') return 1;
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80) {
    auto c = static_cast<unsigned char>(text[i + 2]);
    if (c == 0x90 || c == 0x91 || c == 0x93) return 3;
  }
  return 0;
}

// Where the clitic of a contraction starts when the word [begin, after)
// with an apostrophe at `ap_at` (`ap` bytes) is one ("did|n't", "ca|n't",
// "we|'ll", "they|'re", "I|'ve", "she|'d", "I|'m"), else 0.
size_t ContractionAt(std::string_view text, size_t begin, size_t ap_at, size_t ap, size_t after) {
  std::string_view rest = text.substr(ap_at + ap, after - ap_at - ap);
  auto lower = [](std::string_view w, std::string_view l) {
    if (w.size() != l.size()) return false;
    for (size_t k = 0; k < w.size(); ++k) {
      char c = w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] - 'A' + 'a') : w[k];
      if (c != l[k]) return false;
    }
    return true;
  };
  if (lower(rest, "t") && ap_at >= begin + 2 && (text[ap_at - 1] == 'n' || text[ap_at - 1] == 'N'))
    return ap_at - 1;
  for (std::string_view clitic : {"ll", "re", "ve", "d", "m"}) {
    if (lower(rest, clitic)) return ap_at;
  }
  return 0;
}

bool WordStartsAt(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return IsAsciiWord(b);
  size_t j = i;
  return IsWordCodePoint(DecodeUtf8(text, j));
}

// Scans word characters from i; returns the end.
size_t ScanWord(std::string_view text, size_t i) {
  while (i < text.size()) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (!IsAsciiWord(b)) break;
      ++i;
      continue;
    }
    size_t j = i;
    if (!IsWordCodePoint(DecodeUtf8(text, j))) break;
    i = j;
  }
  return i;
}

uint8_t ShapeFlags(std::string_view word) {
  uint8_t flags = 0;
  int letters = 0, upper = 0, lower = 0;
  bool first = true;
  for (size_t i = 0; i < word.size();) {
    // ASCII inline: the decoder and the Unicode case test are calls.
    const auto b = static_cast<unsigned char>(word[i]);
    const char32_t c = b < 0x80 ? word[i++] : DecodeUtf8(word, i);
    if (c >= '0' && c <= '9') {
      flags |= kHasDigit;
      first = false;
      continue;
    }
    if (c == '.' || c == '\'') continue;
    ++letters;
    bool up = c < 0x80 ? (c >= 'A' && c <= 'Z') : IsUpperCodePoint(c);
    if (up) ++upper; else ++lower;
    if (first && up) flags |= kCapitalized;
    first = false;
  }
  if (letters >= 2 && lower == 0) flags |= kAllCaps;
  return flags;
}

}  // namespace

Result<Abbreviations> Abbreviations::Load(const std::string& path) {
  auto content = ReadSmallFile(path);
  if (!content.ok()) return content.status();
  return Parse(content.value(), path);
}

Result<Abbreviations> Abbreviations::Parse(std::string_view content, const std::string& path) {
  Abbreviations out;
  size_t line_no = 0;
  for (size_t pos = 0; pos < content.size();) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    std::string_view word = line.substr(0, tab);
    std::string_view kind = tab == std::string_view::npos ? "other" : line.substr(tab + 1);
    if (kind == "starter" && !word.empty() && word.back() != '.') {
      out.starters_.insert(Normalized(word));
      continue;
    }
    if (word.size() < 2 || word.back() != '.' || (kind != "title" && kind != "other")) {
      return Status(StatusCode::kCorruptInput, "expected \"ABBREVIATION.<TAB>title|other\" or \"WORD<TAB>starter\"")
          .WithPath(path)
          .WithLine(line_no);
    }
    out.entries_[std::string(word)] =
        kind == "title" ? AbbreviationKind::kTitle : AbbreviationKind::kOther;
  }
  return out;
}

bool Abbreviations::IsSentenceStarter(std::string_view normalized_word) const {
  return starters_.count(std::string(normalized_word)) != 0;
}

const AbbreviationKind* Abbreviations::Find(std::string_view word) const {
  auto it = entries_.find(std::string(word));
  return it == entries_.end() ? nullptr : &it->second;
}

void Tokenizer::Tokenize(std::string_view text, AnalyzedText& out, uint32_t base) const {
  bool space_before = true;
  bool line_start = true;
  size_t i = 0;
  auto emit = [&](size_t begin, size_t end, TokenKind kind, uint8_t flags) {
    // Filled in place: a Token built aside and copied in stalled on
    // store forwarding (narrow field stores read back as one wide load).
    const auto norm = static_cast<uint32_t>(out.norm.size());
    AppendNormalized(text.substr(begin, end - begin), out.norm);
    const auto norm_size = static_cast<uint16_t>(out.norm.size() - norm);
    Token& t = out.tokens.emplace_back();
    t.begin = static_cast<uint32_t>(base + begin);
    t.end = static_cast<uint32_t>(base + end);
    t.kind = kind;
    t.flags = flags;
    if (space_before) t.flags |= kSpaceBefore;
    if (line_start) t.flags |= kLineStart;
    t.norm = norm;
    t.norm_size = norm_size;
    t.lemma = norm;
    t.lemma_size = norm_size;
    space_before = false;
    line_start = false;
  };
  while (i < text.size()) {
    auto b = static_cast<unsigned char>(text[i]);
    if (IsSpace(b)) {
      if (b == '\n') line_start = true;
      space_before = true;
      ++i;
      continue;
    }
    if (b == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      space_before = true;  // no-break space
      i += 2;
      continue;
    }
    if (WordStartsAt(text, i)) {
      size_t begin = i;
      size_t contraction = 0;  // where a contracted word's clitic starts
      bool number = IsDigit(text[i]);
      i = ScanWord(text, i);
      for (;;) {
        // "2,000" and "3.5": digits on both sides of the separator.
        if (number && i + 1 < text.size() && (text[i] == ',' || text[i] == '.') &&
            IsDigit(text[i + 1]) && IsDigit(text[i - 1])) {
          i = ScanWord(text, i + 1);
          continue;
        }
        // "O'Brien"; but "Russia's" leaves "'s" for its own token and
        // "didn't", "we'll" are two words, as in the Penn Treebank.
        size_t ap = ApostropheAt(text, i);
        if (ap != 0 && WordStartsAt(text, i + ap)) {
          size_t after = ScanWord(text, i + ap);
          bool possessive_s = after - (i + ap) == 1 && (text[i + ap] == 's' || text[i + ap] == 'S');
          if (possessive_s) break;
          if (size_t clitic = ContractionAt(text, begin, i, ap, after); clitic != 0) {
            contraction = clitic;
            break;
          }
          i = after;
          continue;
        }
        break;
      }
      if (contraction != 0) i = contraction;
      std::string_view word = text.substr(begin, i - begin);
      uint8_t flags = ShapeFlags(word);
      for (char c : word) number = number && (IsDigit(c) || c == ',' || c == '.');
      // "U.S.", "e.g.": single letters each followed by a full stop.
      if (i < text.size() && text[i] == '.' && i - begin == 1 && i + 2 < text.size() &&
          IsAsciiWord(static_cast<unsigned char>(text[i + 1])) && text[i + 2] == '.') {
        size_t j = i;  // at a full stop followed by "X."
        while (j + 2 < text.size() && text[j] == '.' &&
               IsAsciiWord(static_cast<unsigned char>(text[j + 1])) && text[j + 2] == '.')
          j += 2;
        i = j + 1;
        flags |= kAbbreviation;
        flags |= ShapeFlags(text.substr(begin, i - begin)) & kAllCaps;
      } else if (i < text.size() && text[i] == '.' && abbreviations_ != nullptr &&
                 abbreviations_->Find(text.substr(begin, i + 1 - begin)) != nullptr) {
        ++i;
        flags |= kAbbreviation;
      }
      emit(begin, i, number ? TokenKind::kNumber : TokenKind::kWord, flags);
      continue;
    }
    // Possessive "'s" / "’s" and a trailing "'" after a plural ("allies'").
    if (size_t ap = ApostropheAt(text, i); ap != 0 && !space_before && !out.tokens.empty()) {
      size_t j = i + ap;
      if (j < text.size() && (text[j] == 's' || text[j] == 'S') && !WordStartsAt(text, j + 1)) {
        emit(i, j + 1, TokenKind::kWord, kPossessive);
        i = j + 1;
        continue;
      }
      if (size_t after = WordStartsAt(text, j) ? ScanWord(text, j) : j;
          after > j && ContractionAt(text, i, i, ap, after) == i) {  // "'ll" of "we'll"
        emit(i, after, TokenKind::kWord, 0);
        i = after;
        continue;
      }
      if (!WordStartsAt(text, j) && out.Norm(out.tokens.back()).back() == 's') {
        emit(i, j, TokenKind::kPunct, kPossessive);
        i = j;
        continue;
      }
    }
    if (size_t jn = JoinerAt(text, i);
        jn != 0 && !space_before && !out.tokens.empty() && WordStartsAt(text, i + jn)) {
      emit(i, i + jn, TokenKind::kPunct, kJoiner);
      i += jn;
      continue;
    }
    size_t begin = i;
    if (text.compare(i, 3, "...") == 0) {
      i += 3;
    } else {
      DecodeUtf8(text, i);
    }
    emit(begin, i, TokenKind::kPunct, 0);
  }
}

uint32_t AnalyzedText::SentenceOf(uint32_t token) const {
  size_t lo = 0, hi = sentences.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (sentences[mid].last_token <= token) lo = mid + 1; else hi = mid;
  }
  return static_cast<uint32_t>(lo);
}

}  // namespace dossier::text
