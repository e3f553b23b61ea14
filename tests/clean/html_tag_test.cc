#include "dossier/clean/html_tag.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(HtmlTagTest, BlockTagsBreakParagraphs) {
  for (HtmlTag tag : {HtmlTag::kP, HtmlTag::kDiv, HtmlTag::kLi, HtmlTag::kH2, HtmlTag::kTd,
                      HtmlTag::kBlockquote, HtmlTag::kArticle, HtmlTag::kFigcaption}) {
    EXPECT_TRUE(IsBlockTag(tag)) << static_cast<int>(tag);
  }
  for (HtmlTag tag : {HtmlTag::kSpan, HtmlTag::kA, HtmlTag::kStrong, HtmlTag::kText, HtmlTag::kBr,
                      HtmlTag::kTime, HtmlTag::kOther}) {
    EXPECT_FALSE(IsBlockTag(tag)) << static_cast<int>(tag);
  }
}

TEST(HtmlTagTest, HeadingTagsAreH1ToH6Only) {
  for (HtmlTag tag :
       {HtmlTag::kH1, HtmlTag::kH2, HtmlTag::kH3, HtmlTag::kH4, HtmlTag::kH5, HtmlTag::kH6}) {
    EXPECT_TRUE(IsHeadingTag(tag)) << static_cast<int>(tag);
  }
  EXPECT_FALSE(IsHeadingTag(HtmlTag::kHgroup));
  EXPECT_FALSE(IsHeadingTag(HtmlTag::kP));
  EXPECT_FALSE(IsHeadingTag(HtmlTag::kHeader));
}

TEST(HtmlTagTest, NonContentTagsAreScriptsFormsAndMedia) {
  for (HtmlTag tag : {HtmlTag::kScript, HtmlTag::kStyle, HtmlTag::kNoscript, HtmlTag::kTemplate,
                      HtmlTag::kSvg, HtmlTag::kIframe, HtmlTag::kButton, HtmlTag::kTextarea,
                      HtmlTag::kComment, HtmlTag::kHead}) {
    EXPECT_TRUE(IsNonContentTag(tag)) << static_cast<int>(tag);
  }
  for (HtmlTag tag : {HtmlTag::kP, HtmlTag::kText, HtmlTag::kDiv, HtmlTag::kA, HtmlTag::kNav}) {
    EXPECT_FALSE(IsNonContentTag(tag)) << static_cast<int>(tag);
  }
}

}  // namespace
}  // namespace dossier
