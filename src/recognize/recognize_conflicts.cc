// Wars named after where they were fought, with or without a year: "the
// 2020 Artsakh War", "the Karabakh war". The place's names are matched
// against the knowledge base's conflicts, and the year (or the article's
// date) picks among them.
#include <algorithm>

#include "dossier/text/normalizer.h"
#include "recognize_pass.h"

namespace dossier::recognize {
namespace {

bool IsWarWord(std::string_view w) {
  return w == "war" || w == "conflict" || w == "clashes" || w == "offensive" || w == "fighting";
}

// Whether one of the conflict's names holds `place` as whole words.
bool NamesPlace(const kb::Entity& conflict, const std::string& place) {
  auto holds = [&](const std::string& name) {
    std::string n = text::Normalized(name);
    size_t at = n.find(place);
    if (at == std::string::npos) return false;
    size_t end = at + place.size();
    auto boundary = [&](size_t i) { return i >= n.size() || n[i] == ' ' || n[i] == '-'; };
    return (at == 0 || n[at - 1] == ' ' || n[at - 1] == '-') && boundary(end);
  };
  if (holds(conflict.name)) return true;
  return std::any_of(conflict.aliases.begin(), conflict.aliases.end(), holds);
}

}  // namespace

void RecognizePass::FindNamedWars() {
  const uint32_t n = static_cast<uint32_t>(text_.tokens.size());
  for (size_t k = 0; k < out_.mentions.size(); ++k) {
    const Mention m = out_.mentions[k];
    if (m.entity == UINT32_MAX || m.end_token >= n || !IsWarWord(Norm(m.end_token))) continue;
    const RecognizedEntity& where = out_.entities[m.entity];
    if (where.kb < 0 || (where.type != "territory" && where.type != "country" && where.type != "place"))
      continue;
    // The year before the place, else the article's date.
    uint32_t first = m.first_token;
    kb::DateRange when{day_, day_, 0};
    if (first > 0 && text_.tokens[first - 1].kind == text::TokenKind::kNumber &&
        Norm(first - 1).size() == 4) {
      int year = std::atoi(std::string(Norm(first - 1)).c_str());
      if (year > 1900 && year < 2100) {
        when = {kb::DayFromCivil(year, 1, 1), kb::DayFromCivil(year, 12, 31), 0};
        --first;
      }
    }
    const kb::Entity& place = kb_.entity(static_cast<uint32_t>(where.kb));
    std::vector<std::string> names{text::Normalized(place.name)};
    for (const auto& a : place.aliases) names.push_back(text::Normalized(a));
    names.push_back(text::Normalized(SpanText(m.first_token, m.end_token)));
    // The shortest conflict fought then: the war rather than the decades-long conflict.
    int32_t best = -1;
    for (uint32_t c : kb_.OfType(kb::EntityType::kConflict)) {
      const kb::Entity& conflict = kb_.entity(c);
      if (!conflict.period.Overlaps(when)) continue;
      bool named = std::any_of(names.begin(), names.end(),
                               [&](const std::string& p) { return NamesPlace(conflict, p); });
      if (!named) continue;
      auto length = [&](const kb::Entity& e) {
        return static_cast<int64_t>(std::min(e.period.last, day_)) - e.period.first;
      };
      if (best < 0 || length(conflict) < length(kb_.entity(static_cast<uint32_t>(best))))
        best = static_cast<int32_t>(c);
    }
    if (best < 0) continue;
    uint32_t conflict = static_cast<uint32_t>(best);
    DropMention(static_cast<int32_t>(k));
    AddMention(first, m.end_token + 1, KbEntity(conflict, 0.8), kb_.CodeAt(conflict, day_), "place+war");
  }
}

}  // namespace dossier::recognize
