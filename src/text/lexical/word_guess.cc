#include "word_guess.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "dossier/text/lemmatizer.h"
#include "lexical_tables.h"
#include "word_shape.h"

namespace dossier::text::lexical {
namespace {

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
  if (key < 0) return;  // the generator checks the fixed keys; stay safe anyway
  for (uint32_t i = t.first[key]; i < t.first[key + 1]; ++i) {
    (*d)[t.tags[i]] += weight * std::exp(t.log_prob[i]);
  }
}

// The likeliest tags of a mixture (two lexicon entries may together have
// more than kMaxCandidates).
void FromDense(const Dense& d, Candidates* out) {
  std::pair<float, Pos> kept[kPosCount];
  size_t n = 0;
  for (size_t t = 1; t < kPosCount; ++t) {
    if (d[t] >= 1e-4f) kept[n++] = {d[t], static_cast<Pos>(t)};
  }
  if (n > static_cast<size_t>(kMaxCandidates)) {
    std::partial_sort(kept, kept + kMaxCandidates, kept + n,
                      [](const auto& a, const auto& b) { return a.first > b.first; });
    n = kMaxCandidates;
  }
  if (n == 0) kept[n++] = {1.0f, Pos::kNN};  // the search needs a candidate
  out->count = static_cast<int>(n);
  for (size_t i = 0; i < n; ++i) {
    out->tag[i] = kept[i].second;
    out->emit[i] = std::log(kept[i].first) - kLogPrior[static_cast<size_t>(kept[i].second)];
  }
}

// "Shipping", "A", but not "US" or "NATO": capitals at a sentence start
// explain only a capitalised lower-case word.
bool Capitalised(std::string_view w) {
  if (!StartsUpper(w)) return false;
  if (w.size() == 1) return true;
  return std::any_of(w.begin() + 1, w.end(), IsAsciiLower);
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
  // Tokens opening with U+0080-U+00BF or U+2000-U+2FFF are punctuation and
  // symbols (quotes, dashes, currency); other non-ASCII tokens are words.
  if (!w.empty() && (w[0] == '\xC2' || w[0] == '\xE2')) return false;
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
  if (word.empty()) {
    out->count = 1;
    out->tag[0] = Pos::kSYM;
    out->emit[0] = 0;
    return;
  }
  char buf[kMaxWord + 8];
  if (word.size() <= 3 && !IsAsciiLetter(word[0]) && !IsDigit(word[0])) {
    for (const Respelling& r : kRespellings) {
      if (word == r.from) {
        word = r.to;
        break;
      }
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
  const int32_t k = kLexicon.keys.Find(word);
  if (k < 0) return GuessUnknown(word, sentence_start, out);
  if (sentence_start && word.size() <= kMaxWord && Capitalised(word)) {
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

namespace dossier::text {

bool IsCommonWord(std::string_view lower_word) {
  return lexical::kLexicon.keys.Find(lower_word) >= 0;
}

namespace {

bool SeenAsVerb(std::string_view word) {
  // WordNet's verbs ("border"), then the tagger's lexicon.
  int32_t lemma_key = lexical::kLemmaKeys.Find(word);
  if (lemma_key >= 0 &&
      ((lexical::kLemmaClasses[lemma_key] >> static_cast<unsigned>(WordClass::kVerb)) & 1u) != 0)
    return true;
  int64_t k = lexical::kLexicon.keys.Find(word);
  if (k < 0) return false;
  const auto& lex = lexical::kLexicon;
  for (uint32_t i = lex.first[k]; i < lex.first[k + 1]; ++i) {
    if (IsVerb(static_cast<Pos>(lex.tags[i]))) return true;
  }
  return false;
}

}  // namespace

bool CanBeVerb(std::string_view lower_word) {
  if (SeenAsVerb(lower_word)) return true;
  // A third-person form the lexicon lacks ("borders"): its base form.
  if (lower_word.size() > 3 && lower_word.back() == 's') {
    if (SeenAsVerb(lower_word.substr(0, lower_word.size() - 1))) return true;
    if (lower_word.size() > 4 && lower_word.substr(lower_word.size() - 2) == "es" &&
        SeenAsVerb(lower_word.substr(0, lower_word.size() - 2)))
      return true;
  }
  return false;
}

}  // namespace dossier::text
