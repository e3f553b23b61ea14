#include "reference_register_layout.h"

#include <algorithm>

namespace dossier::corroborate {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool SameName(std::string_view a, std::string_view b) {
  a = Trim(a);
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20);
         });
}

int Find(const std::vector<std::string_view>& header, std::string_view name) {
  for (size_t i = 0; i < header.size(); ++i) {
    if (SameName(header[i], name)) return static_cast<int>(i);
  }
  return -1;
}

// Every four-digit year in a field ("2013; 2014"); false when the field
// holds something else.
bool ParseYears(std::string_view field, int& first, int& last) {
  first = last = 0;
  field = Trim(field);
  size_t i = 0;
  while (i < field.size()) {
    char c = field[i];
    if (c == ';' || c == ' ' || c == '?') {
      ++i;
      continue;
    }
    if (i + 4 > field.size()) return false;
    int year = 0;
    for (size_t k = i; k < i + 4; ++k) {
      if (field[k] < '0' || field[k] > '9') return false;
      year = year * 10 + (field[k] - '0');
    }
    if (i + 4 < field.size() && field[i + 4] >= '0' && field[i + 4] <= '9') return false;
    first = first == 0 ? year : std::min(first, year);
    last = std::max(last, year);
    i += 4;
  }
  return true;
}

}  // namespace

std::vector<std::string_view> SplitRegisterFields(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == ',') {
      fields.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return fields;
}

bool LooksLikeHeader(const std::vector<std::string_view>& fields) {
  return Find(fields, "Supplier") >= 0 && Find(fields, "Recipient") >= 0;
}

std::optional<RegisterColumns> ColumnsOfHeader(const std::vector<std::string_view>& header) {
  RegisterColumns c;
  c.fields = header.size();
  c.supplier = Find(header, "Supplier");
  c.recipient = Find(header, "Recipient");
  c.status = Find(header, "Status");
  if (c.supplier < 0 || c.recipient < 0) return std::nullopt;
  if (Find(header, "SIPRI AT Database ID") >= 0) {
    c.layout = RegisterLayout::kDeliveries;
    c.deal_id = Find(header, "SIPRI AT Database ID");
    c.designation = Find(header, "Designation");
    c.description = Find(header, "Description");
    c.category = Find(header, "Armament category");
    c.order_year = Find(header, "Order date");
    c.delivery_years = Find(header, "Delivery year");
  } else {
    c.layout = RegisterLayout::kDeals;
    c.designation = Find(header, "Weapon designation");
    c.description = Find(header, "Weapon description");
    c.order_year = Find(header, "Year of order");
    c.delivery_years = Find(header, "Year(s) of delivery");
  }
  if (c.designation < 0 || c.order_year < 0 || c.delivery_years < 0) return std::nullopt;
  return c;
}

std::optional<std::string> ReadRegisterRow(const RegisterColumns& columns,
                                           const std::vector<std::string_view>& fields,
                                           RegisterRow& row) {
  auto field = [&](int i) { return i < 0 ? std::string_view() : Trim(fields[i]); };
  row.supplier = std::string(field(columns.supplier));
  row.recipient = std::string(field(columns.recipient));
  RegisterDeal& d = row.deal;
  d.designation = std::string(field(columns.designation));
  d.description = std::string(field(columns.description));
  d.category = std::string(field(columns.category));
  d.status = std::string(field(columns.status));
  int last_order = 0;
  if (!ParseYears(field(columns.order_year), d.order_year, last_order))
    return "malformed order year \"" + std::string(field(columns.order_year)) + "\"";
  if (!ParseYears(field(columns.delivery_years), d.first_delivery, d.last_delivery))
    return "malformed delivery year \"" + std::string(field(columns.delivery_years)) + "\"";
  row.deal_id = 0;
  for (char c : field(columns.deal_id)) {
    if (c < '0' || c > '9') return "malformed deal id \"" + std::string(field(columns.deal_id)) + "\"";
    row.deal_id = row.deal_id * 10 + static_cast<uint64_t>(c - '0');
  }
  return std::nullopt;
}

std::string_view PartySkipReason(std::string_view name) {
  name = Trim(name);
  if (!name.empty() && name.back() == '*') return "non-state party";
  if (name.empty() || name.rfind("unknown", 0) == 0) return "unknown party";
  return {};
}

}  // namespace dossier::corroborate
