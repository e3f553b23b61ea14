#include "kb_compiler.h"

#include <algorithm>
#include <filesystem>

#include "dossier/kb/person_names.h"
#include "dossier/text/normalizer.h"
#include "dossier/text/pos_tagger.h"

namespace dossier::kb {
namespace {

constexpr std::string_view kSectors[] = {"GOV", "MIL", "LEG", "JUD", "BUS", "MED", "REB", "OPP",
                                         "PTY", "ELI", "CVL", "SPY", "COP", "IGO", "NGO", "EDU",
                                         "REL", "REF", "LAB", "HLH", "AGR", "ENV", "CRM", "UAF"};
constexpr std::string_view kWeaponCategories[] = {
    "aircraft", "air_defence", "anti_submarine", "armoured_vehicle", "artillery", "engine",
    "missile", "naval_weapon", "satellite", "sensor", "ship", "electronic_warfare",
    "counter_drone", "drone", "small_arms", "ammunition", "other"};

template <size_t N>
bool OneOf(std::string_view v, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), v) != std::end(list);
}

// The sector implied by an organisation type when the record gives no code.
std::string_view SectorOfType(std::string_view type) {
  if (type == "armed_group") return "REB";
  if (type == "party") return "PTY";
  if (type == "firm") return "BUS";
  if (type == "media") return "MED";
  if (type == "ngo" || type == "think_tank") return "NGO";
  if (type == "court") return "JUD";
  return "GOV";
}

constexpr std::string_view kFileKinds[] = {"countries",     "places",        "regions",
                                           "ethnic_groups", "territories",   "organizations",
                                           "memberships",   "alliances",     "people",
                                           "weapons",       "conflicts"};

// Whether a file or folder name tells what a user file holds ("people_extra").
bool IsFileKind(std::string_view name) {
  for (auto k : kFileKinds) {
    if (name.substr(0, k.size()) == k) return true;
  }
  return false;
}

void SetSector(AliasTarget& t, std::string_view sector) {
  for (size_t i = 0; i < 3 && i < sector.size(); ++i) t.sector[i] = sector[i];
}

}  // namespace

Status KbCompiler::CheckCountry(const TsvRow& row, std::string_view iso3, bool allow_empty) const {
  if (iso3.empty() && allow_empty) return Status::Ok();
  if (kb_.countries_.count(std::string(iso3)) == 0)
    return row.Error("unknown country code \"" + std::string(iso3) + "\"");
  return Status::Ok();
}

Status KbCompiler::CheckActorCode(const TsvRow& row, std::string_view code) const {
  if (code.size() == 6 && kb_.countries_.count(std::string(code.substr(0, 3))) != 0 &&
      !OneOf(code.substr(3), kSectors))
    return row.Error("unknown sector in actor code \"" + std::string(code) + "\"");
  if (code.size() < 6 && code.size() == 3 && kb_.countries_.count(std::string(code)) == 0 &&
      kb_.ids_.count(std::string(code)) == 0)
    return row.Error("unknown actor code \"" + std::string(code) + "\"");
  return Status::Ok();
}

uint32_t KbCompiler::AddEntity(Entity entity, const TsvRow* row) {
  std::string key = std::to_string(static_cast<int>(entity.type)) + "|" +
                    text::Normalized(entity.name) + "|" + entity.country;
  auto [it, inserted] = entity_keys_.try_emplace(key, static_cast<uint32_t>(kb_.entities_.size()));
  if (!inserted) {
    Entity& into = kb_.entities_[it->second];
    for (auto& a : entity.aliases) {
      if (std::find(into.aliases.begin(), into.aliases.end(), a) == into.aliases.end())
        into.aliases.push_back(std::move(a));
    }
    for (auto& r : entity.roles) into.roles.push_back(std::move(r));
    for (auto& d : entity.domains) into.domains.push_back(std::move(d));
    return it->second;
  }
  if (row != nullptr) entity.defined = row->Where();
  entity.layer = layer;
  kb_.entities_.push_back(std::move(entity));
  return it->second;
}

uint32_t KbCompiler::AddNamedEntity(Entity entity, const TsvRow& row) {
  uint32_t index = AddEntity(std::move(entity), &row);
  AddNames(index, row);
  return index;
}

void KbCompiler::AddNames(uint32_t index, const TsvRow& row) {
  AliasTarget t;
  t.target = index;
  std::string where = row.Where();
  // Copied: adding aliases never touches entities, but merging may have
  // grown this entity's list.
  std::vector<std::string> names = kb_.entities_[index].aliases;
  AddAlias(kb_.entities_[index].name, t, where);
  for (const auto& a : names) AddAlias(a, t, where);
}

std::string KbCompiler::TokenizeAlias(std::string_view alias) {
  scratch_.Clear();
  scratch_.text = alias;
  kb_.tokenizer_.Tokenize(alias, scratch_);
  std::string key;
  for (const text::Token& t : scratch_.tokens) {
    if (t.Has(text::kJoiner)) continue;
    if (!key.empty()) key += ' ';
    key += scratch_.Norm(t);
  }
  return key;
}

void KbCompiler::AddAlias(std::string_view alias, AliasTarget target, const std::string& where) {
  std::string key = TokenizeAlias(alias);
  if (key.empty()) return;
  // Role and sector words live in their own namespace: "president" may be a
  // role word and never an entity's name.
  if (target.kind == AliasKind::kRole) key.insert(0, "role:");
  if (target.kind == AliasKind::kSectorWord) key.insert(0, "sector:");
  if (target.kind == AliasKind::kAgent) key.insert(0, "agent:");
  // Case matters for acronyms: "IS" and "is" are different aliases.
  bool acronym = !alias.empty() && std::all_of(alias.begin(), alias.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || (c >= '0' && c <= '9');
  });
  if (acronym) key.insert(0, "caps:");
  auto [it, inserted] = alias_owners_.try_emplace(key, AliasOwner{target.target, target.kind, where});
  if (!inserted) {
    const AliasOwner& owner = it->second;
    bool same = owner.target == target.target &&
                (owner.kind == target.kind || target.kind == AliasKind::kAdjective ||
                 owner.kind == AliasKind::kAdjective || target.kind == AliasKind::kMetonym);
    if (same && target.kind != AliasKind::kMetonym) return;
    if (!same && layer < 2) {
      kb_.warnings_.push_back(
          {where, "alias \"" + std::string(alias) + "\" already means something else (" +
                      owner.where + "); skipped"});
    }
    if (!same) return;
  }
  target.layer = layer;
  kb_.trie_.Add(scratch_, target, alias);
}

Status KbCompiler::LoadAbbreviations(const std::string& path) {
  auto a = text::Abbreviations::Load(path);
  if (!a.ok()) return a.status();
  kb_.abbreviations_ = std::move(a).value();
  return Status::Ok();
}

Status KbCompiler::LoadRoles(const std::string& path) {
  return ForEachRow(path, 3, 3, [&](const TsvRow& row) -> Status {
    if (!OneOf(row.fields[1], kSectors)) return row.Error("unknown sector");
    auto [it, inserted] = kb_.role_keys_.try_emplace(std::string(row.fields[0]),
                                                     static_cast<uint16_t>(kb_.roles_.size()));
    if (!inserted) return row.Error("role \"" + std::string(row.fields[0]) + "\" defined twice");
    Role role{std::string(row.fields[0]), std::string(row.fields[1]), {}};
    for (auto w : SplitValues(row.fields[2])) {
      role.words.emplace_back(w);
      AliasTarget t;
      t.target = it->second;
      t.kind = AliasKind::kRole;
      SetSector(t, row.fields[1]);
      AddAlias(w, t, row.Where());
    }
    kb_.roles_.push_back(std::move(role));
    return Status::Ok();
  });
}

Status KbCompiler::LoadSectors(const std::string& path) {
  return ForEachRow(path, 2, 2, [&](const TsvRow& row) -> Status {
    if (!OneOf(row.fields[0], kSectors)) return row.Error("unknown sector");
    for (auto w : SplitValues(row.fields[1])) {
      AliasTarget t;
      t.kind = AliasKind::kSectorWord;
      SetSector(t, row.fields[0]);
      AddAlias(w, t, row.Where());
    }
    return Status::Ok();
  });
}

Status KbCompiler::LoadCountries(const std::string& path) {
  // Codes first, so that capitals and metonyms can refer to any country.
  return ForEachRow(path, 9, 9, [&](const TsvRow& row) -> Status {
    std::string_view iso3 = row.fields[0];
    if (iso3.size() != 3) return row.Error("expected an ISO alpha-3 code");
    Entity e;
    e.type = EntityType::kCountry;
    e.name = std::string(row.fields[2]);
    e.code = e.country = std::string(iso3);
    e.kind = std::string(row.fields[8]);
    uint32_t id = AddEntity(e, &row);
    kb_.countries_[std::string(iso3)] = id;
    std::string where = row.Where();
    AliasTarget name;
    name.target = id;
    AddAlias(row.fields[2], name, where);
    for (size_t f : {3, 7}) {
      for (auto a : SplitValues(row.fields[f])) {
        kb_.entities_[id].aliases.emplace_back(a);
        AddAlias(a, name, where);
      }
    }
    AliasTarget adjective = name;
    adjective.kind = AliasKind::kAdjective;
    for (auto a : SplitValues(row.fields[4])) AddAlias(a, adjective, where);
    for (auto m : SplitValues(row.fields[6])) {
      size_t eq = m.find('=');
      std::string_view sector = eq == std::string_view::npos ? "GOV" : m.substr(eq + 1);
      if (!OneOf(sector, kSectors)) return row.Error("unknown sector in metonym");
      AliasTarget t = name;
      t.kind = AliasKind::kMetonym;
      SetSector(t, sector);
      AddAlias(m.substr(0, eq), t, where);
    }
    // "Kyiv|Kiev": the capital's name, then other spellings of it.
    auto capital_names = SplitValues(row.fields[5]);
    if (!capital_names.empty()) {
      Entity capital;
      capital.type = EntityType::kPlace;
      capital.name = std::string(capital_names[0]);
      capital.code = capital.country = std::string(iso3);
      capital.kind = "capital";
      for (size_t i = 1; i < capital_names.size(); ++i) capital.aliases.emplace_back(capital_names[i]);
      AliasTarget t;
      t.target = AddEntity(capital, &row);
      for (auto c : capital_names) AddAlias(c, t, where);
    }
    return Status::Ok();
  });
}

Status KbCompiler::LoadPlaces(const std::string& path) {
  return ForEachRow(path, 4, 4, [&](const TsvRow& row) -> Status {
    DOSSIER_RETURN_IF_ERROR(CheckCountry(row, row.fields[2], /*allow_empty=*/true));
    Entity e;
    e.type = EntityType::kPlace;
    e.name = std::string(row.fields[0]);
    e.code = e.country = std::string(row.fields[2]);
    e.kind = std::string(row.fields[3]);
    for (auto a : SplitValues(row.fields[1])) e.aliases.emplace_back(a);
    AddNamedEntity(std::move(e), row);
    return Status::Ok();
  });
}

Status KbCompiler::LoadRegions(const std::string& path) {
  return ForEachRow(path, 4, 4, [&](const TsvRow& row) -> Status {
    std::string_view code = row.fields[0];
    bool upper = code.size() == 3 &&
                 std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!upper) return row.Error("expected a three-letter region code");
    if (kb_.countries_.count(std::string(code)) != 0)
      return row.Error("region code \"" + std::string(code) + "\" is a country's code");
    Entity e;
    e.type = EntityType::kPlace;
    e.name = std::string(row.fields[1]);
    e.code = std::string(code);
    e.kind = "world_region";
    for (auto a : SplitValues(row.fields[2])) e.aliases.emplace_back(a);
    uint32_t index = AddNamedEntity(std::move(e), row);
    AliasTarget adjective;
    adjective.target = index;
    adjective.kind = AliasKind::kAdjective;
    for (auto a : SplitValues(row.fields[3])) AddAlias(a, adjective, row.Where());
    return Status::Ok();
  });
}

// A people named as an actor ("Bosnian Serbs", "Yoruba leaders"): an entity
// whose code is the country it lives in, with adjectives that take sector
// words as a country's do.
Status KbCompiler::LoadEthnicGroups(const std::string& path) {
  return ForEachRow(path, 4, 4, [&](const TsvRow& row) -> Status {
    DOSSIER_RETURN_IF_ERROR(CheckCountry(row, row.fields[3], /*allow_empty=*/false));
    Entity e;
    e.type = EntityType::kOrganization;
    e.name = std::string(row.fields[0]);
    e.code = e.country = std::string(row.fields[3]);
    e.kind = "ethnic_group";
    for (auto a : SplitValues(row.fields[1])) e.aliases.emplace_back(a);
    uint32_t index = AddNamedEntity(std::move(e), row);
    AliasTarget adjective;
    adjective.target = index;
    adjective.kind = AliasKind::kAdjective;
    for (auto a : SplitValues(row.fields[2])) AddAlias(a, adjective, row.Where());
    return Status::Ok();
  });
}

Status KbCompiler::LoadTerritories(const std::string& path) {
  return ForEachRow(path, 4, 5, [&](const TsvRow& row) -> Status {
    auto administered = SplitValues(row.fields[2]);
    auto claimed = SplitValues(row.fields[3]);
    for (auto c : administered) DOSSIER_RETURN_IF_ERROR(CheckCountry(row, c, false));
    for (auto c : claimed) DOSSIER_RETURN_IF_ERROR(CheckCountry(row, c, false));
    Entity e;
    e.type = EntityType::kTerritory;
    e.name = std::string(row.fields[0]);
    if (!administered.empty()) e.code = e.country = std::string(administered[0]);
    e.kind = "disputed";
    e.note = "administered by " + std::string(row.fields[2]) + "; claimed by " +
             std::string(row.fields[3]);
    if (!row.fields[4].empty()) {
      auto p = ParsePeriod(row.fields[4]);
      if (!p) return row.Error("malformed period \"" + std::string(row.fields[4]) + "\"");
      e.period = *p;
    }
    for (auto a : SplitValues(row.fields[1])) e.aliases.emplace_back(a);
    AddNamedEntity(std::move(e), row);
    return Status::Ok();
  });
}

Status KbCompiler::LoadOrganizations(const std::string& path) {
  return ForEachRow(path, 6, 7, [&](const TsvRow& row) -> Status {
    std::string_view id = row.fields[0], type = row.fields[3];
    DOSSIER_RETURN_IF_ERROR(CheckCountry(row, row.fields[5], /*allow_empty=*/true));
    Entity e;
    e.type = EntityType::kOrganization;
    e.name = std::string(row.fields[1]);
    e.kind = std::string(type);
    e.country = std::string(row.fields[5]);
    e.code = std::string(row.fields[4]);
    if (e.code.empty()) {
      e.code = e.country.empty() ? std::string(id) : e.country + std::string(SectorOfType(type));
    }
    if (e.code != id) DOSSIER_RETURN_IF_ERROR(CheckActorCode(row, e.code));
    for (auto a : SplitValues(row.fields[2])) e.aliases.emplace_back(a);
    for (auto d : SplitValues(row.fields[6])) e.domains.emplace_back(d);
    uint32_t index = AddEntity(e, &row);
    if (!id.empty()) {
      auto [it, inserted] = kb_.ids_.try_emplace(std::string(id), index);
      if (!inserted && it->second != index)
        return row.Error("organisation id \"" + std::string(id) + "\" used twice");
    }
    AddNames(index, row);
    return Status::Ok();
  });
}

Status KbCompiler::LoadMemberships(const std::string& path) {
  return ForEachRow(path, 3, 3, [&](const TsvRow& row) -> Status {
    auto org = kb_.ids_.find(std::string(row.fields[0]));
    if (org == kb_.ids_.end())
      return row.Error("unknown organisation id \"" + std::string(row.fields[0]) + "\"");
    DOSSIER_RETURN_IF_ERROR(CheckCountry(row, row.fields[1], false));
    auto period = ParsePeriod(row.fields[2]);
    if (!period) return row.Error("malformed period \"" + std::string(row.fields[2]) + "\"");
    kb_.memberships_.push_back({org->second, std::string(row.fields[1]), *period});
    return Status::Ok();
  });
}

Status KbCompiler::LoadAlliances(const std::string& path) {
  return ForEachRow(path, 3, 3, [&](const TsvRow& row) -> Status {
    auto org = kb_.ids_.find(std::string(row.fields[0]));
    if (org == kb_.ids_.end())
      return row.Error("unknown organisation id \"" + std::string(row.fields[0]) + "\"");
    auto period = ParsePeriod(row.fields[1]);
    if (!period) return row.Error("malformed period \"" + std::string(row.fields[1]) + "\"");
    kb_.alliances_.push_back({org->second, *period, std::string(row.fields[2])});
    return Status::Ok();
  });
}

Status KbCompiler::LoadPeople(const std::string& path) {
  return ForEachRow(path, 4, 4, [&](const TsvRow& row) -> Status {
    DOSSIER_RETURN_IF_ERROR(CheckCountry(row, row.fields[2], /*allow_empty=*/true));
    Entity e;
    e.type = EntityType::kPerson;
    e.name = std::string(row.fields[0]);
    e.code = e.country = std::string(row.fields[2]);
    for (auto a : SplitValues(row.fields[1])) e.aliases.emplace_back(a);
    for (auto r : SplitValues(row.fields[3])) {
      auto parts = SplitValues(r, ' ');
      if (parts.size() != 3) return row.Error("a role is \"ROLE CODE START..END\", not \"" + std::string(r) + "\"");
      auto key = kb_.role_keys_.find(std::string(parts[0]));
      if (key == kb_.role_keys_.end())
        return row.Error("unknown role \"" + std::string(parts[0]) + "\" (see roles.tsv)");
      DOSSIER_RETURN_IF_ERROR(CheckActorCode(row, parts[1]));
      auto period = ParsePeriod(parts[2]);
      if (!period) return row.Error("malformed period \"" + std::string(parts[2]) + "\"");
      e.roles.push_back({key->second, std::string(parts[1]), *period});
    }
    AddNamedEntity(std::move(e), row);
    return Status::Ok();
  });
}

Status KbCompiler::LoadWeapons(const std::string& path) {
  return ForEachRow(path, 5, 5, [&](const TsvRow& row) -> Status {
    if (!OneOf(row.fields[2], kWeaponCategories))
      return row.Error("unknown weapon category \"" + std::string(row.fields[2]) + "\"");
    DOSSIER_RETURN_IF_ERROR(CheckCountry(row, row.fields[3], /*allow_empty=*/true));
    Entity e;
    e.type = EntityType::kWeapon;
    e.name = std::string(row.fields[0]);
    e.kind = std::string(row.fields[2]);
    e.country = std::string(row.fields[3]);
    e.maker = std::string(row.fields[4]);
    for (auto a : SplitValues(row.fields[1])) e.aliases.emplace_back(a);
    AddNamedEntity(std::move(e), row);
    return Status::Ok();
  });
}

Status KbCompiler::LoadConflicts(const std::string& path) {
  return ForEachRow(path, 6, 6, [&](const TsvRow& row) -> Status {
    Entity e;
    e.type = EntityType::kConflict;
    e.name = std::string(row.fields[1]);
    e.note = std::string(row.fields[4]);
    auto period = ParsePeriod(row.fields[3]);
    if (!period) return row.Error("malformed period \"" + std::string(row.fields[3]) + "\"");
    e.period = *period;
    auto locations = SplitValues(row.fields[5]);
    for (auto c : locations) DOSSIER_RETURN_IF_ERROR(CheckCountry(row, c, false));
    if (!locations.empty()) e.country = std::string(locations[0]);
    for (auto a : SplitValues(row.fields[2])) e.aliases.emplace_back(a);
    uint32_t index = AddEntity(e, &row);
    kb_.ids_.try_emplace(std::string(row.fields[0]), index);
    AddNames(index, row);
    return Status::Ok();
  });
}

Status KbCompiler::LoadUserFile(const std::string& path, const std::string& kind) {
  if (kind.rfind("countries", 0) == 0) return LoadCountries(path);
  if (kind.rfind("places", 0) == 0) return LoadPlaces(path);
  if (kind.rfind("regions", 0) == 0) return LoadRegions(path);
  if (kind.rfind("ethnic_groups", 0) == 0) return LoadEthnicGroups(path);
  if (kind.rfind("territories", 0) == 0) return LoadTerritories(path);
  if (kind.rfind("organizations", 0) == 0) return LoadOrganizations(path);
  if (kind.rfind("memberships", 0) == 0) return LoadMemberships(path);
  if (kind.rfind("people", 0) == 0) return LoadPeople(path);
  if (kind.rfind("weapons", 0) == 0) return LoadWeapons(path);
  if (kind.rfind("conflicts", 0) == 0) return LoadConflicts(path);
  if (kind.rfind("alliances", 0) == 0) return LoadAlliances(path);
  return Status(StatusCode::kInvalidArgument,
                "cannot tell what the file holds: name it (or its folder) countries, places, "
                "ethnic_groups, territories, organizations, memberships, alliances, people, "
                "weapons or conflicts")
      .WithPath(path);
}

Status KbCompiler::LoadUserPath(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(path, ec)) {
      if (e.is_regular_file() && e.path().extension() == ".tsv") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::string stem = f.stem().string();
      std::string parent = f.parent_path().filename().string();
      DOSSIER_RETURN_IF_ERROR(LoadUserFile(f.string(), IsFileKind(stem) ? stem : parent));
    }
    return Status::Ok();
  }
  if (!fs::exists(path, ec))
    return Status(StatusCode::kNotFound, "no such knowledge file or folder").WithPath(path);
  fs::path p(path);
  std::string stem = p.stem().string();
  std::string parent = p.parent_path().filename().string();
  return LoadUserFile(path, IsFileKind(stem) ? stem : parent);
}

uint16_t KbCompiler::EnsureRole(const std::string& key, std::string_view sector) {
  auto [it, inserted] = kb_.role_keys_.try_emplace(key, static_cast<uint16_t>(kb_.roles_.size()));
  if (inserted) kb_.roles_.push_back({key, std::string(sector), {}});
  return it->second;
}

bool KbCompiler::IsSector(std::string_view sector) { return OneOf(sector, kSectors); }

// A person's surname alone names them when no other alias has that form and
// it is not an English word ("Brown", "May"). Several people may share one;
// the recognizer picks among them by date and context.
void KbCompiler::AddSurnames() {
  std::unordered_map<std::string, std::vector<uint32_t>> added;  // key -> people
  for (uint32_t i = 0; i < kb_.entities_.size(); ++i) {
    const Entity& e = kb_.entities_[i];
    if (e.type != EntityType::kPerson || e.layer > 1) continue;
    std::vector<std::string> names{e.name};
    names.insert(names.end(), e.aliases.begin(), e.aliases.end());
    for (const std::string& name : names) {
      for (const std::string& surname : SurnamesOf(name, e.country)) {
        std::string key = TokenizeAlias(surname);
        if (key.size() < 4 || alias_owners_.count(key) != 0) continue;
        if (key.find(' ') == std::string::npos && text::IsCommonWord(key)) continue;
        auto& people = added[key];
        if (std::find(people.begin(), people.end(), i) != people.end()) continue;
        people.push_back(i);
        AliasTarget t;
        t.target = i;
        t.kind = AliasKind::kSurname;
        t.layer = e.layer;
        kb_.trie_.Add(scratch_, t, surname);
      }
    }
  }
}

uint32_t KbCompiler::AgentCode(std::string_view code) {
  auto& codes = kb_.agent_codes_;
  auto it = std::find(codes.begin(), codes.end(), code);
  if (it != codes.end()) return static_cast<uint32_t>(it - codes.begin());
  codes.emplace_back(code);
  return static_cast<uint32_t>(codes.size() - 1);
}

void KbCompiler::Finish() {
  AddSurnames();
  kb_.by_type_.assign(7, {});
  for (uint32_t i = 0; i < kb_.entities_.size(); ++i)
    kb_.by_type_[static_cast<size_t>(kb_.entities_[i].type)].push_back(i);
}

}  // namespace dossier::kb
