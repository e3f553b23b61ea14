#include "dossier/story/story_split.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace dossier::story {
namespace {

using Weighted = std::vector<std::pair<uint64_t, double>>;  // key-sorted, unit norm

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

// The members' vectors with the IDF of their own features among them.
std::vector<Weighted> LocalVectors(std::span<const StoryMember* const> members,
                                   const KindWeights& weights) {
  std::unordered_map<uint64_t, uint32_t> df;
  for (const StoryMember* m : members) {
    for (const StoryMember::Term& t : m->terms) ++df[t.key];
  }
  double n = double(members.size());
  std::vector<Weighted> out;
  out.reserve(members.size());
  for (const StoryMember* m : members) {
    Weighted v;
    v.reserve(m->terms.size());
    double sum = 0;
    for (const StoryMember::Term& t : m->terms) {
      double w = weights[size_t(t.kind)] * t.tf * (std::log((n + 1) / (df[t.key] + 1)) + 1);
      if (w <= 0) continue;
      v.push_back({t.key, w});
      sum += w * w;
    }
    double norm = std::sqrt(sum);
    for (auto& e : v) e.second /= norm;
    out.push_back(std::move(v));
  }
  return out;
}

// Cyclic Jacobi rotations on the symmetric n x n matrix `a` (row-major):
// leaves the eigenvalues on its diagonal and returns the eigenvectors as the
// columns of a row-major matrix.
std::vector<double> JacobiEigen(std::vector<double>& a, size_t n) {
  std::vector<double> v(n * n, 0.0);
  for (size_t i = 0; i < n; ++i) v[i * n + i] = 1;
  for (int sweep = 0; sweep < 64; ++sweep) {
    double off = 0;
    for (size_t p = 0; p < n; ++p) {
      for (size_t q = p + 1; q < n; ++q) off += a[p * n + q] * a[p * n + q];
    }
    if (off < 1e-22) break;
    for (size_t p = 0; p < n; ++p) {
      for (size_t q = p + 1; q < n; ++q) {
        double apq = a[p * n + q];
        if (std::abs(apq) < 1e-300) continue;
        double theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        double t = (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1));
        double c = 1 / std::sqrt(t * t + 1), s = t * c;
        for (size_t k = 0; k < n; ++k) {  // columns p and q
          double kp = a[k * n + p], kq = a[k * n + q];
          a[k * n + p] = c * kp - s * kq;
          a[k * n + q] = s * kp + c * kq;
        }
        for (size_t k = 0; k < n; ++k) {  // rows p and q
          double pk = a[p * n + k], qk = a[q * n + k];
          a[p * n + k] = c * pk - s * qk;
          a[q * n + k] = s * pk + c * qk;
        }
        for (size_t k = 0; k < n; ++k) {
          double kp = v[k * n + p], kq = v[k * n + q];
          v[k * n + p] = c * kp - s * kq;
          v[k * n + q] = s * kp + c * kq;
        }
      }
    }
  }
  return v;
}

}  // namespace

StoryMember MakeMember(uint32_t article, const ArticleFeatures& features,
                       const KindWeights& weights, const DocumentFrequencies& df,
                       size_t max_terms) {
  std::vector<std::pair<double, StoryMember::Term>> ranked;
  ranked.reserve(features.features.size());
  for (const Feature& f : features.features) {
    float tf = TermWeight(f.count, 1.0f);
    double w = tf * weights[size_t(f.kind)] * df.Idf(f.key);
    if (w > 0) ranked.push_back({w, {f.key, tf, f.kind}});
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

namespace {

// The members' similarity graph: w[i * n + j] and each member's degree.
struct Graph {
  size_t n = 0;
  std::vector<double> w, degree;
};

Graph BuildGraph(std::span<const StoryMember* const> members, const SplitOptions& options) {
  Graph g;
  size_t n = g.n = members.size();
  std::vector<Weighted> v = LocalVectors(members, options.kind_weights);
  g.w.assign(n * n, 0.0);
  g.degree.assign(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      double s = std::pow(std::max(0.0, Dot(v[i], v[j])), options.similarity_power);
      g.w[i * n + j] = g.w[j * n + i] = s;
      g.degree[i] += s;
      g.degree[j] += s;
    }
  }
  return g;
}

double Ncut(double cut, double volume, double total) {
  return cut / (volume + 1e-9) + cut / (total - volume + 1e-9);
}

}  // namespace

double NormalisedCut(std::span<const StoryMember* const> members, size_t first,
                     const SplitOptions& options) {
  Graph g = BuildGraph(members, options);
  double cut = 0, volume = 0, total = 0;
  for (size_t i = 0; i < g.n; ++i) {
    total += g.degree[i];
    if (i >= first) continue;
    volume += g.degree[i];
    for (size_t j = first; j < g.n; ++j) cut += g.w[i * g.n + j];
  }
  return Ncut(cut, volume, total);
}

TwoWaySplit SplitInTwo(std::span<const StoryMember* const> members, const SplitOptions& options) {
  Graph g = BuildGraph(members, options);
  size_t n = g.n;
  const std::vector<double>& w = g.w;
  const std::vector<double>& degree = g.degree;
  std::vector<double> scale(n), m(n * n);
  for (size_t i = 0; i < n; ++i) scale[i] = 1 / std::sqrt(degree[i] + 1e-9);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) m[i * n + j] = w[i * n + j] * scale[i] * scale[j];
  }
  std::vector<double> vectors = JacobiEigen(m, n);
  std::vector<size_t> by_value(n);
  std::iota(by_value.begin(), by_value.end(), 0);
  std::stable_sort(by_value.begin(), by_value.end(),
                   [&](size_t a, size_t b) { return m[a * n + a] > m[b * n + b]; });
  size_t second = by_value[std::min<size_t>(1, n - 1)];
  std::vector<double> f(n);
  for (size_t i = 0; i < n; ++i) f[i] = vectors[i * n + second] * scale[i];
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return f[a] < f[b]; });
  // Sweep: move the members into part A one by one, in that order.
  double total = std::accumulate(degree.begin(), degree.end(), 0.0);
  double cut = 0, volume = 0;
  std::vector<bool> in_a(n, false);
  size_t best_count = 1;
  TwoWaySplit out;
  for (size_t c = 1; c < n; ++c) {
    size_t u = order[c - 1];
    for (size_t j = 0; j < n; ++j) {
      if (j != u) cut += in_a[j] ? -w[u * n + j] : w[u * n + j];
    }
    in_a[u] = true;
    volume += degree[u];
    double ncut = Ncut(cut, volume, total);
    if (ncut < out.ncut) out.ncut = ncut, best_count = c;
  }
  std::vector<bool> first(n, false);
  for (size_t c = 0; c < best_count; ++c) first[order[c]] = true;
  bool flip = !first[0];
  for (size_t i = 0; i < n; ++i) (first[i] != flip ? out.first : out.second).push_back(i);
  return out;
}

}  // namespace dossier::story
