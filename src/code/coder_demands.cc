// EventCoder::CodeDemands: "X said Y must release the prisoners" is X's
// demand of Y (CAMEO 10), whatever Y then does. The demand's code follows
// the demanded action when the clause codes one (a release: 1053), else 100.
#include <fmt/format.h>

#include <algorithm>

#include "coder_context.h"

namespace dossier::code {
namespace {

constexpr std::string_view kDemandPattern = "(a demand:";

bool IsObligationModal(std::string_view w) { return w == "must" || w == "should" || w == "ought"; }

}  // namespace

void EventCoder::CodeDemands(Context& c, size_t first_event) const {
  const SentenceParse& p = c.Parse();
  for (uint32_t vi = 0; vi < p.verbs.size(); ++vi) {
    const VerbGroup& v = p.verbs[vi];
    if (v.link != ClauseLink::kComplement || v.governor == kNoIndex || v.negated) continue;
    // The verb whose events name the demanded action: the clause's own, or
    // the infinitive after "has to", "needs to".
    uint32_t action_end = std::max(v.scope_end, v.end);
    bool obligation = v.modal != kNoIndex && IsObligationModal(c.Norm(static_cast<uint32_t>(v.modal)));
    if (!obligation && (c.Lemma(v.head) == "have" || c.Lemma(v.head) == "need") &&
        vi + 1 < p.verbs.size() && p.verbs[vi + 1].link == ClauseLink::kInfinitive &&
        p.verbs[vi + 1].governor == static_cast<int32_t>(vi) && v.end < p.end && c.Norm(v.end) == "to") {
      obligation = true;
      action_end = std::max(p.verbs[vi + 1].scope_end, p.verbs[vi + 1].end);
    }
    if (!obligation) continue;
    const VerbGroup& g = p.verbs[v.governor];
    const ModalityCue* cue = patterns_.Cue(c.Lemma(g.head));
    if (cue == nullptr || cue->kind != ModalityCue::Kind::kReport || g.negated) continue;
    std::vector<Actor> sources, targets;
    coder::ActorsOf(c, g.subject, sources);
    coder::ActorsOf(c, v.subject, targets);
    if (sources.empty() || targets.empty()) continue;
    // The first event coded inside the demanded clause gives the code; the
    // demand replaces the clause's events (what is demanded has not
    // happened).
    size_t at = c.out.size();
    std::string inner_code;
    for (size_t i = first_event; i < c.out.size();) {
      uint32_t t = c.out[i].trigger_token;
      if (c.out[i].sentence == c.sentence && t >= v.first && t < action_end &&
          c.out[i].pattern.rfind(kDemandPattern, 0) != 0) {
        if (inner_code.empty()) inner_code = c.out[i].cameo;
        at = std::min(at, i);
        c.out.erase(c.out.begin() + static_cast<std::ptrdiff_t>(i));
        continue;
      }
      ++i;
    }
    std::string code(patterns_.DemandFor(inner_code));
    uint32_t first = g.subject != kNoIndex ? std::min(g.first, p.phrases[g.subject].first) : g.first;
    for (const Actor& s : sources) {
      for (const Actor& t : targets) {
        if (s.code == t.code && s.name == t.name) continue;
        Event e;
        e.cameo = code;
        e.source = s;
        e.target = t;
        e.pattern = fmt::format("{} \"{}\" governing \"{}\")", kDemandPattern, c.Norm(g.head),
                                c.Norm(v.modal != kNoIndex ? static_cast<uint32_t>(v.modal) : v.head));
        e.trigger_token = v.modal != kNoIndex ? static_cast<uint32_t>(v.modal) : v.head;
        Finish(c, e, &g, first, action_end - 1);
        c.out.insert(c.out.begin() + static_cast<std::ptrdiff_t>(std::min(at, c.out.size())), std::move(e));
        ++at;
      }
    }
  }
}

}  // namespace dossier::code
