#include "tag_repair.h"

namespace dossier::text::lexical {
namespace {

// Forms in -s of the verbs that take a participle after them.
bool IsAuxiliaryForm(std::string_view w) {
  for (std::string_view aux : {"is", "has", "does", "gets", "seems", "appears", "remains",
                               "becomes", "looks", "feels", "sounds", "stays"}) {
    if (w.size() != aux.size()) continue;
    bool same = true;
    for (size_t k = 0; k < w.size() && same; ++k) {
      char c = w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] - 'A' + 'a') : w[k];
      same = c == aux[k];
    }
    if (same) return true;
  }
  return false;
}

}  // namespace

void RepairTags(std::span<const std::string_view> words, const CanTag& can_tag,
                std::span<Pos> tags) {
  const size_t n = std::min(words.size(), tags.size());
  for (size_t i = 0; i + 1 < n; ++i) {
    if (tags[i] != Pos::kVBZ || (tags[i + 1] != Pos::kVBN && tags[i + 1] != Pos::kVBD)) continue;
    if (IsAuxiliaryForm(words[i]) || !can_tag(i, Pos::kNNS) || !can_tag(i + 1, Pos::kVBD))
      continue;
    tags[i] = Pos::kNNS;
    tags[i + 1] = Pos::kVBD;
  }
}

}  // namespace dossier::text::lexical
