// FactMerger: the fact-merging half of the corroborate stage. From a story's
// articles (StoryDossier::articles) it fills the dossier's entities, events,
// transfers and quotes, each with its mentions and Sourcing, its single-source
// claims and its timeline. The rules are in docs/stories.md ("Corroboration")
// and in the headers of the parts:
//   entity_merger.h        entities by knowledge-base entity, else type and name
//   event_merger.h         one StoryEvent per event, however often reported
//   transfer_merger.h      one StoryTransfer per supplier and recipient
//   quote_matcher.h        one StoryQuote per quote, translations included
//   source_independence.h  outlets and independent origins of every fact
//   single_source.h        statements only one outlet makes
//   timeline_builder.h     dated facts in order
//
// Ownership: borrows the knowledge base (may be null: outlets are then
// compared by folded name only). Immutable after construction; Merge may run
// on several dossiers from several threads at once.
#ifndef DOSSIER_CORROBORATE_FACT_MERGER_H_
#define DOSSIER_CORROBORATE_FACT_MERGER_H_

#include "dossier/corroborate/quote_matcher.h"
#include "dossier/corroborate/single_source.h"
#include "dossier/corroborate/source_cues.h"
#include "dossier/corroborate/source_independence.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/corroborate/timeline_builder.h"
#include "dossier/kb/knowledge_base.h"

namespace dossier::corroborate {

struct FactMergeOptions {
  // References to unnamed sources ("according to the publication"); load
  // them with SourceCues::Load(data_dir). Empty: such articles stay their
  // own origin.
  SourceCues cues;
  QuoteMatchOptions quotes;
  SingleSourceOptions single_source;
  TimelineOptions timeline;
};

class FactMerger {
 public:
  explicit FactMerger(const kb::KnowledgeBase* kb, FactMergeOptions options = {});

  // Replaces dossier.entities, events, transfers, quotes,
  // single_source_claims and timeline; reads dossier.articles only.
  void Merge(StoryDossier& dossier) const;

  const FactMergeOptions& options() const { return options_; }

 private:
  FactMergeOptions options_;
  SourceNames names_;
};

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_FACT_MERGER_H_
