// Hand-made articles for the story tests: features named by plain words,
// and a near-duplicate sketch over the same words.
#ifndef DOSSIER_TESTS_STORY_STORY_TEST_ARTICLES_H_
#define DOSSIER_TESTS_STORY_STORY_TEST_ARTICLES_H_

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/story/article_features.h"

namespace dossier::story::testing {

inline uint64_t WordHash(const std::string& word) { return FeatureKey(FeatureKind::kWord, word); }

// An article whose words (space separated) are its word features, counted,
// and whose sketch shingles those words in order.
inline ArticleFeatures MakeArticle(const std::string& text, kb::Day day = kb::kNoDay,
                                   const std::vector<std::string>& entities = {}) {
  ArticleFeatures a;
  a.day = day;
  std::vector<uint64_t> hashes;
  std::istringstream in(text);
  std::string word;
  auto add = [&](FeatureKind kind, const std::string& w) {
    uint64_t key = FeatureKey(kind, w);
    for (Feature& f : a.features) {
      if (f.key == key) {
        f.count += 1;
        return;
      }
    }
    a.features.push_back({key, 1, kind});
  };
  while (in >> word) {
    hashes.push_back(WordHash(word));
    add(FeatureKind::kWord, word);
  }
  for (const std::string& e : entities) add(FeatureKind::kEntity, e);
  std::sort(a.features.begin(), a.features.end(),
            [](const Feature& x, const Feature& y) { return x.key < y.key; });
  a.sketch = ShingleSketch::FromWords(hashes, 5);
  return a;
}

// `n` distinct words "prefix0 prefix1 ...", joined by spaces.
inline std::string Words(const std::string& prefix, int n, int from = 0) {
  std::string out;
  for (int i = from; i < from + n; ++i) out.append(prefix).append(std::to_string(i)).append(" ");
  return out;
}

}  // namespace dossier::story::testing

#endif  // DOSSIER_TESTS_STORY_STORY_TEST_ARTICLES_H_
