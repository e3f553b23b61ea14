// FlagFinder: what the knowledge base (and, when given, a reference register
// of arms transfers) says about a story's transfers, as flags for the reader.
//
// Each transfer of the dossier (and each event of military aid, CAMEO 072,
// that no transfer already covers) whose supplier and recipient resolve to
// countries (the first three letters of the actor code are an ISO alpha-3
// code; organisations and armed groups get no flags) is checked for:
//  - alliance_adversary: the supplier shares a military alliance
//    (alliances.tsv, memberships.tsv) with a country the recipient fought
//    (conflicts.tsv, opposite sides) while the transfer went on;
//  - conflict_transfer: the recipient, or the supplier, was a party to an
//    armed conflict while the transfer went on;
//  - register_missing / register_differs (with a register): the register has
//    no deal for the pair in those years, or lists other weapons or years.
// "While the transfer went on" is its period as reported; a transfer with no
// period is taken at the publication dates of the articles that report it.
// Flag texts are built from the facts and name the fact ids ("t1", "v3").
//
// Ownership: keeps references to the knowledge base and the register, which
// must outlive it. Find is const and touches only its argument, so one finder
// serves every thread.
#ifndef DOSSIER_CORROBORATE_FLAG_FINDER_H_
#define DOSSIER_CORROBORATE_FLAG_FINDER_H_

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/corroborate/reference_register.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/kb/knowledge_base.h"

namespace dossier::corroborate {

struct Supply;  // a transfer or aid event with countries and dates (flag_supply.h)

class FlagFinder {
 public:
  FlagFinder(const kb::KnowledgeBase& kb, const ReferenceRegister* reg /* may be null */);

  // Appends the flags of the dossier's transfers and aid events to dossier.flags.
  void Find(StoryDossier& dossier) const;

  // Register names that resolve to no country (empty without a register).
  const std::vector<std::string>& unmapped_register_names() const;

 private:
  struct Conflict {
    uint32_t entity = 0;               // the conflict's knowledge-base entity
    std::vector<std::string> sides[2]; // actor codes and organisation ids
    kb::DateRange period;
  };

  std::vector<Supply> SuppliesOf(const StoryDossier& dossier) const;
  std::optional<Supply> StartSupply(const code::Actor& supplier, const code::Actor& recipient,
                                    std::string fact) const;
  std::optional<Supply> FromTransfer(const StoryDossier& dossier, size_t index) const;
  std::optional<Supply> FromEvent(const StoryDossier& dossier, size_t index) const;
  void AddItems(const code::Transfer& transfer, Supply& supply) const;
  void AllianceFlags(const Supply& supply, std::vector<Flag>& out) const;
  void ConflictFlags(const Supply& supply, std::vector<Flag>& out) const;
  // Membership periods of `iso3` in alliance `alliance` (index into kb.alliances()).
  std::vector<kb::DateRange> AllianceYears(size_t alliance, const std::string& iso3) const;
  std::string SideName(const std::string& code) const;

  const kb::KnowledgeBase& kb_;
  const ReferenceRegister* reg_;
  std::optional<RegisterCountries> register_countries_;
  std::vector<Conflict> conflicts_;
  std::unordered_map<std::string, uint32_t> weapons_;  // weapon name -> entity
};

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_FLAG_FINDER_H_
