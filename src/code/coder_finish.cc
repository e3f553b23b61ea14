// EventCoder::Finish: what an event takes from around its clause: its
// PLOVER type, modality, attribution, date and place.
#include <algorithm>

#include "coder_context.h"

namespace dossier::code {
namespace {

// "documents reviewed by X": a phrase with the participle that follows it.
uint32_t PhraseEnd(const EventCoder::Context& c, int32_t np) {
  const SentenceParse& p = c.Parse();
  uint32_t end = p.phrases[np].end;
  if (end < p.end) {
    int32_t v = p.VerbAt(end);
    if (v != kNoIndex && p.verbs[v].link == ClauseLink::kParticiple) {
      end = p.verbs[v].end;
      // Its "by" phrase.
      if (end + 1 < p.end && c.Norm(end) == "by" && p.PhraseAt(end + 1) != kNoIndex)
        end = p.phrases[p.PhraseAt(end + 1)].end;
    }
  }
  return end;
}

void AddAttribution(const EventCoder::Context& c, int32_t np, std::vector<Attribution>& out) {
  if (np == kNoIndex) return;
  const NounPhrase& phrase = c.Parse().phrases[np];
  Attribution a;
  a.begin = c.Tok(phrase.first).begin;
  a.end = c.Tok(PhraseEnd(c, np) - 1).end;
  a.text = std::string(c.text.text.substr(a.begin, a.end - a.begin));
  std::vector<Actor> actors;
  coder::ActorsOf(c, np, actors);
  if (!actors.empty()) a.actor = actors.front();
  out.push_back(std::move(a));
}

// "no official will visit", "neither he nor any minister would": a
// negative subject negates its clause.
bool NegativeSubject(const EventCoder::Context& c, const VerbGroup& v) {
  if (v.subject == kNoIndex) return false;
  const NounPhrase& s = c.Parse().phrases[v.subject];
  std::string_view first = c.Norm(s.first);
  if (first == "no" || first == "none" || first == "nobody" || first == "nothing" ||
      first == "neither" || first == "nor")
    return true;
  return s.first > c.Parse().first && c.Norm(s.first - 1) == "nor";
}

// Whether an "unless" clause follows the verb before another main clause
// begins.
bool ConditionFollows(const EventCoder::Context& c, const VerbGroup& v) {
  const SentenceParse& p = c.Parse();
  for (uint32_t t = v.end; t < p.end; ++t) {
    if (c.Norm(t) == "unless") return true;
    if (c.Norm(t) == ";") return false;
    int32_t w = p.VerbAt(t);
    if (w != kNoIndex && p.verbs[w].link == ClauseLink::kMain) return false;
  }
  return false;
}

}  // namespace

namespace {

// The verb group whose clause holds `token`: the last one starting at or
// before it whose words or scope reach it; kNoIndex when none.
int32_t ClauseOf(const SentenceParse& p, uint32_t token) {
  int32_t owner = kNoIndex;
  for (size_t w = 0; w < p.verbs.size(); ++w) {
    const VerbGroup& g = p.verbs[w];
    if (g.first <= token && token < std::max(g.scope_end, g.end)) owner = static_cast<int32_t>(w);
  }
  return owner;
}

}  // namespace

// Whether a date of the sentence may date the event of verb `v`: it lies in
// v's own clause, in a clause above it ("said on Monday that ..."), or in
// no clause.
bool EventCoder::DateMayBelong(const Context& c, const VerbGroup& v, const time::TimeMention& t) {
  const SentenceParse& p = c.Parse();
  uint32_t token = p.end;
  for (uint32_t i = p.first; i < p.end; ++i) {
    if (c.Tok(i).end > t.begin) {
      token = i;
      break;
    }
  }
  if (token >= p.end) return true;
  int32_t owner = ClauseOf(p, token);
  if (owner == kNoIndex) return true;
  for (int32_t w = static_cast<int32_t>(&v - p.verbs.data()), hops = 0; w != kNoIndex && hops < 8;
       w = p.verbs[static_cast<size_t>(w)].governor, ++hops) {
    if (w == owner) return true;
  }
  return false;
}

void EventCoder::Finish(Context& c, Event& e, const VerbGroup* v, uint32_t first,
                        uint32_t last) const {
  const SentenceParse& p = c.Parse();
  e.sentence = c.sentence;
  e.begin = c.Tok(first).begin;
  e.end = c.Tok(last).end;
  e.verb_begin = c.Tok(e.trigger_token).begin;
  e.verb_end = c.Tok(e.trigger_token).end;
  // Modality: the clause's own negation or modal, its adverbs, then what
  // the verbs above it say about it.
  Modality m = Modality::kAsserted;
  bool reported = false;
  if (v != nullptr) {
    if (v->negated || NegativeSubject(c, *v)) m = Modality::kNegated;
    else if (v->modal != kNoIndex) {
      const ModalityCue* cue = patterns_.Cue(c.Lemma(static_cast<uint32_t>(v->modal)));
      if (cue != nullptr && cue->kind == ModalityCue::Kind::kModal) m = cue->modality;
      // "said it would leave": the future seen from a past statement.
      if (v->link == ClauseLink::kComplement && c.Norm(static_cast<uint32_t>(v->modal)) == "would")
        m = Modality::kPlanned;
    }
    for (uint32_t t = first; t <= last && m == Modality::kAsserted; ++t) {
      const ModalityCue* cue = patterns_.Cue(c.Norm(t));
      if (cue != nullptr && cue->kind == ModalityCue::Kind::kAdverb) m = cue->modality;
    }
    if (m == Modality::kAsserted && v->subordinator != kNoIndex) {
      std::string_view sub = c.Norm(static_cast<uint32_t>(v->subordinator));
      if (sub == "if" || sub == "unless" || sub == "whether") m = Modality::kHypothetical;
    }
    const VerbGroup* g = v;
    for (int depth = 0; depth < 6 && g->governor != kNoIndex; ++depth) {
      const VerbGroup& gov = p.verbs[g->governor];
      const ModalityCue* cue = patterns_.Cue(c.Lemma(gov.head));
      if (cue != nullptr && cue->kind == ModalityCue::Kind::kReport) {
        reported = true;
        AddAttribution(c, gov.subject, e.attribution);
      } else if (cue != nullptr && cue->kind == ModalityCue::Kind::kGovern) {
        // "warned it will withdraw" is a threat, not a plan.
        if (m == Modality::kAsserted || (m == Modality::kNegated && cue->modality == Modality::kDenied) ||
            (m == Modality::kPlanned && cue->modality == Modality::kThreatened))
          m = cue->modality;
        if (cue->modality == Modality::kAlleged || cue->modality == Modality::kDenied)
          AddAttribution(c, gov.subject, e.attribution);
      }
      if (gov.negated && m == Modality::kAsserted) m = Modality::kNegated;
      g = &gov;
    }
  }
  // "will withdraw its troops unless Y agrees": an intent on a condition
  // is a threat.
  if (v != nullptr && m == Modality::kPlanned && ConditionFollows(c, *v)) m = Modality::kThreatened;
  // "according to X" anywhere in the sentence attributes all of it.
  for (uint32_t t = p.first; t + 2 < p.end; ++t) {
    if (c.Norm(t) == "according" && c.Norm(t + 1) == "to" && p.PhraseAt(t + 2) != kNoIndex) {
      reported = true;
      AddAttribution(c, p.PhraseAt(t + 2), e.attribution);
    }
  }
  if (m == Modality::kAsserted && reported) m = Modality::kReported;
  e.modality = m;
  e.cameo = std::string(patterns_.RecodeFor(e.cameo, m));
  if (const CameoCode* cc = patterns_.cameo().Find(e.cameo)) {
    e.plover = cc->plover;
    e.mode = cc->mode;
  }
  // Date: the one nearest the verb in the clause, else the sentence's first;
  // never one of another clause that is not above this one ("noting X's
  // inaction when forces attacked in 2022, has suspended").
  const time::TimeMention* best = nullptr;
  uint32_t best_distance = UINT32_MAX;
  for (const time::TimeMention& t : c.times) {
    if (t.sentence != c.sentence) continue;
    if (v != nullptr && !DateMayBelong(c, *v, t)) continue;
    uint32_t d = t.begin >= e.verb_begin ? t.begin - e.verb_begin : e.verb_begin - t.begin;
    if (t.begin >= e.begin && t.end <= e.end) d /= 4;
    if (d < best_distance) {
      best = &t;
      best_distance = d;
    }
  }
  if (best != nullptr) {
    e.date_start = best->start;
    e.date_end = best->end_date.empty() ? best->start : best->end_date;
  }
  // Place: "in X" or "at X" naming a place within the clause.
  for (uint32_t t = first; t < last && e.place.empty(); ++t) {
    if (c.Norm(t) != "in" && c.Norm(t) != "at") continue;
    int32_t m2 = c.s.mention_at[t + 1];
    if (m2 >= 0 && c.rec.entities[c.rec.mentions[m2].entity].type == "place")
      e.place = c.rec.entities[c.rec.mentions[m2].entity].name;
  }
}

}  // namespace dossier::code
