#include "dossier/eval/cluster_metrics.h"

#include <gtest/gtest.h>

#include <vector>

namespace dossier {
namespace {

using Labels = std::vector<uint32_t>;

// predicted {a a a | b b}, gold {x x | y y y}: items 0-1 are right together,
// item 2 is put with them wrongly, items 3-4 are right together but apart
// from item 2.
TEST(ClusterMetricsTest, PairwiseByHand) {
  Labels predicted = {0, 0, 0, 1, 1}, gold = {5, 5, 6, 6, 6};
  // Predicted pairs 3 + 1 = 4, gold pairs 1 + 3 = 4, pairs in both: (0,1) and (3,4).
  ClusterScore s = PairwiseScore(predicted, gold);
  EXPECT_DOUBLE_EQ(s.precision, 0.5);
  EXPECT_DOUBLE_EQ(s.recall, 0.5);
  EXPECT_DOUBLE_EQ(s.f1, 0.5);
}

TEST(ClusterMetricsTest, BCubedByHand) {
  Labels predicted = {0, 0, 0, 1, 1}, gold = {5, 5, 6, 6, 6};
  // Precision per item: 2/3, 2/3, 1/3, 1, 1 -> 11/15.
  // Recall per item:    1, 1, 1/3, 2/3, 2/3 -> 11/15.
  ClusterScore s = BCubedScore(predicted, gold);
  EXPECT_DOUBLE_EQ(s.precision, 11.0 / 15.0);
  EXPECT_DOUBLE_EQ(s.recall, 11.0 / 15.0);
  EXPECT_DOUBLE_EQ(s.f1, 11.0 / 15.0);
}

TEST(ClusterMetricsTest, AllSingletons) {
  Labels predicted = {0, 1, 2, 3, 4}, gold = {5, 5, 6, 6, 6};
  ClusterScore pairwise = PairwiseScore(predicted, gold);
  EXPECT_DOUBLE_EQ(pairwise.precision, 1.0);  // no pair joined, none wrongly
  EXPECT_DOUBLE_EQ(pairwise.recall, 0.0);
  EXPECT_DOUBLE_EQ(pairwise.f1, 0.0);
  ClusterScore bcubed = BCubedScore(predicted, gold);
  EXPECT_DOUBLE_EQ(bcubed.precision, 1.0);
  EXPECT_DOUBLE_EQ(bcubed.recall, (2 * 0.5 + 3 * (1.0 / 3.0)) / 5);
}

TEST(ClusterMetricsTest, OneClusterForAll) {
  Labels predicted = {9, 9, 9, 9}, gold = {1, 1, 2, 2};
  ClusterScore pairwise = PairwiseScore(predicted, gold);
  EXPECT_DOUBLE_EQ(pairwise.precision, 2.0 / 6.0);
  EXPECT_DOUBLE_EQ(pairwise.recall, 1.0);
  ClusterScore bcubed = BCubedScore(predicted, gold);
  EXPECT_DOUBLE_EQ(bcubed.precision, 0.5);
  EXPECT_DOUBLE_EQ(bcubed.recall, 1.0);
}

TEST(ClusterMetricsTest, PerfectAndEmpty) {
  Labels labels = {3, 3, 7, 8};
  EXPECT_DOUBLE_EQ(PairwiseScore(labels, Labels{0, 0, 1, 2}).f1, 1.0);
  EXPECT_DOUBLE_EQ(BCubedScore(labels, Labels{0, 0, 1, 2}).f1, 1.0);
  EXPECT_DOUBLE_EQ(BCubedScore(Labels{}, Labels{}).f1, 0.0);
  EXPECT_EQ(ClusterCount(labels), 3u);
}

}  // namespace
}  // namespace dossier
