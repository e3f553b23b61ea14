// TransferFinder: arms transfers from a coded text. A transfer is stated by
// - an event whose CAMEO code the lexicon lists as a transfer code (072,
//   0332, 062) and whose clause names at least one weapon item;
// - a transfer noun with its phrases ("the supply of drones to X by Y",
//   "Belarus's deliveries to X", "orders for X for artillery gear");
// - a transfer verb the coder did not code: a participle ("weapons sold by
//   X to Y") or a verb without a subject ("providing new gear to X").
// Items are the weapon noun phrases of the clause, one per conjunct of a
// list: a recognised weapon system with its category, else the phrase with
// a category from its head and modifiers (data/recognize/cues.tsv).
// Mentions with one or no party join the text's transfer they fit (the one
// whose parties the sentence or the two before name); within a text, the
// mentions of one supplier and recipient merge into one transfer.
//
// Immutable; one finder serves all threads, each with its own Scratch.
#ifndef DOSSIER_CODE_TRANSFER_FINDER_H_
#define DOSSIER_CODE_TRANSFER_FINDER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "dossier/code/clause_parser.h"
#include "dossier/code/coding.h"
#include "dossier/code/event_patterns.h"
#include "dossier/code/transfer_lexicon.h"
#include "dossier/recognize/cues.h"
#include "dossier/recognize/recognition.h"
#include "dossier/text/token.h"
#include "dossier/time/time_mention.h"

namespace dossier::code {
namespace transfer {
struct ItemScan;  // src/code/transfer_context.h
}  // namespace transfer

struct TransferOptions {
  // A mention without both parties joins a transfer whose parties are named
  // in its sentence or this many sentences before it.
  uint32_t context_sentences = 2;
  // At most this many transfers per text (a limit, not an error).
  size_t max_transfers = 200;
  // Sentences longer than this many tokens are not searched.
  size_t max_sentence_tokens = 200;
};

class TransferFinder {
 public:
  struct Scratch {
    SentenceParse parse;
    std::vector<uint32_t> atom_end;     // per token: end of the entity name starting there
    std::vector<int32_t> mention_at;    // per token: the recognised mention covering it, or -1
    std::vector<uint32_t> event_start;  // per sentence: its first entry in event_order
    std::vector<int32_t> event_order;   // events by sentence
  };

  // `lexicon`, `patterns` (word sets such as &WEAPON, modality cues) and
  // `cues` (weapon nouns and modifiers) must outlive the finder.
  TransferFinder(const TransferLexicon& lexicon, const EventPatterns& patterns,
                 const recognize::Cues& cues, TransferOptions options = {})
      : lexicon_(lexicon), patterns_(patterns), cues_(cues), options_(options) {}

  // Appends the transfers of `text` to `out`. `times` are the text's dates
  // with their sentences set; `events` its coded events (Transfer mentions
  // refer to them by index).
  void Find(const text::AnalyzedText& text, const recognize::Recognition& recognition,
            const std::vector<time::TimeMention>& times, const std::vector<Event>& events,
            std::vector<Transfer>& out, Scratch& scratch) const;

  const TransferLexicon& lexicon() const { return lexicon_; }

  // The working state of one Find call (src/code/transfer_context.h).
  struct Context;

 private:
  void FindInSentence(Context& c, uint32_t sentence) const;
  void FromEvent(Context& c, int32_t event) const;
  void FromNoun(Context& c, int32_t phrase) const;
  void FromVerb(Context& c, int32_t verb) const;
  const transfer::ItemScan* EventItems(Context& c, uint32_t trigger, int32_t verb) const;
  // The status the trigger word and the verbs governing it give.
  TransferStatus StatusOf(const Context& c, uint32_t trigger, int32_t verb,
                          TransferStatus fallback) const;

  const TransferLexicon& lexicon_;
  const EventPatterns& patterns_;
  const recognize::Cues& cues_;
  TransferOptions options_;
};

}  // namespace dossier::code

#endif  // DOSSIER_CODE_TRANSFER_FINDER_H_
