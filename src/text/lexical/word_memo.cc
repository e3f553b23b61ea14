#include "dossier/text/word_memo.h"

#include <algorithm>
#include <cstring>

#include "lexical_hash.h"
#include "word_memo_table.h"

namespace dossier::text {
namespace {

constexpr size_t kInitialSlots = 1024;

uint64_t SlotOf(uint64_t hash, uint32_t id) { return (hash >> 32 << 32) | (id + 1); }

uint64_t Head(std::string_view word) {
  uint64_t head = 0;
  if (!word.empty()) std::memcpy(&head, word.data(), std::min<size_t>(word.size(), 8));
  return head;
}

}  // namespace

void WordMemo::Table::Clear() {
  slots_.assign(kInitialSlots, 0);
  words_.clear();
  keys_.clear();
  pool_.clear();
}

void WordMemo::Table::Place(uint32_t id) {
  const uint64_t hash = words_[id].hash;
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = SlotOf(hash, id);
}

void WordMemo::Table::Grow() {
  slots_.assign(slots_.size() * 2, 0);
  for (uint32_t id = 0; id < words_.size(); ++id) Place(id);
}

uint32_t WordMemo::Table::Intern(std::string_view word) {
  const uint64_t hash = lexical::HashKey(word);
  const uint64_t head = Head(word);
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask; slots_[i] != 0; i = (i + 1) & mask) {
    const uint64_t s = slots_[i];
    if ((s >> 32) != (hash >> 32)) continue;
    const auto id = static_cast<uint32_t>(s) - 1;
    const Word& w = words_[id];
    // Short words are compared whole by `head`, without reading keys_.
    if (w.key_size == word.size() && w.head == head &&
        (word.size() <= 8 || Key(w).substr(8) == word.substr(8)))
      return id;
  }
  Word w;
  w.hash = hash;
  w.head = head;
  w.key = static_cast<uint32_t>(keys_.size());
  w.key_size = static_cast<uint32_t>(word.size());
  if (lexical::OpensQuote(word)) w.flags |= kOpensQuote;
  if (lexical::HasWordCharacter(word)) w.flags |= kHasWordCharacter;
  keys_.append(word);
  const auto id = static_cast<uint32_t>(words_.size());
  words_.push_back(w);
  if (words_.size() * 2 > slots_.size()) {
    Grow();
  } else {
    Place(id);
  }
  return id;
}

lexical::WordLookup WordMemo::Table::Lookup(uint32_t id, bool sentence_start) {
  Word& w = words_[id];
  const lexical::Candidates* c = &w.candidates;
  if (sentence_start) {
    if (w.start_candidates == kUnset) {
      w.start_candidates = static_cast<int32_t>(pool_.size());
      lexical::CandidatesFor(Key(w), true, &pool_.emplace_back());
    }
    c = &pool_[static_cast<size_t>(w.start_candidates)];
  } else if (!(w.flags & kCandidatesKnown)) {
    lexical::CandidatesFor(Key(w), false, &w.candidates);
    w.flags |= kCandidatesKnown;
  }
  return {c, (w.flags & kOpensQuote) != 0, (w.flags & kHasWordCharacter) != 0};
}

std::string_view WordMemo::Table::Lemma(uint32_t id, std::string_view norm, WordClass cls) {
  static const Lemmatizer lemmatizer;
  Word& w = words_[id];
  if (!(w.flags & kLemmaKnown) || w.lemma_class != cls) {
    std::string_view lemma = lemmatizer.Lemma(norm, cls);
    // Lemma returns the word itself or a view of the static tables; only the
    // latter may be kept.
    w.lemma = lemma == norm ? std::string_view() : lemma;
    w.lemma_class = cls;
    w.flags |= kLemmaKnown;
  }
  return w.lemma.data() == nullptr ? norm : w.lemma;
}

WordMemo::WordMemo(size_t max_words) : max_words_(max_words) {}
WordMemo::~WordMemo() = default;
WordMemo::WordMemo(const WordMemo& other) : max_words_(other.max_words_) {}
WordMemo& WordMemo::operator=(const WordMemo& other) {
  max_words_ = other.max_words_;
  table_.reset();
  return *this;
}
WordMemo::WordMemo(WordMemo&&) noexcept = default;
WordMemo& WordMemo::operator=(WordMemo&&) noexcept = default;

size_t WordMemo::size() const { return table_ ? table_->size() : 0; }

void WordMemo::Clear() {
  if (table_) table_->Clear();
}

WordMemo::Table& WordMemo::table() {
  if (!table_) table_ = std::make_unique<Table>(max_words_);
  return *table_;
}

}  // namespace dossier::text
