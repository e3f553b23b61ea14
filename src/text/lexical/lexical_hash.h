// The string hash table behind the compiled lexical tables.
//
// Shared by the library and by tools/lexical_gen, which builds the tables at
// build time: both must place keys with exactly the same function, so it
// lives here, header-only, and reads bytes one by one (no endianness or
// alignment assumptions; the compiler turns the loop into plain loads).
//
// Layout: keys are concatenated in one blob; key k is
// blob[key_ends[k], key_ends[k + 1]). An open-addressing slot array (linear
// probing, about half full) holds k + 1 in its low kIndexBits bits and a
// 12-bit fingerprint of the hash above them, so a probe that meets another
// key almost never touches the blob. 0 marks an empty slot.
#ifndef DOSSIER_SRC_TEXT_LEXICAL_LEXICAL_HASH_H_
#define DOSSIER_SRC_TEXT_LEXICAL_LEXICAL_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dossier::text::lexical {

inline constexpr int kIndexBits = 20;  // at most ~1M keys per table
inline constexpr uint32_t kIndexMask = (1u << kIndexBits) - 1;

inline uint64_t MixBits(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

inline uint64_t HashKey(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  uint64_t h = 0x9e3779b97f4a7c15ULL + n;
  for (; n >= 8; n -= 8, p += 8) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
    h = (h ^ v) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  uint64_t tail = 0;
  for (size_t i = n; i > 0; --i) tail = (tail << 8) | p[i - 1];
  return MixBits(h ^ tail);
}

// First slot to probe: the low 32 bits scaled to the table size.
inline uint32_t HomeSlot(uint64_t hash, uint32_t slot_count) {
  return static_cast<uint32_t>((static_cast<uint64_t>(static_cast<uint32_t>(hash)) * slot_count) >> 32);
}

inline uint32_t Fingerprint(uint64_t hash) {
  return static_cast<uint32_t>(hash >> (64 - (32 - kIndexBits)));
}

// A read-only view of one generated table.
struct KeyTable {
  const char* blob;
  const uint32_t* key_ends;  // key_count + 1 offsets, the first 0
  const uint32_t* slots;
  uint32_t slot_count;
  uint32_t key_count;

  // The index of `key`, or -1.
  int32_t Find(std::string_view key) const {
    const uint64_t h = HashKey(key);
    const uint32_t fp = Fingerprint(h);
    uint32_t i = HomeSlot(h, slot_count);
    for (;;) {
      const uint32_t s = slots[i];
      if (s == 0) return -1;
      if ((s >> kIndexBits) == fp) {
        const uint32_t k = (s & kIndexMask) - 1;
        const uint32_t b = key_ends[k];
        if (key_ends[k + 1] - b == key.size() &&
            std::memcmp(blob + b, key.data(), key.size()) == 0) {
          return static_cast<int32_t>(k);
        }
      }
      if (++i == slot_count) i = 0;
    }
  }

  std::string_view Key(uint32_t k) const {
    return {blob + key_ends[k], key_ends[k + 1] - key_ends[k]};
  }
};

}  // namespace dossier::text::lexical

#endif  // DOSSIER_SRC_TEXT_LEXICAL_LEXICAL_HASH_H_
