#include "dossier/clean/nesting_limiter.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier {
namespace {

// LimitNesting's output, or "<unchanged>" when it left the page alone.
std::string Limit(std::string_view html, uint32_t max_depth) {
  std::string out = "<unchanged>";
  bool changed = LimitNesting(html, max_depth, out);
  if (!changed) {
    EXPECT_EQ(out, "<unchanged>") << "out was written although nothing changed";
  }
  return out;
}

TEST(NestingLimiterTest, PageWithinTheLimitIsUntouched) {
  EXPECT_EQ(Limit("<div><div>two levels</div></div>", 2), "<unchanged>");
  EXPECT_EQ(Limit("", 2), "<unchanged>");
  EXPECT_EQ(Limit("plain text, no tags", 0), "<unchanged>");
}

TEST(NestingLimiterTest, StartAndEndTagsPastTheLimitAreDropped) {
  EXPECT_EQ(Limit("<div><div><div>x</div></div></div><p>after</p>", 2),
            "<div><div>x</div></div><p>after</p>");
}

TEST(NestingLimiterTest, TextOfDroppedElementsStays) {
  EXPECT_EQ(Limit("<div><section><b>bold</b> and <i>italic</i></section></div>", 1),
            "<div>bold and italic</div>");
}

TEST(NestingLimiterTest, TagNamesAreCaseInsensitive) {
  EXPECT_EQ(Limit("<DIV><Div><div>X</DIV></div></div>", 2), "<DIV><Div>X</div></div>");
}

TEST(NestingLimiterTest, VoidAndOptionalEndTagElementsDoNotCount) {
  EXPECT_EQ(Limit("<html><head><meta charset=utf-8></head><body><div><p>one<p>two<br><img "
                  "src=x><ul><li>a<li>b</ul><table><tr><td>c</table></div></body></html>",
                  2),
            "<unchanged>");
}

TEST(NestingLimiterTest, SelfClosingTagsDoNotCount) {
  EXPECT_EQ(Limit("<div><svg/><span/><i/></div>", 1), "<unchanged>");
}

TEST(NestingLimiterTest, CommentsAndRawTextAreNotTags) {
  EXPECT_EQ(Limit("<div><!-- <div><div><div> --><script>if (a<b) w(\"<div><div>\");</script>"
                  "<style>div > p { color: red }</style><textarea><div><div></textarea></div>",
                  1),
            "<unchanged>");
}

TEST(NestingLimiterTest, ManyNestedElementsCollapseToTheLimit) {
  std::string html;
  for (int i = 0; i < 50'000; ++i) html += "<div>";
  html += "core";
  for (int i = 0; i < 50'000; ++i) html += "</div>";
  std::string expected;
  for (int i = 0; i < 3; ++i) expected += "<div>";
  expected += "core";
  for (int i = 0; i < 3; ++i) expected += "</div>";
  EXPECT_EQ(Limit(html, 3), expected);
}

TEST(NestingLimiterTest, ScriptEndTagPastTheLimitIsKept) {
  EXPECT_EQ(Limit("<div><div><div><script>var a = 1;</script><p>Visible</p></div></div></div>", 2),
            "<div><div><script>var a = 1;</script><p>Visible</p></div></div>");
}

}  // namespace
}  // namespace dossier
