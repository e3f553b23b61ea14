// Items of an arms transfer: the weapon noun phrases of a clause, one item
// per conjunct of a list, each with a category and a quantity.
#include <algorithm>

#include "transfer_context.h"

namespace dossier::code::transfer {
namespace {

using Ctx = TransferFinder::Context;
using text::Pos;

const recognize::RecognizedEntity* WeaponStartingAt(const Ctx& c, uint32_t i, uint32_t& end) {
  int32_t m = c.s.mention_at[i];
  if (m < 0 || c.rec.mentions[m].first_token != i) return nullptr;
  const recognize::RecognizedEntity& e = c.rec.entities[c.rec.mentions[m].entity];
  end = c.rec.mentions[m].end_token;
  return e.type == "weapon" ? &e : nullptr;
}

// Whether token `i` is a hyphen or a word glued by one ("of" in
// "state-of-the-art").
bool IsGlued(const Ctx& c, uint32_t i) {
  if (c.Tok(i).Has(text::kJoiner)) return true;
  bool after = i > 0 && c.Tok(i - 1).Has(text::kJoiner) && !c.Tok(i).Has(text::kSpaceBefore);
  bool before = i + 1 < c.text.tokens.size() && c.Tok(i + 1).Has(text::kJoiner) &&
                !c.Tok(i + 1).Has(text::kSpaceBefore);
  return after || before;
}

// The end of a phrase the chunker cut inside a hyphenated compound
// ("state-of-the-art gear"): through the glued tokens and the phrase that
// finishes the compound.
uint32_t GluedEnd(const Ctx& c, uint32_t end) {
  const SentenceParse& p = c.Parse();
  uint32_t k = end;
  while (k < p.end && k > p.first && !c.Tok(k).Has(text::kSpaceBefore) &&
         (c.Tok(k - 1).Has(text::kJoiner) || c.Tok(k).Has(text::kJoiner))) {
    int32_t np = p.PhraseAt(k);
    k = np != kNoIndex && p.phrases[np].end > k ? p.phrases[np].end : k + 1;
  }
  return k;
}

// The first token of an item's name in [first, head): past determiners,
// numbers, possessors and the actors that qualify it ("Belarusian drones").
// Sets `quantity` from a number among them.
uint32_t NameStart(const Ctx& c, uint32_t first, uint32_t head, std::string& quantity) {
  uint32_t start = first;
  for (uint32_t i = first; i < head; ++i) {
    if (IsGlued(c, i)) continue;
    Pos p = c.PosOf(i);
    int32_t m = c.s.mention_at[i];
    if (m >= 0 && c.rec.entities[c.rec.mentions[m].entity].type != "weapon") {
      start = std::max(start, std::min(head, c.rec.mentions[m].end_token));
    } else if (p == Pos::kCD) {
      quantity = std::string(c.text.Surface(c.Tok(i)));
      start = i + 1;
    } else if (p == Pos::kDT || p == Pos::kPDT || p == Pos::kPRPS || p == Pos::kPOS ||
               c.Norm(i) == "than") {
      start = i + 1;
    }
  }
  return start;
}

std::string_view Span(const Ctx& c, uint32_t first, uint32_t last) {
  return c.text.text.substr(c.Tok(first).begin, c.Tok(last).end - c.Tok(first).begin);
}

// One conjunct [first, end): the weapon systems it names, else the phrase
// when its head is an item noun. Returns the index of the last item added,
// -1 when none.
int32_t AddConjunct(Ctx& c, uint32_t first, uint32_t end, const std::string& quantity,
                    ItemScan& out) {
  if (first >= end) return -1;
  int32_t added = -1;
  std::string number;
  for (uint32_t i = first; i < end; ++i) {
    uint32_t weapon_end = i;
    const recognize::RecognizedEntity* e = WeaponStartingAt(c, i, weapon_end);
    if (e == nullptr) continue;
    NameStart(c, first, i, number);
    TransferItem item;
    item.name = e->name;
    item.category = e->kind;
    item.entity = static_cast<int32_t>(c.rec.mentions[c.s.mention_at[i]].entity);
    item.quantity = number.empty() ? quantity : number;
    out.items.push_back(std::move(item));
    out.begins.push_back(c.Tok(i).begin);
    added = static_cast<int32_t>(out.items.size()) - 1;
    i = std::max(i, weapon_end - 1);
  }
  if (added >= 0) return added;
  uint32_t head = end - 1;
  while (head > first && !text::IsNoun(c.PosOf(head))) --head;
  if (!IsItemHead(c, head)) return -1;
  uint32_t start = NameStart(c, first, head, number);
  TransferItem item;
  item.name = std::string(Span(c, start, head));
  item.category = CategoryOf(c, start, head);
  item.quantity = number.empty() ? quantity : number;
  out.items.push_back(std::move(item));
  out.begins.push_back(c.Tok(start).begin);
  return static_cast<int32_t>(out.items.size()) - 1;
}

// "gear used for electronic warfare", "systems destined for X": a purpose
// phrase after a noun phrase adds its categories to the item before it, or
// names the recipient.
void AddPurpose(Ctx& c, uint32_t phrase_end, int32_t item, ItemScan& out) {
  const SentenceParse& p = c.Parse();
  uint32_t k = phrase_end;
  bool participle = k < p.end && c.Lexicon().IsPurpose(c.Norm(k));
  if (participle) ++k;
  if (k + 1 >= p.end || (c.Norm(k) != "for" && !(participle && c.Norm(k) == "to"))) return;
  int32_t next = p.PhraseAt(k + 1);
  if (next == kNoIndex || p.phrases[next].first != k + 1 || c.phrase_used[next]) return;
  if (Actor a = ActorOf(c, next); !a.empty()) {
    if (out.recipient.empty()) out.recipient = a;
    c.phrase_used[next] = 1;
    return;
  }
  if (item < 0 || c.Norm(k) != "for") return;
  const NounPhrase& np = p.phrases[next];
  std::string extra = CategoryOf(c, np.first, np.end - 1);
  if (extra.empty()) return;
  TransferItem& it = out.items[item];
  // The name as written, through the purpose phrase.
  if (it.entity < 0) {
    uint32_t begin = out.begins[item];
    it.name = std::string(c.text.text.substr(begin, c.Tok(np.end - 1).end - begin));
  }
  size_t from = 0;
  while (from < extra.size()) {
    size_t slash = extra.find('/', from);
    if (slash == std::string::npos) slash = extra.size();
    AddCategory(it.category, std::string_view(extra).substr(from, slash - from));
    from = slash + 1;
  }
  c.phrase_used[next] = 1;
}

// Splits tokens [first, end) of a phrase at commas and coordinators; the
// quantity goes to the first conjunct. Returns how many items it gave.
size_t AddConjuncts(Ctx& c, uint32_t first, uint32_t end, const std::string& quantity,
                    ItemScan& out) {
  size_t before = out.items.size();
  uint32_t start = first;
  int32_t last = -1;
  for (uint32_t i = first; i <= end; ++i) {
    bool cut = i == end || c.PosOf(i) == Pos::kCC || c.PosOf(i) == Pos::kComma;
    if (!cut) continue;
    last = AddConjunct(c, start, i, start == first ? quantity : std::string(), out);
    start = i + 1;
  }
  AddPurpose(c, end, last, out);
  return out.items.size() - before;
}

// The phrase coordinated after the one ending at `end`: after ",", "and",
// "or", "as well as"; kNoIndex when none.
int32_t NextConjunct(const Ctx& c, uint32_t end) {
  const SentenceParse& p = c.Parse();
  uint32_t k = end;
  while (k < p.end) {
    std::string_view w = c.Norm(k);
    if (w == "," || w == "and" || w == "or") {
      ++k;
    } else if (w == "as" && k + 2 < p.end && c.Norm(k + 1) == "well" && c.Norm(k + 2) == "as") {
      k += 3;
    } else {
      break;
    }
  }
  if (k == end || k >= p.end) return kNoIndex;
  int32_t next = p.PhraseAt(k);
  if (next == kNoIndex || p.phrases[next].first != k || p.phrases[next].pronoun) return kNoIndex;
  const NounPhrase& np = p.phrases[next];
  return np.prep == kNoIndex || static_cast<uint32_t>(np.prep) >= end ? next : kNoIndex;
}

bool AllowsItem(const Ctx& c, const NounPhrase& np) {
  if (np.prep == kNoIndex) return true;
  uint32_t prep = static_cast<uint32_t>(np.prep);
  std::string_view w = c.Norm(prep);
  if (w == "with" || w == "for" || c.Lexicon().IsList(w)) return true;
  return w == "as" && prep > c.Parse().first && c.Norm(prep - 1) == "such";
}

}  // namespace

void ItemsFrom(Ctx& c, int32_t phrase, ItemScan& out) {
  const SentenceParse& p = c.Parse();
  std::string quantity;
  for (int32_t np = phrase; np != kNoIndex;) {
    if (c.phrase_used[np]) break;
    const NounPhrase& ph = p.phrases[np];
    uint32_t e = ph.end;
    const std::string_view head = c.Lemma(ph.head);
    const bool unit = c.Lexicon().IsUnit(head);
    // "two batteries of X", "the supply of X", "production of X": the items
    // follow "of".
    if (e + 1 < p.end && c.Norm(e) == "of" &&
        (unit || c.Lexicon().Noun(head) != nullptr || c.Lexicon().IsCarrier(head)) &&
        p.PhraseAt(e + 1) != kNoIndex && p.phrases[p.PhraseAt(e + 1)].first == e + 1) {
      c.phrase_used[np] = 1;
      if (unit) {
        uint32_t q = ph.first;
        while (q < ph.head && (c.PosOf(q) == Pos::kDT || c.PosOf(q) == Pos::kPRPS)) ++q;
        quantity = std::string(Span(c, q, ph.head));
      }
      np = p.PhraseAt(e + 1);
      continue;
    }
    c.phrase_used[np] = 1;
    e = GluedEnd(c, e);
    if (AddConjuncts(c, ph.first, e, quantity, out) == 0) {
      c.phrase_used[np] = 0;
      break;
    }
    for (int32_t q = np + 1; q < static_cast<int32_t>(p.phrases.size()) && p.phrases[q].first < e;
         ++q)
      c.phrase_used[q] = 1;
    quantity.clear();
    out.phrases.push_back(np);
    out.ends.push_back(e);
    np = NextConjunct(c, e);
  }
}

void ItemsIn(Ctx& c, uint32_t first, uint32_t end, ItemScan& out) {
  const SentenceParse& p = c.Parse();
  for (size_t i = 0; i < p.phrases.size(); ++i) {
    const NounPhrase& np = p.phrases[i];
    if (np.first < first || np.first >= end || np.pronoun || c.phrase_used[i]) continue;
    if (!AllowsItem(c, np)) continue;
    ItemsFrom(c, static_cast<int32_t>(i), out);
  }
}

bool ModifierItem(Ctx& c, const NounPhrase& np, TransferItem& out) {
  if (np.head == np.first || !IsWeaponish(c, np.head - 1)) return false;
  std::string ignored;
  uint32_t start = NameStart(c, np.first, np.head, ignored);
  while (start < np.head - 1 && !IsWeaponish(c, start)) ++start;
  if (start >= np.head) return false;
  out.name = std::string(Span(c, start, np.head - 1));
  out.category = CategoryOf(c, start, np.head - 1);
  return true;
}

}  // namespace dossier::code::transfer
