// EventMerger: the same event reported by several articles, or several times
// in one, becomes one StoryEvent. Two reports are compatible when
//   * they have the same polarity (denied or negated never merge with the rest);
//   * they have the same CAMEO root (first two digits) or the same PLOVER type;
//   * neither side (source, target) refers to different actors (ActorMatch);
//     a side left empty is accepted only when the other side is known and
//     matches, and the CAMEO code is the same or both dates are given;
//   * their dates overlap, or one has none.
// Each report joins the compatible story event whose representative it
// matches best, else opens a new one. The representative is the most complete
// report (both actors, resolved entities, date, PLOVER type, place).
//
// In the StoryEvents returned, `event`'s actors index the story's entities
// (StoryActor), its spans belong to the article of `mentions[0]`, and
// `sourcing` is left empty (FactMerger fills it). Not thread-safe while
// merging; the result is a value.
#ifndef DOSSIER_CORROBORATE_EVENT_MERGER_H_
#define DOSSIER_CORROBORATE_EVENT_MERGER_H_

#include <cstdint>
#include <vector>

#include "dossier/corroborate/entity_merger.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/story/article_facts.h"

namespace dossier::corroborate {

// One report of an event: an index into an article's Coding::events.
struct EventRef {
  uint32_t article = 0;
  uint32_t event = 0;
};

class EventMerger {
 public:
  EventMerger(const std::vector<const story::ArticleFacts*>& articles, const StoryEntityMap& entities)
      : articles_(articles), entities_(entities) {}

  // The story's events in order of first report.
  std::vector<StoryEvent> Merge();

  // The story event an article's event joined, -1 when none.
  int32_t Of(uint32_t article, int32_t event) const;
  // The reports behind each story event (after Merge), representative first.
  const std::vector<std::vector<EventRef>>& reports() const { return reports_; }

  // How well report `b` matches report `a`: negative when incompatible.
  int Match(EventRef a, EventRef b) const;

 private:
  const code::Event& Get(EventRef r) const { return articles_[r.article]->coding.events[r.event]; }
  int Completeness(EventRef r) const;

  const std::vector<const story::ArticleFacts*>& articles_;
  const StoryEntityMap& entities_;
  std::vector<std::vector<EventRef>> reports_;
  std::vector<std::vector<int32_t>> joined_;  // per article, per event
};

// Whether two ISO date ranges ("2018".."2022", "2024-06-13") overlap; an
// empty start means no date, which overlaps anything.
bool DatesOverlap(const std::string& start_a, const std::string& end_a, const std::string& start_b,
                  const std::string& end_b);

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_EVENT_MERGER_H_
