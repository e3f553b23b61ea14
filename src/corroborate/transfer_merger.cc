#include "dossier/corroborate/transfer_merger.h"

#include <algorithm>

#include "dossier/corroborate/actor_match.h"
#include "dossier/corroborate/content_words.h"
#include "dossier/kb/entity.h"

namespace dossier::corroborate {
namespace {

bool Known(ActorMatch m) { return m == ActorMatch::kSameEntity || m == ActorMatch::kSameCountry; }

// The evidence word's identity: its content keys ("Invoices" = "invoice").
std::string EvidenceKey(const std::string& evidence) {
  std::string key;
  for (const std::string& k : ContentWords(evidence)) key += k + ' ';
  return key.empty() ? FoldName(evidence) : key;
}

// The earlier (or later, with `end`) of two ISO dates at any precision.
std::string Wider(const std::string& a, const std::string& b, bool end) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  auto da = kb::ParseIsoDay(a, end), db = kb::ParseIsoDay(b, end);
  if (!da || !db) return a;
  return (end ? *db > *da : *db < *da) ? b : a;
}

}  // namespace

bool TransferMerger::SameItem(const code::TransferItem& a, uint32_t article_a,
                              const code::TransferItem& b, uint32_t article_b) const {
  int32_t ea = entities_.Of(article_a, a.entity), eb = entities_.Of(article_b, b.entity);
  if (ea >= 0 && eb >= 0) return ea == eb;
  if (!a.category.empty() && !b.category.empty() && a.category != b.category) return false;
  std::vector<std::string> ka = ContentWords(a.name), kb = ContentWords(b.name);
  if (ka.empty() || kb.empty()) return false;
  // The same head noun is enough within one category ("modern weapons" ~
  // "advanced weapons"); an unknown category needs more words in common.
  auto words_a = WordsOf(a.name), words_b = WordsOf(b.name);
  bool same_head = !words_a.empty() && !words_b.empty() &&
                   ContentKey(words_a.back().norm) == ContentKey(words_b.back().norm);
  return (same_head && a.category == b.category) || Jaccard(ka, kb) >= 0.5;
}

bool TransferMerger::SameParties(TransferRef ra, TransferRef rb) const {
  const code::Transfer& a = Get(ra);
  const code::Transfer& b = Get(rb);
  ActorMatch supplier = MatchActors({&a.supplier, ra.article}, {&b.supplier, rb.article}, entities_);
  ActorMatch recipient = MatchActors({&a.recipient, ra.article}, {&b.recipient, rb.article}, entities_);
  if (Known(supplier) && Known(recipient)) return true;
  if (supplier == ActorMatch::kDifferent || recipient == ActorMatch::kDifferent) return false;
  return (Known(supplier) || Known(recipient)) && ShareItem(ra, rb);
}

bool TransferMerger::ShareItem(TransferRef ra, TransferRef rb) const {
  for (const code::TransferItem& x : Get(ra).items) {
    for (const code::TransferItem& y : Get(rb).items) {
      if (SameItem(x, ra.article, y, rb.article)) return true;
    }
  }
  return false;
}

void TransferMerger::AddItem(Building& into, const code::TransferItem& item, TransferRef from) const {
  const uint32_t article = from.article;
  std::vector<code::TransferItem>& items = into.fact.transfer.items;
  for (size_t i = 0; i < items.size(); ++i) {
    code::TransferItem& kept = items[i];
    if (!SameItem(item, article, kept, into.item_article[i])) continue;
    std::vector<TransferRef>& givers = into.item_reports[i];
    if (givers.empty() || givers.back().article != from.article || givers.back().transfer != from.transfer) {
      givers.push_back(from);
    }
    if (code::TransferStatusRank(item.status) > code::TransferStatusRank(kept.status)) kept.status = item.status;
    if (kept.quantity.empty()) kept.quantity = item.quantity;
    if (!item.category.empty()) ++into.category_votes[i][item.category];
    if (kept.entity < 0 && item.entity >= 0) {
      kept.entity = item.entity;
      kept.name = item.name;
      into.item_article[i] = article;
    }
    return;
  }
  items.push_back(item);
  into.item_article.push_back(article);
  into.category_votes.emplace_back();
  if (!item.category.empty()) ++into.category_votes.back()[item.category];
  into.item_reports.push_back({from});
}

void TransferMerger::Absorb(Building& into, TransferRef ref) const {
  const code::Transfer& t = Get(ref);
  code::Transfer& m = into.fact.transfer;
  if (into.fact.mentions.empty()) m.status = t.status;
  for (const code::TransferItem& item : t.items) AddItem(into, item, ref);
  m.period_start = Wider(m.period_start, t.period_start, false);
  m.period_end = Wider(m.period_end, t.period_end, true);
  if (code::TransferStatusRank(t.status) > code::TransferStatusRank(m.status)) m.status = t.status;
  for (const std::string& e : t.evidence) {
    bool seen = std::any_of(m.evidence.begin(), m.evidence.end(),
                            [&](const std::string& x) { return EvidenceKey(x) == EvidenceKey(e); });
    if (!seen) m.evidence.push_back(e);
  }
  for (const code::TransferMention& tm : t.mentions) {
    into.fact.mentions.push_back({ref.article, tm.sentence, tm.begin, tm.end});
    int32_t event = events_.Of(ref.article, tm.event);
    std::vector<uint32_t>& events = into.fact.events;
    if (event >= 0 && std::find(events.begin(), events.end(), event) == events.end()) {
      events.push_back(static_cast<uint32_t>(event));
    }
  }
  if (m.supplier.empty() && !t.supplier.empty()) m.supplier = t.supplier, into.supplier_article = ref.article;
  if (m.recipient.empty() && !t.recipient.empty()) m.recipient = t.recipient, into.recipient_article = ref.article;
}

StoryTransfer TransferMerger::Finish(Building b) {
  item_reports_.push_back(std::move(b.item_reports));
  code::Transfer& t = b.fact.transfer;
  t.supplier = StoryActor(t.supplier, b.supplier_article, entities_);
  t.recipient = StoryActor(t.recipient, b.recipient_article, entities_);
  for (size_t i = 0; i < t.items.size(); ++i) {
    t.items[i].entity = entities_.Of(b.item_article[i], t.items[i].entity);
    // The category most reports give (the first among equals).
    const std::string first = t.items[i].category;
    size_t best = 0;
    for (const auto& [category, votes] : b.category_votes[i]) {
      if (votes > best || (votes == best && category == first)) best = votes, t.items[i].category = category;
    }
  }
  t.mentions.clear();  // the places are in StoryTransfer::mentions
  std::sort(b.fact.events.begin(), b.fact.events.end());
  return std::move(b.fact);
}

std::vector<StoryTransfer> TransferMerger::Merge() {
  std::vector<Building> building;
  reports_.clear();
  item_reports_.clear();
  for (uint32_t a = 0; a < articles_.size(); ++a) {
    for (uint32_t t = 0; t < articles_[a]->coding.transfers.size(); ++t) {
      TransferRef ref{a, t};
      size_t s = 0;
      auto joins = [&](TransferRef r) { return SameParties(r, ref); };
      while (s < building.size() && std::none_of(reports_[s].begin(), reports_[s].end(), joins)) ++s;
      if (s == building.size()) {
        building.emplace_back();
        building.back().supplier_article = building.back().recipient_article = a;
        reports_.push_back({});
      }
      reports_[s].push_back(ref);
      Absorb(building[s], ref);
    }
  }
  std::vector<StoryTransfer> out;
  for (Building& b : building) out.push_back(Finish(std::move(b)));
  return out;
}

}  // namespace dossier::corroborate
