// What the text analyzer has already worked out about words: each distinct
// spelling's candidate part-of-speech tags and its lemma.
//
// News repeats its words. Finding a word again here is one probe into a
// small table that stays in cache; working it out again costs several
// probes into the large generated lexicon and WordNet tables, which was
// most of the tagger's time. Results never depend on the memo: it only
// keeps what the lexical functions return.
//
// One memo per thread, kept across texts (an AnalyzedText carries one);
// not thread-safe. It empties itself before a text once it holds
// `max_words` words, so memory stays bounded on any stream. Copying gives
// an empty memo: it is a cache, not part of a result.
#ifndef DOSSIER_TEXT_WORD_MEMO_H_
#define DOSSIER_TEXT_WORD_MEMO_H_

#include <cstddef>
#include <memory>

namespace dossier::text {

class WordMemo {
 public:
  static constexpr size_t kDefaultMaxWords = size_t{1} << 15;

  explicit WordMemo(size_t max_words = kDefaultMaxWords);
  ~WordMemo();
  WordMemo(const WordMemo& other);
  WordMemo& operator=(const WordMemo& other);
  WordMemo(WordMemo&&) noexcept;
  WordMemo& operator=(WordMemo&&) noexcept;

  size_t size() const;  // distinct words held
  size_t max_words() const { return max_words_; }
  void Clear();

  // The table itself (src/text/lexical/word_memo_table.h), created on
  // first use so that texts which are only tokenised pay nothing.
  struct Table;
  Table& table();

 private:
  size_t max_words_;
  std::unique_ptr<Table> table_;
};

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_WORD_MEMO_H_
