// A MinHash sketch of an article's word shingles, for recognising
// near-duplicate and syndicated copies, and the LSH index that finds them.
//
// Two articles whose shingle sets have Jaccard similarity J agree on about
// J * kSketchHashes of the sketch's minima. The index splits the sketch into
// `bands` bands of `rows` minima; articles sharing one whole band are
// candidates, then checked on the full sketch.
//
// Thread safety: a ShingleSketch is a value. DuplicateIndex is not
// synchronised: one writer, and no readers while it writes.
#ifndef DOSSIER_STORY_SHINGLE_SKETCH_H_
#define DOSSIER_STORY_SHINGLE_SKETCH_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace dossier::story {

inline constexpr size_t kSketchHashes = 64;

struct ShingleSketch {
  std::array<uint32_t, kSketchHashes> minima{};
  uint32_t shingles = 0;  // 0: the article had too few words to sketch

  // Sketch of the shingles of `shingle_words` consecutive word hashes.
  static ShingleSketch FromWords(std::span<const uint64_t> words, size_t shingle_words);
  // Estimated Jaccard similarity of the two shingle sets, in [0, 1]; 0 when
  // either sketch is empty.
  double Similarity(const ShingleSketch& other) const;
};

struct DuplicateOptions {
  bool enabled = true;
  size_t shingle_words = 5;      // words per shingle
  size_t bands = 16;             // LSH bands; bands * rows <= kSketchHashes
  size_t rows = 4;               // minima per band
  double min_similarity = 0.8;   // estimated Jaccard to call an article a copy
  size_t min_shingles = 20;      // shorter articles are never called copies
  size_t max_articles = 200000;  // sketches remembered; the oldest are forgotten
};

// The sketches of recent articles, found again by LSH bands. Memory is
// bounded by DuplicateOptions::max_articles.
class DuplicateIndex {
 public:
  explicit DuplicateIndex(const DuplicateOptions& options);

  // The remembered article most similar to `sketch` at or above
  // min_similarity, with its similarity; nullopt when none.
  struct Match {
    uint32_t article = 0;
    double similarity = 0;
  };
  std::optional<Match> Find(const ShingleSketch& sketch) const;
  // Remembers `sketch` as article `article`, forgetting the oldest past the cap.
  void Add(uint32_t article, const ShingleSketch& sketch);
  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    uint32_t article = 0;
    ShingleSketch sketch;
  };
  uint64_t BandKey(const ShingleSketch& sketch, size_t band) const;
  void ForgetBands(size_t slot);

  DuplicateOptions options_;
  std::vector<Entry> entries_;  // a ring of at most max_articles slots
  size_t next_slot_ = 0;  // the slot overwritten next once the ring is full
  std::unordered_map<uint64_t, uint32_t> bands_;  // band key -> slot
};

}  // namespace dossier::story

#endif  // DOSSIER_STORY_SHINGLE_SKETCH_H_
