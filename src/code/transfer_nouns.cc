// Transfers stated by nouns the coder left uncoded: "the supply of drones
// to X", "Belarus's deliveries", "orders for X for artillery gear".
#include <algorithm>

#include "transfer_context.h"

namespace dossier::code {

using transfer::AgentOf;
using transfer::ApplyModality;
using transfer::Assign;
using transfer::HasEventAt;
using transfer::ListedItems;

namespace {

using Ctx = TransferFinder::Context;

TransferRole Other(TransferRole r) {
  return r == TransferRole::kSupplier ? TransferRole::kRecipient : TransferRole::kSupplier;
}

// The verb whose clause holds the noun phrase as its subject, else the
// nearest before it that holds it as its object.
int32_t GoverningVerb(const Ctx& c, int32_t phrase, bool& as_subject) {
  const SentenceParse& p = c.Parse();
  const NounPhrase& np = p.phrases[phrase];
  int32_t object_of = kNoIndex;
  for (size_t v = 0; v < p.verbs.size(); ++v) {
    const VerbGroup& g = p.verbs[v];
    if (g.subject == phrase) {
      as_subject = true;
      return static_cast<int32_t>(v);
    }
    if (np.first >= g.end && np.first < g.scope_end && np.prep == kNoIndex)
      object_of = static_cast<int32_t>(v);
  }
  as_subject = false;
  return object_of;
}

bool IsDefinite(const Ctx& c, const NounPhrase& np) {
  std::string_view w = c.Norm(np.first);
  return w == "the" || w == "this" || w == "these" || w == "those" || w == "that" || w == "such" ||
         c.PosOf(np.first) == text::Pos::kPRPS;
}

// A verb that lets a transfer noun take its subject or agent as a party and
// its dates: the lexicon's light and govern verbs, &LIGHT.
bool IsLightVerb(const Ctx& c, std::string_view lemma) {
  const std::vector<std::string>* light = c.Patterns().Synset("LIGHT");
  return c.Lexicon().IsLight(lemma) || c.Lexicon().Governor(lemma) != nullptr ||
         (light != nullptr && std::find(light->begin(), light->end(), lemma) != light->end());
}

// "Belarus continued its deliveries", "orders were placed by X": the verb a
// transfer noun hangs on gives a party (when it is a light or governing
// verb) and may change the status. False when its clause states no
// transfer (negated, hypothetical).
bool HangOn(const Ctx& c, int32_t v, bool as_subject, const TransferWord& word, TransferDraft& d,
            TransferStatus& status) {
  const VerbGroup& g = c.Parse().verbs[v];
  std::string_view lemma = c.Lemma(g.head);
  const bool is_light = IsLightVerb(c, lemma);
  if (is_light && !as_subject && !g.passive) Assign(d, word.role, transfer::ActorOf(c, g.subject));
  if (is_light && as_subject && g.passive) Assign(d, word.role, AgentOf(c, v));
  if (const TransferStatus* s = c.Lexicon().Governor(lemma)) status = *s;
  return ApplyModality(c, v, status);
}

}  // namespace

namespace transfer {

void ReadNounFrame(Ctx& c, int32_t phrase, NounFrame& out) {
  const SentenceParse& p = c.Parse();
  const NounPhrase& np = p.phrases[phrase];
  const TransferWord* word = c.Lexicon().Noun(c.Lemma(np.head));
  TransferRole with_role = word != nullptr ? Other(word->role) : TransferRole::kSupplier;
  c.phrase_used[phrase] = 1;
  out.last = np.end - 1;
  uint32_t k = np.end;
  for (int hops = 0; hops < 6 && k + 1 < p.end; ++hops) {
    if (c.Lexicon().IsPurpose(c.Norm(k))) ++k;
    int32_t next = k + 1 < p.end ? p.PhraseAt(k + 1) : kNoIndex;
    if (next == kNoIndex || p.phrases[next].first != k + 1) break;
    std::string_view prep = c.Norm(k);
    if (Actor a = ActorOf(c, next); !a.empty()) {
      TransferRole role;
      if (prep == "to" || prep == "for")
        role = TransferRole::kRecipient;
      else if (prep == "from" || prep == "by")
        role = TransferRole::kSupplier;
      else if (prep == "with")
        role = with_role;  // "orders with X", "a deal with X"
      else
        break;
      Actor& slot = role == TransferRole::kSupplier ? out.supplier : out.recipient;
      if (slot.empty()) slot = std::move(a);
      c.phrase_used[next] = 1;
    } else if (prep == "of" || prep == "for" || prep == "with" || c.Lexicon().IsList(prep)) {
      size_t before = out.scan.phrases.size();
      ItemsFrom(c, next, out.scan);
      if (out.scan.phrases.size() == before) break;
      k = out.scan.ends.back();
      out.last = k - 1;
      continue;
    } else {
      break;
    }
    k = p.phrases[next].end;
    out.last = k - 1;
  }
  if (out.recipient.empty()) out.recipient = out.scan.recipient;
}

}  // namespace transfer

void TransferFinder::FromNoun(Context& c, int32_t pi) const {
  const SentenceParse& p = c.Parse();
  const NounPhrase& np = p.phrases[pi];
  const TransferWord* word = lexicon_.Noun(c.Lemma(np.head));
  if (word == nullptr || np.pronoun || c.phrase_used[pi] || c.IsCovered(np.head) ||
      HasEventAt(c, np.head))
    return;
  transfer::NounFrame frame;
  TransferItem modifier;
  bool has_modifier = transfer::ModifierItem(c, np, modifier);
  transfer::ReadNounFrame(c, pi, frame);
  ListedItems(c, pi, frame.scan);
  if (has_modifier) frame.scan.items.insert(frame.scan.items.begin(), modifier);
  if (frame.scan.items.empty()) return;
  TransferDraft d;
  d.supplier = frame.supplier;
  d.recipient = frame.recipient;
  Assign(d, word->role, transfer::ActorBeforeHead(c, np));
  bool as_subject = false;
  int32_t v = GoverningVerb(c, pi, as_subject);
  TransferStatus status = word->status;
  if (v != kNoIndex && !HangOn(c, v, as_subject, *word, d, status)) return;
  d.items = std::move(frame.scan.items);
  for (TransferItem& item : d.items) item.status = status;
  d.definite = IsDefinite(c, np);
  uint32_t begin = c.Tok(np.first).begin, end = c.Tok(frame.last).end;
  // Its date may stand in the clause of the verb it hangs on ("the supply of
  // X began in 2020").
  uint32_t period_end = end;
  if (v != kNoIndex && IsLightVerb(c, c.Lemma(p.verbs[v].head))) {
    uint32_t region_end = transfer::RegionEnd(c, v);
    if (region_end > p.first) period_end = std::max(end, c.Tok(region_end - 1).end);
  }
  transfer::PeriodOf(c, begin, period_end, d);
  d.mention = {c.sentence, begin, end, -1};
  c.Cover(np.first, frame.last + 1);
  c.drafts.push_back(std::move(d));
}

}  // namespace dossier::code
