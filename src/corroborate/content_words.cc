#include "dossier/corroborate/content_words.h"

#include <algorithm>
#include <array>

#include "dossier/text/lemmatizer.h"
#include "dossier/text/normalizer.h"

namespace dossier::corroborate {
namespace {

// Grammatical words only: articles, pronouns, auxiliaries, prepositions,
// conjunctions and a few adverbs of degree. Sorted for binary search.
constexpr std::array<std::string_view, 96> kGrammatical = {
    "a",      "about",  "after",   "against", "all",    "also",   "am",    "an",
    "and",    "any",    "are",     "as",      "at",     "be",     "been",  "before",
    "being",  "both",   "but",     "by",      "can",    "could",  "did",   "do",
    "does",   "during", "each",    "either",  "for",    "from",   "had",   "has",
    "have",   "he",     "her",     "hers",    "him",    "his",    "how",   "i",
    "if",     "in",     "into",    "is",      "it",     "its",    "may",   "me",
    "might",  "more",   "most",    "must",    "my",     "neither", "no",   "nor",
    "not",    "of",     "on",      "or",      "other",  "our",    "ours",  "shall",
    "she",    "should", "so",      "some",    "such",   "than",   "that",  "the",
    "their",  "them",   "then",    "there",   "these",  "they",   "this",  "those",
    "to",     "us",     "very",    "was",     "we",     "were",   "what",  "when",
    "which",  "while",  "who",     "will",    "with",   "would",  "you",   "your",
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// British and American spellings of one word meet: "-ise" -> "-ize",
// "-isation" -> "-ization", a final doubled "l" single ("fulfill").
std::string FoldSpelling(std::string word) {
  if (word.size() > 5 && EndsWith(word, "isation")) word.replace(word.size() - 7, 7, "ization");
  if (word.size() > 4 && EndsWith(word, "ise")) word.replace(word.size() - 3, 3, "ize");
  if (word.size() > 4 && EndsWith(word, "ll")) word.pop_back();
  return word;
}

}  // namespace

std::vector<Word> WordsOf(std::string_view text, uint32_t base) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = text::DecodeUtf8(text, i);
    if (!text::IsWordCodePoint(c)) continue;
    size_t end = i;
    // A word runs over letters and digits, and over a hyphen, apostrophe or
    // decimal point standing between two of them.
    for (size_t j = i; j < text.size();) {
      size_t k = j;
      char32_t d = text::DecodeUtf8(text, k);
      if (text::IsWordCodePoint(d)) {
        end = j = k;
        continue;
      }
      bool joiner = d == '-' || d == '\'' || d == U'\u2019' || d == '.' || d == ',';
      size_t after = k;
      if (!joiner || after >= text.size()) break;
      char32_t next = text::DecodeUtf8(text, after);
      if (!text::IsWordCodePoint(next)) break;
      if ((d == '.' || d == ',') && !(IsDigit(text[j - 1]) && IsDigit(text[k]))) break;
      j = k;
    }
    i = end;
    Word w;
    w.begin = base + static_cast<uint32_t>(start);
    w.end = base + static_cast<uint32_t>(end);
    std::string_view raw = text.substr(start, end - start);
    w.norm = text::Normalized(raw);
    w.capitalised = text::IsUpperCodePoint(c);
    w.number = IsDigit(raw[0]);
    words.push_back(std::move(w));
  }
  return words;
}

bool IsGrammaticalWord(std::string_view norm) {
  return std::binary_search(kGrammatical.begin(), kGrammatical.end(), norm);
}

std::string ContentKey(std::string_view norm) {
  if (norm.empty() || IsGrammaticalWord(norm)) return {};
  if (IsDigit(norm[0])) return std::string(norm);
  if (EndsWith(norm, "'s")) norm.remove_suffix(2);
  static const text::Lemmatizer lemmatizer;
  std::string_view lemma = lemmatizer.Lemma(norm, text::WordClass::kNoun);
  if (lemma == norm) lemma = lemmatizer.Lemma(norm, text::WordClass::kVerb);
  if (IsGrammaticalWord(lemma)) return {};
  return FoldSpelling(std::string(lemma));
}

std::vector<std::string> ContentWords(std::string_view text) {
  std::vector<std::string> keys;
  for (const Word& w : WordsOf(text)) {
    std::string key = ContentKey(w.norm);
    if (!key.empty()) keys.push_back(std::move(key));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

double Jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t shared = SharedCount(a, b);
  size_t all = a.size() + b.size() - shared;
  return all == 0 ? 0.0 : static_cast<double>(shared) / static_cast<double>(all);
}

double Containment(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty()) return 0.0;
  return static_cast<double>(SharedCount(a, b)) / static_cast<double>(a.size());
}

std::string FoldName(std::string_view name) {
  std::string out;
  for (const Word& w : WordsOf(name)) {
    if (out.empty() && w.norm == "the") continue;
    if (!out.empty()) out += ' ';
    out += w.norm;
  }
  return out;
}

}  // namespace dossier::corroborate
