// ECB+ documents as a story-clustering corpus: each document's gold story
// (its topic and whether it is an "ecb" or an "ecbplus" document), its body
// text, and synthetic articles mixed from the sentences of one story's
// documents for scale runs.
#ifndef DOSSIER_EVAL_ECBPLUS_STORIES_H_
#define DOSSIER_EVAL_ECBPLUS_STORIES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/eval/ecbplus.h"

namespace dossier {

struct StoryDocument {
  std::string text;
  uint32_t topic = 0;  // the topic folder's number
  uint32_t gold = 0;   // gold story: 2 * topic, + 1 for "ecbplus" documents
};

// The document's body: its text without a first line that is the page's
// address ("http : / / ..."), which is metadata rather than reporting.
std::string EcbBodyText(std::string_view text);

// Every document with its topic and gold story; topics that are not numbers
// count as topic 0.
std::vector<StoryDocument> EcbStoryDocuments(const std::vector<EcbDocument>& docs);

struct SyntheticCorpusOptions {
  size_t articles = 10000;
  size_t sources_per_article = 3;   // documents of one story mixed into each
  size_t sentences_per_source = 4;  // sentences drawn from each, kept in their order
  uint64_t seed = 7;
};

// Synthetic articles: each picks a gold story at random, then a few of its
// documents and a few sentences of each (a seeded RNG, so reproducible).
// Each keeps the gold story it was drawn from.
std::vector<StoryDocument> SyntheticArticles(const std::vector<StoryDocument>& docs,
                                             const SyntheticCorpusOptions& options);

// One line describing how SyntheticArticles() built them.
std::string DescribeSynthetic(const SyntheticCorpusOptions& options);

}  // namespace dossier

#endif  // DOSSIER_EVAL_ECBPLUS_STORIES_H_
