// Test support: a StoryDossier built from a story's articles by a naive
// stand-in for the corroborate stage, so the summarizer can be tried on real
// articles with merged facts: events merged by (CAMEO code, source code,
// target code), transfers by (supplier, recipient), one outlet per article
// (its outlet, else its path), every outlet its own origin, a timeline of the
// dated events. Not the corroborate stage's logic; only a plausible input.
#ifndef DOSSIER_TESTS_SUMMARIZE_NAIVE_DOSSIER_H_
#define DOSSIER_TESTS_SUMMARIZE_NAIVE_DOSSIER_H_

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "dossier/corroborate/story_dossier.h"

namespace dossier::testing {

inline void AddOutlet(corroborate::Sourcing& s, const std::string& outlet) {
  if (std::find(s.outlets.begin(), s.outlets.end(), outlet) != s.outlets.end()) return;
  s.outlets.push_back(outlet);
  s.origins.push_back(outlet);
  s.independent_sources = int(s.origins.size());
}

inline corroborate::StoryDossier NaiveDossier(const std::vector<story::ArticleFacts>& articles) {
  corroborate::StoryDossier d;
  d.id = "s1";
  std::map<std::tuple<std::string, std::string, std::string>, size_t> events;
  std::map<std::pair<std::string, std::string>, size_t> transfers;
  for (uint32_t a = 0; a < articles.size(); ++a) {
    const story::ArticleFacts& f = articles[a];
    d.articles.push_back(&f);
    if (f.copy_of >= 0) continue;
    std::string outlet = f.outlet.empty() ? f.path : f.outlet;
    for (const code::Event& e : f.coding.events) {
      auto key = std::make_tuple(e.cameo, e.source.code, e.target.code);
      auto [it, added] = events.emplace(key, d.events.size());
      if (added) d.events.push_back({e, {}, {}});
      corroborate::StoryEvent& se = d.events[it->second];
      se.mentions.push_back({a, e.sentence, e.begin, e.end});
      AddOutlet(se.sourcing, outlet);
    }
    for (const code::Transfer& t : f.coding.transfers) {
      auto key = std::make_pair(t.supplier.code, t.recipient.code);
      auto [it, added] = transfers.emplace(key, d.transfers.size());
      if (added) d.transfers.push_back({t, {}, {}, {}});
      corroborate::StoryTransfer& st = d.transfers[it->second];
      for (const auto& m : t.mentions) st.mentions.push_back({a, m.sentence, m.begin, m.end});
      AddOutlet(st.sourcing, outlet);
    }
  }
  for (size_t i = 0; i < d.events.size(); ++i) {
    const corroborate::StoryEvent& e = d.events[i];
    if (e.event.date_start.empty()) continue;
    const story::ArticleFacts& f = *d.articles[e.mentions[0].article];
    d.timeline.push_back({e.event.date_start, e.event.date_end,
                          std::string(f.Span(e.event.begin, e.event.end)), int32_t(i),
                          e.mentions[0]});
  }
  std::stable_sort(d.timeline.begin(), d.timeline.end(), [](const auto& x, const auto& y) {
    return x.start != y.start ? x.start < y.start : x.end < y.end;
  });
  return d;
}

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_SUMMARIZE_NAIVE_DOSSIER_H_
