#include "dossier/code/event_coder.h"

#include <algorithm>

#include "coder_context.h"
#include "verb_matcher.h"

namespace dossier::code {

void EventCoder::Code(const text::AnalyzedText& text, const recognize::Recognition& recognition,
                      const std::vector<time::TimeMention>& times, std::vector<Event>& out,
                      Scratch& scratch) const {
  Context c{text, recognition, times, out, scratch};
  c.events_before = out.size();
  c.igo_nouns = patterns_.Synset("IGO_NOUN");
  c.agent_nouns = patterns_.Synset("UNNAMED_AGENT");
  c.facility_nouns = patterns_.Synset("FACILITY_NOUN");
  c.locative_targets = options_.locative_targets;
  c.patterns = &patterns_;
  const size_t n = text.tokens.size();
  scratch.atom_end.assign(n, 0);
  scratch.mention_at.assign(n, -1);
  for (size_t m = 0; m < recognition.mentions.size(); ++m) {
    const recognize::Mention& mention = recognition.mentions[m];
    if (mention.first_token >= n || mention.end_token > n || mention.end_token <= mention.first_token)
      continue;
    scratch.atom_end[mention.first_token] =
        std::max(scratch.atom_end[mention.first_token], mention.end_token);
    for (uint32_t t = mention.first_token; t < mention.end_token; ++t)
      scratch.mention_at[t] = static_cast<int32_t>(m);
  }
  for (uint32_t s = 0; s < text.sentences.size(); ++s) {
    if (out.size() - c.events_before >= options_.max_events) break;
    const text::Sentence& sentence = text.sentences[s];
    if (sentence.last_token - sentence.first_token > options_.max_sentence_tokens) continue;
    c.sentence = s;
    CodeSentence(c, s);
  }
  if (out.size() - c.events_before > options_.max_events) out.resize(c.events_before + options_.max_events);
}

void EventCoder::CodeSentence(Context& c, uint32_t sentence) const {
  ClauseParser parser(ParserLexicon(patterns_));
  parser.Parse(c.text, sentence, c.s.atom_end,
               [this](std::string_view lemma) {
                 const ModalityCue* cue = patterns_.Cue(lemma);
                 return cue != nullptr && (cue->kind == ModalityCue::Kind::kReport ||
                                           cue->kind == ModalityCue::Kind::kGovern);
               },
               c.s.parse);
  c.s.consumed.assign(c.s.parse.end - c.s.parse.first, 0);
  const size_t first_event = c.out.size();
  c.s.deferred.assign(c.s.parse.verbs.size(), 0);
  for (uint32_t v = 0; v < c.s.parse.verbs.size(); ++v) CodeVerb(c, v);
  // "resigned to allow elections", "threatened to institute a curfew": the
  // verb alone codes when what it governs coded nothing.
  for (uint32_t v = 0; v < c.s.parse.verbs.size(); ++v) {
    if (!c.s.deferred[v]) continue;
    bool governed_coded = std::any_of(
        c.out.begin() + static_cast<std::ptrdiff_t>(first_event), c.out.end(), [&](const Event& e) {
          int32_t w = c.s.parse.VerbAt(e.trigger_token);
          return w != kNoIndex && c.s.parse.verbs[static_cast<size_t>(w)].governor ==
                                      static_cast<int32_t>(v);
        });
    if (!governed_coded) CodeVerb(c, v, /*bare=*/true);
  }
  CodeNouns(c);
  CodeDemands(c, first_event);
}

namespace {

// Whether a clause whose source names no actor may still be coded with its
// target alone: an agentless passive ("were killed in a bombing"), or a
// subject that acts but is not recognised (an unknown name, "a group of
// leaders", "a roadside bombing"); not a thing ("the pact defies").
bool UnnamedAgent(const EventCoder::Context& c, const VerbGroup& v, int32_t source,
                  int32_t target) {
  // In an agentless passive the target is the one it happened to ("the
  // civilians were killed"), not a phrase after the verb ("the envoy was
  // recalled to X").
  if (source == kNoIndex) return v.passive && target != kNoIndex && target == v.subject;
  const NounPhrase& np = c.s.parse.phrases[static_cast<size_t>(source)];
  // "The X party said it will": the pronoun is the speaker.
  if (np.pronoun) {
    if (v.link != ClauseLink::kComplement || v.governor == kNoIndex) return false;
    const VerbGroup& gov = c.s.parse.verbs[static_cast<size_t>(v.governor)];
    return gov.subject != kNoIndex && gov.subject != source && !gov.passive &&
           UnnamedAgent(c, gov, gov.subject, kNoIndex);
  }
  if (text::IsProperNoun(c.Tok(np.head).Tag())) return true;
  return c.agent_nouns != nullptr && coder::WordIn(c, np.head, *c.agent_nouns);
}

// The subject of an "if" or "unless" clause after the `vi`th verb, before
// the next main clause ("threatened to leave if Y ..."), or kNoIndex.
int32_t ConditionSubject(const EventCoder::Context& c, uint32_t vi) {
  const SentenceParse& p = c.Parse();
  for (uint32_t w = vi + 1; w < p.verbs.size(); ++w) {
    const VerbGroup& cond = p.verbs[w];
    if (cond.link == ClauseLink::kMain) break;
    if (cond.subordinator == kNoIndex || cond.link != ClauseLink::kAdverbial) continue;
    std::string_view sub = c.Norm(static_cast<uint32_t>(cond.subordinator));
    if (sub == "if" || sub == "unless") return cond.subject;
  }
  return kNoIndex;
}

// "$ threaten": a pattern of the verb alone (and its subject).
bool IsBare(const VerbPattern& pattern) {
  auto source_only = [](const std::vector<PatternElement>& elements) {
    return std::all_of(elements.begin(), elements.end(), [](const PatternElement& e) {
      return e.kind == PatternElement::Kind::kSource;
    });
  };
  return source_only(pattern.before) && source_only(pattern.after);
}

}  // namespace

// Tries the verb's patterns, most specific first; the first that matches
// codes the clause. A verb inside the words an earlier (governing) verb's
// pattern matched is not coded again.
void EventCoder::CodeVerb(Context& c, uint32_t vi, bool bare) const {
  const SentenceParse& p = c.s.parse;
  const VerbGroup& v = p.verbs[vi];
  if (c.s.consumed[v.head - p.first] || v.link == ClauseLink::kParticiple) return;
  if (CodeEllipsis(c, vi)) return;
  const auto& candidates = patterns_.ForVerb(c.Lemma(v.head));
  if (candidates.empty()) return;
  VerbMatcher matcher(c, patterns_, cues_, v);
  // "threatened to launch an attack": a bare pattern of a verb that governs
  // an infinitive leaves the coding to the infinitive (and its intent).
  bool governs_infinitive = false;
  for (uint32_t w = vi + 1; w < p.verbs.size() && !governs_infinitive; ++w)
    governs_infinitive = p.verbs[w].governor == static_cast<int32_t>(vi) &&
                         p.verbs[w].link == ClauseLink::kInfinitive;
  for (const VerbPattern& pattern : candidates) {
    // The second pass tries only the bare patterns: the others failed in
    // the first.
    if (bare && !IsBare(pattern)) continue;
    if (governs_infinitive && !bare && IsBare(pattern)) {
      c.s.deferred[vi] = 1;
      continue;
    }
    VerbMatch m;
    if (!matcher.Match(pattern, m)) continue;
    if (pattern.code == "---") return;
    for (uint32_t t = v.head; t <= m.last_token && t < p.end; ++t) c.s.consumed[t - p.first] = 1;
    std::vector<Actor> sources, targets;
    coder::ActorsOf(c, m.source, sources);
    coder::ActorsOf(c, m.target, targets);
    if (Actor group; targets.empty() && coder::DomesticTarget(c, m.target, sources, group))
      targets.push_back(std::move(group));
    // "X and Y agreed to a ceasefire": with no target, the conjuncts of a
    // compound subject act on each other.
    if (m.compound || (targets.empty() && m.target == kNoIndex && sources.size() >= 2 &&
                       !pattern.HasTarget())) {
      targets = sources;
    }
    uint32_t clause_first = v.first;
    if (v.subject != kNoIndex) clause_first = std::min(clause_first, p.phrases[v.subject].first);
    // "Three civilians were killed in a bombing": the target alone, when
    // the clause names no source.
    if (sources.empty() && !targets.empty() && !options_.require_dyad &&
        UnnamedAgent(c, v, m.source, m.target)) {
      // Where it happened names the agent's country: CAMEO's unidentified
      // armed forces (UAF) for violence, the place's state otherwise.
      const bool violent = pattern.code.rfind("18", 0) == 0 || pattern.code.rfind("19", 0) == 0 ||
                           pattern.code.rfind("20", 0) == 0;
      const bool forceful = violent || pattern.code.rfind("17", 0) == 0;
      Actor located;
      if (coder::UnnamedAgentAt(c, clause_first, std::max(v.scope_end, v.end) - 1, m.target,
                                violent ? "UAF" : "", located) ||
          (!forceful && coder::DomesticAgent(c, m.source, targets, located)))
        sources.push_back(std::move(located));
      else
        sources.emplace_back();
    }
    for (const Actor& s : sources) {
      for (const Actor& t : targets) {
        if (s.code == t.code && s.name == t.name) continue;
        for (int pass = 0; pass < (pattern.paired_code.empty() ? 1 : 2); ++pass) {
          Event e;
          e.cameo = pass == 0 ? pattern.code : pattern.paired_code;
          e.source = pass == 0 ? s : t;
          e.target = pass == 0 ? t : s;
          e.pattern = pattern.where + "  " + pattern.text;
          e.trigger_token = v.head;
          Finish(c, e, &v, clause_first, std::max(v.scope_end, v.end) - 1);
          c.out.push_back(std::move(e));
        }
      }
      if (targets.empty() && !options_.require_dyad) {
        Event e;
        e.cameo = pattern.code;
        e.source = s;
        e.pattern = pattern.where + "  " + pattern.text;
        e.trigger_token = v.head;
        Finish(c, e, &v, clause_first, std::max(v.scope_end, v.end) - 1);
        // "threatened to leave the talks if Y ...": a threat is aimed at
        // the one its condition names.
        std::vector<Actor> aimed_at;
        if (e.plover == "THREATEN") coder::ActorsOf(c, ConditionSubject(c, vi), aimed_at);
        bool aimed = false;
        for (const Actor& t : aimed_at) {
          if (t.code == s.code && t.name == s.name) continue;
          c.out.push_back(e);
          c.out.back().target = t;
          aimed = true;
        }
        if (!aimed) c.out.push_back(std::move(e));
      }
    }
    return;
  }
}

}  // namespace dossier::code
