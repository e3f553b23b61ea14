// A story's transfer set against the reference register: does it list a deal
// for the same supplier and recipient in the same years, with the same weapons?
#include <algorithm>

#include "flag_supply.h"

namespace dossier::corroborate {
namespace {

constexpr size_t kDealsShown = 4;

// The register holds major conventional arms; small arms and ammunition are
// outside it, so their absence says nothing.
bool OutsideRegister(const Supply& supply) {
  if (supply.items.empty()) return false;
  return std::all_of(supply.items.begin(), supply.items.end(), [](const SupplyItem& i) {
    return i.category.rfind("small_arms", 0) == 0 || i.category.rfind("ammunition", 0) == 0;
  });
}

std::string FileName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string YearsOf(int first, int last) {
  if (first == 0) return "no year given";
  return first == last ? std::to_string(first) : std::to_string(first) + "-" + std::to_string(last);
}

// "Polonez (multiple rocket launcher, 2017-2018)"
std::string DealWords(const RegisterDeal& d) {
  std::string out = d.designation + " (";
  if (!d.description.empty()) out += d.description + ", ";
  return out + YearsOf(d.FirstYear(), d.LastYear()) + ")";
}

const RegisterDeal* FindItem(const SupplyItem& item, const std::vector<const RegisterDeal*>& deals) {
  for (const RegisterDeal* d : deals) {
    for (const std::string& name : item.designations) {
      if (SameDesignation(name, d->designation)) return d;
    }
  }
  return nullptr;
}

std::string ListDeals(const std::vector<const RegisterDeal*>& deals) {
  std::string out;
  for (size_t i = 0; i < deals.size() && i < kDealsShown; ++i) out += (i ? ", " : "") + DealWords(*deals[i]);
  if (deals.size() > kDealsShown) out += " and " + std::to_string(deals.size() - kDealsShown) + " more";
  return out;
}

std::vector<const RegisterDeal*> PairDeals(const Supply& supply, const ReferenceRegister& reg,
                                           const RegisterCountries& countries) {
  std::vector<const RegisterDeal*> out;
  for (uint32_t s : countries.NamesOf(supply.supplier)) {
    for (uint32_t r : countries.NamesOf(supply.recipient)) {
      auto deals = reg.Between(s, r);
      out.insert(out.end(), deals.begin(), deals.end());
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const RegisterDeal* a, const RegisterDeal* b) {
    return a->FirstYear() < b->FirstYear();
  });
  return out;
}

}  // namespace

// A supply with no period is compared with every deal up to its reporting
// year, and never said to differ in years.
std::optional<Flag> CheckAgainstRegister(const Supply& supply, const ReferenceRegister& reg,
                                         const RegisterCountries& countries) {
  if (OutsideRegister(supply)) return std::nullopt;
  if (countries.NamesOf(supply.supplier).empty() || countries.NamesOf(supply.recipient).empty())
    return std::nullopt;
  const int first = supply.reported_only ? 0 : supply.FirstYear(), last = supply.LastYear();
  if (!supply.reported_only && !reg.Covers(first, last)) return std::nullopt;
  std::vector<const RegisterDeal*> pair = PairDeals(supply, reg, countries), window;
  for (const RegisterDeal* d : pair) {
    if (d->FirstYear() != 0 && d->FirstYear() <= last && d->LastYear() >= first) window.push_back(d);
  }
  const std::string source = "The reference register (" + FileName(reg.path()) + ")";
  const std::string route = supply.supplier_name + " to " + supply.recipient_name;
  const std::string years = supply.reported_only ? "up to " + std::to_string(last)
                                                 : "in " + YearsOf(first, last);
  std::vector<std::string> other_years, unlisted;
  for (const SupplyItem& item : supply.items) {
    if (item.designations.empty() || FindItem(item, window) != nullptr) continue;
    if (const RegisterDeal* d = FindItem(item, pair)) {
      other_years.push_back(item.name + " in " + YearsOf(d->FirstYear(), d->LastYear()));
    } else {
      unlisted.push_back(item.name);
    }
  }
  Flag f;
  f.facts = {supply.fact};
  if (window.empty() && other_years.empty()) {
    f.kind = "register_missing";
    f.text = source + " lists no arms deal from " + route + " " + years +
             (pair.empty() ? " nor in any other year"
                           : " (its deals for the pair span " +
                                 YearsOf(pair.front()->FirstYear(), pair.back()->LastYear()) + ")") +
             "; the news reports that " + supply.Statement(supply.supplier_name) + " " + supply.when + ".";
    return f;
  }
  if (other_years.empty() && unlisted.empty()) return std::nullopt;
  f.kind = "register_differs";
  std::vector<std::string> parts;
  if (!unlisted.empty()) {
    std::string names;
    for (size_t i = 0; i < unlisted.size(); ++i) names += (i ? ", " : "") + unlisted[i];
    parts.push_back(window.empty() ? "does not list " + names + " from " + route
                                   : "lists from " + route + " " + years + " " + ListDeals(window) +
                                         ", not " + names);
  }
  for (const std::string& y : other_years) parts.push_back("lists " + y + " from " + route);
  f.text = source;
  for (size_t i = 0; i < parts.size(); ++i) f.text += (i ? "; it " : " ") + parts[i];
  f.text += "; the news reports that " + supply.Statement(supply.supplier_name) + " " + supply.when + ".";
  return f;
}

}  // namespace dossier::corroborate
