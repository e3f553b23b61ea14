// The "status" slot: an action said to have happened by one outlet and only
// planned, negated or denied by another. Two kinds of action are compared:
//   - actions of a party on an organisation (leaving, suspending, joining;
//     data/corroborate/status_actions.tsv), where "has left" disagrees with
//     "will leave" or "has only suspended" when the outlet never says it
//     left;
//   - "settled" event types (a delivery of arms), where "it happened"
//     disagrees with "it did not" or "it was denied"; "ordered" against
//     "delivered" is progress, not a contradiction.
// A plan published long before the deed is history, not a contradiction:
// statements more than kPlanHorizonDays older than the first "done" one are
// set aside when both publication dates are known.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "contradiction_context.h"

namespace dossier::corroborate::contra {
namespace {

using code::Event;
using code::Modality;

constexpr int kPlanHorizonDays = 14;

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

bool HasStem(std::string_view words, const std::string& stem) {
  for (size_t at = words.find(stem); at != std::string_view::npos; at = words.find(stem, at + 1)) {
    if (at == 0 || !std::isalpha(static_cast<unsigned char>(words[at - 1]))) return true;
  }
  return false;
}

const StatusAction* ActionOf(const Lexicon& lex, const std::string& trigger, const std::string& clause) {
  for (const std::string* words : {&trigger, &clause}) {
    for (const StatusAction& a : lex.status_actions) {
      for (const std::string& stem : a.stems) {
        if (HasStem(*words, stem)) return &a;
      }
    }
  }
  return nullptr;
}

bool IsOpenPlan(const Lexicon& lex, const std::string& clause) {
  return std::any_of(lex.future_words.begin(), lex.future_words.end(),
                     [&](const std::string& w) { return HasPhrase(clause, w); });
}

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

void ReadMembership(const StoryView& story, uint32_t a, const Event& e, std::vector<ActionStatements>& out) {
  const story::ArticleFacts& f = story.Article(a);
  if (!story.IsOrganisation(e.target)) return;
  const StatusAction* action = ActionOf(story.lexicon, Lower(f.Span(e.verb_begin, e.verb_end)),
                                        Lower(f.Span(e.begin, e.end)));
  if (action == nullptr) return;
  std::string src = story.PartyOf(e.source), org = story.PartyOf(e.target);
  if (src.empty() || src == org) return;
  std::string name = story.PartyName(src, e.source.name);
  std::string key = fmt::format("m:{}:{}>{}", action->key, src, org);
  auto& s = ActionFor(out, key, fmt::format("whether {} {} {}", name, action->done, e.target.name));
  Stage stage = StageOf(e.modality);
  if (stage == Stage::kPlanned && !IsOpenPlan(story.lexicon, Lower(f.Span(e.begin, e.end)))) return;
  std::string value = stage == Stage::kDone      ? action->done
                      : stage == Stage::kPlanned ? action->planned
                                                 : "denies it " + action->done;
  s.stated.push_back(Stated{std::to_string(static_cast<int>(stage)), value, a, {story.Place(a, e.begin, e.end)}});
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
  s.stated.push_back(Stated{std::to_string(static_cast<int>(stage)), value, a, {story.Place(a, e.begin, e.end)}});
}

// An outlet that says it happened does not also count as saying it did not.
void KeepFurthestPerOutlet(const StoryView& story, ActionStatements& s) {
  const std::string done = std::to_string(static_cast<int>(Stage::kDone));
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
    if (first_done != kb::kNoDay && day != kb::kNoDay && day + kPlanHorizonDays < first_done) return true;
    return std::find(done_outlets.begin(), done_outlets.end(), story.OutletOf(st.article)) != done_outlets.end();
  });
}

}  // namespace

void FindStatusContradictions(const StoryView& story, std::vector<Contradiction>& out) {
  std::vector<ActionStatements> actions;
  for (uint32_t a = 0; a < story.size(); ++a) {
    for (const Event& e : story.Article(a).coding.events) {
      ReadMembership(story, a, e, actions);
      ReadSettled(story, a, e, actions);
    }
  }
  const std::string done = std::to_string(static_cast<int>(Stage::kDone));
  for (ActionStatements& s : actions) {
    KeepFurthestPerOutlet(story, s);
    auto claims = ConflictingClaims(story, s.stated, [&](const std::string& x, const std::string& y) {
      return (x == done) != (y == done);
    });
    if (claims.size() >= 2) out.push_back(Contradiction{s.about, "status", std::move(claims)});
  }
}

}  // namespace dossier::corroborate::contra
