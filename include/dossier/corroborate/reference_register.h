// ReferenceRegister: a curated register of arms transfers (SIPRI's Arms
// Transfers Database exports) that the news is checked against.
//
// Two CSV layouts are read, told apart by their header line (any notes
// above it are skipped):
//  - deals ("trade register"): Recipient,Supplier,Year of order,...,Weapon
//    designation,Weapon description,...,Year(s) of delivery,status,Comments,...
//    one row per deal, delivery years as "2013; 2014";
//  - deliveries: SIPRI AT Database ID,Supplier,Recipient,Designation,
//    Description,Armament category,Order date,...,Delivery year,...; one row
//    per deal and delivery year, merged here into one deal by its id.
// Fields are not quoted; a Comments field may run over several physical lines
// (a row with too few fields continues on the next line). Trailing ';' and
// '\r' are dropped. The file is read line by line, never whole.
//
// Parties are kept as the register writes them ("Belarus", "Viet Nam");
// rows whose supplier or recipient is no state (SIPRI marks rebels "*" and
// international bodies "**") or is unknown are skipped and counted.
// RegisterCountries maps the names to ISO codes through the knowledge base.
//
// Errors: Load returns kNotFound/kIoError for an unreadable file,
// kUnsupported when no known header is found, kCorruptInput naming the file
// and line for a malformed row (unless options.skip_malformed_rows), kTooLarge
// when a line or a row crosses a limit. Immutable after Load; safe to share
// between threads.
#ifndef DOSSIER_CORROBORATE_REFERENCE_REGISTER_H_
#define DOSSIER_CORROBORATE_REFERENCE_REGISTER_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/core/status.h"
#include "dossier/kb/knowledge_base.h"

namespace dossier::corroborate {

enum class RegisterLayout : uint8_t { kDeals, kDeliveries };
const char* RegisterLayoutName(RegisterLayout layout);

// One deal: a supplier, a recipient and one weapon designation.
struct RegisterDeal {
  uint32_t supplier = 0, recipient = 0;  // indexes into ReferenceRegister::names()
  std::string designation;  // "T-72M1", "Polonez"
  std::string description;  // "tank", "multiple rocket launcher"
  std::string category;     // "Armoured vehicles" (deliveries layout), else empty
  std::string status;       // "New", "Second hand", ...
  int order_year = 0;       // 0 when the register gives none
  int first_delivery = 0, last_delivery = 0;  // 0 when nothing was delivered
  uint32_t line = 0;        // first line of the file that states it

  // The years the deal spans: order to last delivery (0 when no year at all).
  int FirstYear() const;
  int LastYear() const;
};

struct RegisterOptions {
  size_t max_line_bytes = 1 << 16;  // a longer physical line is an error
  int max_row_lines = 8;            // physical lines one row may span
  bool skip_malformed_rows = false; // count malformed rows instead of failing
};

struct RegisterStats {
  uint64_t lines = 0;  // physical lines read
  uint64_t rows = 0;   // data rows (after joining continued lines)
  uint64_t kept = 0;   // rows that made or extended a deal
  std::map<std::string, uint64_t> skipped;  // reason -> rows
  int first_year = 0, last_year = 0;  // the years the deals span
};

class ReferenceRegister {
 public:
  static Result<ReferenceRegister> Load(const std::string& path,
                                        const RegisterOptions& options = {});

  const std::string& path() const { return path_; }
  RegisterLayout layout() const { return layout_; }
  const RegisterStats& stats() const { return stats_; }
  // Supplier and recipient names as written, each once.
  const std::vector<std::string>& names() const { return names_; }
  const std::vector<RegisterDeal>& deals() const { return deals_; }
  std::optional<uint32_t> NameIndex(std::string_view name) const;
  // Deals from `supplier` to `recipient` (name indexes), in file order.
  std::vector<const RegisterDeal*> Between(uint32_t supplier, uint32_t recipient) const;
  // Whether the register covers any of the years first..last.
  bool Covers(int first, int last) const;

 private:
  friend class RegisterReader;
  uint32_t Intern(std::string_view name);

  std::string path_;
  RegisterLayout layout_ = RegisterLayout::kDeals;
  RegisterStats stats_;
  std::vector<std::string> names_;
  std::unordered_map<std::string, uint32_t> name_index_;
  std::vector<RegisterDeal> deals_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> by_pair_;  // supplier << 32 | recipient
};

// The register's names resolved to countries of the knowledge base (name,
// aliases and former names, case-insensitive). When two register names
// resolve to one country and only one of them is the country's own name, the
// other is ambiguous ("Congo" beside "DR Congo") and stays unmapped.
// Immutable after construction; holds no pointer to either argument.
class RegisterCountries {
 public:
  RegisterCountries(const ReferenceRegister& reg, const kb::KnowledgeBase& kb);
  // Register name indexes that mean the country `iso3`; empty when none.
  const std::vector<uint32_t>& NamesOf(std::string_view iso3) const;
  // Register names that are no known country, sorted.
  const std::vector<std::string>& unmapped() const { return unmapped_; }

 private:
  std::unordered_map<std::string, std::vector<uint32_t>> by_country_;
  std::vector<std::string> unmapped_;
};

// Whether a designation in the news and one in the register name the same
// system or family: "T-72" and "T-72M1", "Polonez" and "Polonez MLRS", not
// "An-2" and "An-26". Case, spaces and hyphens do not count.
bool SameDesignation(std::string_view a, std::string_view b);

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_REFERENCE_REGISTER_H_
