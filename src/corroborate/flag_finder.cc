#include "dossier/corroborate/flag_finder.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "flag_supply.h"

namespace dossier::corroborate {
namespace {

constexpr size_t kConflictsShown = 3;
constexpr size_t kItemsShown = 3;

std::optional<kb::DateRange> Intersect(const kb::DateRange& a, const kb::DateRange& b) {
  kb::DateRange r{std::max(a.first, b.first), std::min(a.last, b.last)};
  if (r.first > r.last) return std::nullopt;
  return r;
}

std::string Year(kb::Day day) { return kb::FormatDay(day).substr(0, 4); }

// "2020", "2018-2022", "since 2022".
std::string Years(const kb::DateRange& r) {
  if (r.last == INT32_MAX) return "since " + Year(r.first);
  std::string first = Year(r.first), last = Year(r.last);
  return first == last ? first : first + "-" + last;
}

// "in 2018-2022", "in 2020", "from 2021-03 to 2022-01".
std::string WhenWritten(const std::string& start, const std::string& end) {
  if (end.empty() || start == end) return "in " + start;
  if (start.empty()) return "by " + end;
  if (start.size() == 4 && end.size() == 4) return "in " + start + "-" + end;
  return "from " + start + " to " + end;
}

std::string VerbOf(code::TransferStatus status) {
  switch (status) {
    case code::TransferStatus::kOffered: return "offered arms to";
    case code::TransferStatus::kOrdered: return "agreed to supply arms to";
    case code::TransferStatus::kLicensed: return "licensed arms production to";
    case code::TransferStatus::kModernised: return "modernised arms for";
    default: return "supplied arms to";
  }
}

std::vector<std::string> SplitSide(std::string_view side) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= side.size(); ++i) {
    if (i == side.size() || side[i] == ',') {
      std::string_view part = side.substr(start, i - start);
      while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
      while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
      if (!part.empty()) out.emplace_back(part);
      start = i + 1;
    }
  }
  return out;
}

bool OnSide(const std::vector<std::string>& side, const std::string& iso3) {
  return std::find(side.begin(), side.end(), iso3) != side.end();
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) out += (i ? ", " : "") + names[i];
  return out;
}

// The country an actor code stands for: its first three letters when they
// are an ISO alpha-3 code. Organisations under their own id ("CSTO") and
// armed groups ("UKRREB") stand for none.
std::optional<std::string> CountryOf(const kb::KnowledgeBase& kb, const std::string& code) {
  if (code.size() < 3 || kb.EntityById(code)) return std::nullopt;
  if (code.size() >= 6 && code.compare(3, 3, "REB") == 0) return std::nullopt;
  std::string iso3 = code.substr(0, 3);
  if (!kb.CountryByCode(iso3)) return std::nullopt;
  return iso3;
}

// The publication days of the articles that state a fact (of all the
// story's articles when none does); nullopt when no day is known.
std::optional<kb::DateRange> ReportingDays(const StoryDossier& dossier,
                                           const std::vector<FactMention>& mentions) {
  kb::DateRange days{INT32_MAX, INT32_MIN};
  auto add = [&](const story::ArticleFacts* a) {
    if (a == nullptr || a->day == kb::kNoDay) return;
    days.first = std::min(days.first, a->day);
    days.last = std::max(days.last, a->day);
  };
  for (const FactMention& m : mentions) {
    if (m.article < dossier.articles.size()) add(dossier.articles[m.article]);
  }
  if (days.first > days.last) {
    for (const story::ArticleFacts* a : dossier.articles) add(a);
  }
  if (days.first > days.last) return std::nullopt;
  return days;
}

// Sets the days and words of a supply from a reported period, else from the
// reporting days. False when neither is known.
bool SetWhen(const StoryDossier& dossier, const std::string& start, const std::string& end,
             const std::vector<FactMention>& mentions, Supply& supply) {
  if (!start.empty() || !end.empty()) {
    auto first = kb::ParseIsoDay(start.empty() ? end : start);
    auto last = kb::ParseIsoDay(end.empty() ? start : end, /*end=*/true);
    if (first && last && *first <= *last) {
      supply.days = {*first, *last};
      supply.when = WhenWritten(start.empty() ? end : start, end);
      return true;
    }
  }
  auto days = ReportingDays(dossier, mentions);
  if (!days) return false;
  supply.days = *days;
  supply.reported_only = true;
  supply.when = "(reported " + kb::FormatDay(days->first) +
                (days->last != days->first ? " to " + kb::FormatDay(days->last) : "") + ")";
  return true;
}

}  // namespace

FlagFinder::FlagFinder(const kb::KnowledgeBase& kb, const ReferenceRegister* reg)
    : kb_(kb), reg_(reg) {
  if (reg_ != nullptr) register_countries_.emplace(*reg_, kb_);
  for (uint32_t e : kb_.OfType(kb::EntityType::kConflict)) {
    const kb::Entity& entity = kb_.entity(e);
    size_t vs = entity.note.find(" vs ");
    if (vs == std::string::npos) continue;
    Conflict c;
    c.entity = e;
    c.period = entity.period;
    c.sides[0] = SplitSide(std::string_view(entity.note).substr(0, vs));
    c.sides[1] = SplitSide(std::string_view(entity.note).substr(vs + 4));
    conflicts_.push_back(std::move(c));
  }
  std::sort(conflicts_.begin(), conflicts_.end(),
            [](const Conflict& a, const Conflict& b) { return a.period.first < b.period.first; });
  for (uint32_t e : kb_.OfType(kb::EntityType::kWeapon)) weapons_.try_emplace(kb_.entity(e).name, e);
}

const std::vector<std::string>& FlagFinder::unmapped_register_names() const {
  static const std::vector<std::string> kNone;
  return register_countries_ ? register_countries_->unmapped() : kNone;
}

void FlagFinder::Find(StoryDossier& dossier) const {
  for (const Supply& supply : SuppliesOf(dossier)) {
    AllianceFlags(supply, dossier.flags);
    ConflictFlags(supply, dossier.flags);
    if (reg_ != nullptr) {
      if (auto flag = CheckAgainstRegister(supply, *reg_, *register_countries_))
        dossier.flags.push_back(std::move(*flag));
    }
  }
}

std::vector<kb::DateRange> FlagFinder::AllianceYears(size_t alliance,
                                                     const std::string& iso3) const {
  const kb::Alliance& a = kb_.alliances()[alliance];
  std::vector<kb::DateRange> out;
  for (const kb::Membership& m : kb_.memberships()) {
    if (m.org != a.org || m.member != iso3) continue;
    if (auto r = Intersect(m.period, a.period)) out.push_back(*r);
  }
  return out;
}

// One flag per alliance and fellow member the recipient fought, naming the
// conflicts in which all of it held at once: both memberships, the fighting
// and the transfer.
void FlagFinder::AllianceFlags(const Supply& supply, std::vector<Flag>& out) const {
  for (size_t a = 0; a < kb_.alliances().size(); ++a) {
    std::vector<kb::DateRange> supplier_years = AllianceYears(a, supply.supplier);
    if (supplier_years.empty()) continue;
    std::map<std::string, std::vector<std::string>> fought;  // fellow member -> conflicts
    for (const Conflict& c : conflicts_) {
      auto window = Intersect(c.period, supply.days);
      if (!window) continue;
      for (int side = 0; side < 2; ++side) {
        if (!OnSide(c.sides[side], supply.recipient)) continue;
        for (const std::string& enemy : c.sides[1 - side]) {
          if (enemy == supply.supplier || enemy == supply.recipient) continue;
          if (!kb_.CountryByCode(enemy)) continue;
          bool shared = false;
          for (const kb::DateRange& s : supplier_years) {
            auto both = Intersect(s, *window);
            for (const kb::DateRange& e : AllianceYears(a, enemy)) shared |= both && Intersect(*both, e);
          }
          if (!shared) continue;
          const kb::Entity& k = kb_.entity(c.entity);
          fought[enemy].push_back(k.name + ", " + Years(k.period));
        }
      }
    }
    const kb::Entity& org = kb_.entity(kb_.alliances()[a].org);
    const std::string& alliance = org.code.empty() ? org.name : org.code;
    if (alliance.empty()) continue;
    for (auto& [enemy, conflicts] : fought) {
      std::string list;
      for (size_t i = 0; i < conflicts.size() && i < kConflictsShown; ++i)
        list += (i ? "; " : "") + conflicts[i];
      if (conflicts.size() > kConflictsShown)
        list += "; and " + std::to_string(conflicts.size() - kConflictsShown) + " more";
      Flag f;
      f.kind = "alliance_adversary";
      const char* article = std::string_view("AEIOU").find(alliance[0]) == std::string_view::npos ? "a" : "an";
      f.text = supply.Statement(supply.supplier_name + ", " + article + " " + alliance + " member,") + " " +
               supply.when + ", while " + supply.recipient_name + " fought " + alliance +
               " member " + SideName(enemy) + " (" + list + ").";
      f.facts = {supply.fact};
      out.push_back(std::move(f));
    }
  }
}

// One flag per party (recipient, then supplier) that fought while the
// transfer went on, with the conflicts and who it fought in each.
void FlagFinder::ConflictFlags(const Supply& supply, std::vector<Flag>& out) const {
  for (const std::string* party : {&supply.recipient, &supply.supplier}) {
    std::vector<std::string> conflicts;
    for (const Conflict& c : conflicts_) {
      if (!Intersect(c.period, supply.days)) continue;
      for (int side = 0; side < 2; ++side) {
        if (!OnSide(c.sides[side], *party)) continue;
        std::vector<std::string> enemies;
        for (const std::string& e : c.sides[1 - side]) enemies.push_back(SideName(e));
        const kb::Entity& k = kb_.entity(c.entity);
        conflicts.push_back(k.name + " (" + Years(k.period) + ", against " + JoinNames(enemies) + ")");
      }
    }
    if (conflicts.empty()) continue;
    std::string list;
    for (size_t i = 0; i < conflicts.size() && i < kConflictsShown; ++i)
      list += (i ? "; " : "") + conflicts[i];
    if (conflicts.size() > kConflictsShown)
      list += "; and " + std::to_string(conflicts.size() - kConflictsShown) + " more";
    bool recipient = party == &supply.recipient;
    Flag f;
    f.kind = "conflict_transfer";
    f.text = supply.Statement(supply.supplier_name) + " " + supply.when + " while " +
             (recipient ? supply.recipient_name : supply.supplier_name + " itself") +
             " was a party to armed conflict: " + list + ".";
    f.facts = {supply.fact};
    out.push_back(std::move(f));
  }
}

// Conflict sides are countries, organisations, or ISO3+sector codes for
// groups with no record of their own ("UKRREB").
std::string FlagFinder::SideName(const std::string& code) const {
  if (code.size() == 3) {
    if (auto c = kb_.CountryByCode(code)) return kb_.entity(*c).name;
  }
  if (auto e = kb_.EntityById(code)) return kb_.entity(*e).name;
  if (code.size() == 6 && code.compare(3, 3, "REB") == 0) {
    if (auto c = kb_.CountryByCode(code.substr(0, 3))) return "rebels in " + kb_.entity(*c).name;
  }
  return code;
}

std::vector<Supply> FlagFinder::SuppliesOf(const StoryDossier& dossier) const {
  std::vector<Supply> out;
  std::vector<bool> covered(dossier.events.size(), false);
  for (size_t t = 0; t < dossier.transfers.size(); ++t) {
    for (uint32_t e : dossier.transfers[t].events) {
      if (e < covered.size()) covered[e] = true;
    }
    if (auto supply = FromTransfer(dossier, t)) out.push_back(std::move(*supply));
  }
  for (size_t e = 0; e < dossier.events.size(); ++e) {
    if (covered[e]) continue;
    if (auto supply = FromEvent(dossier, e)) out.push_back(std::move(*supply));
  }
  return out;
}

// The parties of a supply between two different countries; nullopt when
// either side is no country.
std::optional<Supply> FlagFinder::StartSupply(const code::Actor& supplier,
                                              const code::Actor& recipient,
                                              std::string fact) const {
  auto from = CountryOf(kb_, supplier.code), to = CountryOf(kb_, recipient.code);
  if (!from || !to || *from == *to) return std::nullopt;
  Supply s;
  s.fact = std::move(fact);
  s.supplier = *from;
  s.recipient = *to;
  s.supplier_name = SideName(*from);
  s.recipient_name = SideName(*to);
  return s;
}

std::optional<Supply> FlagFinder::FromTransfer(const StoryDossier& dossier, size_t index) const {
  const StoryTransfer& st = dossier.transfers[index];
  const code::Transfer& t = st.transfer;
  auto started = StartSupply(t.supplier, t.recipient, fmt::format("t{}", index + 1));
  if (!started) return std::nullopt;
  Supply& s = *started;
  if (!SetWhen(dossier, t.period_start, t.period_end, st.mentions, s)) return std::nullopt;
  s.verb = VerbOf(t.status);
  AddItems(t, s);
  return started;
}

// Military aid (CAMEO 072) stated as happening: not denied, negated,
// planned, threatened or hypothetical.
std::optional<Supply> FlagFinder::FromEvent(const StoryDossier& dossier, size_t index) const {
  const StoryEvent& se = dossier.events[index];
  const code::Event& e = se.event;
  if (e.cameo.rfind("072", 0) != 0) return std::nullopt;
  if (e.modality != code::Modality::kAsserted && e.modality != code::Modality::kReported &&
      e.modality != code::Modality::kAlleged)
    return std::nullopt;
  auto started = StartSupply(e.source, e.target, fmt::format("v{}", index + 1));
  if (!started) return std::nullopt;
  Supply& s = *started;
  if (!SetWhen(dossier, e.date_start, e.date_end, se.mentions, s)) return std::nullopt;
  s.verb = "gave military aid to";
  return started;
}

// Items named as a knowledge-base weapon are compared with the register
// under all their designations; generic nouns ("artillery gear") are not.
void FlagFinder::AddItems(const code::Transfer& transfer, Supply& supply) const {
  for (const code::TransferItem& item : transfer.items) {
    if (item.name.empty()) continue;
    SupplyItem out{item.name, item.category, {}};
    auto it = weapons_.find(item.name);
    if (it != weapons_.end()) {
      const kb::Entity& w = kb_.entity(it->second);
      out.designations.push_back(w.name);
      out.designations.insert(out.designations.end(), w.aliases.begin(), w.aliases.end());
      if (out.category.empty()) out.category = w.kind;
    } else if (item.entity >= 0) {
      out.designations.push_back(item.name);
    }
    supply.items.push_back(std::move(out));
  }
}

int Supply::FirstYear() const { return std::stoi(kb::FormatDay(days.first).substr(0, 4)); }
int Supply::LastYear() const { return std::stoi(kb::FormatDay(days.last).substr(0, 4)); }

std::string Supply::Statement(const std::string& supplier_words) const {
  std::string out = supplier_words + " " + verb + " " + recipient_name;
  std::vector<std::string> names;  // weapons named; generic nouns ("advanced weapons") add nothing
  size_t named = 0;
  for (const SupplyItem& item : items) {
    if (item.designations.empty()) continue;
    if (++named <= kItemsShown) names.push_back(item.name);
  }
  if (!names.empty()) out += " (" + JoinNames(names) + (named > names.size() ? ", ..." : "") + ")";
  return out;
}

}  // namespace dossier::corroborate
