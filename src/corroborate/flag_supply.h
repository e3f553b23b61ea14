// Supply: a transfer or an aid event of a story, as the flags see it:
// supplier and recipient countries, the days it spans and the words that say
// so. Shared by flag_finder.cc and reference_register_check.cc.
#ifndef DOSSIER_SRC_CORROBORATE_FLAG_SUPPLY_H_
#define DOSSIER_SRC_CORROBORATE_FLAG_SUPPLY_H_

#include <optional>
#include <string>
#include <vector>

#include "dossier/corroborate/reference_register.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/kb/entity.h"

namespace dossier::corroborate {

struct SupplyItem {
  std::string name;      // as the news gives it
  std::string category;  // knowledge-base weapon category, may be empty
  std::vector<std::string> designations;  // name and aliases; empty for a generic noun ("weapons")
};

struct Supply {
  std::string fact;                     // "t1", "v3"
  std::string supplier, recipient;      // ISO alpha-3
  std::string supplier_name, recipient_name;
  kb::DateRange days;                   // the period, else the reporting days
  bool reported_only = false;           // no period given: `days` are publication days
  std::string when;                     // "in 2018-2022", "as reported on 2024-05-17"
  std::string verb;                     // "supplied arms to", "gave military aid to"
  std::vector<SupplyItem> items;

  int FirstYear() const;
  int LastYear() const;
  // "<supplier_words> supplied arms to Peru (Falcon-7, Condor-3)": the named weapons only.
  std::string Statement(const std::string& supplier_words) const;
};

// The register's view of a supply: a register_missing or register_differs
// flag, or nothing when the register agrees, cannot tell (years it does not
// cover, small arms only, a country it does not name) or has no register.
std::optional<Flag> CheckAgainstRegister(const Supply& supply, const ReferenceRegister& reg,
                                         const RegisterCountries& countries);

}  // namespace dossier::corroborate

#endif  // DOSSIER_SRC_CORROBORATE_FLAG_SUPPLY_H_
