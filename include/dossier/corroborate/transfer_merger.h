// TransferMerger: the arms transfers of a story's articles merged into one
// StoryTransfer per supplier and recipient (ActorMatch: same entity or same
// country; a side left empty in one report joins only when the other side
// matches and an item is shared). Within a transfer:
//   * items are united, variants merged: the same weapon entity, else the same
//     category (or one unknown) and the same head word or content words that
//     overlap by half ("artillery targeting equipment" ~ "targeting
//     equipment"); the furthest status, the first quantity and the category
//     most reports give win;
//   * the period is the widest, the status the furthest (TransferStatusRank);
//   * evidence is united case-insensitively, singular and plural as one;
//   * `events` lists the story events behind its mentions.
//
// Actors and item entities in the result index the story's entities;
// `sourcing` is left empty (FactMerger fills it). The result is a value.
#ifndef DOSSIER_CORROBORATE_TRANSFER_MERGER_H_
#define DOSSIER_CORROBORATE_TRANSFER_MERGER_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "dossier/corroborate/entity_merger.h"
#include "dossier/corroborate/event_merger.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/story/article_facts.h"

namespace dossier::corroborate {

// One article's transfer: an index into its Coding::transfers.
struct TransferRef {
  uint32_t article = 0;
  uint32_t transfer = 0;
};

class TransferMerger {
 public:
  TransferMerger(const std::vector<const story::ArticleFacts*>& articles,
                 const StoryEntityMap& entities, const EventMerger& events)
      : articles_(articles), entities_(entities), events_(events) {}

  // The story's transfers in order of first report.
  std::vector<StoryTransfer> Merge();
  // The article transfers behind each story transfer (after Merge).
  const std::vector<std::vector<TransferRef>>& reports() const { return reports_; }
  // Per story transfer, per kept item: the article transfers that give it.
  const std::vector<std::vector<std::vector<TransferRef>>>& item_reports() const { return item_reports_; }

  // Whether two items name the same weapon (or a variant of it).
  bool SameItem(const code::TransferItem& a, uint32_t article_a, const code::TransferItem& b,
                uint32_t article_b) const;

 private:
  // A story transfer being built: kept items and actors still index the
  // entities of the article they came from, until Finish.
  struct Building {
    StoryTransfer fact;
    std::vector<uint32_t> item_article;
    std::vector<std::vector<TransferRef>> item_reports;
    std::vector<std::map<std::string, size_t>> category_votes;
    uint32_t supplier_article = 0, recipient_article = 0;
  };
  const code::Transfer& Get(TransferRef r) const { return articles_[r.article]->coding.transfers[r.transfer]; }
  bool SameParties(TransferRef a, TransferRef b) const;
  bool ShareItem(TransferRef a, TransferRef b) const;
  void Absorb(Building& into, TransferRef from) const;
  void AddItem(Building& into, const code::TransferItem& item, TransferRef from) const;
  StoryTransfer Finish(Building b);

  const std::vector<const story::ArticleFacts*>& articles_;
  const StoryEntityMap& entities_;
  const EventMerger& events_;
  std::vector<std::vector<TransferRef>> reports_;
  std::vector<std::vector<std::vector<TransferRef>>> item_reports_;
};

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_TRANSFER_MERGER_H_
