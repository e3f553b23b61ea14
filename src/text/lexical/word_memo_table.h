// The table behind text::WordMemo (see dossier/text/word_memo.h): words by
// exact spelling in an open-addressing table, each with what the tagger
// and the lemmatizer said about it, filled in as first asked for.
#ifndef DOSSIER_SRC_TEXT_LEXICAL_WORD_MEMO_TABLE_H_
#define DOSSIER_SRC_TEXT_LEXICAL_WORD_MEMO_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/text/lemmatizer.h"
#include "dossier/text/word_memo.h"
#include "viterbi.h"
#include "word_guess.h"

namespace dossier::text {

struct WordMemo::Table {
  explicit Table(size_t max_words) : max_words_(max_words) { Clear(); }

  // Call before each text: empties a full memo now, so that ids handed out
  // stay valid until the next call.
  void BeginText() {
    if (words_.size() >= max_words_) Clear();
  }

  // The id of `word` (its exact spelling), adding it when new.
  uint32_t Intern(std::string_view word);

  // CandidatesFor, OpensQuote and HasWordCharacter of word `id`.
  lexical::WordLookup Lookup(uint32_t id, bool sentence_start);

  // The lemma of word `id`, whose normal form is `norm`, read as `cls`:
  // `norm` itself when Lemmatizer::Lemma leaves the word unchanged, else a
  // view of the compiled tables.
  std::string_view Lemma(uint32_t id, std::string_view norm, WordClass cls);

  size_t size() const { return words_.size(); }
  void Clear();

  // Per-sentence buffers of the analyzer, kept here to reuse their memory.
  std::vector<uint32_t> sentence_ids;
  std::vector<Pos> sentence_tags;
  std::vector<std::string_view> sentence_words;

 private:
  enum : uint8_t { kOpensQuote = 1, kHasWordCharacter = 2, kLemmaKnown = 4, kCandidatesKnown = 8 };
  static constexpr int32_t kUnset = -1;

  // The fields Intern compares come first, then the candidates Lookup
  // reads next, so a word seen again costs about one cache miss here.
  struct Word {
    uint64_t hash = 0;
    uint64_t head = 0;  // the first (up to) 8 bytes, zero padded
    uint32_t key = 0;   // [key, key + key_size) in keys_
    uint32_t key_size = 0;
    uint8_t flags = 0;
    WordClass lemma_class = WordClass::kNoun;  // the class `lemma` is for
    int32_t start_candidates = kUnset;  // into pool_: in sentence-initial position
    lexical::Candidates candidates;     // elsewhere (when kCandidatesKnown)
    // One class's lemma (a word is nearly always read as one class); null
    // data when the lemma is the word itself.
    std::string_view lemma;
  };

  std::string_view Key(const Word& w) const { return {keys_.data() + w.key, w.key_size}; }
  void Place(uint32_t id);
  void Grow();

  size_t max_words_;
  std::vector<uint64_t> slots_;  // hash >> 32 << 32 | (id + 1); 0 is empty
  std::vector<Word> words_;
  std::string keys_;
  std::vector<lexical::Candidates> pool_;  // sentence-initial candidates
};

}  // namespace dossier::text

#endif  // DOSSIER_SRC_TEXT_LEXICAL_WORD_MEMO_TABLE_H_
