// People the knowledge base knows, named in short: a surname alone
// ("Aliyev") or a variant spelling of the given name ("Aleksander
// Lukashenko").
#include <algorithm>
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

}  // namespace

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
