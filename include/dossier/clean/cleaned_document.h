// The output of the cleaners: kept blocks and removed chrome, in order.
#ifndef DOSSIER_CLEAN_CLEANED_DOCUMENT_H_
#define DOSSIER_CLEAN_CLEANED_DOCUMENT_H_

#include <string>
#include <vector>

#include "dossier/core/article.h"

namespace dossier {

struct CleanBlock {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;  // one line, white space collapsed
};

struct CleanedDocument {
  std::vector<CleanBlock> blocks;    // the article body, in order
  std::vector<std::string> removed;  // chrome taken out, in document order
  ArticleMetadata found;             // metadata found while cleaning
};

// Joins the blocks into the article text (blank line between blocks) and
// fills `blocks` with their byte spans.
void JoinBlocks(const std::vector<CleanBlock>& in, std::string& text,
                std::vector<Block>& blocks);

}  // namespace dossier

#endif  // DOSSIER_CLEAN_CLEANED_DOCUMENT_H_
