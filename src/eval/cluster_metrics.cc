#include "dossier/eval/cluster_metrics.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace dossier {
namespace {

// Items per (predicted, gold) cell, per predicted cluster and per gold cluster.
struct Contingency {
  std::map<std::pair<uint32_t, uint32_t>, double> cells;
  std::unordered_map<uint32_t, double> predicted;
  std::unordered_map<uint32_t, double> gold;
};

Contingency Count(std::span<const uint32_t> predicted, std::span<const uint32_t> gold) {
  Contingency c;
  size_t n = std::min(predicted.size(), gold.size());
  for (size_t i = 0; i < n; ++i) {
    ++c.cells[{predicted[i], gold[i]}];
    ++c.predicted[predicted[i]];
    ++c.gold[gold[i]];
  }
  return c;
}

double Pairs(double n) { return n * (n - 1) / 2; }

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

}  // namespace

ClusterScore PairwiseScore(std::span<const uint32_t> predicted, std::span<const uint32_t> gold) {
  Contingency c = Count(predicted, gold);
  double both = 0, in_predicted = 0, in_gold = 0;
  for (const auto& [cell, n] : c.cells) both += Pairs(n);
  for (const auto& [label, n] : c.predicted) in_predicted += Pairs(n);
  for (const auto& [label, n] : c.gold) in_gold += Pairs(n);
  ClusterScore s;
  s.precision = in_predicted > 0 ? both / in_predicted : 1;
  s.recall = in_gold > 0 ? both / in_gold : 1;
  s.f1 = F1(s.precision, s.recall);
  return s;
}

ClusterScore BCubedScore(std::span<const uint32_t> predicted, std::span<const uint32_t> gold) {
  Contingency c = Count(predicted, gold);
  double items = 0, precision = 0, recall = 0;
  // Each of the n items in a cell scores n / |predicted cluster| and n / |gold cluster|.
  for (const auto& [cell, n] : c.cells) {
    items += n;
    precision += n * n / c.predicted[cell.first];
    recall += n * n / c.gold[cell.second];
  }
  ClusterScore s;
  if (items == 0) return s;
  s.precision = precision / items;
  s.recall = recall / items;
  s.f1 = F1(s.precision, s.recall);
  return s;
}

size_t ClusterCount(std::span<const uint32_t> labels) {
  return std::unordered_set<uint32_t>(labels.begin(), labels.end()).size();
}

}  // namespace dossier
