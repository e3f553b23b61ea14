// The working state of TransferFinder::Find for one text, and the helpers
// its files share: items of a stretch of tokens, actors of a phrase, the
// period and status of a mention, and the merging of mentions.
#ifndef DOSSIER_SRC_CODE_TRANSFER_CONTEXT_H_
#define DOSSIER_SRC_CODE_TRANSFER_CONTEXT_H_

#include <deque>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/code/transfer_finder.h"
#include "dossier/text/pos_tag.h"

namespace dossier::code {

// One mention of a transfer before merging; a party may be missing.
struct TransferDraft {
  Actor supplier, recipient;
  std::vector<TransferItem> items;
  std::string period_start, period_end;
  TransferMention mention;
  bool definite = false;  // "the deliveries", "these transfers": refers back
  bool related = false;   // an event between the parties that names no item
};

namespace transfer {

// What a stretch of a clause says besides its items: a recipient named by a
// purpose phrase ("gear destined for X").
struct ItemScan {
  std::vector<TransferItem> items;
  std::vector<uint32_t> begins;  // per item: the byte its name begins at in the text
  std::vector<int32_t> phrases;  // noun phrases that gave items
  std::vector<uint32_t> ends;    // per phrase: the token after it (past a cut compound)
  Actor recipient;
};

// What the phrases after a transfer noun say: items ("the supply of X",
// "orders for X"), the recipient ("to X", "for X"), the supplier ("from X",
// "by X"), and the last token they reach.
struct NounFrame {
  ItemScan scan;
  Actor supplier, recipient;
  uint32_t last = 0;
};

}  // namespace transfer

struct TransferFinder::Context {
  const text::AnalyzedText& text;
  const recognize::Recognition& rec;
  const std::vector<time::TimeMention>& times;
  const std::vector<Event>& events;
  Scratch& s;
  const TransferFinder& finder;
  uint32_t sentence = 0;
  std::vector<TransferDraft> drafts{};
  std::vector<uint8_t> covered{};      // per sentence token: stated by a mention already
  std::vector<uint8_t> phrase_used{};  // per noun phrase: an item or party already
  std::deque<std::pair<uint32_t, transfer::ItemScan>> scans{};  // items by event trigger token

  const text::Token& Tok(uint32_t i) const { return text.tokens[i]; }
  std::string_view Lemma(uint32_t i) const { return text.Lemma(text.tokens[i]); }
  std::string_view Norm(uint32_t i) const { return text.Norm(text.tokens[i]); }
  text::Pos PosOf(uint32_t i) const { return static_cast<text::Pos>(text.tokens[i].pos); }
  const SentenceParse& Parse() const { return s.parse; }
  const TransferLexicon& Lexicon() const { return finder.lexicon_; }
  const EventPatterns& Patterns() const { return finder.patterns_; }
  const recognize::Cues& Cues() const { return finder.cues_; }
  const TransferOptions& Options() const { return finder.options_; }
  // The events of the current sentence: indexes into `events`.
  const int32_t* EventsBegin() const { return s.event_order.data() + s.event_start[sentence]; }
  const int32_t* EventsEnd() const { return s.event_order.data() + s.event_start[sentence + 1]; }
  bool IsCovered(uint32_t token) const { return covered[token - s.parse.first] != 0; }
  void Cover(uint32_t first, uint32_t end);
};

namespace transfer {

// Items of the noun phrases starting in tokens [first, end) that no
// preposition other than "with", "for", "of" (after a unit or a transfer
// noun) or a listing word governs; each conjunct of a list its own item.
void ItemsIn(TransferFinder::Context& c, uint32_t first, uint32_t end, ItemScan& out);
// Items of one noun phrase and the phrases coordinated with it.
void ItemsFrom(TransferFinder::Context& c, int32_t phrase, ItemScan& out);
// The item a noun phrase's modifiers name before a transfer noun ("arms" in
// "arms deliveries"); false when none.
bool ModifierItem(TransferFinder::Context& c, const NounPhrase& np, TransferItem& out);
// Reads the phrases after transfer noun phrase `phrase` (and marks them used).
void ReadNounFrame(TransferFinder::Context& c, int32_t phrase, NounFrame& out);
// A noun that can end an item: a weapon noun (cues), a word of &WEAPON, or
// an item noun of the lexicon ("capabilities").
bool IsItemHead(const TransferFinder::Context& c, uint32_t token);
// An item noun or a weapon modifier ("artillery", "counter-drone").
bool IsWeaponish(const TransferFinder::Context& c, uint32_t token);
// Adds a category to "a/b" unless it is there or empty or "-".
void AddCategory(std::string& categories, std::string_view category);
// The category tokens [first, last] give, "a/b" when several; empty when none.
std::string CategoryOf(const TransferFinder::Context& c, uint32_t first, uint32_t last);

// The actor a noun phrase names (its head entity, else its possessor);
// empty when none. `possessor` tells which it was.
Actor ActorOf(const TransferFinder::Context& c, int32_t phrase, bool* possessor = nullptr);
// An actor named before the head ("Belarus's", "Belarusian"), when any.
Actor ActorBeforeHead(const TransferFinder::Context& c, const NounPhrase& np);
// The actor a recognised mention names; empty when none.
Actor MentionActorOf(const TransferFinder::Context& c, int32_t mention);
// The key that merges actors: the country part of the code ("BLR" for
// "BLRGOV"), else the name.
std::string ActorKey(const Actor& a);

// Widens [start, end] to cover [other_start, other_end] (ISO bounds at any
// precision; empty means none).
void WidenPeriod(std::string& start, std::string& end, const std::string& other_start,
                 const std::string& other_end);
// The widest date of the clause [begin, end) or of an adverbial before it
// with no verb between; else a period the sentence states.
void PeriodOf(const TransferFinder::Context& c, uint32_t begin, uint32_t end, TransferDraft& d);
// The tokens after verb group `v` that belong to its clause for items: up
// to the next clause that is not its own infinitive, gerund, participle or
// list ("including").
uint32_t RegionEnd(const TransferFinder::Context& c, int32_t v);

// Per sentence of the text: the keys of the actors it names.
std::vector<std::set<std::string>> NamedBySentence(const TransferFinder::Context& c);
// Fills the party of `role` unless it is filled or `a` is empty.
void Assign(TransferDraft& d, TransferRole role, const Actor& a);
// Whether the coder coded an event on this token of the current sentence.
bool HasEventAt(const TransferFinder::Context& c, uint32_t token);
// The actor of the "by" phrase in a verb's clause.
Actor AgentOf(const TransferFinder::Context& c, int32_t verb);
// Items that "include" lists in a clause whose subject is `phrase`.
void ListedItems(TransferFinder::Context& c, int32_t phrase, ItemScan& scan);
// The modality of an uncoded verb's clause, read as the coder reads it.
Modality ClauseModality(const TransferFinder::Context& c, int32_t verb);
// Applies it to a status; false when the clause states no transfer.
bool ApplyModality(const TransferFinder::Context& c, int32_t verb, TransferStatus& status);
// Merges drafts into transfers (appended to `out`).
void MergeDrafts(TransferFinder::Context& c, std::vector<Transfer>& out);
// Adds the evidence of the sentences behind each transfer.
void AddEvidence(const TransferFinder::Context& c, std::vector<Transfer>& transfers);

}  // namespace transfer
}  // namespace dossier::code

#endif  // DOSSIER_SRC_CODE_TRANSFER_CONTEXT_H_
