// Categories of transfer items: what the modifiers and the head of a noun
// phrase say a weapon is ("artillery targeting equipment" is
// artillery/fire_control), after the weapon cues of data/recognize/cues.tsv.
#include <algorithm>

#include "transfer_context.h"

namespace dossier::code::transfer {
namespace {

using Ctx = TransferFinder::Context;

bool InWords(std::string_view w, const std::vector<std::string>* words) {
  return words != nullptr && std::find(words->begin(), words->end(), w) != words->end();
}

}  // namespace

void AddCategory(std::string& categories, std::string_view category) {
  if (category.empty() || category == "-") return;
  size_t at = 0;
  while (at <= categories.size()) {
    size_t slash = categories.find('/', at);
    if (slash == std::string::npos) slash = categories.size();
    if (std::string_view(categories).substr(at, slash - at) == category) return;
    at = slash + 1;
  }
  if (!categories.empty()) categories += '/';
  categories += category;
}

bool IsItemHead(const Ctx& c, uint32_t i) {
  std::string_view lemma = c.Lemma(i), norm = c.Norm(i);
  if (!c.Cues().WeaponHead(lemma).empty() || !c.Cues().WeaponHead(norm).empty()) return true;
  if (c.Lexicon().ItemHead(lemma) != nullptr) return true;
  return InWords(lemma, c.Patterns().Synset("WEAPON"));
}

bool IsWeaponish(const Ctx& c, uint32_t i) {
  return IsItemHead(c, i) || !c.Cues().WeaponModifier(c.Norm(i)).empty();
}

std::string CategoryOf(const Ctx& c, uint32_t first, uint32_t last) {
  std::string categories;
  for (uint32_t i = first; i <= last; ++i) {
    if (c.Tok(i).Has(text::kJoiner)) continue;
    std::string word(c.Norm(i));
    uint32_t k = i;
    while (k + 2 <= last && c.Tok(k + 1).Has(text::kJoiner)) {
      word += '-';
      word += c.Norm(k + 2);
      k += 2;
    }
    std::string_view category;
    if (k + 1 <= last) {
      category = c.Cues().WeaponModifier(word + ' ' + std::string(c.Norm(k + 1)));
      if (!category.empty()) ++k;
    }
    if (category.empty()) category = c.Cues().WeaponModifier(word);
    if (category.empty()) {
      category = c.Cues().WeaponHead(k == i ? c.Lemma(i) : std::string_view(word));
      if (category.empty() && k == i) category = c.Cues().WeaponHead(c.Norm(i));
    }
    if (category.empty() && k == i) {
      if (const std::string* head = c.Lexicon().ItemHead(c.Lemma(i))) category = *head;
    }
    AddCategory(categories, category);
    i = k;
  }
  return categories;
}

}  // namespace dossier::code::transfer
