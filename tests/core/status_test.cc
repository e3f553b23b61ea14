#include "dossier/core/status.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(StatusTest, OkHasNoMessage) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "ok");
}

TEST(StatusTest, NamesFileAndLine) {
  Status s(StatusCode::kCorruptInput, "malformed JSON");
  s.WithPath("a.jsonl").WithLine(3);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(), "a.jsonl:line 3: malformed JSON");
}

TEST(StatusTest, NamesFileAndByteOffset) {
  Status s(StatusCode::kInvalidUtf8, "invalid UTF-8");
  s.WithPath("x.txt").WithOffset(17);
  EXPECT_EQ(s.ToString(), "x.txt: byte 17: invalid UTF-8");
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<int> good(4);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 4);
  Result<int> bad(Status(StatusCode::kNotFound, "gone"));
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dossier
