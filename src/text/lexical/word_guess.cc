#include "word_guess.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

#include "lexical_tables.h"

namespace dossier::text::lexical {
namespace {

// Longer tokens are looked up as they are but never case-folded or
// rewritten (they are URLs, hashes, run-together junk).
constexpr size_t kMaxWord = 64;

// Share of the proper-noun reading given to a capitalised word the lexicon
// only knows in lower case: mid-sentence, a capital usually marks a name
// ("the Collective Security Treaty"); at the start of a sentence it is
// just the sentence's capital.
constexpr float kProperMidSentence = 0.6f;
constexpr float kProperSentenceStart = 0.05f;

// A capitalised first word the lexicon knows in both spellings: the
// capitalised entry counts names and the training text's own sentence
// starts, the lower-case one the common word. About one use in 25 of a
// common word opens a sentence, so the lower-case counts join at that
// weight: "Shipping" (once a name) becomes the noun of "shipping" (48).
constexpr float kSentenceStartShare = 0.04f;

// Tokens whose spelling differs from the training text's (Penn Treebank
// conventions: `` and '' quotes, -- dashes, *LRB* brackets).
struct Respelling {
  std::string_view from, to;
};
constexpr Respelling kRespellings[] = {
    {"\u201c", "``"}, {"\u201e", "``"}, {"\u00ab", "``"}, {"\u201d", "''"}, {"\u00bb", "''"},
    {"\u2018", "`"},  {"\u2019", "'"},  {"\u2014", "--"}, {"\u2013", "--"}, {"\u2026", "..."},
    {"(", "*LRB*"},   {"[", "*LRB*"},   {"{", "*LCB*"},   {")", "*RRB*"},   {"]", "*RRB*"},
    {"}", "*RCB*"},   {"\u20ac", "$"},  {"\u00a3", "$"},
};

using Dense = std::array<float, kPosCount>;  // probabilities by Pos

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Upper-case first letter, ASCII or the common accented and Cyrillic ones
// (news names: "Ökland", "Šefčovič", "Зеленский").
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

struct Shape {
  bool upper_first = false;
  bool all_caps = false;  // two or more letters, none lower case
  bool alphabetic = true; // ASCII letters only
  bool digit = false;
  bool letter = false;
  bool hyphen = false;    // a hyphen between two word characters
};

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

// "12", "3.5", "2,000", "1990s", "-4", "10:30", "2024-06-13", "50%".
bool IsNumeric(std::string_view w) {
  if (!w.empty() && (w[0] == '-' || w[0] == '+')) w.remove_prefix(1);
  if (w.size() >= 2 && w.back() == 's' && IsDigit(w[w.size() - 2])) w.remove_suffix(1);
  if (w.empty() || !IsDigit(w[0])) return false;
  return std::all_of(w.begin(), w.end(), [](char c) {
    return IsDigit(c) || c == ',' || c == '.' || c == ':' || c == '/' || c == '-' || c == '%';
  });
}

// "21st", "2nd", "3rd", "4th".
bool IsOrdinal(std::string_view w) {
  if (w.size() < 3 || !IsDigit(w[0])) return false;
  std::string_view tail = w.substr(w.size() - 2);
  if (tail != "st" && tail != "nd" && tail != "rd" && tail != "th") return false;
  return std::all_of(w.begin(), w.end() - 2, IsDigit);
}

void FromTable(const TagTable& t, int32_t key, Candidates* out) {
  const uint32_t b = t.first[key], e = t.first[key + 1];
  out->count = 0;
  for (uint32_t i = b; i < e; ++i) {
    const auto tag = t.tags[i];
    out->tag[out->count] = static_cast<Pos>(tag);
    out->emit[out->count] = t.log_prob[i] - kLogPrior[tag];
    ++out->count;
  }
}

void AddTable(const TagTable& t, int32_t key, float weight, Dense* d) {
  for (uint32_t i = t.first[key]; i < t.first[key + 1]; ++i) {
    (*d)[t.tags[i]] += weight * std::exp(t.log_prob[i]);
  }
}

void FromDense(const Dense& d, Candidates* out) {
  out->count = 0;
  for (size_t t = 1; t < kPosCount && out->count < kMaxCandidates; ++t) {
    if (d[t] < 1e-4f) continue;
    out->tag[out->count] = static_cast<Pos>(t);
    out->emit[out->count] = std::log(d[t]) - kLogPrior[t];
    ++out->count;
  }
}

int32_t Guess(std::string_view key) { return kGuesses.keys.Find(key); }

// The longest known suffix of an ASCII word under model '~' (lower-case
// words) or '^' (capitalised words), down to the model's overall table.
int32_t SuffixGuess(char model, std::string_view w) {
  char key[8] = {model};
  for (size_t len = std::min<size_t>(5, w.size() >= 2 ? w.size() - 2 : 0); len > 0; --len) {
    for (size_t i = 0; i < len; ++i) {
      const char c = w[w.size() - len + i];
      key[1 + i] = IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    }
    if (int32_t k = Guess({key, len + 1}); k >= 0) return k;
  }
  return Guess({key, 1});
}

// ASCII and Latin-1 capitals folded; other bytes kept.
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

bool HasTag(int32_t key, Pos a, Pos b) {
  for (uint32_t i = kLexicon.first[key]; i < kLexicon.first[key + 1]; ++i) {
    if (kLexicon.tags[i] == static_cast<uint8_t>(a) || kLexicon.tags[i] == static_cast<uint8_t>(b)) {
      return true;
    }
  }
  return false;
}

// A word the lexicon does not have in this spelling.
void GuessUnknown(std::string_view w, bool sentence_start, Candidates* out) {
  const Shape s = ShapeOf(w);
  Dense d{};
  char lower_buf[kMaxWord];
  if (!s.letter) {
    if (IsNumeric(w)) {
      d[static_cast<size_t>(Pos::kCD)] = 1;
    } else {
      AddTable(kGuesses, Guess(s.digit ? "-unknown-" : "-sym-"), 1, &d);
    }
    return FromDense(d, out);
  }
  if (s.digit) {
    // "21st"; "F-16", "G7" are names of things; "5g", "mid-2024" mostly nouns.
    if (IsOrdinal(w)) {
      d[static_cast<size_t>(Pos::kJJ)] = 1;
    } else if (IsNumeric(w)) {
      d[static_cast<size_t>(Pos::kCD)] = 1;
    } else if (s.upper_first) {
      d[static_cast<size_t>(Pos::kNNP)] = 0.9f;
      d[static_cast<size_t>(Pos::kNN)] = 0.1f;
    } else {
      d[static_cast<size_t>(Pos::kNN)] = 0.6f;
      d[static_cast<size_t>(Pos::kJJ)] = 0.2f;
      d[static_cast<size_t>(Pos::kCD)] = 0.2f;
    }
    return FromDense(d, out);
  }
  if (w.size() > kMaxWord) {
    AddTable(kGuesses, Guess(s.upper_first ? "-cap-" : "-unknown-"), 1, &d);
    return FromDense(d, out);
  }
  if (s.hyphen) {
    // "state-owned", "long-range", "Russian-made": the last part decides
    // whether it reads as an adjective.
    std::string_view last = w.substr(w.rfind('-') + 1);
    const int32_t k = kLexicon.keys.Find(Lower(last, lower_buf));
    const char* cls = (k >= 0 && HasTag(k, Pos::kJJ, Pos::kVBN)) ? "-hyp-adj-"
                      : s.upper_first                             ? "-cap-"
                                                                  : "-hyp-";
    AddTable(kGuesses, Guess(cls), 1, &d);
    return FromDense(d, out);
  }
  if (s.upper_first) {
    const int32_t lower = kLexicon.keys.Find(Lower(w, lower_buf));
    if (s.all_caps) {  // "CSTO"; "SAYS" in a shouting headline
      AddTable(kGuesses, Guess("-abr-"), lower >= 0 ? 0.5f : 1.0f, &d);
      if (lower >= 0) AddTable(kLexicon, lower, 0.5f, &d);
    } else if (lower >= 0) {
      const float proper = sentence_start ? kProperSentenceStart : kProperMidSentence;
      AddTable(kLexicon, lower, 1 - proper, &d);
      const bool plural = kLexicon.tags[kLexicon.first[lower]] == static_cast<uint8_t>(Pos::kNNS);
      d[static_cast<size_t>(plural ? Pos::kNNPS : Pos::kNNP)] += proper;
    } else if (s.alphabetic) {
      AddTable(kGuesses, SuffixGuess('^', w), sentence_start ? 0.5f : 1.0f, &d);
      if (sentence_start) AddTable(kGuesses, SuffixGuess('~', w), 0.5f, &d);
    } else {
      AddTable(kGuesses, Guess("-cap-"), 1, &d);
    }
    return FromDense(d, out);
  }
  AddTable(kGuesses, s.alphabetic ? SuffixGuess('~', w) : Guess("-unknown-"), 1, &d);
  FromDense(d, out);
}

}  // namespace

bool HasWordCharacter(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) {
    return IsAsciiLetter(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80;
  });
}

bool OpensQuote(std::string_view w) {
  return w == "\"" || w == "``" || w == "`" || w == "\u201c" || w == "\u201e" ||
         w == "\u00ab" || w == "\u2018" || w == "(" || w == "[";
}

void CandidatesFor(std::string_view word, bool sentence_start, Candidates* out) {
  if (word == "\"") {
    // A straight quote opening the sentence opens a quotation; elsewhere
    // the neighbours decide. (The training text's start state is "after a
    // full stop", which favours closing quotes: they follow full stops.)
    Dense d{};
    d[static_cast<size_t>(Pos::kOpenQuote)] = sentence_start ? 1.0f : 0.5f;
    d[static_cast<size_t>(Pos::kCloseQuote)] = sentence_start ? 0.0f : 0.5f;
    return FromDense(d, out);
  }
  char buf[kMaxWord + 8];
  for (const Respelling& r : kRespellings) {
    if (word == r.from) {
      word = r.to;
      break;
    }
  }
  // Typographic apostrophes inside words: "’s", "don’t", "O’Brien".
  if (word.size() <= kMaxWord && word.find("\u2019") != std::string_view::npos) {
    size_t n = 0;
    for (size_t i = 0; i < word.size(); ++i) {
      if (word.compare(i, 3, "\u2019") == 0) {
        buf[n++] = '\'';
        i += 2;
      } else {
        buf[n++] = word[i];
      }
    }
    word = {buf, n};
  }
  if (word.empty()) {
    out->count = 1;
    out->tag[0] = Pos::kSYM;
    out->emit[0] = 0;
    return;
  }
  const int32_t k = kLexicon.keys.Find(word);
  if (k < 0) return GuessUnknown(word, sentence_start, out);
  if (sentence_start && word.size() <= kMaxWord && StartsUpper(word)) {
    char lower_buf[kMaxWord];
    const std::string_view lower_word = Lower(word, lower_buf);
    const int32_t lower = lower_word == word ? -1 : kLexicon.keys.Find(lower_word);
    if (lower >= 0) {
      const float exact_n = static_cast<float>(kLexicon.count[k]);
      const float lower_n = kSentenceStartShare * static_cast<float>(kLexicon.count[lower]);
      Dense d{};
      AddTable(kLexicon, k, exact_n / (exact_n + lower_n), &d);
      AddTable(kLexicon, lower, lower_n / (exact_n + lower_n), &d);
      return FromDense(d, out);
    }
  }
  FromTable(kLexicon, k, out);
}

}  // namespace dossier::text::lexical
