// Scores of a clustering against gold clusters: pairwise precision and
// recall (over the pairs of items put together) and B-cubed (per item,
// averaged over items).
#ifndef DOSSIER_EVAL_CLUSTER_METRICS_H_
#define DOSSIER_EVAL_CLUSTER_METRICS_H_

#include <cstddef>
#include <cstdint>
#include <span>

namespace dossier {

struct ClusterScore {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// `predicted[i]` and `gold[i]` are item i's cluster labels; both spans have
// the same length. Pairwise: precision = pairs together in both / pairs
// together in `predicted`, recall = the same / pairs together in `gold`; a
// side with no pairs scores 1 (nothing wrongly joined or nothing to join).
ClusterScore PairwiseScore(std::span<const uint32_t> predicted, std::span<const uint32_t> gold);

// B-cubed: for each item, precision = |its predicted cluster ∩ its gold
// cluster| / |its predicted cluster|, recall = the same / |its gold
// cluster|; both averaged over items. Empty input scores 0.
ClusterScore BCubedScore(std::span<const uint32_t> predicted, std::span<const uint32_t> gold);

// Number of distinct labels.
size_t ClusterCount(std::span<const uint32_t> labels);

}  // namespace dossier

#endif  // DOSSIER_EVAL_CLUSTER_METRICS_H_
