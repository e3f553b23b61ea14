// Turns the knowledge-base files into a KnowledgeBase.
#ifndef DOSSIER_SRC_KB_KB_COMPILER_H_
#define DOSSIER_SRC_KB_KB_COMPILER_H_

#include <string>
#include <unordered_map>

#include "dossier/kb/knowledge_base.h"
#include "dossier/kb/tsv.h"

namespace dossier::kb {

class KbCompiler {
 public:
  explicit KbCompiler(KnowledgeBase& kb) : kb_(kb) {}

  Status LoadAbbreviations(const std::string& path);
  Status LoadRoles(const std::string& path);
  Status LoadSectors(const std::string& path);
  Status LoadCountries(const std::string& path);
  Status LoadPlaces(const std::string& path);
  Status LoadRegions(const std::string& path);
  Status LoadEthnicGroups(const std::string& path);
  Status LoadTerritories(const std::string& path);
  Status LoadOrganizations(const std::string& path);
  Status LoadMemberships(const std::string& path);
  Status LoadAlliances(const std::string& path);
  Status LoadPeople(const std::string& path);
  Status LoadWeapons(const std::string& path);
  Status LoadConflicts(const std::string& path);
  // A user file or folder: the kind is told by the file name
  // (countries, places, people*, organizations*, weapons*, ...) or its folder.
  Status LoadUserPath(const std::string& path);

  // Adds an entity (or merges it into one of the same type, name and
  // country) and returns its index.
  uint32_t AddEntity(Entity entity, const TsvRow* row);
  // AddEntity, then its name and all its aliases as names of it.
  uint32_t AddNamedEntity(Entity entity, const TsvRow& row);
  void AddNames(uint32_t index, const TsvRow& row);
  // Registers an alias; a form that already means another entity is skipped
  // with a warning (user and PETRARCH layers skip silently when lower priority).
  void AddAlias(std::string_view alias, AliasTarget target, const std::string& where);

  void Finish();

  // For loaders of other formats (petrarch_loader.cc): the knowledge base so
  // far, a role added without words when missing, and the sector list.
  const KnowledgeBase& kb() const { return kb_; }
  uint16_t EnsureRole(const std::string& key, std::string_view sector);
  static bool IsSector(std::string_view sector);

  // The index of a PETRARCH agent code ("~GOVPRS", "NGO~") for kAgent aliases.
  uint32_t AgentCode(std::string_view code);

  // Replaces an entity's actor code (the PETRARCH layer, when its codes come first).
  void SetCode(uint32_t entity, std::string code) { kb_.entities_[entity].code = std::move(code); }

  uint8_t layer = 0;
  bool petrarch_codes_first = false;  // KbOptions::petrarch_codes_first

 private:
  Status CheckCountry(const TsvRow& row, std::string_view iso3, bool allow_empty) const;
  Status CheckActorCode(const TsvRow& row, std::string_view code) const;
  Status LoadUserFile(const std::string& path, const std::string& kind);
  void AddSurnames();
  // Cuts an alias into tokens (left in scratch_) and returns its lookup key.
  std::string TokenizeAlias(std::string_view alias);

  KnowledgeBase& kb_;
  text::AnalyzedText scratch_;
  std::unordered_map<std::string, uint32_t> entity_keys_;  // type|name|country
  struct AliasOwner {
    uint32_t target;
    AliasKind kind;
    std::string where;
  };
  std::unordered_map<std::string, AliasOwner> alias_owners_;  // normal form -> meaning
};

}  // namespace dossier::kb

#endif  // DOSSIER_SRC_KB_KB_COMPILER_H_
