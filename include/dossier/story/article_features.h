// What the stories stage keeps of one article: its salient features (content
// words, proper nouns, numbers, dates written in the text, recognised
// entities) with their counts, its publication day and a near-duplicate
// sketch. Built once per article from the earlier stages' output; a few
// kilobytes at most (FeatureOptions::max_features caps it).
//
// Thread safety: FeatureExtractor is immutable after construction and may be
// shared by threads; ArticleFeatures is a value.
#ifndef DOSSIER_STORY_ARTICLE_FEATURES_H_
#define DOSSIER_STORY_ARTICLE_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "dossier/kb/entity.h"
#include "dossier/recognize/recognition.h"
#include "dossier/story/shingle_sketch.h"
#include "dossier/text/token.h"
#include "dossier/time/time_mention.h"

namespace dossier::story {

enum class FeatureKind : uint8_t { kWord, kProperNoun, kNumber, kDate, kEntity };
inline constexpr size_t kFeatureKinds = 5;

// "word", "proper_noun", "number", "date", "entity".
const char* FeatureKindName(FeatureKind kind);

struct Feature {
  uint64_t key = 0;  // FeatureKey(kind, text)
  float count = 0;   // occurrences in the article
  FeatureKind kind = FeatureKind::kWord;
};

struct ArticleFeatures {
  std::vector<Feature> features;  // one per key, sorted by key
  ShingleSketch sketch;
  kb::Day day = kb::kNoDay;       // publication day, kNoDay when unknown
};

// The key of a feature: a 64-bit hash of its kind and normalised text.
uint64_t FeatureKey(FeatureKind kind, std::string_view text);

struct FeatureOptions {
  // Capitalised words inside a sentence become proper-noun features; when
  // off they are plain words.
  bool proper_nouns = true;
  // Numbers become number features; when off they are plain words.
  bool numbers = true;
  // Years and months of the dates written in the text ("2013", "2013-05").
  bool dates = true;
  // Recognised entities, keyed by knowledge-base id (else by name).
  bool entities = true;
  // Features of the first `lead_sentences` sentences (the lead, which names
  // the story's event) count `1 + lead_weight` times.
  size_t lead_sentences = 3;
  float lead_weight = 2.0f;
  size_t min_word_bytes = 3;    // shorter words are skipped (numbers are kept)
  size_t max_features = 400;    // per article: the most frequent are kept
  size_t shingle_words = 5;     // words per near-duplicate shingle
};

class FeatureExtractor {
 public:
  explicit FeatureExtractor(const FeatureOptions& options = {}) : options_(options) {}

  // Features of one analysed article. `times` are the dates found in its text;
  // `day` is its publication day (kb::kNoDay when unknown).
  ArticleFeatures Extract(const text::AnalyzedText& text, const recognize::Recognition& recognition,
                          std::span<const time::TimeMention> times, kb::Day day) const;

  const FeatureOptions& options() const { return options_; }

 private:
  struct Builder;
  float Count(size_t sentence) const;  // what one occurrence in this sentence counts
  void AddWords(const text::AnalyzedText& text, Builder& out) const;
  void AddEntities(const recognize::Recognition& recognition, Builder& out) const;
  void AddDates(std::span<const time::TimeMention> times, Builder& out) const;

  FeatureOptions options_;
};

}  // namespace dossier::story

#endif  // DOSSIER_STORY_ARTICLE_FEATURES_H_
