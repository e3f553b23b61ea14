// The knowledge base compiled in memory: entities, their aliases in a token
// trie, roles with dates, and memberships. Immutable after Load, so one
// instance serves every thread.
#ifndef DOSSIER_KB_KNOWLEDGE_BASE_H_
#define DOSSIER_KB_KNOWLEDGE_BASE_H_

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/core/status.h"
#include "dossier/kb/alias_trie.h"
#include "dossier/kb/entity.h"
#include "dossier/text/tokenizer.h"

namespace dossier::kb {

struct Role {
  std::string key;     // "defence_minister"
  std::string sector;  // "GOV"
  std::vector<std::string> words;
};

struct Membership {
  uint32_t org = 0;     // entity index
  std::string member;   // ISO alpha-3
  DateRange period;
};

// An organisation whose members are bound to defend one another
// (alliances.tsv): while `period` holds, its memberships are alliance ties.
struct Alliance {
  uint32_t org = 0;    // entity index
  DateRange period;    // when the mutual-defence commitment was in force
  std::string basis;   // the treaty, for the reader
};

struct KbOptions {
  std::string data_dir;                // holds kb/ and text/
  std::string kb_dir;                  // the knowledge files; default data_dir + "/kb"
  std::vector<std::string> user_paths; // extra files or folders in the same formats
  std::string petrarch_dir;            // PETRARCH/Phoenix dictionaries, optional
  // The PETRARCH dictionaries' codes replace ours for the names both know
  // ("NEW_ZEALAND [NZE]"): for running their validation suites. Off, ours
  // stand and theirs only add names.
  bool petrarch_codes_first = false;
};

// A problem found while compiling that does not stop loading: an alias that
// already means something else, a record merged into another.
struct KbWarning {
  std::string where;  // "file:line"
  std::string message;
};

class KnowledgeBase {
 public:
  static Result<std::unique_ptr<KnowledgeBase>> Load(const KbOptions& options);

  const std::vector<Entity>& entities() const { return entities_; }
  const Entity& entity(uint32_t i) const { return entities_[i]; }
  const AliasTrie& trie() const { return trie_; }
  const text::Tokenizer& tokenizer() const { return tokenizer_; }
  const text::Abbreviations& abbreviations() const { return abbreviations_; }
  const std::vector<Role>& roles() const { return roles_; }
  const std::vector<Membership>& memberships() const { return memberships_; }
  const std::vector<Alliance>& alliances() const { return alliances_; }
  const std::vector<KbWarning>& warnings() const { return warnings_; }
  // PETRARCH agent codes, "~GOVPRS" (appended to an actor's code) or "NGO~"
  // (put before it), indexed by AliasKind::kAgent targets. Loaded only when
  // the PETRARCH codes come first; then they replace our sector words.
  const std::vector<std::string>& agent_codes() const { return agent_codes_; }

  std::optional<uint32_t> CountryByCode(std::string_view iso3) const;
  std::optional<uint32_t> EntityById(std::string_view id) const;  // organisation ids
  std::optional<uint16_t> RoleByKey(std::string_view key) const;

  // People holding `role` for the country at `day` (several when the data overlap).
  std::vector<uint32_t> Incumbents(uint16_t role, std::string_view iso3, Day day) const;
  // The actor code of an entity at a date: a person's role code while in
  // office, else "<country>ELI" for former officials; other entities' codes.
  std::string CodeAt(uint32_t entity, Day day) const;
  // Organisations (entity indexes) the country belongs to at `day`.
  std::vector<uint32_t> MembershipsOf(std::string_view iso3, Day day) const;

  // Entity indexes by type, for fuzzy lookups.
  const std::vector<uint32_t>& OfType(EntityType type) const;

 private:
  friend class KbCompiler;
  KnowledgeBase() : tokenizer_(&abbreviations_) {}

  text::Abbreviations abbreviations_;
  text::Tokenizer tokenizer_;
  std::vector<Entity> entities_;
  std::vector<Role> roles_;
  std::vector<Membership> memberships_;
  std::vector<Alliance> alliances_;
  std::vector<KbWarning> warnings_;
  std::vector<std::string> agent_codes_;
  AliasTrie trie_;
  std::unordered_map<std::string, uint32_t> countries_;  // ISO3 -> entity
  std::unordered_map<std::string, uint32_t> ids_;        // organisation id -> entity
  std::unordered_map<std::string, uint16_t> role_keys_;
  std::vector<std::vector<uint32_t>> by_type_;
};

}  // namespace dossier::kb

#endif  // DOSSIER_KB_KNOWLEDGE_BASE_H_
