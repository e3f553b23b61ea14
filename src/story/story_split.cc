#include "dossier/story/story_split.h"

#include <algorithm>
#include <cmath>

namespace dossier::story {
namespace {

using Weighted = std::vector<std::pair<uint64_t, double>>;  // key-sorted, unit norm

Weighted Normalised(const StoryMember& m, const DocumentFrequencies& df) {
  Weighted v;
  v.reserve(m.terms.size());
  double sum = 0;
  for (const StoryMember::Term& t : m.terms) {
    double w = t.weight * df.Idf(t.key);
    v.push_back({t.key, w});
    sum += w * w;
  }
  double norm = std::sqrt(sum);
  if (norm > 0) {
    for (auto& e : v) e.second /= norm;
  }
  return v;
}

double Dot(const Weighted& a, const Weighted& b) {
  double dot = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      dot += a[i++].second * b[j++].second;
    }
  }
  return dot;
}

double MeanBetween(const std::vector<std::vector<double>>& sim, const std::vector<size_t>& a,
                   const std::vector<size_t>& b) {
  double sum = 0;
  size_t pairs = 0;
  for (size_t i : a) {
    for (size_t j : b) {
      if (i == j) continue;
      sum += sim[i][j];
      ++pairs;
    }
  }
  return pairs == 0 ? 1.0 : sum / double(pairs);
}

}  // namespace

StoryMember MakeMember(uint32_t article, const ArticleFeatures& features,
                       const KindWeights& weights, const DocumentFrequencies& df,
                       size_t max_terms) {
  std::vector<std::pair<double, StoryMember::Term>> ranked;
  ranked.reserve(features.features.size());
  for (const Feature& f : features.features) {
    float w = TermWeight(f.count, weights[size_t(f.kind)]);
    if (w > 0) ranked.push_back({w * df.Idf(f.key), {f.key, w, f.kind}});
  }
  size_t keep = std::min(max_terms, ranked.size());
  std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(),
                    [](const auto& a, const auto& b) {
                      return a.first != b.first ? a.first > b.first : a.second.key < b.second.key;
                    });
  StoryMember m{article, features.day, {}};
  m.terms.reserve(keep);
  for (size_t i = 0; i < keep; ++i) m.terms.push_back(ranked[i].second);
  std::sort(m.terms.begin(), m.terms.end(),
            [](const auto& a, const auto& b) { return a.key < b.key; });
  return m;
}

// The agglomeration keeps a matrix of mean linkages between the current
// groups and merges the closest pair (Lance-Williams update for average
// link) until two remain; ties go to the lowest indexes, so it is
// deterministic.
TwoWaySplit SplitInTwo(std::span<const StoryMember> members, const DocumentFrequencies& df) {
  size_t n = members.size();
  std::vector<Weighted> v;
  v.reserve(n);
  for (const StoryMember& m : members) v.push_back(Normalised(m, df));
  std::vector<std::vector<double>> sim(n, std::vector<double>(n, 1.0));
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) sim[i][j] = sim[j][i] = Dot(v[i], v[j]);
  }
  std::vector<std::vector<size_t>> groups(n);
  for (size_t i = 0; i < n; ++i) groups[i] = {i};
  std::vector<std::vector<double>> link = sim;
  std::vector<bool> alive(n, true);
  for (size_t left = n; left > 2; --left) {
    size_t bi = 0, bj = 0;
    double best = -1;
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = i + 1; alive[i] && j < n; ++j) {
        if (alive[j] && link[i][j] > best) best = link[i][j], bi = i, bj = j;
      }
    }
    double wi = double(groups[bi].size()), wj = double(groups[bj].size());
    for (size_t k = 0; k < n; ++k) {
      if (!alive[k] || k == bi || k == bj) continue;
      link[bi][k] = link[k][bi] = (wi * link[bi][k] + wj * link[bj][k]) / (wi + wj);
    }
    groups[bi].insert(groups[bi].end(), groups[bj].begin(), groups[bj].end());
    alive[bj] = false;
  }
  TwoWaySplit out;
  for (size_t i = 0; i < n; ++i) {
    if (!alive[i]) continue;
    std::sort(groups[i].begin(), groups[i].end());
    (out.first.empty() ? out.first : out.second) = std::move(groups[i]);
  }
  if (!out.first.empty() && out.first.front() != 0) std::swap(out.first, out.second);
  out.within = std::min(MeanBetween(sim, out.first, out.first), MeanBetween(sim, out.second, out.second));
  out.between = MeanBetween(sim, out.first, out.second);
  return out;
}

}  // namespace dossier::story
