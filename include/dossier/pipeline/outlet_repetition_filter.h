// OutletRepetitionFilter: blocks that one outlet repeats on several of its
// pages (a standard sign-off, a newsletter pitch, an "About us" line) are
// site chrome, whatever their wording. Works on a bounded batch of
// articles, so memory stays flat however long the run.
#ifndef DOSSIER_PIPELINE_OUTLET_REPETITION_FILTER_H_
#define DOSSIER_PIPELINE_OUTLET_REPETITION_FILTER_H_

#include <vector>

#include "dossier/core/article.h"

namespace dossier {

struct RepetitionOptions {
  int min_pages = 3;        // a block on this many pages of one outlet is chrome
  int max_block_words = 30;  // longer blocks are story text even if repeated
};

// Moves repeated blocks of each outlet's articles to `removed` (keeping the
// text, block spans and content hash consistent). Articles without an
// outlet are left alone.
void RemoveOutletRepetitions(std::vector<Article>& batch, RepetitionOptions options = {});

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_OUTLET_REPETITION_FILTER_H_
