// Transfers stated by verbs the coder left uncoded ("hardware sold by X to
// Y", "providing new gear to X"), and the helpers both kinds of uncoded
// mention share: parties, modality, listed items.
#include <algorithm>

#include "transfer_context.h"

namespace dossier::code {
namespace transfer {

using Ctx = TransferFinder::Context;

void Assign(TransferDraft& d, TransferRole role, const Actor& a) {
  if (a.empty()) return;
  Actor& slot = role == TransferRole::kSupplier ? d.supplier : d.recipient;
  if (slot.empty()) slot = a;
}

bool HasEventAt(const Ctx& c, uint32_t token) {
  for (const int32_t* e = c.EventsBegin(); e != c.EventsEnd(); ++e) {
    if (c.events[*e].trigger_token == token) return true;
  }
  return false;
}

// The actor of the "by" phrase in a verb's clause.
Actor AgentOf(const Ctx& c, int32_t verb) {
  const SentenceParse& p = c.Parse();
  const VerbGroup& g = p.verbs[verb];
  for (uint32_t k = g.end; k + 1 < transfer::RegionEnd(c, verb); ++k) {
    if (c.Norm(k) == "by" && p.PhraseAt(k + 1) != kNoIndex)
      return transfer::ActorOf(c, p.PhraseAt(k + 1));
  }
  return {};
}

// Items listed by "include" in a clause whose subject is `phrase`.
void ListedItems(Ctx& c, int32_t phrase, transfer::ItemScan& scan) {
  const SentenceParse& p = c.Parse();
  for (size_t v = 0; v < p.verbs.size(); ++v) {
    const VerbGroup& g = p.verbs[v];
    if (g.subject != phrase || !c.Lexicon().IsList(c.Lemma(g.head))) continue;
    transfer::ItemsIn(c, g.end, transfer::RegionEnd(c, static_cast<int32_t>(v)), scan);
  }
}

// The modality of an uncoded verb's clause: its negation or modal, then the
// verbs above it ("declined to send", "plans to sell"), as the coder reads
// them (data/events/modality.tsv).
Modality ClauseModality(const Ctx& c, int32_t v) {
  const SentenceParse& p = c.Parse();
  const VerbGroup* g = &p.verbs[v];
  Modality m = Modality::kAsserted;
  if (g->negated) return Modality::kNegated;
  if (g->modal != kNoIndex) {
    const ModalityCue* cue = c.Patterns().Cue(c.Lemma(static_cast<uint32_t>(g->modal)));
    if (cue != nullptr && cue->kind == ModalityCue::Kind::kModal) m = cue->modality;
  }
  for (int depth = 0; depth < 6 && g->governor != kNoIndex; ++depth) {
    g = &p.verbs[g->governor];
    const ModalityCue* cue = c.Patterns().Cue(c.Lemma(g->head));
    if (cue != nullptr && cue->kind == ModalityCue::Kind::kGovern && m == Modality::kAsserted)
      m = cue->modality;
    if (g->negated && m == Modality::kAsserted) m = Modality::kNegated;
  }
  return m;
}

// Applies the clause's modality to a status; false when the clause states
// no transfer.
bool ApplyModality(const Ctx& c, int32_t v, TransferStatus& status) {
  bool drops = false;
  const TransferStatus* s = c.Lexicon().ModalityStatus(ClauseModality(c, v), drops);
  if (s != nullptr && status == TransferStatus::kDelivered) status = *s;
  return !drops;
}

}  // namespace transfer

using transfer::AgentOf;
using transfer::ApplyModality;
using transfer::Assign;
using transfer::HasEventAt;
using transfer::ListedItems;

namespace {

using Ctx = TransferFinder::Context;

// The subject of a verb: for "X aided Y by modernising Z" and the verbs
// coordinated with it, the subject of the verb the gerund hangs on.
int32_t SubjectOf(const Ctx& c, int32_t v) {
  const SentenceParse& p = c.Parse();
  int32_t g = v;
  while (g > 0 && p.verbs[g].link == ClauseLink::kCoordinate) --g;
  if (p.verbs[g].link == ClauseLink::kGerund && p.verbs[g].governor != kNoIndex)
    return p.verbs[p.verbs[g].governor].subject;
  return p.verbs[v].subject;
}

// The actor a verb's subject names; for an infinitive or gerund whose
// subject names none ("signed a contract to sell"), its governor's.
Actor SubjectActor(const Ctx& c, int32_t v) {
  const SentenceParse& p = c.Parse();
  for (int depth = 0; depth < 4 && v != kNoIndex; ++depth) {
    Actor a = transfer::ActorOf(c, SubjectOf(c, v));
    const VerbGroup& g = p.verbs[v];
    if (!a.empty() || (g.link != ClauseLink::kInfinitive && g.link != ClauseLink::kGerund))
      return a;
    v = g.governor;
  }
  return {};
}

// "X aided Y by providing Z": the event of the verb a gerund or infinitive
// hangs on, when it is a transfer or related event, gives the parties.
void PartiesFromGovernor(const Ctx& c, int32_t v, TransferDraft& d) {
  const SentenceParse& p = c.Parse();
  int32_t g = v;
  while (g > 0 && p.verbs[g].link == ClauseLink::kCoordinate) --g;
  if (p.verbs[g].link != ClauseLink::kGerund && p.verbs[g].link != ClauseLink::kInfinitive) return;
  if (p.verbs[g].governor == kNoIndex) return;
  uint32_t head = p.verbs[p.verbs[g].governor].head;
  for (const int32_t* ei = c.EventsBegin(); ei != c.EventsEnd(); ++ei) {
    const Event& e = c.events[*ei];
    if (e.trigger_token != head) continue;
    if (c.Lexicon().Code(e.cameo) == nullptr && !c.Lexicon().IsRelatedCode(e.cameo)) continue;
    if (d.supplier.empty()) d.supplier = e.source;
    if (d.recipient.empty()) d.recipient = e.target;
    return;
  }
}

// Punctuation and coordinators a mention's span does not end on.
bool IsTrailing(text::Pos p) {
  return p == text::Pos::kSentenceEnd || p == text::Pos::kComma || p == text::Pos::kCC ||
         p == text::Pos::kCloseQuote || p == text::Pos::kOpenQuote || p == text::Pos::kMidPunct;
}

// Parties named in a transfer verb's clause: the "by" agent (passive),
// "to"/"for" (recipient), "from" (supplier), and for verbs of giving an actor
// as object ("provided Azerbaijan with drones").
void PartiesInClause(const Ctx& c, const VerbGroup& g, uint32_t end, const TransferWord& word,
                     TransferDraft& d) {
  const SentenceParse& p = c.Parse();
  const bool passive = g.passive || g.link == ClauseLink::kParticiple;
  bool object_seen = false;
  for (uint32_t k = g.end; k < end; ++k) {
    int32_t np = p.PhraseAt(k);
    if (np == kNoIndex || p.phrases[np].first != k) continue;
    Actor a = transfer::ActorOf(c, np);
    const int32_t prep = p.phrases[np].prep;
    std::string_view w =
        prep == kNoIndex ? std::string_view() : c.Norm(static_cast<uint32_t>(prep));
    if (w == "by" && passive)
      Assign(d, word.role, a);
    else if (w == "to" || w == "for")
      Assign(d, TransferRole::kRecipient, a);
    else if (w == "from")
      Assign(d, TransferRole::kSupplier, a);
    else if (prep == kNoIndex && !object_seen && word.role == TransferRole::kSupplier)
      Assign(d, TransferRole::kRecipient, a);
    if (prep == kNoIndex) object_seen = true;
    k = p.phrases[np].end - 1;
  }
}

// The bytes a verb mention spans: from the subject of its clause (through
// the verb an infinitive hangs on: "X signed a deal to sell ...") to the end
// of its clause, without trailing punctuation.
void ClauseSpan(const Ctx& c, const VerbGroup& g, uint32_t end, uint32_t& begin_byte,
                uint32_t& end_byte) {
  const SentenceParse& p = c.Parse();
  const VerbGroup* top = &g;
  for (int depth = 0;
       depth < 4 && top->link == ClauseLink::kInfinitive && top->governor != kNoIndex; ++depth)
    top = &p.verbs[top->governor];
  uint32_t first = top->first;
  bool own_subject = top->link != ClauseLink::kGerund && top->link != ClauseLink::kInfinitive &&
                     top->link != ClauseLink::kCoordinate;
  if (top->subject != kNoIndex && own_subject && p.phrases[top->subject].first < first)
    first = p.phrases[top->subject].first;
  uint32_t last = std::max(end, g.end) - 1;
  while (last > g.end && IsTrailing(c.PosOf(last))) --last;
  begin_byte = c.Tok(first).begin;
  end_byte = c.Tok(last).end;
}

}  // namespace

void TransferFinder::FromVerb(Context& c, int32_t vi) const {
  const SentenceParse& p = c.Parse();
  const VerbGroup& g = p.verbs[vi];
  const TransferWord* word = lexicon_.Verb(c.Lemma(g.head));
  if (word == nullptr || c.IsCovered(g.head) || HasEventAt(c, g.head)) return;
  TransferStatus status = StatusOf(c, g.head, vi, word->status);
  if (!ApplyModality(c, vi, status)) return;
  const bool participle = g.link == ClauseLink::kParticiple;
  const uint32_t end = transfer::RegionEnd(c, vi);
  transfer::ItemScan scan;
  if ((g.passive || participle) && g.subject != kNoIndex) transfer::ItemsFrom(c, g.subject, scan);
  transfer::ItemsIn(c, g.end, end, scan);
  if (participle && g.subject != kNoIndex) ListedItems(c, g.subject, scan);
  if (scan.items.empty()) return;
  TransferDraft d;
  if (!g.passive && !participle) Assign(d, word->role, SubjectActor(c, vi));
  PartiesInClause(c, g, end, *word, d);
  Assign(d, TransferRole::kRecipient, scan.recipient);
  PartiesFromGovernor(c, vi, d);
  d.items = std::move(scan.items);
  for (TransferItem& item : d.items) item.status = status;
  uint32_t begin_byte = 0, end_byte = 0;
  ClauseSpan(c, g, end, begin_byte, end_byte);
  transfer::PeriodOf(c, begin_byte, end_byte, d);
  d.mention = {c.sentence, begin_byte, end_byte, -1};
  c.Cover(g.first, end);
  c.drafts.push_back(std::move(d));
}

}  // namespace dossier::code
