#include "dossier/core/utf8.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(Utf8Test, ValidTextHasNoInvalidOffset) {
  EXPECT_EQ(FindInvalidUtf8("Belarus’s “arms”"), std::string_view::npos);
}

TEST(Utf8Test, FindsFirstInvalidByte) {
  std::string s = "abc\xC3\x28xyz";
  EXPECT_EQ(FindInvalidUtf8(s), 3u);
  EXPECT_EQ(FindInvalidUtf8("ok\xED\xA0\x80"), 2u);  // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);         // overlong
}

TEST(Utf8Test, RepairReplacesInvalidBytes) {
  EXPECT_EQ(RepairUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

TEST(Utf8Test, BinaryDetection) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_FALSE(LooksBinary("Plain news text.\nSecond line.\n"));
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  std::string s = "é€😀";
  std::string out;
  for (size_t i = 0; i < s.size();) AppendUtf8(DecodeUtf8(s, i), out);
  EXPECT_EQ(out, s);
}

}  // namespace
}  // namespace dossier
