#include "dossier/corroborate/timeline_builder.h"

#include <algorithm>

#include "dossier/corroborate/content_words.h"

namespace dossier::corroborate {
namespace {

struct Candidate {
  TimelineEntry entry;
  std::vector<std::string> words;
};

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Whether a sentence ends as prose does, not as a heading or a dateline.
bool EndsAsProse(std::string_view s) {
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '"' || s.back() == ')')) s.remove_suffix(1);
  if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) s.remove_suffix(3);
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

// The clause of `sentence` holding byte `offset`: from the last ';' before it.
std::string_view ClauseAround(std::string_view sentence, size_t offset) {
  size_t start = sentence.rfind(';', offset);
  return start == std::string_view::npos ? sentence : sentence.substr(start + 1);
}

// Words of the sentence outside the date itself.
size_t WordsBesides(std::string_view sentence, uint32_t base, const time::TimeMention& t) {
  size_t n = 0;
  for (const Word& w : WordsOf(sentence, base)) n += (w.end <= t.begin || w.begin >= t.end) ? 1 : 0;
  return n;
}

bool NamesSomething(const story::ArticleFacts& f, uint32_t sentence) {
  auto in = [&](const auto& x) { return x.sentence == sentence; };
  return std::any_of(f.recognition.mentions.begin(), f.recognition.mentions.end(), in) ||
         std::any_of(f.coding.events.begin(), f.coding.events.end(), in);
}

void Add(std::vector<Candidate>& entries, Candidate c, double same_fact) {
  for (Candidate& e : entries) {
    if (e.entry.start != c.entry.start || e.entry.end != c.entry.end) continue;
    bool same_event = e.entry.event >= 0 && e.entry.event == c.entry.event;
    if (!same_event && Jaccard(e.words, c.words) < same_fact) continue;
    if (e.entry.event < 0) e.entry.event = c.entry.event;
    return;
  }
  entries.push_back(std::move(c));
}

void AddEvents(const StoryDossier& d, const TimelineOptions& o, std::vector<Candidate>& out) {
  for (size_t i = 0; i < d.events.size(); ++i) {
    const StoryEvent& se = d.events[i];
    if (se.event.date_start.empty() || se.mentions.empty()) continue;
    const FactMention& m = se.mentions[0];
    std::string_view clause = d.articles[m.article]->Span(se.event.begin, se.event.end);
    Candidate c;
    c.entry.start = se.event.date_start;
    c.entry.end = se.event.date_end.empty() ? se.event.date_start : se.event.date_end;
    c.entry.text = ShortText(clause, o.max_text_bytes);
    c.entry.event = static_cast<int32_t>(i);
    c.entry.place = m;
    c.words = ContentWords(clause);
    Add(out, std::move(c), o.same_fact_jaccard);
  }
}

// The dated story event the sentence states with these dates, -1 when none:
// the event is reported in the sentence, or both its actors are named there.
// The sentence then adds nothing to the event's entry.
int32_t DatedEventIn(const StoryDossier& d, uint32_t article, uint32_t sentence, const std::string& start,
                     const std::string& end) {
  auto named = [&](int32_t entity) {
    if (entity < 0 || static_cast<size_t>(entity) >= d.entities.size()) return false;
    const auto& mentions = d.entities[entity].mentions;
    return std::any_of(mentions.begin(), mentions.end(), [&](const EntityMention& m) {
      return m.place.article == article && m.place.sentence == sentence;
    });
  };
  for (size_t i = 0; i < d.events.size(); ++i) {
    const code::Event& e = d.events[i].event;
    if (e.date_start != start || (e.date_end.empty() ? e.date_start : e.date_end) != end) continue;
    for (const FactMention& m : d.events[i].mentions) {
      if (m.article == article && m.sentence == sentence) return static_cast<int32_t>(i);
    }
    if (named(e.source.entity) && named(e.target.entity)) return static_cast<int32_t>(i);
  }
  return -1;
}

void AddDatedSentences(const StoryDossier& d, const TimelineOptions& o, std::vector<Candidate>& out) {
  for (uint32_t a = 0; a < d.articles.size(); ++a) {
    const story::ArticleFacts& f = *d.articles[a];
    if (f.copy_of >= 0) continue;
    for (const time::TimeMention& t : f.times) {
      uint32_t s = f.SentenceAt(t.begin);
      if (t.start.empty() || s >= f.sentences.size()) continue;
      const story::SentenceSpan span = f.sentences[s];
      std::string_view sentence = f.Span(span.begin, span.end);
      if (!EndsAsProse(sentence) || WordsBesides(sentence, span.begin, t) < o.min_words) continue;
      if (!NamesSomething(f, s)) continue;
      std::string_view clause = ClauseAround(sentence, t.begin - span.begin);
      Candidate c;
      c.entry.start = t.start;
      c.entry.end = t.end_date.empty() ? t.start : t.end_date;
      c.entry.text = ShortText(clause, o.max_text_bytes);
      c.entry.place = {a, s, span.begin, span.end};
      c.entry.event = DatedEventIn(d, a, s, c.entry.start, c.entry.end);
      c.words = ContentWords(clause);
      Add(out, std::move(c), o.same_fact_jaccard);
    }
  }
}

}  // namespace

std::string ShortText(std::string_view text, size_t max_bytes) {
  std::string out;
  for (char c : text) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() <= max_bytes) return out;
  size_t cut = out.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut == 0) cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  out.resize(cut);
  while (!out.empty() && (out.back() == ',' || out.back() == ' ')) out.pop_back();
  return out + "\xE2\x80\xA6";
}

std::vector<TimelineEntry> BuildTimeline(const StoryDossier& dossier, const TimelineOptions& options) {
  std::vector<Candidate> candidates;
  AddEvents(dossier, options, candidates);
  AddDatedSentences(dossier, options, candidates);
  std::vector<TimelineEntry> out;
  for (Candidate& c : candidates) out.push_back(std::move(c.entry));
  std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& x, const TimelineEntry& y) {
    if (x.start != y.start) return x.start < y.start;
    if (x.end != y.end) return x.end < y.end;
    if (x.place.article != y.place.article) return x.place.article < y.place.article;
    return x.place.begin < y.place.begin;
  });
  return out;
}

}  // namespace dossier::corroborate
