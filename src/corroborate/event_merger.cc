#include "dossier/corroborate/event_merger.h"

#include <algorithm>

#include "dossier/corroborate/actor_match.h"
#include "dossier/kb/entity.h"

namespace dossier::corroborate {
namespace {

bool Negative(code::Modality m) {
  return m == code::Modality::kDenied || m == code::Modality::kNegated;
}

int SideScore(ActorMatch m) {
  switch (m) {
    case ActorMatch::kSameEntity: return 3;
    case ActorMatch::kSameCountry: return 2;
    case ActorMatch::kUnknown: return 0;
    case ActorMatch::kDifferent: return -1;
  }
  return -1;
}

}  // namespace

bool DatesOverlap(const std::string& start_a, const std::string& end_a, const std::string& start_b,
                  const std::string& end_b) {
  if (start_a.empty() || start_b.empty()) return true;
  auto first_a = kb::ParseIsoDay(start_a), first_b = kb::ParseIsoDay(start_b);
  auto last_a = kb::ParseIsoDay(end_a.empty() ? start_a : end_a, true);
  auto last_b = kb::ParseIsoDay(end_b.empty() ? start_b : end_b, true);
  if (!first_a || !first_b || !last_a || !last_b) return start_a == start_b;
  return *first_a <= *last_b && *first_b <= *last_a;
}

int EventMerger::Match(EventRef ra, EventRef rb) const {
  const code::Event& a = Get(ra);
  const code::Event& b = Get(rb);
  if (Negative(a.modality) != Negative(b.modality)) return -1;
  bool same_code = a.cameo == b.cameo;
  bool same_root = a.cameo.size() >= 2 && b.cameo.size() >= 2 && a.cameo.compare(0, 2, b.cameo, 0, 2) == 0;
  if (!same_root && (a.plover.empty() || a.plover != b.plover)) return -1;
  if (!DatesOverlap(a.date_start, a.date_end, b.date_start, b.date_end)) return -1;
  int source = SideScore(MatchActors({&a.source, ra.article}, {&b.source, rb.article}, entities_));
  int target = SideScore(MatchActors({&a.target, ra.article}, {&b.target, rb.article}, entities_));
  if (source < 0 || target < 0) return -1;
  bool both_dated = !a.date_start.empty() && !b.date_start.empty();
  if (source == 0 || target == 0) {
    // An empty side says little: the known side and the code or date must agree.
    if (source + target == 0 || !(same_code || both_dated)) return -1;
  }
  return source + target + (same_code ? 2 : 0) + (both_dated ? 1 : 0);
}

int EventMerger::Completeness(EventRef r) const {
  const code::Event& e = Get(r);
  int score = 0;
  for (const code::Actor* side : {&e.source, &e.target}) {
    if (!side->empty()) score += side->entity >= 0 ? 3 : 2;
  }
  score += e.date_start.empty() ? 0 : 2;
  score += e.plover.empty() ? 0 : 1;
  score += e.mode.empty() ? 0 : 1;
  score += e.place.empty() ? 0 : 1;
  return score;
}

std::vector<StoryEvent> EventMerger::Merge() {
  reports_.clear();
  joined_.assign(articles_.size(), {});
  std::vector<EventRef> representative;
  for (uint32_t a = 0; a < articles_.size(); ++a) {
    const auto& events = articles_[a]->coding.events;
    joined_[a].assign(events.size(), -1);
    for (uint32_t e = 0; e < events.size(); ++e) {
      EventRef ref{a, e};
      int best = -1, best_score = -1;
      for (size_t s = 0; s < representative.size(); ++s) {
        int score = Match(representative[s], ref);
        if (score > best_score) best = static_cast<int>(s), best_score = score;
      }
      if (best < 0) {
        best = static_cast<int>(reports_.size());
        reports_.push_back({});
        representative.push_back(ref);
      } else if (Completeness(ref) > Completeness(representative[best])) {
        representative[best] = ref;
      }
      reports_[best].push_back(ref);
      joined_[a][e] = best;
    }
  }
  std::vector<StoryEvent> out(reports_.size());
  for (size_t s = 0; s < reports_.size(); ++s) {
    std::vector<EventRef>& refs = reports_[s];
    auto rep = std::find_if(refs.begin(), refs.end(), [&](EventRef r) {
      return r.article == representative[s].article && r.event == representative[s].event;
    });
    std::rotate(refs.begin(), rep, rep + 1);
    StoryEvent& se = out[s];
    se.event = Get(refs[0]);
    se.event.source = StoryActor(se.event.source, refs[0].article, entities_);
    se.event.target = StoryActor(se.event.target, refs[0].article, entities_);
    for (EventRef r : refs) {
      const code::Event& e = Get(r);
      se.mentions.push_back({r.article, e.sentence, e.begin, e.end});
    }
  }
  return out;
}

int32_t EventMerger::Of(uint32_t article, int32_t event) const {
  if (event < 0 || article >= joined_.size()) return -1;
  const auto& local = joined_[article];
  return static_cast<size_t>(event) < local.size() ? local[event] : -1;
}

}  // namespace dossier::corroborate
