// Whether two reports' actors (event sources and targets, transfer suppliers
// and recipients, quote speakers) refer to the same participant, across
// articles: the same story entity, else the same country (the first three
// letters of the actor codes, "ARMGOV" and "ARMMIL" are both Armenia), else
// the same folded name.
//
// Pure functions; thread-safe.
#ifndef DOSSIER_CORROBORATE_ACTOR_MATCH_H_
#define DOSSIER_CORROBORATE_ACTOR_MATCH_H_

#include <cstdint>

#include "dossier/code/coding.h"
#include "dossier/corroborate/entity_merger.h"

namespace dossier::corroborate {

// Ordered: a higher value is a closer match.
enum class ActorMatch : uint8_t {
  kDifferent,    // both known, not the same
  kUnknown,      // at least one side is empty, or names no entity and has no code
  kSameCountry,  // same country code prefix
  kSameEntity,   // same story entity or same name
};

// One actor as reported in one article.
struct ReportedActor {
  const code::Actor* actor = nullptr;
  uint32_t article = 0;
};

ActorMatch MatchActors(ReportedActor a, ReportedActor b, const StoryEntityMap& entities);

// A copy of `actor` whose `entity` indexes the story's entities (-1 when
// none) and whose `mention` is -1: the form stored in story-level facts.
code::Actor StoryActor(const code::Actor& actor, uint32_t article, const StoryEntityMap& entities);

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_ACTOR_MATCH_H_
