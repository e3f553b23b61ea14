#include "dossier/story/article_facts.h"

#include <algorithm>

namespace dossier::story {

uint32_t ArticleFacts::SentenceAt(uint32_t offset) const {
  if (sentences.empty()) return 0;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](uint32_t o, const SentenceSpan& s) { return o < s.begin; });
  if (it == sentences.begin()) return 0;
  return static_cast<uint32_t>(it - sentences.begin() - 1);
}

}  // namespace dossier::story
