#include "dossier/corroborate/actor_match.h"

#include "dossier/corroborate/content_words.h"

namespace dossier::corroborate {
namespace {

// The country part of an actor code: three capital letters ("ARM" of
// "ARMGOV"); empty for shorter or non-country codes.
std::string_view CountryPrefix(const std::string& code) {
  if (code.size() < 3) return {};
  for (size_t i = 0; i < 3; ++i) {
    if (code[i] < 'A' || code[i] > 'Z') return {};
  }
  return std::string_view(code).substr(0, 3);
}

}  // namespace

ActorMatch MatchActors(ReportedActor a, ReportedActor b, const StoryEntityMap& entities) {
  if (a.actor == nullptr || b.actor == nullptr || a.actor->empty() || b.actor->empty()) {
    return ActorMatch::kUnknown;
  }
  int32_t ea = entities.Of(a.article, a.actor->entity);
  int32_t eb = entities.Of(b.article, b.actor->entity);
  if (ea >= 0 && ea == eb) return ActorMatch::kSameEntity;
  if (FoldName(a.actor->name) == FoldName(b.actor->name)) return ActorMatch::kSameEntity;
  if (!a.actor->code.empty() && a.actor->code == b.actor->code) return ActorMatch::kSameCountry;
  std::string_view pa = CountryPrefix(a.actor->code), pb = CountryPrefix(b.actor->code);
  if (!pa.empty() && pa == pb) return ActorMatch::kSameCountry;
  // A phrase resolved to nothing ("one of the diplomatic notes") cannot be
  // told apart from anyone.
  bool unresolved = (ea < 0 && a.actor->code.empty()) || (eb < 0 && b.actor->code.empty());
  return unresolved ? ActorMatch::kUnknown : ActorMatch::kDifferent;
}

code::Actor StoryActor(const code::Actor& actor, uint32_t article, const StoryEntityMap& entities) {
  code::Actor out = actor;
  out.entity = entities.Of(article, actor.entity);
  out.mention = -1;
  return out;
}

}  // namespace dossier::corroborate
