#include "dossier/corroborate/entity_merger.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "dossier/corroborate/content_words.h"

namespace dossier::corroborate {
namespace {

std::string IdentityKey(const recognize::RecognizedEntity& e) {
  if (e.kb >= 0) return "kb:" + std::to_string(e.kb);
  return e.type + "|" + FoldName(e.name);
}

void FillEmpty(std::string& into, const std::string& from) {
  if (into.empty()) into = from;
}

// A later article's report of the same entity fills what the first left
// empty and adds its spellings.
void Unite(recognize::RecognizedEntity& into, const recognize::RecognizedEntity& from) {
  FillEmpty(into.code, from.code);
  FillEmpty(into.country, from.country);
  FillEmpty(into.kind, from.kind);
  FillEmpty(into.role, from.role);
  FillEmpty(into.affiliation, from.affiliation);
  FillEmpty(into.note, from.note);
  into.confidence = std::max(into.confidence, from.confidence);
  for (const std::string& alias : from.aliases) {
    if (std::find(into.aliases.begin(), into.aliases.end(), alias) == into.aliases.end()) {
      into.aliases.push_back(alias);
    }
  }
}

}  // namespace

int32_t StoryEntityMap::Of(uint32_t article, int32_t entity) const {
  if (entity < 0 || article >= map_.size()) return -1;
  const std::vector<int32_t>& local = map_[article];
  return static_cast<size_t>(entity) < local.size() ? local[entity] : -1;
}

std::vector<StoryEntity> MergeEntities(const std::vector<const story::ArticleFacts*>& articles,
                                       StoryEntityMap& map) {
  std::vector<StoryEntity> out;
  std::unordered_map<std::string, int32_t> by_key;
  map.map_.assign(articles.size(), {});
  for (uint32_t a = 0; a < articles.size(); ++a) {
    const recognize::Recognition& r = articles[a]->recognition;
    std::vector<int32_t>& local = map.map_[a];
    local.assign(r.entities.size(), -1);
    for (size_t e = 0; e < r.entities.size(); ++e) {
      const recognize::RecognizedEntity& entity = r.entities[e];
      auto [it, inserted] = by_key.try_emplace(IdentityKey(entity), static_cast<int32_t>(out.size()));
      if (inserted) {
        out.push_back({entity, {}});
        out.back().entity.mentions.clear();
      } else {
        Unite(out[it->second].entity, entity);
      }
      local[e] = it->second;
    }
    for (const recognize::Mention& m : r.mentions) {
      if (m.entity >= local.size()) continue;
      out[local[m.entity]].mentions.push_back({{a, m.sentence, m.begin, m.end}, m.code, m.how});
    }
  }
  return out;
}

}  // namespace dossier::corroborate
