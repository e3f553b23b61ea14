#include "dossier/time/calendar_words.h"

#include <array>
#include <cstring>

namespace dossier::time {
namespace {

struct Entry {
  const char* word;
  Lex lex;
  int8_t value;
};

// Every word here is lower-case ASCII and at most 16 bytes long.
constexpr Entry kEntries[] = {
    {"january", Lex::kMonth, 1}, {"february", Lex::kMonth, 2}, {"march", Lex::kMonth, 3},
    {"april", Lex::kMonth, 4}, {"may", Lex::kMonth, 5}, {"june", Lex::kMonth, 6},
    {"july", Lex::kMonth, 7}, {"august", Lex::kMonth, 8}, {"september", Lex::kMonth, 9},
    {"october", Lex::kMonth, 10}, {"november", Lex::kMonth, 11}, {"december", Lex::kMonth, 12},
    {"jan", Lex::kMonthAbbrev, 1}, {"feb", Lex::kMonthAbbrev, 2}, {"mar", Lex::kMonthAbbrev, 3},
    {"apr", Lex::kMonthAbbrev, 4}, {"jun", Lex::kMonthAbbrev, 6}, {"jul", Lex::kMonthAbbrev, 7},
    {"aug", Lex::kMonthAbbrev, 8}, {"sep", Lex::kMonthAbbrev, 9}, {"sept", Lex::kMonthAbbrev, 9},
    {"oct", Lex::kMonthAbbrev, 10}, {"nov", Lex::kMonthAbbrev, 11},
    {"dec", Lex::kMonthAbbrev, 12},
    {"monday", Lex::kWeekday, 0}, {"tuesday", Lex::kWeekday, 1}, {"wednesday", Lex::kWeekday, 2},
    {"thursday", Lex::kWeekday, 3}, {"friday", Lex::kWeekday, 4}, {"saturday", Lex::kWeekday, 5},
    {"sunday", Lex::kWeekday, 6},
    {"spring", Lex::kSeason, 0}, {"summer", Lex::kSeason, 1}, {"autumn", Lex::kSeason, 2},
    {"winter", Lex::kSeason, 3}, {"fall", Lex::kFall, 2},
    {"day", Lex::kDayUnit, 0}, {"days", Lex::kDayUnit, 1}, {"week", Lex::kWeekUnit, 0},
    {"weeks", Lex::kWeekUnit, 1}, {"month", Lex::kMonthUnit, 0}, {"months", Lex::kMonthUnit, 1},
    {"year", Lex::kYearUnit, 0}, {"years", Lex::kYearUnit, 1}, {"century", Lex::kCenturyUnit, 0},
    {"quarter", Lex::kQuarter, 0}, {"half", Lex::kHalf, 0},
    {"q1", Lex::kQuarterCode, 1}, {"q2", Lex::kQuarterCode, 2}, {"q3", Lex::kQuarterCode, 3},
    {"q4", Lex::kQuarterCode, 4}, {"h1", Lex::kHalfCode, 1}, {"h2", Lex::kHalfCode, 2},
    {"yesterday", Lex::kDeicticDay, -1}, {"today", Lex::kDeicticDay, 0},
    {"tonight", Lex::kDeicticDay, 0}, {"tomorrow", Lex::kDeicticDay, 1},
    {"a", Lex::kCardinal, 1}, {"an", Lex::kCardinal, 1}, {"one", Lex::kCardinal, 1},
    {"two", Lex::kCardinal, 2}, {"three", Lex::kCardinal, 3}, {"four", Lex::kCardinal, 4},
    {"five", Lex::kCardinal, 5}, {"six", Lex::kCardinal, 6}, {"seven", Lex::kCardinal, 7},
    {"eight", Lex::kCardinal, 8}, {"nine", Lex::kCardinal, 9}, {"ten", Lex::kCardinal, 10},
    {"eleven", Lex::kCardinal, 11}, {"twelve", Lex::kCardinal, 12},
    {"first", Lex::kOrdinal, 1}, {"second", Lex::kOrdinal, 2}, {"third", Lex::kOrdinal, 3},
    {"fourth", Lex::kOrdinal, 4}, {"fifth", Lex::kOrdinal, 5}, {"sixth", Lex::kOrdinal, 6},
    {"seventh", Lex::kOrdinal, 7}, {"eighth", Lex::kOrdinal, 8}, {"ninth", Lex::kOrdinal, 9},
    {"tenth", Lex::kOrdinal, 10}, {"eleventh", Lex::kOrdinal, 11},
    {"twelfth", Lex::kOrdinal, 12}, {"thirteenth", Lex::kOrdinal, 13},
    {"fourteenth", Lex::kOrdinal, 14}, {"fifteenth", Lex::kOrdinal, 15},
    {"sixteenth", Lex::kOrdinal, 16}, {"seventeenth", Lex::kOrdinal, 17},
    {"eighteenth", Lex::kOrdinal, 18}, {"nineteenth", Lex::kOrdinal, 19},
    {"twentieth", Lex::kOrdinal, 20}, {"twenty", Lex::kTwenty, 20},
    {"this", Lex::kThis, 0}, {"last", Lex::kLast, 0}, {"next", Lex::kNext, 0},
    {"coming", Lex::kComing, 0}, {"past", Lex::kPast, 0}, {"previous", Lex::kPrevious, 0},
    {"earlier", Lex::kEarlier, 0}, {"later", Lex::kLater, 0}, {"early", Lex::kEarly, 0},
    {"mid", Lex::kMid, 0}, {"late", Lex::kLate, 0}, {"pre", Lex::kPrePost, 0},
    {"post", Lex::kPrePost, 0}, {"ago", Lex::kAgo, 0}, {"the", Lex::kThe, 0},
    {"of", Lex::kOf, 0}, {"and", Lex::kAnd, 0}, {"or", Lex::kOr, 0}, {"to", Lex::kTo, 0},
    {"until", Lex::kTo, 1}, {"till", Lex::kTo, 1}, {"through", Lex::kTo, 1},
    {"between", Lex::kBetween, 0}, {"from", Lex::kFrom, 0}, {"before", Lex::kBefore, 0},
    {"in", Lex::kCue, 0}, {"since", Lex::kCue, 0}, {"by", Lex::kCue, 0},
    {"after", Lex::kCue, 0}, {"during", Lex::kCue, 0}, {"throughout", Lex::kCue, 0},
    {"around", Lex::kCue, 0},
    {"over", Lex::kCue, 1},  // "over the summer"; never a year cue ("over 2000 years")
    {"will", Lex::kWill, 0}, {"shall", Lex::kWill, 0}, {"ll", Lex::kWill, 0},
    {"every", Lex::kEvery, 0}, {"each", Lex::kEvery, 0},
    {"end", Lex::kPeriodNoun, 0}, {"start", Lex::kPeriodNoun, 0},
    {"beginning", Lex::kPeriodNoun, 0}, {"middle", Lex::kPeriodNoun, 0},
    {"rest", Lex::kPeriodNoun, 0},
    // Counted nouns: "by 2000 troops" is a quantity, not a year.
    {"people", Lex::kQuantity, 0}, {"persons", Lex::kQuantity, 0},
    {"troops", Lex::kQuantity, 0}, {"soldiers", Lex::kQuantity, 0},
    {"members", Lex::kQuantity, 0}, {"workers", Lex::kQuantity, 0},
    {"residents", Lex::kQuantity, 0}, {"civilians", Lex::kQuantity, 0},
    {"refugees", Lex::kQuantity, 0}, {"children", Lex::kQuantity, 0},
    {"jobs", Lex::kQuantity, 0}, {"homes", Lex::kQuantity, 0}, {"votes", Lex::kQuantity, 0},
    {"seats", Lex::kQuantity, 0}, {"cases", Lex::kQuantity, 0}, {"deaths", Lex::kQuantity, 0},
    {"percent", Lex::kQuantity, 0}, {"per", Lex::kQuantity, 0}, {"tonnes", Lex::kQuantity, 0},
    {"tons", Lex::kQuantity, 0}, {"km", Lex::kQuantity, 0}, {"kilometres", Lex::kQuantity, 0},
    {"kilometers", Lex::kQuantity, 0}, {"miles", Lex::kQuantity, 0},
    {"metres", Lex::kQuantity, 0}, {"meters", Lex::kQuantity, 0},
    {"dollars", Lex::kQuantity, 0}, {"euros", Lex::kQuantity, 0},
    {"pounds", Lex::kQuantity, 0}, {"barrels", Lex::kQuantity, 0},
    {"units", Lex::kQuantity, 0}, {"tanks", Lex::kQuantity, 0},
    {"vehicles", Lex::kQuantity, 0}, {"drones", Lex::kQuantity, 0},
    {"missiles", Lex::kQuantity, 0}, {"rounds", Lex::kQuantity, 0},
    {"hectares", Lex::kQuantity, 0}, {"employees", Lex::kQuantity, 0},
    {"students", Lex::kQuantity, 0}, {"patients", Lex::kQuantity, 0},
    {"times", Lex::kQuantity, 0},
};

// A word packs into two 64-bit keys (16 bytes, zero padded), so a probe is
// two integer compares; the table is open addressing at under 25% load.
struct Key {
  uint64_t a = 0, b = 0;
  bool operator==(const Key&) const = default;
};

constexpr size_t kSlots = 1024;

struct Slot {
  Key key;
  WordInfo info;
  bool used = false;
};

// Runs are ASCII letters and digits, so OR-ing 0x20 into every byte
// lower-cases letters and leaves digits alone; anything else cannot collide
// with a table word, which is all letters and digits.
bool PackLower(std::string_view w, Key& key) {
  if (w.empty() || w.size() > 16) return false;
  unsigned char buf[16] = {};
  std::memcpy(buf, w.data(), w.size());
  std::memcpy(&key.a, buf, 8);
  std::memcpy(&key.b, buf + 8, 8);
  const uint64_t ones = 0x2020202020202020ull;
  size_t n = w.size();
  key.a |= n >= 8 ? ones : ones >> (8 * (8 - n));  // little-endian: low bytes first
  if (n > 8) key.b |= n >= 16 ? ones : ones >> (8 * (16 - n));
  return true;
}

size_t SlotOf(const Key& k) {
  uint64_t h = (k.a * 0x9E3779B97F4A7C15ull) ^ (k.b * 0xC2B2AE3D27D4EB4Full);
  return static_cast<size_t>(h >> 54);  // top 10 bits: 1024 slots
}

struct Tables {
  std::array<Slot, kSlots> slots{};
  // Bit (c - 'a') set when some head word of that length starts (ends)
  // with letter c: most words fail these two tests and are never hashed.
  uint32_t head_first[17] = {};
  uint32_t head_last[17] = {};
};

uint32_t LetterBit(char c) {
  unsigned char l = static_cast<unsigned char>(c | 0x20);
  return l >= 'a' && l <= 'z' ? 1u << (l - 'a') : 1u << 26;  // digits share bit 26
}

const Tables& GetTables() {
  static const Tables tables = [] {
    Tables t;
    for (const Entry& e : kEntries) {
      Key k;
      PackLower(e.word, k);
      size_t i = SlotOf(k);
      while (t.slots[i].used) i = (i + 1) % kSlots;
      t.slots[i] = {k, {e.lex, e.value}, true};
      if (IsHead(e.lex)) {
        size_t n = std::strlen(e.word);
        t.head_first[n] |= LetterBit(e.word[0]);
        t.head_last[n] |= LetterBit(e.word[n - 1]);
      }
    }
    return t;
  }();
  return tables;
}

}  // namespace

WordInfo LookupWord(std::string_view word) {
  Key k;
  if (!PackLower(word, k)) return {};
  const auto& slots = GetTables().slots;
  for (size_t i = SlotOf(k);; i = (i + 1) % kSlots) {
    if (!slots[i].used) return {};
    if (slots[i].key == k) return slots[i].info;
  }
}

WordInfo LookupHead(std::string_view word) {
  if (word.empty() || word.size() > 16) return {};
  const Tables& t = GetTables();
  if (!(t.head_first[word.size()] & LetterBit(word.front())) ||
      !(t.head_last[word.size()] & LetterBit(word.back()))) {
    return {};
  }
  WordInfo info = LookupWord(word);
  return IsHead(info.lex) ? info : WordInfo{};
}

bool IsHead(Lex lex) {
  switch (lex) {
    case Lex::kMonth: case Lex::kMonthAbbrev: case Lex::kWeekday: case Lex::kSeason:
    case Lex::kFall: case Lex::kDayUnit: case Lex::kWeekUnit: case Lex::kMonthUnit:
    case Lex::kYearUnit: case Lex::kCenturyUnit: case Lex::kQuarter: case Lex::kHalf:
    case Lex::kQuarterCode: case Lex::kHalfCode: case Lex::kDeicticDay:
      return true;
    default:
      return false;
  }
}

}  // namespace dossier::time
