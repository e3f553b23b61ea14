// The "date" slot: the same event (same CAMEO code, same parties, a trigger
// word of the same stem) said to have happened on dates that do not
// overlap. Event types that recur between the same parties (attacks,
// statements: data/corroborate/date_events.tsv) are not compared. Only dates written in the
// event's own sentence count (not ones the coder carried over), only events
// said to have happened, and only outlets that give one date for the event
// (an outlet giving several dates is reporting a recurring act). A date
// whose year was inferred counts only when the article's publication date
// is known.
#include <fmt/format.h>

#include <algorithm>

#include "contradiction_context.h"

namespace dossier::corroborate::contra {
namespace {

using code::Event;

// The time mention of the event's sentence its date came from, or nullptr.
const time::TimeMention* WrittenDate(const story::ArticleFacts& f, const Event& e) {
  for (const time::TimeMention& t : f.times) {
    if (t.sentence != e.sentence) continue;
    if (t.start != e.date_start || t.end_date != e.date_end) continue;
    if ((t.year_inferred || t.relative) && f.day == kb::kNoDay) return nullptr;
    return &t;
  }
  return nullptr;
}

constexpr size_t kStemLetters = 4;

// "invaded" and "invasion" share "inva"; "struck" is another act.
std::string TriggerStem(const story::ArticleFacts& f, const Event& e) {
  std::string word = Lower(f.Span(e.verb_begin, e.verb_end));
  word = word.substr(0, word.find(' '));
  return word.substr(0, kStemLetters);
}

bool IsRecurrent(const Lexicon& lex, const Event& e) {
  return std::any_of(lex.recurrent_codes.begin(), lex.recurrent_codes.end(),
                     [&](const std::string& c) { return e.cameo.compare(0, c.size(), c) == 0; });
}

struct DatedEvent {
  std::string key, about;
  std::vector<Stated> stated;
};

std::string DateValue(const Event& e) {
  return e.date_end.empty() || e.date_end == e.date_start ? e.date_start
                                                           : e.date_start + ".." + e.date_end;
}

void ReadArticle(const StoryView& story, uint32_t a, std::vector<DatedEvent>& events) {
  const story::ArticleFacts& f = story.Article(a);
  for (const Event& e : f.coding.events) {
    if (e.modality != code::Modality::kAsserted && e.modality != code::Modality::kReported) continue;
    if (e.date_start.empty() || WrittenDate(f, e) == nullptr || IsRecurrent(story.lexicon, e)) continue;
    std::string src = story.PartyOf(e.source), tgt = story.PartyOf(e.target);
    if (src.empty() || tgt.empty()) continue;
    std::string key = fmt::format("{}:{}>{}:{}", e.cameo, src, tgt, TriggerStem(f, e));
    auto it = std::find_if(events.begin(), events.end(), [&](const DatedEvent& d) { return d.key == key; });
    if (it == events.end()) {
      std::string about = fmt::format("when {} {} {}", e.source.name,
                                      Lower(f.Span(e.verb_begin, e.verb_end)), e.target.name);
      it = events.insert(events.end(), DatedEvent{key, about, {}});
    }
    it->stated.push_back(Stated{DateValue(e), DateValue(e), a, {story.Place(a, e.begin, e.end)}});
  }
}

std::pair<std::string, std::string> Bounds(const std::string& value) {
  size_t dots = value.find("..");
  if (dots == std::string::npos) return {value, value};
  return {value.substr(0, dots), value.substr(dots + 2)};
}

bool Disjoint(const std::string& x, const std::string& y) {
  auto [xs, xe] = Bounds(x);
  auto [ys, ye] = Bounds(y);
  auto overlap = DatesOverlap(xs, xe, ys, ye);
  return overlap && !*overlap;
}

void DropOutletsWithSeveralDates(const StoryView& story, DatedEvent& d) {
  std::vector<std::string> several;
  for (const Stated& s : d.stated) {
    for (const Stated& o : d.stated) {
      if (Disjoint(s.key, o.key) && story.OutletOf(s.article) == story.OutletOf(o.article))
        several.push_back(story.OutletOf(s.article));
    }
  }
  std::erase_if(d.stated, [&](const Stated& s) {
    return std::find(several.begin(), several.end(), story.OutletOf(s.article)) != several.end();
  });
}

}  // namespace

void FindDateContradictions(const StoryView& story, std::vector<Contradiction>& out) {
  std::vector<DatedEvent> events;
  for (uint32_t a = 0; a < story.size(); ++a) ReadArticle(story, a, events);
  for (DatedEvent& d : events) {
    DropOutletsWithSeveralDates(story, d);
    auto claims = ConflictingClaims(story, d.stated, Disjoint);
    if (claims.size() >= 2) out.push_back(Contradiction{d.about, "date", std::move(claims)});
  }
}

}  // namespace dossier::corroborate::contra
