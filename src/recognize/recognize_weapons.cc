// Weapon systems the knowledge base does not list, found by their shape: a
// designation ("Krasukha-4", "Shahed-136", "TB3") followed by a description
// that ends in a weapon noun ("counter-drone stations", "attack drones").
#include <string>

#include "recognize_pass.h"

namespace dossier::recognize {
namespace {

constexpr uint32_t kMaxModifiers = 4;

}  // namespace

// The end of a designation starting at `i`: words glued by hyphens, one of
// them a number or in capitals after a hyphen ("Su-35S", "Pantsir-S1"); `i`
// when the token does not start one.
uint32_t RecognizePass::DesignationEnd(uint32_t i) const {
  const uint32_t n = static_cast<uint32_t>(text_.tokens.size());
  if (i >= n || owner_[i] >= 0 || !IsCap(i)) return i;
  bool coded = text_.tokens[i].Has(text::kHasDigit);
  uint32_t j = i + 1;
  while (j + 1 < n && text_.tokens[j].Has(text::kJoiner) && owner_[j + 1] < 0 &&
         !text_.tokens[j + 1].Has(text::kSpaceBefore)) {
    const text::Token& part = text_.tokens[j + 1];
    if (part.Has(text::kHasDigit) || part.Has(text::kCapitalized)) coded = true;
    j += 2;
  }
  return coded ? j : i;
}

void RecognizePass::FindPatternWeapons() {
  const uint32_t n = static_cast<uint32_t>(text_.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t end = DesignationEnd(i);
    if (end == i) continue;
    // The description: lower-case modifiers, then the weapon noun.
    std::string category;
    std::string_view modifier_category;
    uint32_t j = end;
    for (uint32_t words = 0; j < n && words <= kMaxModifiers; ++j) {
      const text::Token& t = text_.tokens[j];
      if (t.Has(text::kJoiner)) continue;
      if (t.kind != text::TokenKind::kWord || IsCap(j) || owner_[j] >= 0) break;
      // Modifiers: a compound glued by hyphens, or a two-word phrase, which
      // wins over a noun it starts with ("missile defense systems").
      std::string phrase(Norm(j));
      uint32_t k = j;
      while (k + 2 < n && text_.tokens[k + 1].Has(text::kJoiner)) {
        phrase += '-';
        phrase += Norm(k + 2);
        k += 2;
      }
      std::string_view found;
      if (k + 1 < n && text_.tokens[k + 1].kind == text::TokenKind::kWord)
        found = cues_.WeaponModifier(phrase + ' ' + std::string(Norm(k + 1)));
      if (!found.empty()) {
        ++k;
      } else {
        std::string_view head = k == j ? cues_.WeaponHead(phrase) : std::string_view();
        bool last = j + 1 >= n || text_.tokens[j + 1].kind != text::TokenKind::kWord ||
                    cues_.WeaponHead(Norm(j + 1)).empty();
        if (!head.empty() && last) {
          // A bare "system" or "station" may be anything ("cable system").
          category = head == "-" ? std::string(modifier_category) : std::string(head);
          break;
        }
        found = cues_.WeaponModifier(phrase);
      }
      if (!found.empty()) modifier_category = found;
      j = k;
      ++words;
    }
    if (category.empty()) continue;
    uint32_t entity = PatternEntity("weapon", SpanText(i, end), "", 0.6);
    RecognizedEntity& weapon = out_.entities[entity];
    if (weapon.kind.empty()) weapon.kind = category;
    // "Iranian-made Shahed-136" or "Belarus-made Kvant-R": the maker's country.
    if (weapon.country.empty() && i >= 3 && (Norm(i - 1) == "made" || Norm(i - 1) == "built") &&
        text_.tokens[i - 2].Has(text::kJoiner) && owner_[i - 3] >= 0) {
      const Mention& m = out_.mentions[static_cast<size_t>(owner_[i - 3])];
      weapon.country = out_.entities[m.entity].country;
    }
    AddMention(i, end, entity, "", "pattern");
    i = end - 1;
  }
}

}  // namespace dossier::recognize
