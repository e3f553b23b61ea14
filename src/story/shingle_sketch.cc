#include "dossier/story/shingle_sketch.h"

#include <algorithm>

namespace dossier::story {
namespace {

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

uint64_t ShingleHash(std::span<const uint64_t> words) {
  uint64_t h = 0x9e3779b97f4a7c15ULL;
  for (uint64_t w : words) h = Mix(h ^ w);
  return h;
}

}  // namespace

ShingleSketch ShingleSketch::FromWords(std::span<const uint64_t> words, size_t shingle_words) {
  ShingleSketch sketch;
  sketch.minima.fill(UINT32_MAX);
  shingle_words = std::max<size_t>(1, shingle_words);
  if (words.size() < shingle_words) return sketch;
  for (size_t i = 0; i + shingle_words <= words.size(); ++i) {
    uint64_t h = ShingleHash(words.subspan(i, shingle_words));
    // One 64-bit hash gives two 32-bit values per mixing round.
    for (size_t k = 0; k < kSketchHashes; k += 2) {
      uint64_t v = Mix(h + k * 0x9e3779b97f4a7c15ULL);
      sketch.minima[k] = std::min(sketch.minima[k], uint32_t(v));
      sketch.minima[k + 1] = std::min(sketch.minima[k + 1], uint32_t(v >> 32));
    }
    ++sketch.shingles;
  }
  return sketch;
}

double ShingleSketch::Similarity(const ShingleSketch& other) const {
  if (shingles == 0 || other.shingles == 0) return 0;
  size_t same = 0;
  for (size_t k = 0; k < kSketchHashes; ++k) same += minima[k] == other.minima[k];
  return double(same) / double(kSketchHashes);
}

DuplicateIndex::DuplicateIndex(const DuplicateOptions& options) : options_(options) {
  options_.rows = std::max<size_t>(1, std::min(options_.rows, kSketchHashes));
  options_.bands = std::min(options_.bands, kSketchHashes / options_.rows);
  options_.max_articles = std::max<size_t>(1, options_.max_articles);
}

uint64_t DuplicateIndex::BandKey(const ShingleSketch& sketch, size_t band) const {
  uint64_t h = Mix(band + 1);
  for (size_t r = 0; r < options_.rows; ++r) h = Mix(h ^ sketch.minima[band * options_.rows + r]);
  return h;
}

std::optional<DuplicateIndex::Match> DuplicateIndex::Find(const ShingleSketch& sketch) const {
  if (!options_.enabled || sketch.shingles < options_.min_shingles) return std::nullopt;
  std::optional<Match> best;
  for (size_t band = 0; band < options_.bands; ++band) {
    auto it = bands_.find(BandKey(sketch, band));
    if (it == bands_.end()) continue;
    const Entry& e = entries_[it->second];
    double similarity = sketch.Similarity(e.sketch);
    if (similarity < options_.min_similarity) continue;
    if (!best || similarity > best->similarity ||
        (similarity == best->similarity && e.article < best->article)) {
      best = Match{e.article, similarity};
    }
  }
  return best;
}

void DuplicateIndex::ForgetBands(size_t slot) {
  for (size_t band = 0; band < options_.bands; ++band) {
    auto it = bands_.find(BandKey(entries_[slot].sketch, band));
    if (it != bands_.end() && it->second == slot) bands_.erase(it);
  }
}

void DuplicateIndex::Add(uint32_t article, const ShingleSketch& sketch) {
  if (!options_.enabled || sketch.shingles < options_.min_shingles) return;
  size_t slot = entries_.size();
  if (entries_.size() < options_.max_articles) {
    entries_.push_back({article, sketch});
  } else {
    slot = next_slot_;
    next_slot_ = (next_slot_ + 1) % options_.max_articles;
    ForgetBands(slot);
    entries_[slot] = {article, sketch};
  }
  for (size_t band = 0; band < options_.bands; ++band) {
    bands_[BandKey(sketch, band)] = uint32_t(slot);
  }
}

}  // namespace dossier::story
