#include "dossier/code/clause_parser.h"

#include <algorithm>

#include "dossier/text/pos_tagger.h"

namespace dossier::code {
namespace {

using text::Pos;

Pos PosOf(const text::AnalyzedText& t, uint32_t i) { return t.tokens[i].Tag(); }
bool Is(const text::AnalyzedText& t, uint32_t i, std::string_view lemma) {
  return t.Lemma(t.tokens[i]) == lemma || t.Norm(t.tokens[i]) == lemma;
}

bool IsAuxiliary(std::string_view lemma) {
  return lemma == "be" || lemma == "have" || lemma == "do" || lemma == "get";
}

bool IsNegation(const text::AnalyzedText& t, uint32_t i) {
  return Is(t, i, "not") || Is(t, i, "n't") || Is(t, i, "never");
}

// A word that may begin or continue a noun phrase.
bool IsNominal(Pos p) {
  return text::IsNoun(p) || text::IsAdjective(p) || p == Pos::kDT || p == Pos::kPDT ||
         p == Pos::kPRPS || p == Pos::kCD || p == Pos::kPOS || p == Pos::kFW;
}

bool IsNounLike(Pos p) { return text::IsNoun(p) || p == Pos::kCD || p == Pos::kFW; }

// Words that open a clause rather than govern a noun phrase.
bool IsComplementizer(const text::AnalyzedText& t, uint32_t i) {
  std::string_view w = t.Norm(t.tokens[i]);
  return w == "that" || w == "whether" || w == "if" || w == "because" || w == "although" ||
         w == "though" || w == "whereas" || w == "unless";
}

// "bin" in "Osama bin Laden": lower-case words inside Arabic, Dutch or
// French names, never verbs there.
bool IsNameParticle(std::string_view w) {
  return w == "bin" || w == "ibn" || w == "abu" || w == "al" || w == "el" || w == "de" ||
         w == "van" || w == "von" || w == "der" || w == "la" || w == "le" || w == "da";
}

// A common noun after a name that is really the name's verb, which the
// tagger missed: "X show that", "X supplies the", "X backs Y".
// `after_that`: the name opens a that-clause ("demand that X ease
// restrictions"), where a base form before a plural noun is its verb.
bool IsMissedVerb(const text::AnalyzedText& t, uint32_t i, uint32_t end, bool after_name,
                  bool after_that = false) {
  if (i + 1 >= end) return false;
  Pos p = PosOf(t, i);
  if (p != Pos::kNN && p != Pos::kNNS) return false;
  if (!text::CanBeVerb(t.Norm(t.tokens[i])) || IsNameParticle(t.Norm(t.tokens[i]))) return false;
  Pos next = PosOf(t, i + 1);
  std::string_view w = t.Norm(t.tokens[i + 1]);
  if (w == "that" || next == Pos::kDT || next == Pos::kPRP || next == Pos::kPRPS) return true;
  if (after_name && after_that && p == Pos::kNN && next == Pos::kNNS) return true;
  return after_name && (next == Pos::kTO || text::IsProperNoun(next) || next == Pos::kCD);
}

// Whether the noun phrase starting at `i` opens with "a"/"an", or follows
// a preposition inside the object of a finite verb ("accepted demands from
// X rebels that"): then it cannot be the subject of a verb the tagger
// missed. A prepositional phrase in a subject can ("Documents reviewed by
// the paper show that").
bool ModifiedOrGoverned(const text::AnalyzedText& t, uint32_t i, uint32_t first) {
  std::string_view w = t.Norm(t.tokens[i]);
  if (w == "a" || w == "an") return true;
  if (i == first || PosOf(t, i - 1) != Pos::kIN || IsComplementizer(t, i - 1)) return false;
  for (uint32_t k = i - 1; k > first;) {
    --k;
    Pos p = PosOf(t, k);
    if (p == Pos::kComma || p == Pos::kMidPunct || IsComplementizer(t, k) ||
        p == Pos::kWDT || p == Pos::kWP)
      return false;
    if (p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP || p == Pos::kMD) return true;
  }
  return false;
}

// "Monday": a weekday, which after a noun and before another opens a
// phrase of its own ("in southern Lebanon Sunday sources said").
bool IsWeekday(const text::AnalyzedText& t, uint32_t i) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  std::string_view w = t.Norm(t.tokens[i]);
  return std::find(std::begin(kDays), std::end(kDays), w) != std::end(kDays);
}

// "re-open", "co-host": a prefix and a hyphen before a verb.
bool IsVerbPrefix(const text::AnalyzedText& t, uint32_t i, uint32_t end) {
  if (i + 2 >= end || !t.tokens[i + 1].Has(text::kJoiner)) return false;
  std::string_view w = t.Norm(t.tokens[i]);
  return (w == "re" || w == "co" || w == "pre") && text::CanBeVerb(t.Norm(t.tokens[i + 2]));
}

// Words before a number that make it part of its noun phrase: "more than
// 100 refugees", "at least three", "up to 500", "nearly 2,000". Returns how
// many tokens the quantifier takes (0 when none).
uint32_t QuantifierLength(const text::AnalyzedText& t, uint32_t i, uint32_t end) {
  auto number_at = [&](uint32_t k) { return k < end && PosOf(t, k) == Pos::kCD; };
  auto is = [&](uint32_t k, std::string_view w) { return k < end && t.Norm(t.tokens[k]) == w; };
  if ((is(i, "more") || is(i, "less") || is(i, "fewer")) && is(i + 1, "than") && number_at(i + 2))
    return 2;
  if (is(i, "at") && (is(i + 1, "least") || is(i + 1, "most")) && number_at(i + 2)) return 2;
  if (is(i, "up") && is(i + 1, "to") && number_at(i + 2)) return 2;
  if (is(i, "as") && is(i + 1, "many") && is(i + 2, "as") && number_at(i + 3)) return 3;
  static constexpr std::string_view kSingle[] = {"nearly", "almost", "about",  "around",
                                                 "approximately", "roughly", "over", "some",
                                                 "only", "just", "under"};
  for (std::string_view w : kSingle)
    if (is(i, w) && number_at(i + 1)) return 1;
  return 0;
}

}  // namespace

void ClauseParser::Parse(const text::AnalyzedText& text, uint32_t sentence,
                         const std::vector<uint32_t>& atom_end, const IsComplementVerb& complement,
                         SentenceParse& out) const {
  const text::Sentence& s = text.sentences[sentence];
  out.Clear();
  out.first = s.first_token;
  out.end = s.last_token;
  out.phrase_at.assign(out.end - out.first, kNoIndex);
  out.verb_at.assign(out.end - out.first, kNoIndex);
  out.as_verb.assign(out.end - out.first, 0);
  Chunk(text, atom_end, complement, out);
  Link(text, complement, out);
}

// One pass left to right: entity names and runs of nominal words become
// noun phrases ("Belarus's state arms agency", "Armenia and Azerbaijan"),
// runs of auxiliaries, adverbs and verbs become verb groups.
void ClauseParser::Chunk(const text::AnalyzedText& t, const std::vector<uint32_t>& atom_end,
                         const IsComplementVerb& complement, SentenceParse& out) const {
  auto atom = [&](uint32_t i) -> uint32_t {
    // A name running past the sentence's end (a split inside it) stops there.
    return i < atom_end.size() && atom_end[i] > i ? std::min<uint32_t>(atom_end[i], out.end) : 0;
  };
  // The end of a noun phrase's material starting at i (i when none).
  // `object`: the phrase directly follows a verb that takes no clause
  // ("rejected Israeli changes to the deal"), so a name in it is not the
  // subject of a verb the tagger missed.
  auto nominal_end = [&](uint32_t i, bool object = false) {
    uint32_t j = i;
    bool prev_atom = false;
    while (j < out.end) {
      if (uint32_t a = atom(j)) {
        // "in 2021 Belarus": a year does not begin a name's phrase (but
        // "two British nationals" is one phrase).
        if (j > i && PosOf(t, j - 1) == Pos::kCD && t.Norm(t.tokens[j - 1]).size() == 4 &&
            (t.tokens[j - 1].flags & text::kHasDigit) != 0)
          break;
        j = a;
        prev_atom = true;
        continue;
      }
      const bool after_atom = prev_atom;
      prev_atom = false;
      Pos p = PosOf(t, j);
      bool inside = j > i;
      bool after_noun = after_atom || (inside && text::IsNoun(PosOf(t, j - 1)));
      // "proposed Israeli changes to", "a US offer to": a name read as an
      // adjective, or after "a", modifies the noun after it and is no
      // subject; nor is the object of a preposition ("demands from X
      // rebels that").
      const bool name_before =
          (after_atom && PosOf(t, j - 1) != Pos::kJJ) || text::IsProperNoun(PosOf(t, j - 1));
      if (inside && after_noun && !ModifiedOrGoverned(t, i, out.first) &&
          IsMissedVerb(t, j, out.end, !object && name_before,
                       after_atom && i > out.first && Is(t, i - 1, "that"))) {
        out.as_verb[j - out.first] = 1;
        break;
      }
      if (inside && IsWeekday(t, j) && (after_atom || text::IsNoun(PosOf(t, j - 1))) &&
          j + 1 < out.end && text::IsCommonNoun(PosOf(t, j + 1)))
        break;
      // "Rwanda re-opened": a prefixed verb ends the phrase.
      if (inside && IsVerbPrefix(t, j, out.end) && text::IsVerb(PosOf(t, j + 2))) break;
      // "the Russia-led bloc": a hyphen joins the next word into the phrase.
      if (inside && t.tokens[j].Has(text::kJoiner) && j + 1 < out.end) {
        j += 2;
        prev_atom = false;
        continue;
      }
      // "on Tuesday their forces": a determiner or possessive pronoun
      // inside a phrase starts a new one ("all their" excepted).
      if ((p == Pos::kDT || p == Pos::kPRPS) && inside && PosOf(t, j - 1) != Pos::kPDT) break;
      // "to X two of its nationals": a number after a name starts anew.
      if (p == Pos::kCD && inside && (prev_atom || text::IsProperNoun(PosOf(t, j - 1)))) break;
      if (IsNominal(p) || (inside && t.tokens[j].Has(text::kJoiner)) ||
          ((p == Pos::kVBN || p == Pos::kVBG) && j + 1 < out.end &&
           (IsNounLike(PosOf(t, j + 1)) || text::IsAdjective(PosOf(t, j + 1)) || atom(j + 1)) &&
           (!inside ||
            (!prev_atom && !IsAuxiliary(t.Lemma(t.tokens[j - 1])) &&
             (!text::IsNoun(PosOf(t, j - 1)) ||
              // "artillery targeting equipment": a gerund inside a compound
              // (not "a statement condemning Kenya").
              (p == Pos::kVBG && text::IsCommonNoun(PosOf(t, j - 1)) && !atom(j + 1) &&
               !text::IsProperNoun(PosOf(t, j + 1)))))))) {
        ++j;
        continue;
      }
      break;
    }
    return j;
  };
  // "the Netherlands", "neighbouring Chad": a name after determiners and
  // adjectives only, ending at `end`.
  auto name_conjunct = [&](uint32_t from, uint32_t end) {
    for (uint32_t k = from; k < end; ++k) {
      if (atom(k) == end) return true;
      if (PosOf(t, k) != Pos::kDT && !text::IsAdjective(PosOf(t, k))) return false;
    }
    return false;
  };
  uint32_t i = out.first;
  while (i < out.end) {
    Pos p = PosOf(t, i);
    if (p == Pos::kPRP || p == Pos::kEX) {
      out.phrases.push_back({i, i + 1, i, kNoIndex, false, true});
      out.phrase_at[i - out.first] = static_cast<int32_t>(out.phrases.size() - 1);
      ++i;
      continue;
    }
    // "which borders", "who leads": after a relative pronoun, the verb.
    if ((p == Pos::kNN || p == Pos::kNNS) && i > out.first &&
        (PosOf(t, i - 1) == Pos::kWDT || PosOf(t, i - 1) == Pos::kWP) &&
        text::CanBeVerb(t.Norm(t.tokens[i])))
      out.as_verb[i - out.first] = 1;
    // "according to" is a preposition, not a verb.
    if (t.Norm(t.tokens[i]) == "according" && i + 1 < out.end && t.Norm(t.tokens[i + 1]) == "to") {
      i += 2;
      continue;
    }
    // A participle before a noun after a preposition or determiner is an
    // adjective: "to leaked documents", "the armed forces".
    bool participle_adjective =
        (p == Pos::kVBN || p == Pos::kVBG) && i > out.first && i + 1 < out.end &&
        (IsNounLike(PosOf(t, i + 1)) || text::IsAdjective(PosOf(t, i + 1)) || atom(i + 1)) &&
        (PosOf(t, i - 1) == Pos::kIN || PosOf(t, i - 1) == Pos::kTO || PosOf(t, i - 1) == Pos::kDT ||
         PosOf(t, i - 1) == Pos::kPRPS ||
         (text::IsVerb(PosOf(t, i - 1)) && !IsAuxiliary(t.Lemma(t.tokens[i - 1]))));
    uint32_t quantifier = out.as_verb[i - out.first] ? 0 : QuantifierLength(t, i, out.end);
    const bool object = !out.verbs.empty() && out.verbs.back().end == i &&
                        !complement(t.Lemma(t.tokens[out.verbs.back().head]));
    const bool prefixed_verb = IsVerbPrefix(t, i, out.end) && text::IsVerb(PosOf(t, i + 2));
    uint32_t e = out.as_verb[i - out.first] || prefixed_verb ? i
                 : quantifier > 0           ? nominal_end(i + quantifier, object)
                 : atom(i) || participle_adjective || IsNominal(p) ? nominal_end(i, object)
                                                                    : i;
    if (quantifier > 0 && e == i + quantifier) e = i;
    if (e > i) {
      NounPhrase np{i, e, e - 1, kNoIndex, false, false};
      // "the ambassadors of Chad, Niger and Mali": a list of names may
      // also start inside an "of" phrase ending in a name.
      bool names = atom(i) != 0, of = false, ends_in_name = false;
      for (uint32_t k = i; k < e; ++k) {
        of = of || Is(t, k, "of");
        ends_in_name = ends_in_name || atom(k) == e;
      }
      names = names || (of && ends_in_name);
      // Coordination: "Armenia and Azerbaijan", "Russia, Belarus and Iran".
      while (e + 1 < out.end && (Is(t, e, "and") || Is(t, e, "or") || PosOf(t, e) == Pos::kComma)) {
        uint32_t next = e + 1;
        if (PosOf(t, e) == Pos::kComma && next < out.end && (Is(t, next, "and") || Is(t, next, "or")))
          ++next;
        if (next >= out.end || !(atom(next) || IsNominal(PosOf(t, next)))) break;
        uint32_t e2 = nominal_end(next, object);
        if (e2 == next) break;
        // ", and Yerevan did": a comma, a conjunction and a phrase with its
        // own verb start a new clause.
        if (PosOf(t, e) == Pos::kComma && next == e + 2 && e2 < out.end &&
            (PosOf(t, e2) == Pos::kVBD || PosOf(t, e2) == Pos::kVBZ || PosOf(t, e2) == Pos::kVBP ||
             PosOf(t, e2) == Pos::kMD))
          break;
        // "A, B and C": a comma joins names only inside a list that goes on.
        if (PosOf(t, e) == Pos::kComma && next == e + 1 &&
            !(e2 < out.end && (Is(t, e2, "and") || Is(t, e2, "or") || PosOf(t, e2) == Pos::kComma)))
          break;
        bool entities = names && (atom(next) != 0 || name_conjunct(next, e2));
        bool nouns = text::IsNoun(PosOf(t, e - 1)) && text::IsNoun(PosOf(t, e2 - 1));
        if (!entities && !(nouns && PosOf(t, e) != Pos::kComma)) break;
        np.coordinated = true;
        e = e2;
      }
      np.end = e;
      np.head = e - 1;
      while (np.head > np.first && !IsNounLike(PosOf(t, np.head)) && !atom(np.head)) --np.head;
      if (i > out.first && PosOf(t, i - 1) == Pos::kIN && !IsComplementizer(t, i - 1))
        np.prep = static_cast<int32_t>(i - 1);
      if (i > out.first && PosOf(t, i - 1) == Pos::kTO) np.prep = static_cast<int32_t>(i - 1);
      out.phrases.push_back(np);
      for (uint32_t k = i; k < e; ++k)
        out.phrase_at[k - out.first] = static_cast<int32_t>(out.phrases.size() - 1);
      i = e;
      continue;
    }
    // A verb group: [modal] [adverbs, auxiliaries] verb [particle].
    if (IsVerbPrefix(t, i, out.end)) out.as_verb[i + 2 - out.first] = 1;
    // "would boycott all contact": a common noun right after a modal (and
    // its adverbs) that can be a verb is one.
    if (p == Pos::kMD) {
      uint32_t k = i + 1;
      while (k < out.end && (text::IsAdverb(PosOf(t, k)) || IsNegation(t, k))) ++k;
      if (k < out.end && (PosOf(t, k) == Pos::kNN || PosOf(t, k) == Pos::kNNS) &&
          text::CanBeVerb(t.Norm(t.tokens[k])))
        out.as_verb[k - out.first] = 1;
    }
    auto is_verb = [&](uint32_t k) { return text::IsVerb(PosOf(t, k)) || out.as_verb[k - out.first]; };
    bool starts = is_verb(i) || p == Pos::kMD || IsVerbPrefix(t, i, out.end) ||
                  (text::IsAdverb(p) && i + 1 < out.end &&
                   (text::IsVerb(PosOf(t, i + 1)) || PosOf(t, i + 1) == Pos::kMD || IsNegation(t, i)));
    if (!starts) {
      ++i;
      continue;
    }
    VerbGroup v;
    v.first = i;
    int32_t head = kNoIndex;
    uint32_t j = i;
    while (j < out.end) {
      Pos q = PosOf(t, j);
      if (IsVerbPrefix(t, j, out.end) && head == kNoIndex) {
        out.as_verb[j + 2 - out.first] = 1;
        j += 2;
        continue;
      }
      if (q == Pos::kMD) {
        if (head != kNoIndex) break;
        v.modal = static_cast<int32_t>(j);
      } else if (is_verb(j)) {
        if (head != kNoIndex && !IsAuxiliary(t.Lemma(t.tokens[head]))) break;
        head = static_cast<int32_t>(j);
      } else if (text::IsAdverb(q) || IsNegation(t, j)) {
        if (IsNegation(t, j)) v.negated = true;
        // An adverb after the verb ends the group unless, after an
        // auxiliary, a verb follows the adverbs ("has once again rejected").
        if (head != kNoIndex) {
          uint32_t k = j + 1;
          while (k < out.end && (text::IsAdverb(PosOf(t, k)) || IsNegation(t, k))) ++k;
          if (!(k < out.end && is_verb(k) && IsAuxiliary(t.Lemma(t.tokens[head])))) break;
        }
      } else {
        break;
      }
      ++j;
    }
    if (head == kNoIndex) {
      i = j > i ? j : i + 1;
      continue;
    }
    v.head = static_cast<uint32_t>(head);
    v.end = v.head + 1;
    if (v.end < out.end && PosOf(t, v.end) == Pos::kRP) v.particle = static_cast<int32_t>(v.end++);
    for (uint32_t k = v.first; k < v.head; ++k) {
      std::string_view l = t.Lemma(t.tokens[k]);
      // "was shelled" is sometimes tagged as a past tense: after "be" it is
      // the participle all the same.
      if ((l == "be" || l == "get") &&
          (PosOf(t, v.head) == Pos::kVBN || (l == "be" && PosOf(t, v.head) == Pos::kVBD)))
        v.passive = true;
    }
    out.verbs.push_back(v);
    for (uint32_t k = v.first; k < v.end; ++k)
      out.verb_at[k - out.first] = static_cast<int32_t>(out.verbs.size() - 1);
    i = v.end;
  }
}

}  // namespace dossier::code
