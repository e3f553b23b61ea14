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

bool IsFiniteVerb(Pos p) { return p == Pos::kVBD || p == Pos::kVBZ || p == Pos::kVBP; }

bool StartsNounPhrase(Pos p) {
  return p == Pos::kDT || p == Pos::kNN || p == Pos::kNNS || p == Pos::kNNP || p == Pos::kNNPS ||
         p == Pos::kPRPS || p == Pos::kCD;
}

// "condemned the attack on Thursday and promised/JJ aid": after "and", a
// word read as an adjective that may be a past tense, before a noun
// phrase, in a sentence whose verb is already past, is a second verb; not
// after an adjective or determiner ("the old and damaged buildings").
void RepairCoordinatedPast(const CanTag& can_tag, std::span<Pos> tags) {
  bool finite = false;
  for (size_t i = 2; i + 1 < tags.size(); ++i) {
    finite = finite || IsFiniteVerb(tags[i - 2]);
    if (!finite || tags[i - 1] != Pos::kCC || tags[i] != Pos::kJJ) continue;
    Pos before = tags[i - 2];
    if (before == Pos::kJJ || before == Pos::kDT || before == Pos::kRB) continue;
    if (!StartsNounPhrase(tags[i + 1]) || !can_tag(i, Pos::kVBD)) continue;
    tags[i] = Pos::kVBD;
  }
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
  RepairCoordinatedPast(can_tag, tags.first(n));
}

}  // namespace dossier::text::lexical
