// EventCoder::CodeDemands: "X said Y must release the prisoners" is X's
// demand of Y (CAMEO 10), whatever Y then does; so is "X's demand that Y
// release the prisoners". The demand's code follows the demanded action
// when the clause codes one (a release: 1053), else 100.
#include <fmt/format.h>

#include <algorithm>

#include "coder_context.h"

namespace dossier::code {
namespace {

constexpr std::string_view kDemandPattern = "(a demand:";

bool IsObligationModal(std::string_view w) { return w == "must" || w == "should" || w == "ought"; }

// A demand found in a sentence, before its events are made.
struct Demand {
  std::vector<Actor> sources, targets;
  const VerbGroup* governing = nullptr;  // gives the modality
  uint32_t first = 0;                    // the demand's first token
  uint32_t action_first = 0, action_end = 0;  // the demanded clause's tokens
  uint32_t trigger = 0;
  std::string pattern;
};

// The noun of demanding ("demand", "call") in the phrase `np`, or -1.
int64_t DemandNoun(const EventCoder::Context& c, const NounPhrase& np,
                   const std::vector<std::string>& nouns) {
  for (uint32_t t = np.end; t > np.first;) {
    --t;
    if (text::IsNoun(c.Tok(t).Tag()) && coder::WordIn(c, t, nouns)) return t;
  }
  return -1;
}

// "its demand that Y ...", "Hungary's call that Y ...": the clause `v`
// opened by "that" right after a noun of demanding. The source is the
// noun's possessor, else the subject of the verb whose object holds it
// ("reiterated its demand that").
bool NounDemand(const EventCoder::Context& c, const std::vector<std::string>& nouns,
                const VerbGroup& v, Demand& d) {
  const SentenceParse& p = c.Parse();
  if (v.subordinator == kNoIndex || c.Norm(static_cast<uint32_t>(v.subordinator)) != "that" ||
      v.subject == kNoIndex || v.negated)
    return false;
  uint32_t that = static_cast<uint32_t>(v.subordinator);
  if (that == p.first || p.phrases[v.subject].first <= that) return false;
  int32_t np = p.PhraseAt(that - 1);
  if (np == kNoIndex) return false;
  int64_t noun = DemandNoun(c, p.phrases[np], nouns);
  if (noun < 0) return false;
  coder::ActorsOf(c, v.subject, d.targets);
  if (d.targets.empty()) return false;
  for (uint32_t t = p.phrases[np].first; t < static_cast<uint32_t>(noun) && d.sources.empty(); ++t) {
    int32_t m = c.s.mention_at[t];
    Actor a;
    if (m >= 0 && coder::IsPossessorMention(c, m) && coder::MentionActor(c, m, a))
      d.sources.push_back(a);
  }
  for (const VerbGroup& g : p.verbs) {
    if (p.phrases[np].first >= g.end && p.phrases[np].first < g.scope_end) d.governing = &g;
  }
  if (d.sources.empty() && c.Tok(p.phrases[np].first).Tag() == text::Pos::kPRPS) {
    // "its demand": the pronoun's actor; the governing verb's subject when
    // it names one.
    if (d.governing != nullptr && !d.governing->passive)
      coder::ActorsOf(c, d.governing->subject, d.sources);
  }
  if (d.sources.empty()) return false;
  d.first = p.phrases[np].first;
  d.action_first = v.first;
  d.action_end = std::max(v.scope_end, v.end);
  d.trigger = static_cast<uint32_t>(noun);
  d.pattern = fmt::format("{} \"{}\" that)", kDemandPattern, c.Norm(static_cast<uint32_t>(noun)));
  return true;
}

// "X said Y must ...", "X said Y has to ...": the complement clause `v`
// (the `vi`th verb) with a verb of obligation.
bool ModalDemand(const EventCoder::Context& c, const EventPatterns& patterns, uint32_t vi,
                 Demand& d) {
  const SentenceParse& p = c.Parse();
  const VerbGroup& v = p.verbs[vi];
  if (v.link != ClauseLink::kComplement || v.governor == kNoIndex || v.negated) return false;
  // The verb whose events name the demanded action: the clause's own, or
  // the infinitive after "has to", "needs to".
  d.action_end = std::max(v.scope_end, v.end);
  bool obligation = v.modal != kNoIndex && IsObligationModal(c.Norm(static_cast<uint32_t>(v.modal)));
  if (!obligation && (c.Lemma(v.head) == "have" || c.Lemma(v.head) == "need") &&
      vi + 1 < p.verbs.size() && p.verbs[vi + 1].link == ClauseLink::kInfinitive &&
      p.verbs[vi + 1].governor == static_cast<int32_t>(vi) && v.end < p.end && c.Norm(v.end) == "to") {
    obligation = true;
    d.action_end = std::max(p.verbs[vi + 1].scope_end, p.verbs[vi + 1].end);
  }
  if (!obligation) return false;
  const VerbGroup& g = p.verbs[v.governor];
  const ModalityCue* cue = patterns.Cue(c.Lemma(g.head));
  if (cue == nullptr || cue->kind != ModalityCue::Kind::kReport || g.negated) return false;
  coder::ActorsOf(c, g.subject, d.sources);
  coder::ActorsOf(c, v.subject, d.targets);
  if (d.sources.empty() || d.targets.empty()) return false;
  d.governing = &g;
  d.first = g.subject != kNoIndex ? std::min(g.first, p.phrases[g.subject].first) : g.first;
  d.action_first = v.first;
  d.trigger = v.modal != kNoIndex ? static_cast<uint32_t>(v.modal) : v.head;
  d.pattern = fmt::format("{} \"{}\" governing \"{}\")", kDemandPattern, c.Norm(g.head),
                          c.Norm(d.trigger));
  return true;
}

}  // namespace

void EventCoder::CodeDemands(Context& c, size_t first_event) const {
  const SentenceParse& p = c.Parse();
  const std::vector<std::string>* nouns = patterns_.Synset("DEMAND_NOUN");
  for (uint32_t vi = 0; vi < p.verbs.size(); ++vi) {
    Demand d;
    if (!ModalDemand(c, patterns_, vi, d) &&
        (nouns == nullptr || !NounDemand(c, *nouns, p.verbs[vi], d)))
      continue;
    // The first event coded inside the demanded clause gives the code; the
    // demand replaces the clause's events (what is demanded has not
    // happened).
    size_t at = c.out.size();
    std::string inner_code;
    for (size_t i = first_event; i < c.out.size();) {
      uint32_t t = c.out[i].trigger_token;
      if (c.out[i].sentence == c.sentence && t >= d.action_first && t < d.action_end &&
          c.out[i].pattern.rfind(kDemandPattern, 0) != 0) {
        if (inner_code.empty()) inner_code = c.out[i].cameo;
        at = std::min(at, i);
        c.out.erase(c.out.begin() + static_cast<std::ptrdiff_t>(i));
        continue;
      }
      ++i;
    }
    std::string code(patterns_.DemandFor(inner_code));
    for (const Actor& s : d.sources) {
      for (const Actor& t : d.targets) {
        if (s.code == t.code && s.name == t.name) continue;
        Event e;
        e.cameo = code;
        e.source = s;
        e.target = t;
        e.pattern = d.pattern;
        e.trigger_token = d.trigger;
        Finish(c, e, d.governing, d.first, d.action_end - 1);
        c.out.insert(c.out.begin() + static_cast<std::ptrdiff_t>(std::min(at, c.out.size())), std::move(e));
        ++at;
      }
    }
  }
}

}  // namespace dossier::code
