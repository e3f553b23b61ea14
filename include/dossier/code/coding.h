// What the code stage finds in one text: events, arms transfers and quotes,
// each traced to the tokens and bytes that state it.
#ifndef DOSSIER_CODE_CODING_H_
#define DOSSIER_CODE_CODING_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::code {

enum class Modality : uint8_t {
  kAsserted,
  kReported,
  kAlleged,
  kPlanned,
  kThreatened,
  kDenied,
  kNegated,
  kHypothetical,
};
const char* ModalityName(Modality m);
// false when `name` is not one of the names above.
bool ParseModality(std::string_view name, Modality& out);

// A participant: the recognised entity (-1 when the phrase named no entity)
// and the actor code at the text's date.
struct Actor {
  int32_t entity = -1;  // index into recognize::Recognition::entities
  int32_t mention = -1; // index into recognize::Recognition::mentions
  std::string name;
  std::string code;
  bool empty() const { return name.empty(); }
};

// Who a fact is attributed to, innermost first: "The paper reported that
// documents show ..." gives {documents, The paper}.
struct Attribution {
  std::string text;  // the phrase as written ("documents reviewed by the paper")
  Actor actor;       // when the phrase names an entity
  uint32_t begin = 0, end = 0;  // byte span
};

struct Event {
  std::string cameo;   // "072"
  std::string plover;  // "AID", empty when the code has none
  std::string mode;    // PLOVER mode, may be empty
  Actor source, target;
  Modality modality = Modality::kAsserted;
  std::vector<Attribution> attribution;
  std::string date_start, date_end;  // ISO, empty when the sentence gives none
  std::string place;                 // a place named in the clause, when any
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;       // byte span of the clause that states it
  uint32_t verb_begin = 0, verb_end = 0;  // the verb or noun that triggered it
  uint32_t trigger_token = 0;
  std::string pattern;  // which pattern fired: "patterns/aid.tsv:12  $ supply &WEAPON to +"
};

enum class TransferStatus : uint8_t {
  kOffered, kOrdered, kDelivered, kModernised, kLicensed, kReported,
};
const char* TransferStatusName(TransferStatus s);
// How far along a deal a status is: reported < offered < ordered < licensed
// < modernised < delivered.
int TransferStatusRank(TransferStatus s);

struct TransferItem {
  std::string name;      // a knowledge-base weapon's name, else the noun phrase
  std::string category;  // weapon category ("counter_drone", "artillery/fire_control"), may be empty
  std::string quantity;  // as written ("two", "12", "two batteries"), empty when not given
  int32_t entity = -1;   // recognised weapon entity, when any
  TransferStatus status = TransferStatus::kDelivered;  // the furthest along its mentions give
};

// One place that states (part of) a transfer.
struct TransferMention {
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;  // byte span of the clause or noun phrase that states it
  int32_t event = -1;           // the event it came from, when any (index into Coding::events)
};

// An arms transfer: every mention of one supplier-recipient pair in a text,
// merged.
struct Transfer {
  Actor supplier, recipient;
  std::vector<TransferItem> items;
  std::string period_start, period_end;  // ISO, the widest the mentions give; empty when none
  TransferStatus status = TransferStatus::kDelivered;  // the furthest along of the items'
  std::vector<std::string> evidence;  // kinds of documents cited ("invoices", "leaked documents")
  std::vector<TransferMention> mentions;  // in text order
};

struct Quote {
  Actor speaker;               // empty when no speaker was found
  std::string text;            // the words quoted, without the quote marks
  uint32_t begin = 0, end = 0; // byte span of the quoted words
  uint32_t sentence = 0;       // sentence of the quote's start
  bool indirect = false;       // reported speech ("X said that ...") rather than quoted
  std::string how;             // how the speaker was found: "said", "according to", "position", ...
};

struct Coding {
  std::vector<Event> events;
  std::vector<Transfer> transfers;
  std::vector<Quote> quotes;
  void Clear() {
    events.clear();
    transfers.clear();
    quotes.clear();
  }
};

}  // namespace dossier::code

#endif  // DOSSIER_CODE_CODING_H_
