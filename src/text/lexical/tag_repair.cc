#include "tag_repair.h"

namespace dossier::text::lexical {
namespace {

// Forms in -s of the verbs that take a participle after them.
bool IsAuxiliaryForm(std::string_view w) {
  for (std::string_view aux : {"is", "has", "does", "gets", "seems", "appears", "remains",
                               "becomes", "looks", "feels", "sounds", "stays"}) {
    if (w.size() != aux.size()) continue;
    bool same = true;
    for (size_t k = 0; k < w.size() && same; ++k) {
      char c = w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] - 'A' + 'a') : w[k];
      same = c == aux[k];
    }
    if (same) return true;
  }
  return false;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

bool LowerIs(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    char c = IsUpper(w[k]) ? static_cast<char>(w[k] - 'A' + 'a') : w[k];
    if (c != lower[k]) return false;
  }
  return true;
}


// Whether a clause subject of proper nouns ends at word i - 1: word i - 1 is
// a capitalised word tagged as a proper noun (or, first in the sentence, as
// an adjective that may be one), and the run of proper nouns it ends is not
// a modifier inside a larger noun phrase ("the Saudi Arabia cut").
bool ProperSubjectBefore(std::span<const std::string_view> words, const CanTag& can_tag,
                         std::span<const Pos> tags, size_t i) {
  if (i == 0 || words[i - 1].empty() || !IsUpper(words[i - 1][0])) return false;
  size_t j = i - 1;
  if (!text::IsProperNoun(tags[j]) && !(j == 0 && tags[j] == Pos::kJJ && can_tag(j, Pos::kNNP)))
    return false;
  while (j > 0 && text::IsProperNoun(tags[j - 1])) --j;
  if (j == 0) return true;
  Pos before = tags[j - 1];
  return before != Pos::kDT && before != Pos::kPRPS && before != Pos::kPOS &&
         before != Pos::kJJ && before != Pos::kCD && before != Pos::kIN && before != Pos::kTO;
}

bool EndsWithEd(std::string_view w) {
  return w.size() > 3 && w[w.size() - 2] == 'e' && w[w.size() - 1] == 'd';
}

bool IsFiniteVerb(Pos p) { return p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP; }

bool StartsNounPhrase(Pos p) {
  return p == Pos::kDT || p == Pos::kNN || p == Pos::kNNS || p == Pos::kNNP || p == Pos::kNNPS ||
         p == Pos::kPRPS || p == Pos::kCD;
}

// "condemned the attack on Thursday and promised/JJ aid": after "and", a
// word read as an adjective that may be a past tense, before a noun
// phrase, in a sentence whose verb is already past, is a second verb; not
// after an adjective or determiner ("the old and damaged buildings").
void RepairCoordinatedPast(const CanTag& can_tag, std::span<Pos> tags) {
  bool finite = false;
  for (size_t i = 2; i + 1 < tags.size(); ++i) {
    finite = finite || IsFiniteVerb(tags[i - 2]);
    if (!finite || tags[i - 1] != Pos::kCC || tags[i] != Pos::kJJ) continue;
    Pos before = tags[i - 2];
    if (before == Pos::kJJ || before == Pos::kDT || before == Pos::kRB) continue;
    if (!StartsNounPhrase(tags[i + 1]) || !can_tag(i, Pos::kVBD)) continue;
    tags[i] = Pos::kVBD;
  }
}

// "have tortured/JJ scores of": after a form of "have" (and any adverbs),
// an adjective in -ed that may be a participle, before a noun phrase, is
// the perfect's participle (the lexicon may know the word as an adjective
// only).
void RepairPerfectParticiple(std::span<const std::string_view> words, std::span<Pos> tags) {
  for (size_t i = 1; i + 1 < tags.size(); ++i) {
    if (tags[i] != Pos::kJJ || !EndsWithEd(words[i])) continue;
    if (!StartsNounPhrase(tags[i + 1])) continue;
    size_t k = i - 1;
    while (k > 0 && tags[k] == Pos::kRB) --k;
    std::string_view w = words[k];
    if (LowerIs(w, "have") || LowerIs(w, "has") || LowerIs(w, "had") || LowerIs(w, "having"))
      tags[i] = Pos::kVBN;
  }
}

// "A group based in Nairobi arrested/VBN two students": a sentence without
// a finite verb has one read as a participle; the first past form after a
// noun and before a noun phrase is it.
void RepairMissingFinite(std::span<const std::string_view> words, const CanTag& can_tag,
                         std::span<Pos> tags) {
  for (Pos p : tags) {
    if (IsFiniteVerb(p) || p == Pos::kMD) return;
  }
  for (size_t i = 1; i + 1 < tags.size(); ++i) {
    if (tags[i] != Pos::kVBN || !text::IsNoun(tags[i - 1]) || !StartsNounPhrase(tags[i + 1]))
      continue;
    // The lexicon keeps a regular verb's -ed form under its commoner tag.
    if (!can_tag(i, Pos::kVBD) && !EndsWithEd(words[i])) continue;
    tags[i] = Pos::kVBD;
    return;
  }
}

// Words that open a subordinate clause with its own subject and verb ("as
// tensions with Armenia surged").
bool OpensClause(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "that", "as", "while", "when", "whereas", "because", "since", "although", "though",
      "until", "unless", "if", "once", "after", "before"};
  for (std::string_view k : kWords) {
    if (LowerIs(w, k)) return true;
  }
  return false;
}

// "suspended aid for Bosnia aimed/VBD at": a past form right after a name
// that a preposition governs, with a finite verb earlier in the same
// clause, is a participle modifying the phrase before it.
void RepairParticipleAfterPrepositionalName(std::span<const std::string_view> words,
                                            std::span<Pos> tags) {
  bool finite = false;
  for (size_t i = 0; i + 1 < tags.size(); ++i) {
    const Pos p = tags[i];
    if (p == Pos::kComma || p == Pos::kCC || p == Pos::kWDT || p == Pos::kWP ||
        p == Pos::kMidPunct || (p == Pos::kIN && OpensClause(words[i])) ||
        LowerIs(words[i], "that")) {
      finite = false;
      continue;
    }
    if (p == Pos::kVBD && finite && i >= 2 && EndsWithEd(words[i]) &&
        text::IsProperNoun(tags[i - 1]) && tags[i - 2] == Pos::kIN) {
      tags[i] = Pos::kVBN;
      continue;
    }
    if (IsFiniteVerb(p) || p == Pos::kMD) finite = true;
  }
}

// "accused Kenya of torture/VB", "the torture/VBP of": an article, or a
// preposition that cannot open a clause, is never followed by a verb's base
// form; the word is a noun the training text only had as a verb.
void RepairBaseFormAfterPreposition(std::span<const std::string_view> words,
                                    std::span<Pos> tags) {
  static constexpr std::string_view kBefore[] = {
      "the", "a", "an", "of", "for", "with", "by", "from", "in", "on", "at", "into", "about",
      "against", "without", "over", "under", "during", "between", "among", "toward", "towards",
      "upon"};
  for (size_t i = 1; i < words.size(); ++i) {
    if (tags[i] != Pos::kVB && tags[i] != Pos::kVBP) continue;
    if (tags[i - 1] != Pos::kIN && tags[i - 1] != Pos::kDT) continue;
    for (std::string_view w : kBefore) {
      if (LowerIs(words[i - 1], w)) tags[i] = Pos::kNN;
    }
  }
}

}  // namespace

void RepairTags(std::span<const std::string_view> words, const CanTag& can_tag,
                std::span<Pos> tags) {
  const size_t n = std::min(words.size(), tags.size());
  for (size_t i = 0; i + 1 < n; ++i) {
    if (tags[i] != Pos::kVBZ || (tags[i + 1] != Pos::kVBN && tags[i + 1] != Pos::kVBD)) continue;
    if (IsAuxiliaryForm(words[i]) || !can_tag(i, Pos::kNNS) || !can_tag(i + 1, Pos::kVBD))
      continue;
    tags[i] = Pos::kNNS;
    tags[i + 1] = Pos::kVBD;
  }
  // A verb read as a noun or an adjective right after a proper-noun subject,
  // before an object ("Saudi Arabia cut/NN ties", "Qatar
  // funded/JJ Hamas"): a noun phrase cannot run on into a determiner or a
  // name, so the word is the clause's past tense.
  for (size_t i = 1; i + 1 < n; ++i) {
    if (words[i].empty() || IsUpper(words[i][0])) continue;
    const Pos next = tags[i + 1];
    bool repair = false;
    if (tags[i] == Pos::kNN) {
      repair = next == Pos::kDT || next == Pos::kPRPS || next == Pos::kNNS || next == Pos::kCD;
    } else if (tags[i] == Pos::kJJ && EndsWithEd(words[i])) {
      repair = next == Pos::kDT || next == Pos::kPRPS || text::IsProperNoun(next);
    }
    // An adjective in -ed that may be a participle is a past form too.
    const bool past = can_tag(i, Pos::kVBD) || (tags[i] == Pos::kJJ && can_tag(i, Pos::kVBN));
    if (!repair || !past || !ProperSubjectBefore(words, can_tag, tags, i)) continue;
    if (tags[i - 1] == Pos::kJJ) tags[i - 1] = Pos::kNNP;
    tags[i] = Pos::kVBD;
  }
  // "tear gas" is a noun compound, never the verb "tear" ("fired tear gas").
  for (size_t i = 0; i + 1 < n; ++i) {
    if (LowerIs(words[i], "tear") && (LowerIs(words[i + 1], "gas") || LowerIs(words[i + 1], "gases")))
      tags[i] = Pos::kNN;
  }
  RepairCoordinatedPast(can_tag, tags.first(n));
  RepairPerfectParticiple(words.first(n), tags.first(n));
  RepairMissingFinite(words.first(n), can_tag, tags.first(n));
  RepairParticipleAfterPrepositionalName(words.first(n), tags.first(n));
  RepairBaseFormAfterPreposition(words.first(n), tags.first(n));
}

}  // namespace dossier::text::lexical
