#include "dossier/story/article_features.h"

#include <algorithm>
#include <unordered_map>

namespace dossier::story {
namespace {

uint64_t HashText(std::string_view text, uint64_t seed) {  // FNV-1a, 64 bit
  uint64_t h = 0xcbf29ce484222325ULL ^ seed;
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

bool IsAuxiliary(std::string_view lemma) {
  return lemma == "be" || lemma == "have" || lemma == "do" || lemma == "say";
}

}  // namespace

const char* FeatureKindName(FeatureKind kind) {
  switch (kind) {
    case FeatureKind::kWord: return "word";
    case FeatureKind::kProperNoun: return "proper_noun";
    case FeatureKind::kNumber: return "number";
    case FeatureKind::kDate: return "date";
    case FeatureKind::kEntity: return "entity";
  }
  return "word";
}

uint64_t FeatureKey(FeatureKind kind, std::string_view text) {
  return HashText(text, 0x51ed27a3ULL * (uint64_t(kind) + 1));
}

struct FeatureExtractor::Builder {
  std::unordered_map<uint64_t, Feature> features;
  std::vector<uint64_t> words;  // every word's hash, in order, for shingles

  void Add(FeatureKind kind, std::string_view text, float count = 1) {
    uint64_t key = FeatureKey(kind, text);
    Feature& f = features[key];
    f.key = key;
    f.kind = kind;
    f.count += count;
  }
};

float FeatureExtractor::Count(size_t sentence) const {
  return sentence < options_.lead_sentences ? 1.0f + options_.lead_weight : 1.0f;
}

void FeatureExtractor::AddWords(const text::AnalyzedText& text, Builder& out) const {
  for (size_t n = 0; n < text.sentences.size(); ++n) {
    const text::Sentence& s = text.sentences[n];
    float count = Count(n);
    for (uint32_t i = s.first_token; i < s.last_token; ++i) {
      const text::Token& t = text.tokens[i];
      if (t.kind == text::TokenKind::kPunct) continue;
      std::string_view norm = text.Norm(t);
      out.words.push_back(HashText(norm, 0));
      bool number = t.kind == text::TokenKind::kNumber;
      if (!number && (norm.size() < options_.min_word_bytes || !text::IsContentTag(t.Tag()))) continue;
      std::string_view lemma = text.Lemma(t);
      if (lemma.empty()) lemma = norm;
      if (number && options_.numbers) {
        out.Add(FeatureKind::kNumber, norm, count);
      } else if (options_.proper_nouns && t.Has(text::kCapitalized) &&
                 (i != s.first_token || t.Tag() == text::Pos::kNNP ||
                  t.Tag() == text::Pos::kNNPS)) {
        out.Add(FeatureKind::kProperNoun, norm, count);
      } else if (!IsAuxiliary(lemma)) {
        out.Add(FeatureKind::kWord, lemma, count);
      }
    }
  }
}

void FeatureExtractor::AddEntities(const recognize::Recognition& recognition,
                                   Builder& out) const {
  for (const recognize::RecognizedEntity& e : recognition.entities) {
    float count = 0;
    for (uint32_t m : e.mentions) count += Count(recognition.mentions[m].sentence);
    count = std::max(count, 1.0f);
    if (e.kb >= 0) {
      out.Add(FeatureKind::kEntity, "kb:" + std::to_string(e.kb), count);
    } else {
      out.Add(FeatureKind::kEntity, e.type + ":" + e.name, count);
    }
  }
}

void FeatureExtractor::AddDates(std::span<const time::TimeMention> times, Builder& out) const {
  for (const time::TimeMention& t : times) {
    if (t.relative || t.year_inferred || t.start.size() < 4) continue;
    float count = Count(t.sentence);
    out.Add(FeatureKind::kDate, std::string_view(t.start).substr(0, 4), count);
    if (t.start.size() >= 7) out.Add(FeatureKind::kDate, std::string_view(t.start).substr(0, 7), count);
  }
}

ArticleFeatures FeatureExtractor::Extract(const text::AnalyzedText& text,
                                          const recognize::Recognition& recognition,
                                          std::span<const time::TimeMention> times,
                                          kb::Day day) const {
  Builder builder;
  AddWords(text, builder);
  if (options_.entities) AddEntities(recognition, builder);
  if (options_.dates) AddDates(times, builder);
  ArticleFeatures out;
  out.day = day;
  out.sketch = ShingleSketch::FromWords(builder.words, options_.shingle_words);
  out.features.reserve(builder.features.size());
  for (const auto& [key, f] : builder.features) out.features.push_back(f);
  if (out.features.size() > options_.max_features) {
    std::partial_sort(out.features.begin(), out.features.begin() + options_.max_features,
                      out.features.end(), [](const Feature& a, const Feature& b) {
                        return a.count != b.count ? a.count > b.count : a.key < b.key;
                      });
    out.features.resize(options_.max_features);
  }
  std::sort(out.features.begin(), out.features.end(),
            [](const Feature& a, const Feature& b) { return a.key < b.key; });
  return out;
}

}  // namespace dossier::story
