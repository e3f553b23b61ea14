// Events named by nouns: "Belarus's deliveries to Azerbaijan", "the Russian
// attack on Kharkiv", "the supply of drones to X by Y".
#include "coder_context.h"

namespace dossier::code {
namespace {

bool In(std::string_view w, const std::vector<std::string>& list) {
  for (const std::string& s : list) {
    if (s == w) return true;
  }
  return false;
}

// The source named inside the phrase before its head: a possessor
// ("Belarus's"), a possessive pronoun ("its"), or a nationality or country
// word ("Belarusian deliveries").
bool SourceInside(const EventCoder::Context& c, const NounPattern& n, const NounPhrase& np,
                  Actor& out) {
  for (uint32_t t = np.first; t < np.head; ++t) {
    int32_t m = c.s.mention_at[t];
    if (m < 0 || c.rec.mentions[m].first_token != t) continue;
    bool possessor = coder::IsPossessorMention(c, m);
    if ((possessor && n.source_possessive) || (!possessor && n.source_adjective)) {
      if (coder::MentionActor(c, m, out)) return true;
    }
  }
  return false;
}

}  // namespace

void EventCoder::CodeNouns(Context& c) const {
  const SentenceParse& p = c.Parse();
  const std::vector<std::string>* light = patterns_.Synset("LIGHT");
  std::vector<Actor> targets, sources;
  for (size_t pi = 0; pi < p.phrases.size(); ++pi) {
    const NounPhrase& np = p.phrases[pi];
    if (np.pronoun || np.coordinated || c.s.consumed[np.head - p.first]) continue;
    const auto& candidates = patterns_.ForNoun(c.Lemma(np.head));
    for (const NounPattern* n : candidates) {
      int32_t target = kNoIndex, source_phrase = kNoIndex;
      // The prepositional phrases after the noun, past "of" ones.
      uint32_t k = np.end;
      for (int hops = 0; hops < 4 && k + 1 < p.end; ++hops) {
        int32_t next = p.PhraseAt(k + 1);
        if (next == kNoIndex || p.phrases[next].first != k + 1) break;
        std::string_view prep = c.Norm(k);
        if (target == kNoIndex && In(prep, n->target_preps)) target = next;
        else if (source_phrase == kNoIndex && In(prep, n->source_preps)) source_phrase = next;
        else if (prep != "of" && prep != "from" && prep != "to" && prep != "by" && prep != "in") break;
        k = p.phrases[next].end;
      }
      if (target == kNoIndex) continue;
      coder::ActorsOf(c, target, targets);
      if (targets.empty()) continue;
      sources.clear();
      Actor inside;
      if (source_phrase != kNoIndex) coder::ActorsOf(c, source_phrase, sources);
      if (sources.empty() && SourceInside(c, *n, np, inside)) sources.push_back(inside);
      const VerbGroup* governing = nullptr;
      for (const VerbGroup& v : p.verbs) {
        if (np.first >= v.end && np.first < v.scope_end) governing = &v;
      }
      if (sources.empty() && governing != nullptr && light != nullptr &&
          coder::WordIn(c, governing->head, *light) && !governing->passive)
        coder::ActorsOf(c, governing->subject, sources);
      if (sources.empty()) continue;
      for (const Actor& s : sources) {
        for (const Actor& t : targets) {
          if (s.code == t.code && s.name == t.name) continue;
          Event e;
          e.cameo = n->code;
          e.source = s;
          e.target = t;
          e.pattern = n->where + "  " + std::string(c.Lemma(np.head));
          e.trigger_token = np.head;
          Finish(c, e, governing, np.first, p.phrases[target].end - 1);
          c.out.push_back(std::move(e));
        }
      }
      break;
    }
  }
}

}  // namespace dossier::code
