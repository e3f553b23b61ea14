// What the knowledge base knows about one entity.
#ifndef DOSSIER_KB_ENTITY_H_
#define DOSSIER_KB_ENTITY_H_

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::kb {

enum class EntityType : uint8_t {
  kCountry, kPlace, kPerson, kOrganization, kWeapon, kConflict, kTerritory
};
const char* EntityTypeName(EntityType type);

// Days since 1970-01-01.
using Day = int32_t;
constexpr Day kNoDay = INT32_MIN;

// "2024", "2024-05" or "2024-05-17"; a partial date means its first day, or
// its last day when `end` is set. nullopt when malformed.
std::optional<Day> ParseIsoDay(std::string_view iso, bool end = false);
std::string FormatDay(Day day);
Day DayFromCivil(int year, int month, int day);

// A closed range of days; either end may be open.
struct DateRange {
  Day first = INT32_MIN;
  Day last = INT32_MAX;
  // How many days an end may be off because it was written to the month
  // (31) or the year (366) only; 0 when both ends are exact days.
  uint16_t slack = 0;
  bool Contains(Day day) const { return day >= first && day <= last; }
  bool Overlaps(const DateRange& o) const { return first <= o.last && o.first <= last; }
};

// "2019-05-20..", "..2020-01-31", "1949-04-04..2020-01-31"; nullopt when malformed.
std::optional<DateRange> ParsePeriod(std::string_view text);

// A position held during a period: a role key of roles.tsv and the actor
// code it gives ("BLRGOV").
struct RoleHeld {
  uint16_t role = 0;
  std::string code;
  DateRange period;
};

struct Entity {
  EntityType type = EntityType::kCountry;
  std::string name;
  std::string code;     // actor code: "BLR", "BLRGOV", "NATO"; empty for weapons
  std::string country;  // ISO alpha-3 of the home country, empty when none
  std::string kind;     // place kind, organisation type, weapon category
  std::string maker;    // weapons: the manufacturer
  std::string note;     // territories: who administers and claims; conflicts: sides
  std::string defined;  // "file:line" of the record, for messages
  DateRange period;     // conflicts: when it was fought
  uint8_t layer = 0;    // 0: data/kb, 1: user files, 2: PETRARCH dictionaries
  std::vector<std::string> aliases;
  std::vector<RoleHeld> roles;
  std::vector<std::string> domains;
};

}  // namespace dossier::kb

#endif  // DOSSIER_KB_ENTITY_H_
