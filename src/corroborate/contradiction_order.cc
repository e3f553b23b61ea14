// The "order" slot: who acted first. Two reciprocal acts of one type
// between the same pair (A to B and B to A: recalls, expulsions, sanctions)
// are ordered inside each article by, in turn, their dates when these do
// not overlap, the order cues in or just before their clauses ("followed
// suit", "in return", "earlier"), and their text order when they stand in
// the same or adjacent sentences. Outlets that put them in different orders
// contradict each other.
#include <fmt/format.h>

#include <algorithm>

#include "contradiction_context.h"

namespace dossier::corroborate::contra {
namespace {

using code::Event;

bool IsAssertedAct(const Event& e) {
  return e.modality == code::Modality::kAsserted || e.modality == code::Modality::kReported;
}

// The act row of the lexicon an event is, preferring rows whose trigger
// matches the event's trigger word; nullptr when it is no reciprocal act.
const ReciprocalAct* ActOf(const StoryView& story, const story::ArticleFacts& f, const Event& e) {
  const ReciprocalAct* generic = nullptr;
  std::string trigger = Lower(f.Span(e.verb_begin, e.verb_end));
  for (const ReciprocalAct& act : story.lexicon.acts) {
    if (e.cameo.compare(0, act.cameo.size(), act.cameo) != 0) continue;
    if (act.trigger.empty()) {
      if (generic == nullptr) generic = &act;
    } else if (trigger.compare(0, act.trigger.size(), act.trigger) == 0) {
      return &act;
    }
  }
  return generic;
}

// The words that belong to an event: its clause and what leads into it from
// the end of the previous event of the sentence (or the sentence start).
std::string OwnWords(const story::ArticleFacts& f, const Event& e) {
  uint32_t from = e.sentence < f.sentences.size() ? f.sentences[e.sentence].begin : e.begin;
  for (const Event& o : f.coding.events) {
    if (o.sentence == e.sentence && o.end <= e.begin && o.end > from) from = o.end;
  }
  return Lower(f.Span(std::min(from, e.begin), e.end));
}

int CueWeight(const Lexicon& lex, const std::string& words) {
  int best = 0;
  for (const WeightedCue& cue : lex.order_cues) {
    if (!HasPhrase(words, cue.words)) continue;
    if (best == 0 || std::abs(cue.weight) > std::abs(best)) best = cue.weight;
  }
  return best;
}

// -1 when `a` came first, 1 when `b` did, 0 when the article does not say.
int OrderInArticle(const StoryView& story, const story::ArticleFacts& f, const Event& a, const Event& b) {
  if (!a.date_start.empty() && !b.date_start.empty()) {
    auto overlap = DatesOverlap(a.date_start, a.date_end, b.date_start, b.date_end);
    if (overlap && !*overlap) return a.date_start < b.date_start ? -1 : 1;
  }
  int wa = CueWeight(story.lexicon, OwnWords(f, a)), wb = CueWeight(story.lexicon, OwnWords(f, b));
  if (wa != wb) return wa > wb ? 1 : -1;
  if (wa != 0) return 0;  // both carry the same cue: undecided
  uint32_t gap = a.sentence > b.sentence ? a.sentence - b.sentence : b.sentence - a.sentence;
  if (gap > 1) return 0;
  return a.begin < b.begin ? -1 : 1;
}

struct PairOrders {
  std::string act_key;  // cameo of the act row + both parties
  std::string phrase;
  std::string names[2];
  std::vector<Stated> stated;
};

// An article that puts one pair in both orders says nothing about it.
void DropSelfContradicting(uint32_t ai, std::vector<PairOrders>& pairs) {
  for (PairOrders& p : pairs) {
    const std::string* key = nullptr;
    bool mixed = false;
    for (const Stated& s : p.stated) {
      if (s.article != ai) continue;
      if (key != nullptr && *key != s.key) mixed = true;
      key = &s.key;
    }
    if (!mixed) continue;
    std::erase_if(p.stated, [&](const Stated& s) { return s.article == ai; });
  }
}

void ReadArticle(const StoryView& story, uint32_t ai, std::vector<PairOrders>& pairs) {
  const story::ArticleFacts& f = story.Article(ai);
  const auto& events = f.coding.events;
  for (size_t i = 0; i < events.size(); ++i) {
    for (size_t j = i + 1; j < events.size(); ++j) {
      const Event &a = events[i], &b = events[j];
      if (!IsAssertedAct(a) || !IsAssertedAct(b)) continue;
      std::string src = story.PartyOf(a.source), tgt = story.PartyOf(a.target);
      if (src.empty() || tgt.empty() || src == tgt) continue;
      if (story.PartyOf(b.source) != tgt || story.PartyOf(b.target) != src) continue;
      const ReciprocalAct* act_a = ActOf(story, f, a);
      const ReciprocalAct* act_b = ActOf(story, f, b);
      if (act_a == nullptr || act_b == nullptr || act_a->cameo != act_b->cameo) continue;
      int order = OrderInArticle(story, f, a, b);
      if (order == 0) continue;
      const Event& first = order < 0 ? a : b;
      bool ab = src < tgt;  // the pair in a fixed order, whichever event comes first
      std::string key = act_a->cameo + ":" + (ab ? src + "|" + tgt : tgt + "|" + src);
      auto it = std::find_if(pairs.begin(), pairs.end(), [&](const PairOrders& p) { return p.act_key == key; });
      if (it == pairs.end()) {
        const ReciprocalAct* named = !act_a->trigger.empty() ? act_a : act_b;
        it = pairs.insert(pairs.end(), PairOrders{key, named->phrase, {}, {}});
      }
      std::string first_party = story.PartyOf(first.source);
      std::string first_name = story.PartyName(first_party, first.source.name);
      const Event& second = order < 0 ? b : a;
      std::string second_name = story.PartyName(story.PartyOf(second.source), second.source.name);
      if (it->names[0].empty()) {
        it->names[0] = first_name;
        it->names[1] = second_name;
      }
      it->stated.push_back(Stated{first_party, first_name + " first", ai,
                                  {story.Place(ai, first.begin, first.end),
                                   story.Place(ai, second.begin, second.end)}});
    }
  }
}

}  // namespace

void FindOrderContradictions(const StoryView& story, std::vector<Contradiction>& out) {
  std::vector<PairOrders> pairs;
  for (uint32_t a = 0; a < story.size(); ++a) {
    ReadArticle(story, a, pairs);
    DropSelfContradicting(a, pairs);
  }
  for (PairOrders& p : pairs) {
    auto claims = ClaimsInDispute(story, p.stated);
    if (claims.size() < 2) continue;
    out.push_back(Contradiction{
        fmt::format("who {} first, {} or {}", p.phrase, p.names[0], p.names[1]), "order",
        std::move(claims)});
  }
}

}  // namespace dossier::corroborate::contra
