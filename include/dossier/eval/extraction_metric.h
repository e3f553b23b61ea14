// The ScrapingHub article-extraction-benchmark metric, reimplemented.
//
// Texts are tokenised into \w+ runs (Unicode letters and numbers and "_", as
// Python's re does, case kept); shingles are word 4-grams (a text of fewer
// than four tokens is one shingle); per page, true/false positives and false
// negatives are counted over the shingle multisets. Precision is averaged
// over the pages with a non-empty prediction, recall over the pages with a
// non-empty truth, and F1 is taken from the two means.
#ifndef DOSSIER_EVAL_EXTRACTION_METRIC_H_
#define DOSSIER_EVAL_EXTRACTION_METRIC_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

struct ShingleCounts {
  double tp = 0, fp = 0, fn = 0;
};

struct ExtractionScore {
  double precision = 0, recall = 0, f1 = 0;
  size_t pages = 0;
};

// \w+ tokens of `text`.
std::vector<std::string> WordTokens(std::string_view text);

// Shingle matching of one page (counts normalised to sum to 1, as published).
ShingleCounts MatchShingles(std::string_view truth, std::string_view prediction,
                            size_t n = 4);

// Macro averages over pages.
ExtractionScore AggregateScores(const std::vector<ShingleCounts>& pages);

}  // namespace dossier

#endif  // DOSSIER_EVAL_EXTRACTION_METRIC_H_
