// Entities merged across a story's articles: one StoryEntity per knowledge-
// base entity (RecognizedEntity::kb), else per type and folded name
// ("Lima Herald" and "LIMA HERALD" found by pattern are one). Aliases are
// united; every mention becomes an EntityMention with its article, sentence,
// byte span, actor code and how it was found.
//
// Pure function of its input; thread-safe.
#ifndef DOSSIER_CORROBORATE_ENTITY_MERGER_H_
#define DOSSIER_CORROBORATE_ENTITY_MERGER_H_

#include <cstdint>
#include <vector>

#include "dossier/corroborate/story_dossier.h"
#include "dossier/story/article_facts.h"

namespace dossier::corroborate {

// Which story entity each article's entity became.
class StoryEntityMap {
 public:
  // The story entity of `entity` (an index into the article's
  // Recognition::entities), or -1 when out of range or negative.
  int32_t Of(uint32_t article, int32_t entity) const;

 private:
  friend std::vector<StoryEntity> MergeEntities(const std::vector<const story::ArticleFacts*>&,
                                                StoryEntityMap&);
  std::vector<std::vector<int32_t>> map_;
};

// The story's entities in order of first mention; fills `map`.
std::vector<StoryEntity> MergeEntities(const std::vector<const story::ArticleFacts*>& articles,
                                       StoryEntityMap& map);

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_ENTITY_MERGER_H_
