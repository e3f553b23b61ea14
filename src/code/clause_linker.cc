// ClauseParser::Link: who is each verb's subject, which verb governs it,
// and where its clause ends.
#include <algorithm>

#include "dossier/code/clause_parser.h"

namespace dossier::code {
namespace {

using text::Pos;

Pos PosOf(const text::AnalyzedText& t, uint32_t i) { return t.tokens[i].Tag(); }
bool Is(const text::AnalyzedText& t, uint32_t i, std::string_view w) {
  return t.Norm(t.tokens[i]) == w;
}

bool IsSubordinator(const text::AnalyzedText& t, uint32_t i) {
  static constexpr std::string_view kWords[] = {
      "if", "unless", "because", "although", "though", "while", "whereas", "after", "before",
      "since", "when", "once", "until", "as", "whether"};
  std::string_view w = t.Norm(t.tokens[i]);
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// The phrase a subordinator governs at the head of a chain of prepositional
// phrases ending with `np` ("as tensions with Kenya over trade"), or kNoIndex.
int32_t SubordinatedPhrase(const text::AnalyzedText& t, const SentenceParse& out, int32_t np) {
  for (int hops = 0; hops < 3; ++hops) {
    const NounPhrase& phrase = out.phrases[np];
    if (phrase.prep == kNoIndex) return kNoIndex;
    uint32_t prep = static_cast<uint32_t>(phrase.prep);
    if (IsSubordinator(t, prep)) return hops > 0 ? np : kNoIndex;  // hop 0: the caller's case
    if (prep <= out.first) return kNoIndex;
    int32_t before = out.PhraseAt(prep - 1);
    if (before == kNoIndex || out.phrases[before].end != prep) return kNoIndex;
    np = before;
  }
  return kNoIndex;
}

bool IsRelativePronoun(const text::AnalyzedText& t, uint32_t i) {
  Pos p = PosOf(t, i);
  return p == Pos::kWDT || p == Pos::kWP || p == Pos::kWPS;
}

bool IsCoordinator(const text::AnalyzedText& t, uint32_t i) {
  return Is(t, i, "and") || Is(t, i, "or") || Is(t, i, "but");
}

// "on Thursday shortened by an hour": a phrase naming a time is no noun a
// participle could modify.
bool IsTimeWord(const text::AnalyzedText& t, uint32_t i) {
  static constexpr std::string_view kWords[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend",
      "month", "year", "day", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december"};
  std::string_view w = t.Lemma(t.tokens[i]);
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Whether verb token `k` closes the sentence as ", X said": a verb that
// takes a clause, after a comma and one noun phrase, with nothing but
// punctuation after it.
bool IsReportTail(const text::AnalyzedText& t, const SentenceParse& out, uint32_t k,
                  const ClauseParser::IsComplementVerb& complement) {
  if (!complement(t.Lemma(t.tokens[k])) || k <= out.first) return false;
  for (uint32_t j = k + 1; j < out.end; ++j)
    if (!text::IsPunctuation(PosOf(t, j))) return false;
  int32_t np = out.PhraseAt(k - 1);
  if (np == kNoIndex) return false;
  uint32_t before = out.phrases[np].first;
  return before > out.first && PosOf(t, before - 1) == Pos::kComma;
}

// "signed a contract to sell": nouns whose infinitive says what they are
// for; they never act, so the infinitive's subject is the governor's.
bool TakesPurposeInfinitive(const text::AnalyzedText& t, uint32_t i) {
  static constexpr std::string_view kWords[] = {
      "contract", "deal", "agreement", "accord", "plan", "decision", "offer", "bid", "move",
      "effort", "attempt", "proposal", "promise", "pledge", "commitment", "step", "measure",
      "resolution", "law", "bill", "programme", "program", "initiative", "mission", "campaign",
      "operation", "chance", "opportunity", "right", "power", "authority", "permission", "way",
      "time", "money", "fund"};
  std::string_view w = t.Lemma(t.tokens[i]);
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// "it is time to", "it would be wrong for X to": "it" standing for
// nothing, as the subject of "be".
bool IsEmptyIt(const text::AnalyzedText& t, const SentenceParse& out, const VerbGroup& v) {
  return t.Lemma(t.tokens[v.head]) == "be" && v.subject != kNoIndex &&
         out.phrases[v.subject].pronoun && Is(t, out.phrases[v.subject].head, "it");
}

// Skips back over adverbs and commas from `i` (inclusive); returns the first
// token that is neither, or `floor` - 1 when none is left (as int64).
int64_t SkipBack(const text::AnalyzedText& t, int64_t i, uint32_t floor) {
  while (i >= floor && (text::IsAdverb(PosOf(t, static_cast<uint32_t>(i))) ||
                        PosOf(t, static_cast<uint32_t>(i)) == Pos::kComma))
    --i;
  return i;
}

// "Pakistan, a key ally in the war, has refused": a noun phrase opening
// with a determiner, with only noun phrases and prepositions after it,
// between commas [from, close) after the sentence's first phrase `np`.
bool IsApposition(const text::AnalyzedText& t, const SentenceParse& out, int32_t np,
                  uint32_t from, uint32_t close) {
  if (out.phrases[np].first != out.first || PosOf(t, from) != Pos::kDT) return false;
  for (uint32_t k = from; k < close; ++k) {
    if (out.VerbAt(k) != kNoIndex || PosOf(t, k) == Pos::kComma || IsCoordinator(t, k))
      return false;
  }
  return true;
}

// The noun phrase before a comma-enclosed participle or relative clause
// that ends at the comma `close` ("X, noting ..., has"), or kNoIndex.
int32_t ParentheticalSubject(const text::AnalyzedText& t, const SentenceParse& out, uint32_t close) {
  constexpr uint32_t kMaxSpan = 40;
  for (uint32_t k = close; k > out.first + 1 && close - k < kMaxSpan;) {
    --k;
    if (Is(t, k, ";")) break;
    if (PosOf(t, k) != Pos::kComma || k + 1 >= close) continue;
    int32_t np = out.PhraseAt(k - 1);
    if (np == kNoIndex || out.phrases[np].end != k || out.phrases[np].prep != kNoIndex ||
        out.phrases[np].pronoun)
      continue;
    Pos next = PosOf(t, k + 1);
    if (IsRelativePronoun(t, k + 1) ||
        ((next == Pos::kVBG || next == Pos::kVBN) && out.VerbAt(k + 1) != kNoIndex))
      return np;
    if (IsApposition(t, out, np, k + 1, close)) return np;
  }
  return kNoIndex;
}

}  // namespace

// Whether the noun phrase ending right before `token` is a document that
// `issuer`, an active verb of issuing, takes as its object ("issued a
// declaration", "passed a resolution").
bool ClauseParser::IssuedDocumentBefore(const text::AnalyzedText& t, const SentenceParse& out,
                                        const VerbGroup& issuer, uint32_t token) const {
  if (!lexicon_.issue_verb || !lexicon_.document_noun || issuer.passive) return false;
  int32_t np = out.PhraseAt(token - 1);
  if (np == kNoIndex || out.phrases[np].first < issuer.end || out.phrases[np].prep != kNoIndex)
    return false;
  for (uint32_t k = issuer.end; k < out.phrases[np].first; ++k)
    if (!text::IsAdverb(PosOf(t, k)) && PosOf(t, k) != Pos::kRP) return false;
  return lexicon_.issue_verb(t.Lemma(t.tokens[issuer.head])) &&
         lexicon_.document_noun(t.Lemma(t.tokens[out.phrases[np].head]));
}

void ClauseParser::Link(const text::AnalyzedText& t, const IsComplementVerb& complement,
                        SentenceParse& out) const {
  for (size_t vi = 0; vi < out.verbs.size(); ++vi) {
    VerbGroup& v = out.verbs[vi];
    const int32_t prev = vi > 0 ? static_cast<int32_t>(vi - 1) : kNoIndex;
    const uint32_t floor = prev == kNoIndex ? out.first : out.verbs[prev].end;
    int64_t before = SkipBack(t, static_cast<int64_t>(v.first) - 1, out.first);
    // `object_control`: whether an object between the governor and this verb
    // is its subject ("urged Y to", "accused Y of"), or the governor's
    // subject is ("by supplying", "after meeting").
    auto inherit = [&](ClauseLink link, bool object_control) {
      v.link = link;
      v.governor = prev;
      if (prev == kNoIndex) return;
      // "opened the bridge to allow": after a verb that does not pass its
      // object on, an infinitive says what its subject did it for.
      if (link == ClauseLink::kInfinitive && lexicon_.object_control &&
          !lexicon_.object_control(t.Lemma(t.tokens[out.verbs[prev].head]))) {
        // "it would be wrong for X to oppose": an empty "it" passes on no
        // subject.
        if (IsEmptyIt(t, out, out.verbs[prev])) return;
        object_control = false;
      }
      if (!object_control) {
        v.subject = out.verbs[prev].subject;
        return;
      }
      // An object between the governor and this verb is its subject ("urged Y to").
      for (int64_t k = before; k >= static_cast<int64_t>(floor); --k) {
        int32_t np = out.PhraseAt(static_cast<uint32_t>(k));
        if (np != kNoIndex && out.phrases[np].prep == kNoIndex && !out.phrases[np].pronoun) {
          if (link == ClauseLink::kInfinitive && TakesPurposeInfinitive(t, out.phrases[np].head))
            break;
          v.subject = np;
          return;
        }
      }
      v.subject = out.verbs[prev].subject;
    };
    if (before >= static_cast<int64_t>(out.first) && PosOf(t, static_cast<uint32_t>(before)) == Pos::kTO) {
      inherit(ClauseLink::kInfinitive, true);
      continue;
    }
    if (PosOf(t, v.head) == Pos::kVBG && before >= static_cast<int64_t>(out.first) &&
        PosOf(t, static_cast<uint32_t>(before)) == Pos::kIN && v.first == v.head) {
      std::string_view prep = t.Norm(t.tokens[static_cast<uint32_t>(before)]);
      inherit(ClauseLink::kGerund, prep == "of" || prep == "from" || prep == "for");
      continue;
    }
    // "stopped supplying", "began shelling": a gerund right after a verb is
    // its complement; ", killing ten people": a participle after a comma
    // shares the clause's subject.
    if (v.first == v.head && PosOf(t, v.head) == Pos::kVBG && prev != kNoIndex &&
        (v.first == out.verbs[prev].end ||
         (v.first > out.first && PosOf(t, v.first - 1) == Pos::kComma))) {
      inherit(ClauseLink::kGerund, false);
      continue;
    }
    // "issued a statement condemning X": the participle after a document
    // that the verb before issues is the issuer's act.
    if (v.first == v.head && PosOf(t, v.head) == Pos::kVBG && v.head > out.first &&
        prev != kNoIndex && IssuedDocumentBefore(t, out, out.verbs[prev], v.head)) {
      inherit(ClauseLink::kGerund, false);
      continue;
    }
    // "refugees fleeing the war": a present participle right after a noun
    // phrase modifies it.
    if (v.first == v.head && PosOf(t, v.head) == Pos::kVBG && v.head > out.first &&
        out.PhraseAt(v.head - 1) != kNoIndex && !out.phrases[out.PhraseAt(v.head - 1)].pronoun &&
        prev != kNoIndex && out.phrases[out.PhraseAt(v.head - 1)].first >= out.verbs[prev].end) {
      v.link = ClauseLink::kParticiple;
      v.subject = out.PhraseAt(v.head - 1);
      continue;
    }
    // "documents reviewed by X": a participle right after a noun phrase.
    // A past tense form counts only when a verb follows ("documents
    // reviewed by X show"), not in "X spoke by phone".
    bool later_verb = false;
    for (uint32_t k = v.end; k < out.end && !later_verb; ++k) later_verb = text::IsVerb(PosOf(t, k));
    if (v.first == v.head && (PosOf(t, v.head) == Pos::kVBN || PosOf(t, v.head) == Pos::kVBD) &&
        v.head > out.first && out.PhraseAt(v.head - 1) != kNoIndex && v.end < out.end &&
        Is(t, v.end, "by") && !IsCoordinator(t, v.head - 1) &&
        !IsTimeWord(t, out.phrases[out.PhraseAt(v.head - 1)].head) &&
        (later_verb || PosOf(t, v.head) == Pos::kVBN ||
         (prev != kNoIndex && out.phrases[out.PhraseAt(v.head - 1)].first >= out.verbs[prev].end))) {
      v.link = ClauseLink::kParticiple;
      v.passive = true;
      v.subject = out.PhraseAt(v.head - 1);
      continue;
    }
    // "expelled two diplomats based in Geneva": a past participle right
    // after the object of a verb that does not report speech, followed by a
    // preposition, modifies the object.
    // "A group based in X claims": before the clause's own verb, likewise.
    // A relative clause's verb and a closing ", X said" do not count.
    bool finite_later = false;
    for (uint32_t k = v.end; k < out.end && !finite_later; ++k) {
      Pos q = PosOf(t, k);
      if (q == Pos::kWRB || IsRelativePronoun(t, k)) break;
      finite_later = (q == Pos::kVBZ || q == Pos::kVBP || q == Pos::kMD ||
                      (q == Pos::kVBD && !IsCoordinator(t, k - 1))) &&
                     !IsReportTail(t, out, k, complement);
      if (IsCoordinator(t, k) || Is(t, k, ";")) break;
    }
    if (v.first == v.head && PosOf(t, v.head) == Pos::kVBN && v.head > out.first &&
        out.PhraseAt(v.head - 1) != kNoIndex && !out.phrases[out.PhraseAt(v.head - 1)].pronoun &&
        (prev != kNoIndex
             ? out.phrases[out.PhraseAt(v.head - 1)].first >= out.verbs[prev].end &&
                   !complement(t.Lemma(t.tokens[out.verbs[prev].head]))
             : finite_later && out.phrases[out.PhraseAt(v.head - 1)].prep == kNoIndex) &&
        v.end < out.end && (PosOf(t, v.end) == Pos::kIN || PosOf(t, v.end) == Pos::kTO)) {
      v.link = ClauseLink::kParticiple;
      v.passive = true;
      v.subject = out.PhraseAt(v.head - 1);
      continue;
    }
    if (prev != kNoIndex && before >= static_cast<int64_t>(floor) &&
        IsCoordinator(t, static_cast<uint32_t>(before))) {
      // "refused to deploy troops and has urged": a finite verb coordinates
      // with the finite clause, not with an infinitive, gerund or reduced
      // relative inside it.
      int32_t with = prev;
      const Pos first_tag = PosOf(t, v.first);
      const bool finite = first_tag == Pos::kVBD || first_tag == Pos::kVBZ ||
                          first_tag == Pos::kVBP || first_tag == Pos::kMD;
      while (finite && with != kNoIndex &&
             (out.verbs[with].link == ClauseLink::kInfinitive ||
              out.verbs[with].link == ClauseLink::kGerund ||
              out.verbs[with].link == ClauseLink::kParticiple)) {
        with = out.verbs[with].link == ClauseLink::kParticiple ? with - 1 : out.verbs[with].governor;
      }
      if (with == kNoIndex) with = prev;
      v.link = ClauseLink::kCoordinate;
      v.governor = out.verbs[with].governor;
      v.subject = out.verbs[with].subject;
      v.subordinator = static_cast<int32_t>(before);
      continue;
    }
    if (before >= static_cast<int64_t>(out.first) && IsRelativePronoun(t, static_cast<uint32_t>(before))) {
      int64_t ante = SkipBack(t, before - 1, out.first);
      v.link = ClauseLink::kRelative;
      v.subordinator = static_cast<int32_t>(before);
      if (ante >= static_cast<int64_t>(out.first)) v.subject = out.PhraseAt(static_cast<uint32_t>(ante));
      continue;
    }
    // A finite verb: its subject is the nearest phrase before it that no
    // preposition governs; a subordinator or "that" before it says how its
    // clause hangs on the one before.
    int32_t subject = kNoIndex;
    int64_t k = before;
    // "..., said a spokesman": a verb of saying after a comma, with the
    // speaker after it.
    const Pos head_tag = PosOf(t, v.head);
    if (v.first > out.first && PosOf(t, v.first - 1) == Pos::kComma && v.end < out.end &&
        (head_tag == Pos::kVBD || head_tag == Pos::kVBZ || head_tag == Pos::kVBP) &&
        vi + 1 == out.verbs.size() && out.PhraseAt(v.end) != kNoIndex &&
        out.phrases[out.PhraseAt(v.end)].prep == kNoIndex && complement(t.Lemma(t.tokens[v.head]))) {
      v.subject = out.PhraseAt(v.end);
      continue;
    }
    // "The government, noting X when Y did Z, has suspended": a participle
    // or relative clause between commas stands between the subject and
    // its verb.
    if (v.first > out.first && PosOf(t, v.first - 1) == Pos::kComma) {
      int32_t enclosed = ParentheticalSubject(t, out, v.first - 1);
      if (enclosed != kNoIndex) {
        v.subject = enclosed;
        continue;
      }
    }
    for (; k >= static_cast<int64_t>(out.first); --k) {
      uint32_t tk = static_cast<uint32_t>(k);
      int32_t vk = out.VerbAt(tk);
      if (vk != kNoIndex) {
        if (out.verbs[vk].link == ClauseLink::kParticiple && subject == kNoIndex) {
          subject = out.verbs[vk].subject;
          k = out.phrases[subject].first;
          continue;
        }
        break;
      }
      int32_t np = out.PhraseAt(tk);
      if (np != kNoIndex) {
        // "after X made": a subordinator read as a preposition; the phrase
        // right before the verb is its subject.
        const NounPhrase& phrase = out.phrases[np];
        if (subject == kNoIndex && phrase.prep != kNoIndex && phrase.end == v.first &&
            IsSubordinator(t, static_cast<uint32_t>(phrase.prep))) {
          subject = np;
          v.subordinator = phrase.prep;
          break;
        }
        // "after two of their vehicles were hit", "as tensions with Kenya
        // grew": the same, through prepositional phrases.
        if (subject == kNoIndex && phrase.prep != kNoIndex && phrase.end == v.first) {
          int32_t whole = SubordinatedPhrase(t, out, np);
          if (whole != kNoIndex) {
            subject = whole;
            v.subordinator = out.phrases[whole].prep;
            break;
          }
        }
        if (subject == kNoIndex && out.phrases[np].prep == kNoIndex) subject = np;
        k = out.phrases[np].first;
        continue;
      }
      if (subject != kNoIndex && (IsSubordinator(t, tk) || Is(t, tk, "that"))) {
        v.subordinator = static_cast<int32_t>(tk);
        break;
      }
      if (PosOf(t, tk) == Pos::kMidPunct && Is(t, tk, ";")) break;
    }
    v.subject = subject;
    // "X, which ..., supplied": the subject is the relative clause's noun.
    if (prev != kNoIndex && out.verbs[prev].link == ClauseLink::kRelative &&
        (subject == kNoIndex || out.phrases[subject].first > out.verbs[prev].head) &&
        v.first > out.first && PosOf(t, v.first - 1) == Pos::kComma) {
      v.subject = out.verbs[prev].subject;
      subject = v.subject;
    }
    if (prev == kNoIndex) continue;
    const VerbGroup& p = out.verbs[prev];
    bool says = complement(t.Lemma(t.tokens[p.head]));
    if (v.subordinator != kNoIndex && Is(t, static_cast<uint32_t>(v.subordinator), "that")) {
      // "demanded that X": "that" right after a verb opens its complement;
      // after a noun ("the plan that X") a relative clause.
      bool right_after = static_cast<uint32_t>(v.subordinator) >= p.end &&
                         SkipBack(t, v.subordinator - 1, p.end) < static_cast<int64_t>(p.end);
      if (right_after && p.link != ClauseLink::kParticiple) says = true;
      v.link = says ? ClauseLink::kComplement : ClauseLink::kRelative;
      v.governor = says ? prev : kNoIndex;
      // "said that X ... and that Y": a second complement of the same verb.
      int64_t conj = SkipBack(t, v.subordinator - 1, out.first);
      if (!says && conj >= static_cast<int64_t>(floor) && IsCoordinator(t, static_cast<uint32_t>(conj))) {
        for (int32_t k = prev; k >= 0; --k) {
          const VerbGroup& earlier = out.verbs[k];
          if (earlier.link == ClauseLink::kComplement && earlier.subordinator != kNoIndex &&
              Is(t, static_cast<uint32_t>(earlier.subordinator), "that")) {
            v.link = ClauseLink::kComplement;
            v.governor = earlier.governor;
            break;
          }
        }
      }
    } else if (v.subordinator != kNoIndex) {
      v.link = ClauseLink::kAdverbial;
    } else if (says && subject != kNoIndex && out.phrases[subject].first >= p.end &&
               (p.link != ClauseLink::kParticiple)) {
      v.link = ClauseLink::kComplement;
      v.governor = prev;
    }
  }
  // "..., X said." and "..., said X.": a verb of saying at the end governs
  // the clauses before it.
  for (size_t wi = 1; wi < out.verbs.size(); ++wi) {
    VerbGroup& w = out.verbs[wi];
    if ((w.link != ClauseLink::kMain && w.link != ClauseLink::kComplement) ||
        !complement(t.Lemma(t.tokens[w.head])))
      continue;
    uint32_t start = w.subject != kNoIndex ? std::min(w.first, out.phrases[w.subject].first) : w.first;
    // "... in Lebanon Sunday sources said": a day opens the tail as a
    // comma does.
    if (start == out.first ||
        (PosOf(t, start - 1) != Pos::kComma && !(IsTimeWord(t, start) && text::IsProperNoun(PosOf(t, start)))))
      continue;
    if (wi + 1 < out.verbs.size() || out.end - w.end > 8) continue;
    w.link = ClauseLink::kMain;
    w.governor = kNoIndex;
    for (size_t vi = 0; vi < wi; ++vi) {
      VerbGroup& v = out.verbs[vi];
      if (v.governor != kNoIndex) continue;
      if (v.link == ClauseLink::kMain) v.link = ClauseLink::kComplement;
      if (v.link == ClauseLink::kComplement || v.link == ClauseLink::kCoordinate)
        v.governor = static_cast<int32_t>(wi);
    }
  }
  // Each verb's clause runs until the next clause that is not its own
  // infinitive, gerund or participle.
  for (size_t vi = 0; vi < out.verbs.size(); ++vi) {
    VerbGroup& v = out.verbs[vi];
    v.scope_end = out.end;
    for (size_t wi = vi + 1; wi < out.verbs.size(); ++wi) {
      const VerbGroup& w = out.verbs[wi];
      if (w.link == ClauseLink::kInfinitive || w.link == ClauseLink::kGerund ||
          w.link == ClauseLink::kParticiple)
        continue;
      uint32_t start = w.first;
      // "granted asylum to rebels who entered": the antecedent of a
      // relative clause stays in the clause before it.
      if ((w.link == ClauseLink::kCoordinate || w.link == ClauseLink::kRelative) &&
          w.subordinator != kNoIndex && static_cast<uint32_t>(w.subordinator) >= v.end) {
        // "... and insisted": the conjunction ends the clause before; the
        // subject is inherited, not inside.
        v.scope_end = std::max(static_cast<uint32_t>(w.subordinator), v.end);
        break;
      }
      if (w.subject != kNoIndex && out.phrases[w.subject].first >= v.end &&
          out.phrases[w.subject].first < start)
        start = out.phrases[w.subject].first;
      if (w.subordinator != kNoIndex && static_cast<uint32_t>(w.subordinator) >= v.end)
        start = std::min(start, static_cast<uint32_t>(w.subordinator));
      v.scope_end = std::max(start, v.end);
      break;
    }
    for (uint32_t k = v.end; k < v.scope_end; ++k) {
      if (Is(t, k, ";")) {
        v.scope_end = k;
        break;
      }
    }
  }
}

}  // namespace dossier::code
