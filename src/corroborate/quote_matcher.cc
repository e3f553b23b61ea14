#include "dossier/corroborate/quote_matcher.h"

#include <algorithm>

#include "dossier/corroborate/actor_match.h"
#include "dossier/corroborate/content_words.h"

namespace dossier::corroborate {

double QuoteMatcher::Similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) const {
  double jaccard = Jaccard(a, b);
  double best = jaccard >= options_.min_jaccard ? jaccard : -1.0;
  const std::vector<std::string>& smaller = a.size() <= b.size() ? a : b;
  const std::vector<std::string>& larger = a.size() <= b.size() ? b : a;
  if (smaller.size() >= options_.min_shared) {
    double contained = Containment(smaller, larger);
    if (contained >= options_.min_containment) best = std::max(best, contained);
  }
  return best;
}

std::vector<StoryQuote> QuoteMatcher::Merge() {
  reports_.clear();
  std::vector<std::vector<std::vector<std::string>>> words;  // per story quote, per rendering
  for (uint32_t a = 0; a < articles_.size(); ++a) {
    for (uint32_t q = 0; q < articles_[a]->coding.quotes.size(); ++q) {
      QuoteRef ref{a, q};
      std::vector<std::string> keys = ContentWords(Get(ref).text);
      int best = -1;
      double best_score = -1.0;
      for (size_t s = 0; s < reports_.size(); ++s) {
        const code::Quote& kept = Get(reports_[s][0]);
        ActorMatch speaker = MatchActors({&kept.speaker, reports_[s][0].article}, {&Get(ref).speaker, a}, entities_);
        if (speaker == ActorMatch::kDifferent) continue;
        for (const auto& other : words[s]) {
          double score = Similarity(keys, other);
          if (score > best_score) best = static_cast<int>(s), best_score = score;
        }
      }
      if (best < 0) {
        best = static_cast<int>(reports_.size());
        reports_.push_back({});
        words.push_back({});
      }
      reports_[best].push_back(ref);
      words[best].push_back(std::move(keys));
    }
  }
  std::vector<StoryQuote> out(reports_.size());
  for (size_t s = 0; s < reports_.size(); ++s) {
    std::vector<QuoteRef>& refs = reports_[s];
    size_t fullest = 0;
    for (size_t i = 1; i < refs.size(); ++i) {
      if (words[s][i].size() > words[s][fullest].size()) fullest = i;
    }
    std::rotate(refs.begin(), refs.begin() + fullest, refs.begin() + fullest + 1);
    StoryQuote& sq = out[s];
    sq.quote = Get(refs[0]);
    sq.quote.speaker = StoryActor(sq.quote.speaker, refs[0].article, entities_);
    for (QuoteRef r : refs) {
      const code::Quote& q = Get(r);
      if (sq.quote.speaker.empty() && !q.speaker.empty()) sq.quote.speaker = StoryActor(q.speaker, r.article, entities_);
      sq.mentions.push_back({r.article, q.sentence, q.begin, q.end});
    }
  }
  return out;
}

}  // namespace dossier::corroborate
