// Transfers of a text from their mentions: the mentions of one supplier and
// recipient merge; a mention missing a party joins the transfer it fits;
// evidence comes from the sentences behind each transfer.
#include <algorithm>
#include <cctype>
#include <set>

#include "transfer_context.h"

namespace dossier::code::transfer {
namespace {

using Ctx = TransferFinder::Context;
using Keys = std::pair<std::string, std::string>;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

// Prefers the country ("Belarus", BLR) to one of its sectors or people.
void KeepBroader(Actor& kept, const Actor& other) {
  if (kept.empty() || (other.code.size() == 3 && kept.code.size() > 3)) kept = other;
}

void AddItem(Transfer& t, const TransferItem& item) {
  for (TransferItem& have : t.items) {
    bool same = item.entity >= 0 ? have.entity == item.entity
                                 : have.entity < 0 && Lower(have.name) == Lower(item.name);
    if (!same) continue;
    if (TransferStatusRank(item.status) > TransferStatusRank(have.status))
      have.status = item.status;
    if (have.quantity.empty()) have.quantity = item.quantity;
    if (have.category.empty()) have.category = item.category;
    return;
  }
  t.items.push_back(item);
}

void Absorb(Transfer& t, const TransferDraft& d) {
  KeepBroader(t.supplier, d.supplier);
  KeepBroader(t.recipient, d.recipient);
  for (const TransferItem& item : d.items) AddItem(t, item);
  WidenPeriod(t.period_start, t.period_end, d.period_start, d.period_end);
  t.mentions.push_back(d.mention);
}

// The sentences between a draft and the transfer's nearest mention (those
// before it count first).
uint32_t Distance(const Transfer& t, uint32_t sentence) {
  uint32_t best = UINT32_MAX;
  for (const TransferMention& m : t.mentions) {
    uint32_t d = m.sentence <= sentence ? sentence - m.sentence : 2 * (m.sentence - sentence) + 1;
    best = std::min(best, d);
  }
  return best;
}

int32_t Nearest(const std::vector<Transfer>& found, const std::vector<int32_t>& among,
                uint32_t sentence) {
  int32_t best = -1;
  uint32_t best_distance = UINT32_MAX;
  for (int32_t i : among) {
    uint32_t d = Distance(found[static_cast<size_t>(i)], sentence);
    if (d < best_distance) {
      best = i;
      best_distance = d;
    }
  }
  return best;
}

// A mention without parties says something only when it names a weapon
// system or a kind of weapon, or refers back ("the deliveries").
bool Informative(const TransferDraft& d) {
  if (d.definite) return true;
  return std::any_of(d.items.begin(), d.items.end(), [](const TransferItem& item) {
    return item.entity >= 0 || !item.category.empty();
  });
}

// The transfer a mention without both parties joins: of those its known
// party fits, the only one, else the one whose parties its sentence or the
// ones just before name (the nearest when several); a mention with no party
// needs those names, or refers back to the text's only transfer. -1 when
// none fits.
int32_t Resolve(const Ctx& c, const TransferDraft& d, const std::vector<Transfer>& found,
                const std::vector<Keys>& keys, const std::vector<std::set<std::string>>& named) {
  std::string supplier = d.supplier.empty() ? "" : ActorKey(d.supplier);
  std::string recipient = d.recipient.empty() ? "" : ActorKey(d.recipient);
  const bool one_party = !supplier.empty() || !recipient.empty();
  if (!one_party && !Informative(d)) return -1;
  std::vector<int32_t> fits, near;
  uint32_t s = d.mention.sentence;
  uint32_t from = s >= c.Options().context_sentences ? s - c.Options().context_sentences : 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    if ((!supplier.empty() && keys[i].first != supplier) ||
        (!recipient.empty() && keys[i].second != recipient))
      continue;
    fits.push_back(static_cast<int32_t>(i));
    bool has_supplier = false, has_recipient = false;
    for (uint32_t k = from; k <= s && k < named.size(); ++k) {
      has_supplier = has_supplier || named[k].count(keys[i].first) != 0;
      has_recipient = has_recipient || named[k].count(keys[i].second) != 0;
    }
    if (has_supplier && has_recipient) near.push_back(static_cast<int32_t>(i));
  }
  if (one_party && fits.size() == 1) return fits[0];
  if (!near.empty()) return Nearest(found, near, s);
  if (one_party) return Nearest(found, fits, s);
  if (d.definite && keys.size() == 1) return 0;
  return -1;
}

}  // namespace

// Per sentence: the keys of the actors it names.
std::vector<std::set<std::string>> NamedBySentence(const Ctx& c) {
  std::vector<std::set<std::string>> named(c.text.sentences.size());
  for (size_t m = 0; m < c.rec.mentions.size(); ++m) {
    Actor a = MentionActorOf(c, static_cast<int32_t>(m));
    uint32_t s = c.rec.mentions[m].sentence;
    if (!a.empty() && s < named.size()) named[s].insert(ActorKey(a));
  }
  return named;
}

void MergeDrafts(Ctx& c, std::vector<Transfer>& out) {
  std::vector<Transfer> found;
  std::vector<Keys> keys;
  for (const TransferDraft& d : c.drafts) {
    if (d.supplier.empty() || d.recipient.empty() || d.related) continue;
    Keys k{ActorKey(d.supplier), ActorKey(d.recipient)};
    if (k.first == k.second) continue;
    auto it = std::find(keys.begin(), keys.end(), k);
    if (it == keys.end()) {
      if (found.size() >= c.Options().max_transfers) continue;
      keys.push_back(k);
      found.emplace_back();
      it = keys.end() - 1;
    }
    Absorb(found[static_cast<size_t>(it - keys.begin())], d);
  }
  const auto named = NamedBySentence(c);
  for (const TransferDraft& d : c.drafts) {
    if (d.related) {
      // Joins only the transfer of its very parties.
      if (d.supplier.empty() || d.recipient.empty()) continue;
      auto it =
          std::find(keys.begin(), keys.end(), Keys{ActorKey(d.supplier), ActorKey(d.recipient)});
      if (it != keys.end()) Absorb(found[static_cast<size_t>(it - keys.begin())], d);
      continue;
    }
    if (!d.supplier.empty() && !d.recipient.empty()) continue;
    int32_t i = Resolve(c, d, found, keys, named);
    if (i >= 0) Absorb(found[static_cast<size_t>(i)], d);
  }
  for (Transfer& t : found) {
    std::sort(t.mentions.begin(), t.mentions.end(),
              [](const TransferMention& a, const TransferMention& b) {
                return a.sentence != b.sentence ? a.sentence < b.sentence : a.begin < b.begin;
              });
    t.status = t.items.front().status;
    for (const TransferItem& item : t.items) {
      if (TransferStatusRank(item.status) > TransferStatusRank(t.status)) t.status = item.status;
    }
    out.push_back(std::move(t));
  }
}

}  // namespace dossier::code::transfer
