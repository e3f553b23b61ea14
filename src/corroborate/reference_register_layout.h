// The two CSV layouts of SIPRI register exports: which column holds what,
// found from the header line, and one row read into a RegisterDeal.
#ifndef DOSSIER_SRC_CORROBORATE_REFERENCE_REGISTER_LAYOUT_H_
#define DOSSIER_SRC_CORROBORATE_REFERENCE_REGISTER_LAYOUT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/corroborate/reference_register.h"

namespace dossier::corroborate {

// Column indexes of one layout; -1 for a column the layout lacks.
struct RegisterColumns {
  RegisterLayout layout = RegisterLayout::kDeals;
  size_t fields = 0;  // fields in a well-formed row
  int deal_id = -1, supplier = -1, recipient = -1, designation = -1, description = -1;
  int category = -1, order_year = -1, delivery_years = -1, status = -1;
};

// The fields of one line, cut at every ',' (the exports quote nothing).
std::vector<std::string_view> SplitRegisterFields(std::string_view line);

// The layout a header line announces; nullopt when it is no header we know.
std::optional<RegisterColumns> ColumnsOfHeader(const std::vector<std::string_view>& header);

// Whether a line looks like a header of some arms-transfer export (it names
// both a supplier and a recipient column), known layout or not.
bool LooksLikeHeader(const std::vector<std::string_view>& fields);

// One well-formed row (fields.size() == columns.fields) as a deal with names
// as written; `deal_id` gets the row's deal id (0 when the layout has none).
// Returns a reason when the row holds a malformed year.
struct RegisterRow {
  std::string supplier, recipient;
  RegisterDeal deal;
  uint64_t deal_id = 0;
};
std::optional<std::string> ReadRegisterRow(const RegisterColumns& columns,
                                           const std::vector<std::string_view>& fields,
                                           RegisterRow& row);

// Why a party cannot be looked up as a state: "non-state party" (SIPRI's
// "*" and "**" marks), "unknown party", or empty when it is a state's name.
std::string_view PartySkipReason(std::string_view name);

}  // namespace dossier::corroborate

#endif  // DOSSIER_SRC_CORROBORATE_REFERENCE_REGISTER_LAYOUT_H_
