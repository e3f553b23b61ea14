#include "dossier/corroborate/fact_merger.h"

#include "dossier/corroborate/entity_merger.h"
#include "dossier/corroborate/event_merger.h"
#include "dossier/corroborate/transfer_merger.h"

namespace dossier::corroborate {
namespace {

void SourceEvents(const StoryDossier& d, const EventMerger& merger, const SourceIndependence& sources,
                  std::vector<StoryEvent>& events) {
  for (size_t s = 0; s < events.size(); ++s) {
    std::vector<Report> reports;
    for (const EventRef& r : merger.reports()[s]) {
      const code::Event& e = d.articles[r.article]->coding.events[r.event];
      reports.push_back({r.article, &e.attribution, e.sentence});
    }
    events[s].sourcing = sources.Of(reports);
  }
}

void SourceTransfers(const StoryDossier& d, const TransferMerger& merger, const SourceIndependence& sources,
                     std::vector<StoryTransfer>& transfers) {
  for (size_t s = 0; s < transfers.size(); ++s) {
    std::vector<Report> reports;
    for (const TransferRef& r : merger.reports()[s]) {
      const code::Coding& coding = d.articles[r.article]->coding;
      for (const code::TransferMention& m : coding.transfers[r.transfer].mentions) {
        bool has_event = m.event >= 0 && static_cast<size_t>(m.event) < coding.events.size();
        reports.push_back({r.article, has_event ? &coding.events[m.event].attribution : nullptr, m.sentence});
      }
    }
    transfers[s].sourcing = sources.Of(reports);
  }
}

void SourceQuotes(const SourceIndependence& sources, std::vector<StoryQuote>& quotes) {
  for (size_t s = 0; s < quotes.size(); ++s) {
    std::vector<Report> reports;
    for (const FactMention& m : quotes[s].mentions) reports.push_back({m.article, nullptr, m.sentence});
    quotes[s].sourcing = sources.Of(reports);
  }
}

}  // namespace

FactMerger::FactMerger(const kb::KnowledgeBase* kb, FactMergeOptions options)
    : options_(std::move(options)), names_(kb) {}

void FactMerger::Merge(StoryDossier& d) const {
  StoryEntityMap entities;
  d.entities = MergeEntities(d.articles, entities);
  SourceIndependence sources(d.articles, &options_.cues, &names_);

  EventMerger events(d.articles, entities);
  d.events = events.Merge();
  SourceEvents(d, events, sources, d.events);

  TransferMerger transfers(d.articles, entities, events);
  d.transfers = transfers.Merge();
  SourceTransfers(d, transfers, sources, d.transfers);

  QuoteMatcher quotes(d.articles, entities, options_.quotes);
  d.quotes = quotes.Merge();
  SourceQuotes(sources, d.quotes);

  d.single_source_claims = SingleSourceFinder(d, sources, transfers, options_.single_source).Find();
  d.timeline = BuildTimeline(d, options_.timeline);
}

}  // namespace dossier::corroborate
