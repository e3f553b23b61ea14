#include "dossier/summarize/preceded.h"

#include <algorithm>
#include <set>
#include <string>

namespace dossier::summarize {
namespace {

using corroborate::StoryDossier;
using corroborate::TimelineEntry;

kb::Day DayOf(const std::string& iso, bool end) {
  auto day = kb::ParseIsoDay(iso, end);
  return day ? *day : kb::kNoDay;
}

kb::Day EarliestPublication(const StoryDossier& d) {
  kb::Day first = kb::kNoDay;
  for (const story::ArticleFacts* a : d.articles) {
    if (a == nullptr || a->copy_of >= 0 || a->day == kb::kNoDay) continue;
    if (first == kb::kNoDay || a->day < first) first = a->day;
  }
  return first;
}

size_t ReportingArticles(const corroborate::StoryEvent& e) {
  std::set<uint32_t> articles;
  for (const auto& m : e.mentions) articles.insert(m.article);
  return std::max(articles.size(), e.sourcing.outlets.size());
}

// Events that happened as far as the outlets say: not planned, threatened,
// hypothetical, denied or negated.
bool Happened(code::Modality m) {
  return m == code::Modality::kAsserted || m == code::Modality::kReported ||
         m == code::Modality::kAlleged;
}

// The start of the latest dated event among those the most articles report,
// or of the latest dated event that happened, whichever is later: a story's
// main event is often a period that its news only now reveals.
kb::Day LatestMainEvent(const StoryDossier& d) {
  size_t most = 0;
  kb::Day main = kb::kNoDay, latest = kb::kNoDay;
  for (const corroborate::StoryEvent& e : d.events) {
    kb::Day day = DayOf(e.event.date_start, false);
    if (day == kb::kNoDay) continue;
    size_t reporting = ReportingArticles(e);
    if (reporting > most) most = reporting, main = kb::kNoDay;
    if (reporting == most) main = std::max(main, day);
    if (Happened(e.event.modality)) latest = std::max(latest, day);
  }
  return std::max(main, latest);
}

float Relevance(const StoryDossier& d, const TimelineEntry& t) {
  if (t.event < 0) return 1.0f;
  const corroborate::StoryEvent& e = d.events[size_t(t.event)];
  return 2.0f * float(e.sourcing.independent_sources) + float(ReportingArticles(e)) +
         0.1f * float(e.mentions.size());
}

// Two entries tell one fact when they share dates and the acting country
// (the corroborate stage may leave paraphrases of one event unmerged).
bool SameFact(const StoryDossier& d, const TimelineEntry& a, const TimelineEntry& b) {
  if (a.start != b.start || a.end != b.end || a.event < 0 || b.event < 0) return false;
  const std::string& x = d.events[size_t(a.event)].event.source.code;
  const std::string& y = d.events[size_t(b.event)].event.source.code;
  return x.size() >= 3 && y.size() >= 3 && x.compare(0, 3, y, 0, 3) == 0;
}

std::vector<const TimelineEntry*> MostRelevant(const StoryDossier& d,
                                               std::vector<const TimelineEntry*> entries,
                                               size_t max_entries) {
  std::stable_sort(entries.begin(), entries.end(), [&](const TimelineEntry* a, const TimelineEntry* b) {
    float ra = Relevance(d, *a), rb = Relevance(d, *b);
    if (ra != rb) return ra > rb;
    return a->start > b->start;
  });
  std::vector<const TimelineEntry*> chosen;
  for (const TimelineEntry* t : entries) {
    if (chosen.size() >= max_entries) break;
    bool repeat = std::any_of(chosen.begin(), chosen.end(),
                              [&](const TimelineEntry* c) { return SameFact(d, *c, *t); });
    if (!repeat) chosen.push_back(t);
  }
  return chosen;
}

}  // namespace

kb::Day NewsDay(const StoryDossier& d) {
  kb::Day day = EarliestPublication(d);
  if (day == kb::kNoDay) day = LatestMainEvent(d);
  if (day != kb::kNoDay) return day;
  for (const TimelineEntry& t : d.timeline) {
    kb::Day start = DayOf(t.start, false);
    if (start != kb::kNoDay && (day == kb::kNoDay || start > day)) day = start;
  }
  return day;
}

std::vector<TimelineEntry> PrecededEntries(const StoryDossier& d, size_t max_entries) {
  kb::Day news = NewsDay(d);
  if (news == kb::kNoDay || max_entries == 0) return {};
  std::vector<const TimelineEntry*> before;
  std::set<std::string> texts;
  for (const TimelineEntry& t : d.timeline) {
    kb::Day end = DayOf(t.end.empty() ? t.start : t.end, true);
    if (end == kb::kNoDay || end >= news || !texts.insert(t.text).second) continue;
    if (t.event >= 0 && size_t(t.event) >= d.events.size()) continue;  // a dangling index
    before.push_back(&t);
  }
  before = MostRelevant(d, std::move(before), max_entries);
  std::stable_sort(before.begin(), before.end(), [](const TimelineEntry* a, const TimelineEntry* b) {
    return a->start != b->start ? a->start < b->start : a->end < b->end;
  });
  std::vector<TimelineEntry> out;
  for (const TimelineEntry* t : before) out.push_back(*t);
  return out;
}

}  // namespace dossier::summarize
