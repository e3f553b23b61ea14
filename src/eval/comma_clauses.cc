// Trimming works on a list of the analysed tokens: clauses are counted and
// cut in the list, and the sentence is written back from what is left.
#include "dossier/eval/comma_clauses.h"

#include <vector>

namespace dossier {
namespace {

using text::Pos;

struct Piece {
  std::string_view text;
  bool comma = false;  // a comma that may delimit a clause
  bool word = false;   // starts with a letter
  bool space = false;  // white space before it
  bool verbal = false; // a verb, modal or adverb: a clause's predicate may start here
  bool orphan = false; // the comma that closed a deleted clause
};

bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c & 0x80); }

bool Adjective(Pos p) { return p == Pos::kJJ || p == Pos::kJJR || p == Pos::kJJS; }
bool Nominal(Pos p) { return text::IsNoun(p) || Adjective(p) || p == Pos::kCD; }

// A comma inside a noun phrase: between adjectives ("complete, full ties"),
// or between the members of a list that goes on to "and"/"or" ("Rohan,
// Fornost and Bree"), not before a clause ("talks, officials said").
bool InsideNounPhrase(const std::vector<text::Token>& t, size_t comma) {
  if (comma == 0 || comma + 1 >= t.size() || !Nominal(t[comma - 1].Tag())) return false;
  if (Adjective(t[comma - 1].Tag()) && Adjective(t[comma + 1].Tag())) return true;
  for (size_t i = comma + 1; i < t.size(); ++i) {
    Pos p = t[i].Tag();
    if (p == Pos::kCC || p == Pos::kComma) return i > comma + 1;
    if (!Nominal(p) && p != Pos::kDT && p != Pos::kPOS) return false;
  }
  return false;
}

std::vector<Piece> Pieces(const text::AnalyzedText& t) {
  std::vector<Piece> out;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    const text::Token& k = t.tokens[i];
    Piece p{t.Surface(k)};
    p.space = k.Has(text::kSpaceBefore);
    p.verbal = text::IsVerb(k.Tag()) || k.Tag() == Pos::kMD || k.Tag() == Pos::kRB;
    p.word = !p.text.empty() && IsLetter(p.text[0]) && k.Tag() != Pos::kComma;
    if (k.Tag() == Pos::kComma || p.text == ",") {
      p.comma = !InsideNounPhrase(t.tokens, i);
    }
    out.push_back(p);
  }
  return out;
}

int CountWords(const std::vector<Piece>& t, size_t from, size_t to) {
  int n = 0;
  for (size_t i = from; i < to && i < t.size(); ++i) n += t[i].word;
  return n;
}

bool InRange(int n, int lo, int hi) { return hi != 0 && n >= lo && n <= hi; }

void Erase(std::vector<Piece>& t, size_t from, size_t to) {
  t.erase(t.begin() + static_cast<std::ptrdiff_t>(from), t.begin() + static_cast<std::ptrdiff_t>(to));
}

// Where the terminal clause ends: at the final punctuation, if any.
size_t ClauseEnd(const std::vector<Piece>& t) {
  size_t end = t.size();
  while (end > 0 && !t[end - 1].word && !t[end - 1].comma) --end;
  return end;
}

void TrimInitial(std::vector<Piece>& t, const CommaClauseLimits& l) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t[i].comma) continue;
    if (i > 0 && InRange(CountWords(t, 0, i), l.bmin, l.bmax)) Erase(t, 0, i);
    return;
  }
}

void TrimTerminal(std::vector<Piece>& t, const CommaClauseLimits& l) {
  size_t end = ClauseEnd(t);
  for (size_t i = end; i-- > 0;) {
    if (!t[i].comma) continue;
    if (InRange(CountWords(t, i + 1, end), l.emin, l.emax)) Erase(t, i, end);
    return;
  }
}

void TrimInternal(std::vector<Piece>& t, const CommaClauseLimits& l) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t[i].comma) continue;
    size_t next = i + 1;
    while (next < t.size() && !t[next].comma) ++next;
    if (next >= t.size()) return;
    if (InRange(CountWords(t, i + 1, next), l.min, l.max)) {
      Erase(t, i, next);  // the second comma now stands at i
      t[i].orphan = true;
      --i;
    }
  }
}

// Leaves out commas with nothing on one side (at the start, doubled, or
// before the final punctuation) and the comma of a deleted clause that
// stood between a subject and its verb ("X, in remarks, urged").
std::string Write(const std::vector<Piece>& t) {
  std::string out;
  size_t end = ClauseEnd(t);
  bool after_comma = true;
  for (size_t i = 0; i < t.size(); ++i) {
    bool before_verb = t[i].orphan && i + 1 < t.size() && t[i + 1].verbal;
    if (t[i].comma && (after_comma || i + 1 >= end || before_verb)) continue;
    if (!out.empty() && t[i].space) out += ' ';
    out += t[i].text;
    after_comma = t[i].comma;
  }
  return out;
}

}  // namespace

std::string TrimCommaClauses(const text::AnalyzedText& text, const CommaClauseLimits& limits) {
  std::vector<Piece> t = Pieces(text);
  TrimInitial(t, limits);
  TrimTerminal(t, limits);
  TrimInternal(t, limits);
  return Write(t);
}

}  // namespace dossier
