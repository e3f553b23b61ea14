#include "dossier/clean/cleaned_document.h"

namespace dossier {

void JoinBlocks(const std::vector<CleanBlock>& in, std::string& text,
                std::vector<Block>& blocks) {
  text.clear();
  blocks.clear();
  for (const CleanBlock& b : in) {
    if (!text.empty()) text += "\n\n";
    Block block;
    block.kind = b.kind;
    block.begin = static_cast<uint32_t>(text.size());
    text += b.text;
    block.end = static_cast<uint32_t>(text.size());
    blocks.push_back(block);
  }
}

}  // namespace dossier
