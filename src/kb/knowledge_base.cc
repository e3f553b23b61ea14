#include "dossier/kb/knowledge_base.h"

#include <filesystem>

#include "kb_compiler.h"
#include "petrarch_loader.h"

namespace dossier::kb {

Result<std::unique_ptr<KnowledgeBase>> KnowledgeBase::Load(const KbOptions& options) {
  std::unique_ptr<KnowledgeBase> kb(new KnowledgeBase());
  KbCompiler c(*kb);
  const std::string dir = options.kb_dir.empty() ? options.data_dir + "/kb" : options.kb_dir;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return Status(StatusCode::kNotFound, "knowledge base folder not found").WithPath(dir);
  }
  auto optional = [&](const std::string& path, Status (KbCompiler::*load)(const std::string&)) {
    if (!std::filesystem::exists(path, ec)) return Status::Ok();
    return (c.*load)(path);
  };
  DOSSIER_RETURN_IF_ERROR(c.LoadAbbreviations(options.data_dir + "/text/abbreviations.tsv"));
  DOSSIER_RETURN_IF_ERROR(optional(dir + "/roles.tsv", &KbCompiler::LoadRoles));
  DOSSIER_RETURN_IF_ERROR(c.LoadSectors(options.data_dir + "/recognize/sectors.tsv"));
  DOSSIER_RETURN_IF_ERROR(c.LoadCountries(dir + "/countries.tsv"));
  DOSSIER_RETURN_IF_ERROR(optional(dir + "/regions.tsv", &KbCompiler::LoadRegions));
  DOSSIER_RETURN_IF_ERROR(optional(dir + "/ethnic_groups.tsv", &KbCompiler::LoadEthnicGroups));
  DOSSIER_RETURN_IF_ERROR(optional(dir + "/territories.tsv", &KbCompiler::LoadTerritories));
  for (const auto& f : TsvFilesIn(dir + "/organizations"))
    DOSSIER_RETURN_IF_ERROR(c.LoadOrganizations(f));
  DOSSIER_RETURN_IF_ERROR(optional(dir + "/memberships.tsv", &KbCompiler::LoadMemberships));
  DOSSIER_RETURN_IF_ERROR(optional(dir + "/alliances.tsv", &KbCompiler::LoadAlliances));
  for (const auto& f : TsvFilesIn(dir + "/people")) DOSSIER_RETURN_IF_ERROR(c.LoadPeople(f));
  DOSSIER_RETURN_IF_ERROR(optional(dir + "/places.tsv", &KbCompiler::LoadPlaces));
  for (const auto& f : TsvFilesIn(dir + "/weapons")) DOSSIER_RETURN_IF_ERROR(c.LoadWeapons(f));
  DOSSIER_RETURN_IF_ERROR(optional(dir + "/conflicts.tsv", &KbCompiler::LoadConflicts));
  c.layer = 1;
  for (const auto& p : options.user_paths) DOSSIER_RETURN_IF_ERROR(c.LoadUserPath(p));
  if (!options.petrarch_dir.empty()) {
    c.layer = 2;
    c.petrarch_codes_first = options.petrarch_codes_first;
    DOSSIER_RETURN_IF_ERROR(LoadPetrarchDictionaries(c, options.petrarch_dir));
  }
  c.Finish();
  return kb;
}

std::optional<uint32_t> KnowledgeBase::CountryByCode(std::string_view iso3) const {
  auto it = countries_.find(std::string(iso3));
  if (it == countries_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> KnowledgeBase::EntityById(std::string_view id) const {
  auto it = ids_.find(std::string(id));
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint16_t> KnowledgeBase::RoleByKey(std::string_view key) const {
  auto it = role_keys_.find(std::string(key));
  if (it == role_keys_.end()) return std::nullopt;
  return it->second;
}

const std::vector<uint32_t>& KnowledgeBase::OfType(EntityType type) const {
  return by_type_[static_cast<size_t>(type)];
}

std::vector<uint32_t> KnowledgeBase::Incumbents(uint16_t role, std::string_view iso3,
                                                Day day) const {
  std::vector<uint32_t> out;
  for (uint32_t i : OfType(EntityType::kPerson)) {
    for (const RoleHeld& r : entities_[i].roles) {
      if (r.role == role && r.period.Contains(day) && r.code.compare(0, 3, iso3) == 0) {
        out.push_back(i);
        break;
      }
    }
  }
  return out;
}

std::string KnowledgeBase::CodeAt(uint32_t index, Day day) const {
  const Entity& e = entities_[index];
  if (e.type != EntityType::kPerson || e.roles.empty()) return e.code;
  if (day == kNoDay) return e.roles.back().code;
  bool former = false;
  for (const RoleHeld& r : e.roles) {
    if (r.period.Contains(day)) return r.code;
    former = former || r.period.last < day;
  }
  if (former && !e.country.empty()) return e.country + "ELI";
  return e.code;
}

std::vector<uint32_t> KnowledgeBase::MembershipsOf(std::string_view iso3, Day day) const {
  std::vector<uint32_t> out;
  for (const Membership& m : memberships_) {
    if (m.member == iso3 && m.period.Contains(day)) out.push_back(m.org);
  }
  return out;
}

}  // namespace dossier::kb
