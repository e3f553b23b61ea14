// EventCoder::CodeEllipsis: "Belarus recalled its ambassador, and Armenia
// did the same" repeats the last event with a new source; when the new
// source was the old target, the roles swap (Armenia recalls its own
// ambassador from Belarus).
#include <fmt/format.h>

#include "coder_context.h"

namespace dossier::code {
namespace {

// Whether the verb group says "the same again": "did the same", "did
// likewise", "followed suit", "reciprocated", "responded in kind".
bool IsEllipsis(const EventCoder::Context& c, const VerbGroup& v) {
  const SentenceParse& p = c.Parse();
  auto word = [&](uint32_t i) { return i < p.end ? c.Norm(i) : std::string_view(); };
  std::string_view lemma = c.Lemma(v.head);
  if (lemma == "do") {
    return (word(v.end) == "the" && word(v.end + 1) == "same") || word(v.end) == "likewise" ||
           (word(v.end) == "so" && word(v.end + 1) == "too");
  }
  if (lemma == "follow") return word(v.end) == "suit";
  if (lemma == "reciprocate") return true;
  if (lemma == "respond") return word(v.end) == "in" && word(v.end + 1) == "kind";
  return false;
}

std::string_view CountryOf(const Actor& a) {
  return std::string_view(a.code).substr(0, std::min<size_t>(3, a.code.size()));
}

}  // namespace

bool EventCoder::CodeEllipsis(Context& c, uint32_t vi) const {
  const SentenceParse& p = c.Parse();
  const VerbGroup& v = p.verbs[vi];
  if (!IsEllipsis(c, v)) return false;
  // "followed suit by recalling ...": the gerund codes the event itself.
  if (vi + 1 < p.verbs.size() && p.verbs[vi + 1].governor == static_cast<int32_t>(vi) &&
      p.verbs[vi + 1].link == ClauseLink::kGerund)
    return true;
  std::vector<Actor> sources;
  coder::ActorsOf(c, v.subject, sources);
  if (sources.empty()) return true;
  // The last event of this sentence or the two before it.
  const Event* prior = nullptr;
  for (size_t i = c.out.size(); i > c.events_before; --i) {
    const Event& e = c.out[i - 1];
    if (e.sentence + 2 < c.sentence) break;
    if (e.source.code.empty()) continue;
    prior = &e;
    break;
  }
  if (prior == nullptr) return true;
  const Event model = *prior;
  uint32_t first = v.subject != kNoIndex ? std::min(v.first, p.phrases[v.subject].first) : v.first;
  for (const Actor& s : sources) {
    if (CountryOf(s) == CountryOf(model.source)) continue;
    Event e;
    e.cameo = model.cameo;
    e.source = s;
    e.target = CountryOf(model.target) == CountryOf(s) ? model.source : model.target;
    e.pattern = fmt::format("(the same as the event before: {})", model.pattern);
    e.trigger_token = v.head;
    Finish(c, e, &v, first, std::max(v.scope_end, v.end) - 1);
    c.out.push_back(std::move(e));
  }
  return true;
}

}  // namespace dossier::code
