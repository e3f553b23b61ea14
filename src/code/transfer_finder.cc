#include "dossier/code/transfer_finder.h"

#include <algorithm>

#include "transfer_context.h"

namespace dossier::code {
namespace {

// Whether the sentence may state a transfer: a transfer event, or a word
// that states one.
bool MayHoldTransfer(const TransferFinder::Context& c, const TransferLexicon& lexicon,
                     uint32_t sentence) {
  for (const int32_t* e = c.EventsBegin(); e != c.EventsEnd(); ++e) {
    if (lexicon.Code(c.events[*e].cameo) != nullptr) return true;
  }
  const text::Sentence& s = c.text.sentences[sentence];
  for (uint32_t t = s.first_token; t < s.last_token; ++t) {
    std::string_view lemma = c.Lemma(t);
    if (lexicon.Verb(lemma) != nullptr || lexicon.Noun(lemma) != nullptr) return true;
  }
  return false;
}

// Buckets the events by sentence (a counting sort, in text order within one).
void IndexEvents(const text::AnalyzedText& text, const std::vector<Event>& events,
                 TransferFinder::Scratch& s) {
  const size_t n = text.sentences.size();
  s.event_start.assign(n + 2, 0);
  for (const Event& e : events) {
    if (e.sentence < n) ++s.event_start[e.sentence + 2];
  }
  for (size_t i = 2; i < s.event_start.size(); ++i) s.event_start[i] += s.event_start[i - 1];
  s.event_order.resize(s.event_start[n + 1]);
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].sentence < n)
      s.event_order[s.event_start[events[i].sentence + 1]++] = static_cast<int32_t>(i);
  }
}

}  // namespace

void TransferFinder::Find(const text::AnalyzedText& text, const recognize::Recognition& recognition,
                          const std::vector<time::TimeMention>& times,
                          const std::vector<Event>& events, std::vector<Transfer>& out,
                          Scratch& scratch) const {
  Context c{text, recognition, times, events, scratch, *this};
  const size_t n = text.tokens.size();
  scratch.atom_end.assign(n, 0);
  scratch.mention_at.assign(n, -1);
  for (size_t m = 0; m < recognition.mentions.size(); ++m) {
    const recognize::Mention& mention = recognition.mentions[m];
    if (mention.end_token > n || mention.end_token <= mention.first_token) continue;
    scratch.atom_end[mention.first_token] =
        std::max(scratch.atom_end[mention.first_token], mention.end_token);
    for (uint32_t t = mention.first_token; t < mention.end_token; ++t)
      scratch.mention_at[t] = static_cast<int32_t>(m);
  }
  IndexEvents(text, events, scratch);
  for (uint32_t s = 0; s < text.sentences.size(); ++s) {
    c.sentence = s;
    const text::Sentence& sentence = text.sentences[s];
    if (sentence.last_token - sentence.first_token > options_.max_sentence_tokens) continue;
    if (!MayHoldTransfer(c, lexicon_, s)) continue;
    FindInSentence(c, s);
  }
  size_t first = out.size();
  transfer::MergeDrafts(c, out);
  std::vector<Transfer> added(std::make_move_iterator(out.begin() + static_cast<ptrdiff_t>(first)),
                              std::make_move_iterator(out.end()));
  transfer::AddEvidence(c, added);
  out.resize(first);
  for (Transfer& t : added) out.push_back(std::move(t));
}

void TransferFinder::FindInSentence(Context& c, uint32_t sentence) const {
  ClauseParser parser(ParserLexicon(patterns_));
  parser.Parse(
      c.text, sentence, c.s.atom_end,
      [this](std::string_view lemma) {
        const ModalityCue* cue = patterns_.Cue(lemma);
        return cue != nullptr &&
               (cue->kind == ModalityCue::Kind::kReport || cue->kind == ModalityCue::Kind::kGovern);
      },
      c.s.parse);
  const SentenceParse& p = c.s.parse;
  c.covered.assign(p.end - p.first, 0);
  c.phrase_used.assign(p.phrases.size(), 0);
  c.scans.clear();
  for (const int32_t* e = c.EventsBegin(); e != c.EventsEnd(); ++e) FromEvent(c, *e);
  for (size_t v = 0; v < p.verbs.size(); ++v) FromVerb(c, static_cast<int32_t>(v));
  for (size_t np = 0; np < p.phrases.size(); ++np) FromNoun(c, static_cast<int32_t>(np));
}

TransferStatus TransferFinder::StatusOf(const Context& c, uint32_t trigger, int32_t verb,
                                        TransferStatus fallback) const {
  const SentenceParse& p = c.Parse();
  TransferStatus status = fallback;
  std::string_view lemma = c.Lemma(trigger);
  if (const TransferStatus* g = lexicon_.Governor(lemma)) return *g;
  bool found = true;
  if (const TransferWord* w = lexicon_.Verb(lemma))
    status = w->status;
  else if (const TransferWord* n = lexicon_.Noun(lemma))
    status = n->status;
  else
    found = false;
  if (verb == kNoIndex) return status;
  // "granted X a licence to produce": a transfer word in the clause.
  for (uint32_t k = p.verbs[verb].end, end = transfer::RegionEnd(c, verb); k < end && !found; ++k) {
    const TransferWord* w = lexicon_.Verb(c.Lemma(k));
    if (w == nullptr) w = lexicon_.Noun(c.Lemma(k));
    if (w != nullptr) {
      status = w->status;
      found = true;
    }
  }
  // "agreed to buy", "offered to sell": the verb above tells how far the deal is.
  const VerbGroup* g = &p.verbs[verb];
  for (int depth = 0; depth < 4 && g->governor != kNoIndex; ++depth) {
    g = &p.verbs[g->governor];
    if (const TransferStatus* s = lexicon_.Governor(c.Lemma(g->head))) return *s;
  }
  return status;
}

void TransferFinder::FromEvent(Context& c, int32_t ei) const {
  const Event& e = c.events[ei];
  const TransferStatus* code_status = lexicon_.Code(e.cameo);
  if (code_status == nullptr && !lexicon_.IsRelatedCode(e.cameo)) return;
  bool drops = false;
  const TransferStatus* modality = lexicon_.ModalityStatus(e.modality, drops);
  const SentenceParse& p = c.Parse();
  const uint32_t t = e.trigger_token;
  if (drops || t < p.first || t >= p.end) return;
  const int32_t v = p.VerbAt(t);
  TransferDraft d;
  d.supplier = e.source;
  d.recipient = e.target;
  d.mention = {e.sentence, e.begin, e.end, ei};
  transfer::PeriodOf(c, e.begin, e.end, d);
  // The coder dates an event from its whole sentence ("the supply of X to Y
  // began in 2020"): use that when the clause itself gives no date.
  if (d.period_start.empty() && !e.date_start.empty()) {
    d.period_start = e.date_start;
    d.period_end = e.date_end.empty() ? e.date_start : e.date_end;
  }
  const transfer::ItemScan* scan = code_status != nullptr ? EventItems(c, t, v) : nullptr;
  if (scan == nullptr || scan->items.empty()) {
    d.related = true;
    c.drafts.push_back(std::move(d));
    return;
  }
  if (d.recipient.empty()) d.recipient = scan->recipient;
  TransferStatus status = StatusOf(c, t, v, *code_status);
  if (modality != nullptr && status == TransferStatus::kDelivered) status = *modality;
  d.items = scan->items;
  for (TransferItem& item : d.items) item.status = status;
  c.drafts.push_back(std::move(d));
}

// The items of an event's clause, read once per trigger: the events of one
// clause (several sources or targets) share them.
const transfer::ItemScan* TransferFinder::EventItems(Context& c, uint32_t t, int32_t v) const {
  for (const auto& [token, cached] : c.scans) {
    if (token == t) return &cached;
  }
  const SentenceParse& p = c.Parse();
  c.scans.emplace_back(t, transfer::ItemScan());
  transfer::ItemScan& scan = c.scans.back().second;
  if (v != kNoIndex) {
    const VerbGroup& g = p.verbs[v];
    uint32_t end = transfer::RegionEnd(c, v);
    if (g.passive && g.subject != kNoIndex) transfer::ItemsFrom(c, g.subject, scan);
    transfer::ItemsIn(c, g.end, end, scan);
    c.Cover(g.first, end);
  } else if (int32_t np = p.PhraseAt(t); np != kNoIndex) {
    transfer::NounFrame frame;
    transfer::ReadNounFrame(c, np, frame);
    scan = std::move(frame.scan);
    if (scan.recipient.empty()) scan.recipient = frame.recipient;
    c.Cover(p.phrases[np].first, frame.last + 1);
  }
  return &scan;
}

}  // namespace dossier::code
