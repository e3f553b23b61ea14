// ContradictionFinder: where the outlets of one story disagree on one slot
// of one fact, found from the articles' own facts (StoryDossier::articles:
// coded events, transfers, recognised entities, dates and text), so it works
// whether or not the merged fact lists of the dossier are filled.
//
// Slots (Contradiction::slot), each a general rule with its cue words in
// data/corroborate/ (docs/stories.md, "Contradictions"):
//   "system"  the same weapon (knowledge-base entity or designation) called
//             kinds of system that neither refine nor overlap each other;
//   "order"   two reciprocal acts of one type between the same pair (A to B,
//             B to A) put in different orders ("followed suit", "earlier");
//   "number"  the same counted thing with quantity ranges that cannot both
//             hold ("more than 12" and "15" agree; "12" and "30" do not);
//   "date"    the same event (type and actors) on dates that do not overlap;
//   "status"  an action said to have happened by one outlet and only planned,
//             negated or denied by another;
//   "name"    an organisation or person written with a name that is not its
//             name (a fuzzy match of the recogniser with different words).
//
// Outlets, not articles, are compared: a copy (ArticleFacts::copy_of >= 0)
// counts with its original, and articles of one outlet count once. A claim
// lists every article that states it, copies included; a contradiction needs
// two claims stated by different outlets. Precision comes first: a slot is
// only compared when both sides are clearly about the same fact.
//
// Thread safety: immutable after Load; Find may run on several threads on
// different dossiers.
#ifndef DOSSIER_CORROBORATE_CONTRADICTION_FINDER_H_
#define DOSSIER_CORROBORATE_CONTRADICTION_FINDER_H_

#include <memory>
#include <string>

#include "dossier/core/status.h"
#include "dossier/corroborate/story_dossier.h"

namespace dossier::kb {
class KnowledgeBase;
}

namespace dossier::corroborate {

namespace contra {
struct Lexicon;
}

class ContradictionFinder {
 public:
  // Reads the cue lists of `data_dir`/corroborate/. `kb` (not owned, may be
  // null, must outlive the finder) names countries in claims and tells
  // organisations from countries. Errors: kNotFound for a missing file,
  // kCorruptInput naming the file and line of a bad record.
  static Result<ContradictionFinder> Load(const std::string& data_dir,
                                          const kb::KnowledgeBase* kb);

  // Replaces dossier.contradictions with the contradictions among its
  // articles, in slot order (system, order, number, date, status, name).
  void Find(StoryDossier& dossier) const;

 private:
  ContradictionFinder() = default;

  std::shared_ptr<const contra::Lexicon> lexicon_;
  const kb::KnowledgeBase* kb_ = nullptr;
};

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_CONTRADICTION_FINDER_H_
