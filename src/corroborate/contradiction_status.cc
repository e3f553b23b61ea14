// The "status" slot: an action said to have happened by one outlet and only
// planned, partly done, negated or denied by another. Two kinds of action are
// compared:
//   - acts of a party on an organisation (leaving, suspending, joining;
//     data/corroborate/status_actions.tsv), read from the sentences
//     (contradiction_status_text.cc), where "has left" or "since its exit"
//     disagrees with "will leave" or "has suspended its participation" when
//     the outlet never says it left;
//   - "settled" coded event types (a delivery of arms), where "it happened"
//     disagrees with "it did not" or "it was denied"; "ordered" against
//     "delivered" is progress, not a contradiction.
// A plan is history, not a contradiction, when its article was published
// before the first one saying the act is done (both dates known); without
// dates, articles are compared as written at the same time.
#include <fmt/format.h>

#include <algorithm>

#include "contradiction_context.h"

namespace dossier::corroborate::contra {
namespace {

using code::Event;
using code::Modality;

enum class Stage { kDone, kPlanned, kNotDone };

Stage StageOf(Modality m) {
  switch (m) {
    case Modality::kAsserted:
    case Modality::kReported:
    case Modality::kAlleged: return Stage::kDone;
    case Modality::kNegated:
    case Modality::kDenied: return Stage::kNotDone;
    default: return Stage::kPlanned;
  }
}

const std::string kDone = std::to_string(static_cast<int>(ActStage::kDone));

struct ActionStatements {
  std::string key, about;
  std::vector<Stated> stated;
};

ActionStatements& ActionFor(std::vector<ActionStatements>& list, const std::string& key,
                            const std::string& about) {
  auto it = std::find_if(list.begin(), list.end(), [&](const ActionStatements& s) { return s.key == key; });
  if (it == list.end()) it = list.insert(list.end(), ActionStatements{key, about, {}});
  return *it;
}

const StatusAction* ActionByKey(const Lexicon& lex, const std::string& key) {
  for (const StatusAction& a : lex.status_actions) {
    if (a.key == key) return &a;
  }
  return nullptr;
}

std::string ValueOf(const StatusAction& action, ActStage stage) {
  switch (stage) {
    case ActStage::kDone: return action.done;
    case ActStage::kPlanned: return action.planned;
    case ActStage::kPartial: return action.partial;
    case ActStage::kNotDone: return "did not happen, or is denied: " + action.done;
  }
  return {};
}

void AddAct(const StoryView& story, uint32_t a, const ActStatement& st, const StatusAction& action,
            ActStage stage, std::vector<ActionStatements>& out) {
  std::string value = ValueOf(action, stage);
  if (value.empty()) return;
  std::string key = fmt::format("m:{}:{}>{}", action.key, st.actor, st.org);
  auto& s = ActionFor(out, key, fmt::format("whether {} {} {}", st.actor_name, action.done, st.org_name));
  s.stated.push_back(Stated{std::to_string(static_cast<int>(stage)), value, a, {story.Place(a, st.begin, st.end)}});
}

// A done partial act ("has suspended its participation") is also the larger
// act ("leave") only partly done.
void ReadMemberships(const StoryView& story, uint32_t a, std::vector<ActionStatements>& out) {
  for (const ActStatement& st : ReadActStatements(story, a)) {
    AddAct(story, a, st, *st.action, st.stage, out);
    const StatusAction* whole = ActionByKey(story.lexicon, st.action->part_of);
    if (whole != nullptr && st.stage == ActStage::kDone) AddAct(story, a, st, *whole, ActStage::kPartial, out);
  }
}

void ReadSettled(const StoryView& story, uint32_t a, const Event& e, std::vector<ActionStatements>& out) {
  const auto& codes = story.lexicon.settled_codes;
  auto code = std::find_if(codes.begin(), codes.end(),
                           [&](const std::string& c) { return e.cameo.compare(0, c.size(), c) == 0; });
  if (code == codes.end()) return;
  Stage stage = StageOf(e.modality);
  if (stage == Stage::kPlanned) return;
  std::string src = story.PartyOf(e.source), tgt = story.PartyOf(e.target);
  if (src.empty() || tgt.empty()) return;
  const story::ArticleFacts& f = story.Article(a);
  std::string key = fmt::format("s:{}:{}>{}", *code, src, tgt);
  auto& s = ActionFor(out, key, fmt::format("whether {} {} {}", story.PartyName(src, e.source.name),
                                           Lower(f.Span(e.verb_begin, e.verb_end)), e.target.name));
  std::string value = stage == Stage::kDone ? "it happened" : "it did not happen, or is denied";
  ActStage act = stage == Stage::kDone ? ActStage::kDone : ActStage::kNotDone;
  s.stated.push_back(Stated{std::to_string(static_cast<int>(act)), value, a, {story.Place(a, e.begin, e.end)}});
}

// An outlet that says it happened does not also count as saying it did not;
// what was published before the first "done" is history.
void KeepFurthestPerOutlet(const StoryView& story, ActionStatements& s) {
  const std::string& done = kDone;
  std::vector<std::string> done_outlets;
  kb::Day first_done = kb::kNoDay;
  for (const Stated& st : s.stated) {
    if (st.key != done) continue;
    done_outlets.push_back(story.OutletOf(st.article));
    kb::Day day = story.Article(st.article).day;
    if (day != kb::kNoDay && (first_done == kb::kNoDay || day < first_done)) first_done = day;
  }
  std::erase_if(s.stated, [&](const Stated& st) {
    if (st.key == done) return false;
    kb::Day day = story.Article(st.article).day;
    if (first_done != kb::kNoDay && day != kb::kNoDay && day < first_done) return true;
    return std::find(done_outlets.begin(), done_outlets.end(), story.OutletOf(st.article)) != done_outlets.end();
  });
}

}  // namespace

void FindStatusContradictions(const StoryView& story, std::vector<Contradiction>& out) {
  std::vector<ActionStatements> actions;
  for (uint32_t a = 0; a < story.size(); ++a) {
    ReadMemberships(story, a, actions);
    for (const Event& e : story.Article(a).coding.events) ReadSettled(story, a, e, actions);
  }
  const std::string& done = kDone;
  for (ActionStatements& s : actions) {
    KeepFurthestPerOutlet(story, s);
    auto claims = ConflictingClaims(story, s.stated, [&](const std::string& x, const std::string& y) {
      return (x == done) != (y == done);
    });
    if (claims.size() >= 2) out.push_back(Contradiction{s.about, "status", std::move(claims)});
  }
}

}  // namespace dossier::corroborate::contra
