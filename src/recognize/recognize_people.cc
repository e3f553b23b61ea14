// People the knowledge base knows, named in short: a surname alone
// ("Aliyev") or a variant spelling of the given name ("Aleksander
// Lukashenko").
#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "dossier/kb/person_names.h"
#include "dossier/recognize/fuzzy_names.h"
#include "dossier/text/normalizer.h"
#include "dossier/text/pos_tagger.h"
#include "recognize_pass.h"

namespace dossier::recognize {
namespace {

constexpr kb::Day kRecentDays = 4 * 366;

bool InOffice(const kb::Entity& person, kb::Day day) {
  return std::any_of(person.roles.begin(), person.roles.end(),
                     [&](const kb::RoleHeld& r) { return r.period.Contains(day); });
}

bool Recent(const kb::Entity& person, kb::Day day) {
  kb::DateRange window{day - kRecentDays, day, 0};
  return std::any_of(person.roles.begin(), person.roles.end(),
                     [&](const kb::RoleHeld& r) { return r.period.Overlaps(window); });
}

// Whether `word` (a normal form) is `given` spelt differently or its initial.
bool SameGivenName(std::string_view word, std::string_view given) {
  if (given.empty() || word.empty()) return false;
  if (word.size() == 1) return word[0] == given[0];
  size_t longest = std::max(word.size(), given.size());
  size_t limit = longest * 3 / 10;
  return word[0] == given[0] && EditDistance(word, given, limit) <= limit;
}

// The words of a name in normal form without the Arabic article ("Omar El
// Bashir" and "Omar al-Bashir" are both "omar bashir").
std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words;
  std::string norm = text::Normalized(name);
  size_t start = 0;
  for (size_t i = 0; i <= norm.size(); ++i) {
    if (i < norm.size() && norm[i] != ' ' && norm[i] != '-') continue;
    std::string w = norm.substr(start, i - start);
    start = i + 1;
    if (!w.empty() && w != "al" && w != "el") words.push_back(std::move(w));
  }
  return words;
}

// Whether a name written `text` is `known` spelt differently: the same given
// name, and the same surname or one a letter away (of five letters or more).
// A name of one word must be the surname itself.
bool SameNameVariant(const std::vector<std::string>& text, const std::vector<std::string>& known) {
  if (text.empty() || known.size() < 2) return false;
  const std::string& surname = known.back();
  if (text.size() == 1) return text[0] == surname;
  if (text.front() != known.front()) return false;
  const std::string& written = text.back();
  if (written == surname) return true;
  return std::min(written.size(), surname.size()) >= 5 && EditDistance(written, surname, 1) <= 1;
}

// A cheap test before SameNameVariant: `name` starts with the given name
// written (ends with the surname when only that is written), ignoring case.
bool MayBeVariant(std::string_view name, const std::vector<std::string>& written) {
  const std::string& w = written[0];
  if (name.size() < w.size()) return false;
  std::string_view part =
      written.size() == 1 ? name.substr(name.size() - w.size()) : name.substr(0, w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(part[i])) != static_cast<unsigned char>(w[i])) return false;
  }
  return true;
}

bool HeldRole(const kb::Entity& person, uint16_t role) {
  return std::any_of(person.roles.begin(), person.roles.end(),
                     [&](const kb::RoleHeld& r) { return r.role == role; });
}

}  // namespace

// A name after a role title that the knowledge base knows written another
// way: "President Abdelaziz Bouteflicka", "President Omar El Bashir", or the
// surname alone ("President Bush"). Only people who held that role are
// candidates (of the country `iso3` when given). One candidate is returned;
// several of one country (or the one in office among them) set `iso3` only.
std::optional<uint32_t> RecognizePass::TitledKbPerson(uint16_t role, uint32_t first, uint32_t end,
                                                      std::string& iso3) const {
  std::vector<std::string> written = NameWords(SpanText(first, end));
  if (written.empty() || (written.size() == 1 && written[0].size() < 4)) return std::nullopt;
  std::vector<uint32_t> found, in_office;
  for (uint32_t p : kb_.OfType(kb::EntityType::kPerson)) {
    const kb::Entity& e = kb_.entity(p);
    if (!HeldRole(e, role) || (!iso3.empty() && e.country != iso3)) continue;
    auto variant = [&](const std::string& name) {
      return MayBeVariant(name, written) && SameNameVariant(written, NameWords(name));
    };
    bool same = variant(e.name);
    for (size_t a = 0; a < e.aliases.size() && !same; ++a) same = variant(e.aliases[a]);
    if (!same) continue;
    found.push_back(p);
    if (InOffice(e, day_)) in_office.push_back(p);
  }
  if (found.size() == 1) return found.front();
  if (in_office.size() == 1) return in_office.front();
  if (found.empty()) return std::nullopt;
  for (uint32_t p : found) {
    if (kb_.entity(p).country != kb_.entity(found.front()).country) return std::nullopt;
  }
  iso3 = kb_.entity(found.front()).country;
  return std::nullopt;
}

uint32_t RecognizePass::WithGivenName(uint32_t first, uint32_t person) const {
  if (first == 0) return first;
  uint32_t before = first - 1;
  // An initial: "A. Lukashenko", where the full stop is a token of its own.
  if (before > 0 && Norm(before) == "." && !text_.tokens[before].Has(text::kSpaceBefore) &&
      Norm(before - 1).size() == 1)
    --before;
  if (owner_[before] >= 0 || !IsCap(before) || text_.tokens[first].Has(text::kLineStart) ||
      HitAt(before) >= 0 || !Free(before, first))
    return first;
  std::string_view word = NormNoDot(before);
  const kb::Entity& e = kb_.entity(person);
  if (SameGivenName(word, text::Normalized(kb::GivenNameOf(e.name, e.country)))) return before;
  for (const std::string& alias : e.aliases) {
    if (SameGivenName(word, text::Normalized(kb::GivenNameOf(alias, e.country)))) return before;
  }
  return first;
}

// A surname alone names a known person when their country is part of the
// story and they held a position in the last few years; among several such
// people, the one in office at the article's date.
void RecognizePass::FindKbSurnames() {
  std::unordered_set<std::string> countries;
  for (const Mention& m : out_.mentions) {
    if (m.entity != UINT32_MAX && !out_.entities[m.entity].country.empty())
      countries.insert(out_.entities[m.entity].country);
  }
  for (const Hit& hit : hits_) {
    if (hit.target.kind != kb::AliasKind::kSurname || !Free(hit.first, hit.end)) continue;
    std::vector<uint32_t> recent, in_office;
    for (const kb::AliasTarget& t : b_.matches[hit.match].targets) {
      const kb::Entity& p = kb_.entity(t.target);
      if (t.kind != kb::AliasKind::kSurname || countries.count(p.country) == 0 || !Recent(p, day_))
        continue;
      recent.push_back(t.target);
      if (InOffice(p, day_)) in_office.push_back(t.target);
    }
    const std::vector<uint32_t>& pick = in_office.empty() ? recent : in_office;
    if (pick.size() != 1) continue;
    uint32_t person = pick.front();
    AddMention(WithGivenName(hit.first, person), hit.end, KbEntity(person, 0.75),
               kb_.CodeAt(person, day_), "surname");
  }
}

// "the president" with no country: the last person named before it who
// holds that role ("Pashinyan ... the prime minister said").
void RecognizePass::FindRoleCoreference() {
  for (const Hit& hit : hits_) {
    if (hit.target.kind != kb::AliasKind::kRole || !Free(hit.first, hit.end)) continue;
    const std::string& role = kb_.roles()[hit.target.target].key;
    int32_t best = -1;
    for (size_t k = 0; k < out_.mentions.size(); ++k) {
      const Mention& m = out_.mentions[k];
      if (m.entity == UINT32_MAX || m.first_token >= hit.first) continue;
      const RecognizedEntity& e = out_.entities[m.entity];
      if (e.type != "person" || e.role != role) continue;
      if (best < 0 || m.first_token > out_.mentions[static_cast<size_t>(best)].first_token)
        best = static_cast<int32_t>(k);
    }
    if (best < 0) continue;
    const Mention& antecedent = out_.mentions[static_cast<size_t>(best)];
    uint32_t entity = antecedent.entity;
    std::string code = antecedent.code;
    AddMention(hit.first, hit.end, entity, code, "role coreference");
  }
}

// A byline: a line holding only a name of two or three capitalised words
// none of which is an English word ("Lorena Okonkwo"), or "By" and a
// name ("By Jane Doe").
void RecognizePass::FindBylines() {
  const uint32_t n = static_cast<uint32_t>(text_.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (!text_.tokens[i].Has(text::kLineStart)) continue;
    uint32_t end = i + 1;
    while (end < n && !text_.tokens[end].Has(text::kLineStart)) ++end;
    bool by = Norm(i) == "by";
    uint32_t first = by ? i + 1 : i;
    if (end - first < 2 || end - first > 3 || !Free(first, end)) continue;
    bool name = true;
    for (uint32_t j = first; j < end && name; ++j) {
      const text::Token& t = text_.tokens[j];
      name = t.kind == text::TokenKind::kWord && IsCap(j) && !t.Has(text::kAllCaps) &&
             !t.Has(text::kHasDigit) && (by || !text::IsCommonWord(Norm(j)));
    }
    if (!name || !PersonNameShape(first, end)) continue;
    uint32_t entity = PatternEntity("person", SpanText(first, end), "", by ? 0.7 : 0.5);
    AddMention(first, end, entity, "", "byline");
  }
}

}  // namespace dossier::recognize
