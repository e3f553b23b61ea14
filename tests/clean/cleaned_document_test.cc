#include "dossier/clean/cleaned_document.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier {
namespace {

TEST(JoinBlocksTest, BlankLineBetweenBlocksAndSpansIntoText) {
  std::vector<CleanBlock> in = {{BlockKind::kHeading, "Title"},
                                {BlockKind::kParagraph, "Caf\u00e9 body."},
                                {BlockKind::kListItem, "point"}};
  std::string text;
  std::vector<Block> blocks;
  JoinBlocks(in, text, blocks);
  EXPECT_EQ(text, "Title\n\nCaf\u00e9 body.\n\npoint");
  ASSERT_EQ(blocks.size(), 3u);
  for (size_t i = 0; i < in.size(); ++i) {
    EXPECT_EQ(blocks[i].kind, in[i].kind);
    EXPECT_EQ(text.substr(blocks[i].begin, blocks[i].end - blocks[i].begin), in[i].text);
  }
  EXPECT_EQ(blocks[0].begin, 0u);
  EXPECT_EQ(blocks[1].begin, 7u);
  EXPECT_EQ(blocks[2].end, text.size());
}

TEST(JoinBlocksTest, ReplacesPreviousContents) {
  std::string text = "stale";
  std::vector<Block> blocks(4);
  JoinBlocks({}, text, blocks);
  EXPECT_EQ(text, "");
  EXPECT_TRUE(blocks.empty());

  JoinBlocks({{BlockKind::kQuote, "only"}}, text, blocks);
  EXPECT_EQ(text, "only");
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kQuote);
  EXPECT_EQ(blocks[0].begin, 0u);
  EXPECT_EQ(blocks[0].end, 4u);
}

}  // namespace
}  // namespace dossier
