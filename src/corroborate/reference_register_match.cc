// Looking the news up in a register: its country names resolved through the
// knowledge base, and designations compared as families.
#include <algorithm>
#include <cctype>

#include "dossier/corroborate/reference_register.h"

namespace dossier::corroborate {
namespace {

// Lower case, "&" as "and", apostrophes and hyphens folded, single spaces,
// no leading "the": "Bosnia-Herzegovina" and "bosnia herzegovina" meet.
std::string NameKey(std::string_view name) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (std::isalnum(c)) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += static_cast<char>(std::tolower(c));
    } else if (c == '&') {
      if (!out.empty()) out += ' ';
      out += "and";
      space = true;
    } else if (c == '\'' || c == 0xE2) {
      if (c == 0xE2 && i + 2 < name.size()) i += 2;  // U+2019 and kin
    } else {
      space = true;
    }
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

// A designation as letters and digits only, with the places where a
// family name may end: at a separator or where letters turn to digits.
struct DesignationKey {
  std::string chars;
  std::vector<bool> boundary;  // boundary[i]: a break allowed before chars[i]
};

DesignationKey KeyOf(std::string_view s) {
  DesignationKey k;
  bool separated = false;
  for (char raw : s) {
    unsigned char c = static_cast<unsigned char>(raw);
    if (!std::isalnum(c)) {
      separated = true;
      continue;
    }
    bool digit = std::isdigit(c) != 0;
    bool turn = !k.chars.empty() && (std::isdigit(static_cast<unsigned char>(k.chars.back())) != 0) != digit;
    k.boundary.push_back(!k.chars.empty() && (separated || turn));
    k.chars += static_cast<char>(std::tolower(c));
    separated = false;
  }
  k.boundary.push_back(true);
  return k;
}

}  // namespace

bool SameDesignation(std::string_view a, std::string_view b) {
  DesignationKey ka = KeyOf(a), kb = KeyOf(b);
  if (ka.chars.empty() || kb.chars.empty()) return false;
  if (ka.chars == kb.chars) return true;
  const DesignationKey& shorter = ka.chars.size() < kb.chars.size() ? ka : kb;
  const DesignationKey& longer = ka.chars.size() < kb.chars.size() ? kb : ka;
  if (shorter.chars.size() < 3) return false;
  return longer.chars.compare(0, shorter.chars.size(), shorter.chars) == 0 &&
         longer.boundary[shorter.chars.size()];
}

RegisterCountries::RegisterCountries(const ReferenceRegister& reg, const kb::KnowledgeBase& kb) {
  struct Meaning {
    std::string iso3;
    bool own_name = false;
    bool ambiguous = false;
  };
  std::unordered_map<std::string, Meaning> meanings;
  auto add = [&](std::string_view name, const std::string& iso3, bool own) {
    auto [it, fresh] = meanings.try_emplace(NameKey(name), Meaning{iso3, own, false});
    if (fresh || it->second.iso3 == iso3) {
      it->second.own_name = it->second.own_name || own;
    } else if (own && !it->second.own_name) {
      it->second = Meaning{iso3, true, false};  // a country's own name beats another's alias
    } else if (own == it->second.own_name) {
      it->second.ambiguous = true;
    }
  };
  for (uint32_t e : kb.OfType(kb::EntityType::kCountry)) {
    const kb::Entity& country = kb.entity(e);
    if (country.code.size() != 3) continue;
    add(country.name, country.code, true);
    for (const std::string& alias : country.aliases) add(alias, country.code, false);
  }
  // Per country: the register names that resolve to it, and whether by its own name.
  std::unordered_map<std::string, std::vector<std::pair<uint32_t, bool>>> found;
  for (uint32_t i = 0; i < reg.names().size(); ++i) {
    auto it = meanings.find(NameKey(reg.names()[i]));
    if (it == meanings.end() || it->second.ambiguous) {
      unmapped_.push_back(reg.names()[i]);
      continue;
    }
    found[it->second.iso3].push_back({i, it->second.own_name});
  }
  for (auto& [iso3, names] : found) {
    bool any_own = std::any_of(names.begin(), names.end(), [](const auto& n) { return n.second; });
    for (const auto& [index, own] : names) {
      if (any_own && !own && names.size() > 1) {
        unmapped_.push_back(reg.names()[index]);
      } else {
        by_country_[iso3].push_back(index);
      }
    }
  }
  std::sort(unmapped_.begin(), unmapped_.end());
}

const std::vector<uint32_t>& RegisterCountries::NamesOf(std::string_view iso3) const {
  static const std::vector<uint32_t> kNone;
  auto it = by_country_.find(std::string(iso3));
  return it == by_country_.end() ? kNone : it->second;
}

}  // namespace dossier::corroborate
