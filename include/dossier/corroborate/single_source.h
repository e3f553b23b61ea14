// SingleSourceFinder: statements only one outlet makes (its copies not
// counting), when a story has at least two independent outlets.
//
//   * facts: quotes and transfer items reported by one outlet whose stating
//     sentence is itself unsupported (below); an event reported by one outlet
//     is a claim through its sentence;
//   * sentences: a factual sentence (it ends as prose does, has at least
//     `min_words` words and names an entity, a number, a date or an event)
//     whose content words are supported by no passage of another outlet's
//     article: for every other outlet's sentence, alone or with its
//     neighbour, less than `min_support` of the sentence's content words,
//     weighed by their rarity in the story, are found there.
// Each claim is the stating text with its place; one claim per sentence,
// in article and text order.
//
// Borrows the articles and the SourceIndependence; the result is a value.
#ifndef DOSSIER_CORROBORATE_SINGLE_SOURCE_H_
#define DOSSIER_CORROBORATE_SINGLE_SOURCE_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/corroborate/source_independence.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/corroborate/transfer_merger.h"

namespace dossier::corroborate {

// Measured on a real five-outlet story: sentences other outlets re-report
// in their own words score 0.45-0.9; statements found in one outlet only,
// 0.06-0.36.
struct SingleSourceOptions {
  double min_support = 0.4;  // weighted share of content words found elsewhere
  size_t min_words = 7;      // shorter sentences are not claims
};

class SingleSourceFinder {
 public:
  SingleSourceFinder(const StoryDossier& dossier, const SourceIndependence& sources,
                     const TransferMerger& transfers, SingleSourceOptions options = {});

  std::vector<SingleSourceClaim> Find() const;

  // The best support another outlet gives sentence `sentence` of `article`,
  // 0..1; 1 when the story has fewer than two independent outlets.
  double Support(uint32_t article, uint32_t sentence) const;
  // Whether the sentence is the kind of sentence that states a fact.
  bool IsFactual(uint32_t article, uint32_t sentence) const;

 private:
  double Weight(const std::string& key) const;
  double WeightedContainment(const std::vector<std::string>& a, const std::vector<std::string>& b) const;
  SingleSourceClaim Claim(FactMention place) const;
  void AddFactClaims(std::vector<SingleSourceClaim>& out) const;
  void AddItemClaims(std::vector<SingleSourceClaim>& out) const;

  const StoryDossier& dossier_;
  const SourceIndependence& sources_;
  const TransferMerger& transfers_;
  SingleSourceOptions options_;
  bool enough_outlets_ = false;
  std::vector<std::vector<std::vector<std::string>>> words_;  // per article, per sentence
  std::unordered_map<std::string, size_t> sentence_frequency_;  // sentences holding each key
  size_t sentences_ = 0;
};

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_SINGLE_SOURCE_H_
