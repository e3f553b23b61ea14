#include "dossier/corroborate/single_source.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "dossier/corroborate/content_words.h"

namespace dossier::corroborate {
namespace {

bool EndsAsProse(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '"' || s.back() == ')')) s.remove_suffix(1);
  if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) s.remove_suffix(3);
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

std::vector<std::string> Union(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

template <typename T>
bool InSentence(const std::vector<T>& xs, uint32_t sentence) {
  return std::any_of(xs.begin(), xs.end(), [&](const T& x) { return x.sentence == sentence; });
}

}  // namespace

SingleSourceFinder::SingleSourceFinder(const StoryDossier& dossier, const SourceIndependence& sources,
                                       const TransferMerger& transfers, SingleSourceOptions options)
    : dossier_(dossier), sources_(sources), transfers_(transfers), options_(options) {
  enough_outlets_ = sources.IndependentOutlets() >= 2;
  words_.resize(dossier.articles.size());
  for (uint32_t a = 0; a < dossier.articles.size(); ++a) {
    const story::ArticleFacts& f = *dossier.articles[a];
    for (const story::SentenceSpan& s : f.sentences) {
      words_[a].push_back(ContentWords(f.Span(s.begin, s.end)));
      if (sources.Original(a) != a) continue;
      ++sentences_;
      for (const std::string& key : words_[a].back()) ++sentence_frequency_[key];
    }
  }
}

double SingleSourceFinder::Weight(const std::string& key) const {
  // Rare words tell a statement apart; words in every sentence do not.
  auto it = sentence_frequency_.find(key);
  size_t df = it == sentence_frequency_.end() ? 0 : it->second;
  return std::log((sentences_ + 1.0) / (df + 1.0)) + 1.0;
}

double SingleSourceFinder::WeightedContainment(const std::vector<std::string>& a,
                                               const std::vector<std::string>& b) const {
  double all = 0, found = 0;
  for (const std::string& key : a) {
    double w = Weight(key);
    all += w;
    if (std::binary_search(b.begin(), b.end(), key)) found += w;
  }
  return all == 0 ? 0.0 : found / all;
}

double SingleSourceFinder::Support(uint32_t article, uint32_t sentence) const {
  if (!enough_outlets_) return 1.0;
  const std::vector<std::string>& mine = words_[article][sentence];
  double best = 0;
  for (uint32_t b = 0; b < words_.size(); ++b) {
    if (sources_.SameOutlet(article, b)) continue;
    const auto& theirs = words_[b];
    for (size_t t = 0; t < theirs.size(); ++t) {
      best = std::max(best, WeightedContainment(mine, theirs[t]));
      if (t + 1 < theirs.size()) best = std::max(best, WeightedContainment(mine, Union(theirs[t], theirs[t + 1])));
    }
  }
  return best;
}

bool SingleSourceFinder::IsFactual(uint32_t article, uint32_t sentence) const {
  const story::ArticleFacts& f = *dossier_.articles[article];
  const story::SentenceSpan& span = f.sentences[sentence];
  std::string_view text = f.Span(span.begin, span.end);
  if (!EndsAsProse(text) || text == f.title) return false;
  std::vector<Word> words = WordsOf(text);
  if (words.size() < options_.min_words) return false;
  bool number = std::any_of(words.begin(), words.end(), [](const Word& w) { return w.number; });
  bool dated = std::any_of(f.times.begin(), f.times.end(),
                           [&](const time::TimeMention& t) { return t.begin >= span.begin && t.begin < span.end; });
  return number || dated || InSentence(f.recognition.mentions, sentence) || InSentence(f.coding.events, sentence);
}

void SingleSourceFinder::AddFactClaims(std::vector<SingleSourceClaim>& out) const {
  for (const StoryQuote& q : dossier_.quotes) {
    if (q.sourcing.outlets.size() != 1 || q.mentions.empty()) continue;
    const FactMention& m = q.mentions[0];
    if (sources_.Original(m.article) != m.article || Support(m.article, m.sentence) >= options_.min_support) continue;
    out.push_back(Claim(m));
  }
}

void SingleSourceFinder::AddItemClaims(std::vector<SingleSourceClaim>& out) const {
  const auto& givers_of = transfers_.item_reports();
  for (size_t s = 0; s < dossier_.transfers.size() && s < givers_of.size(); ++s) {
    const auto& items = dossier_.transfers[s].transfer.items;
    for (size_t i = 0; i < items.size() && i < givers_of[s].size(); ++i) {
      const std::vector<TransferRef>& givers = givers_of[s][i];
      if (givers.empty() || sources_.Original(givers[0].article) != givers[0].article) continue;
      bool one_outlet = std::all_of(givers.begin(), givers.end(), [&](const TransferRef& r) {
        return sources_.SameOutlet(r.article, givers[0].article);
      });
      if (!one_outlet) continue;
      const story::ArticleFacts& f = *dossier_.articles[givers[0].article];
      const code::Transfer& t = f.coding.transfers[givers[0].transfer];
      if (t.mentions.empty()) continue;
      // The place that names the item, else the transfer's first.
      const code::TransferMention* where = &t.mentions[0];
      const std::string name = FoldName(items[i].name);
      for (const code::TransferMention& tm : t.mentions) {
        if (FoldName(f.Span(tm.begin, tm.end)).find(name) != std::string::npos) {
          where = &tm;
          break;
        }
      }
      if (Support(givers[0].article, where->sentence) >= options_.min_support) continue;
      out.push_back(Claim({givers[0].article, where->sentence, where->begin, where->end}));
    }
  }
}

SingleSourceClaim SingleSourceFinder::Claim(FactMention m) const {
  // A clause too short to read alone ("the deliveries") gives its sentence.
  const story::ArticleFacts& f = *dossier_.articles[m.article];
  if (WordsOf(f.Span(m.begin, m.end)).size() < options_.min_words && m.sentence < f.sentences.size()) {
    m.begin = f.sentences[m.sentence].begin;
    m.end = f.sentences[m.sentence].end;
  }
  return {std::string(f.Span(m.begin, m.end)), m};
}

std::vector<SingleSourceClaim> SingleSourceFinder::Find() const {
  std::vector<SingleSourceClaim> out;
  if (!enough_outlets_) return out;
  AddFactClaims(out);
  AddItemClaims(out);
  for (uint32_t a = 0; a < dossier_.articles.size(); ++a) {
    if (sources_.Original(a) != a) continue;
    const story::ArticleFacts& f = *dossier_.articles[a];
    for (uint32_t s = 0; s < f.sentences.size(); ++s) {
      if (!IsFactual(a, s) || Support(a, s) >= options_.min_support) continue;
      out.push_back(Claim({a, s, f.sentences[s].begin, f.sentences[s].end}));
    }
  }
  // One claim per sentence: the fact's own words when a fact stated it.
  std::set<std::pair<uint32_t, uint32_t>> seen;
  std::vector<SingleSourceClaim> unique;
  for (SingleSourceClaim& c : out) {
    if (seen.insert({c.place.article, c.place.sentence}).second) unique.push_back(std::move(c));
  }
  std::stable_sort(unique.begin(), unique.end(), [](const SingleSourceClaim& x, const SingleSourceClaim& y) {
    return x.place.article != y.place.article ? x.place.article < y.place.article : x.place.begin < y.place.begin;
  });
  return unique;
}

}  // namespace dossier::corroborate
