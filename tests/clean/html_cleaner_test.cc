#include "dossier/clean/html_cleaner.h"

#include <gtest/gtest.h>

#include "testing/lexicon_test_base.h"

#include <string>

namespace dossier {
namespace {

constexpr char kBody[] =
    "The city council approved a network of protected cycle lanes on Wednesday, after a "
    "debate that lasted most of the afternoon and drew a large and noisy crowd to the hall.";
constexpr char kBody2[] =
    "The first lanes will run along the river, linking the main station with the university "
    "campus, and work is expected to start in the spring, the council said in a statement.";

class HtmlCleanerTest : public LexiconTestBase {};

TEST_F(HtmlCleanerTest, ExtractsBodyAndMetadataTogether) {
  std::string html =
      std::string(
          "<html><head><meta property=\"og:title\" content=\"Council approves cycle lanes\">"
          "<meta property=\"og:site_name\" content=\"City Herald\">"
          "<meta name=\"author\" content=\"Jane Doe\"></head><body>"
          "<nav><a href=\"/\">Home</a> <a href=\"/city\">City</a></nav>"
          "<article><h1>Council approves cycle lanes</h1><p>") +
      kBody + "</p><p>" + kBody2 + "</p></article></body></html>";
  HtmlCleaner cleaner(lexicon_);
  auto cleaned = cleaner.Clean(html);
  ASSERT_TRUE(cleaned.ok()) << cleaned.status().ToString();
  ASSERT_EQ(cleaned->blocks.size(), 2u);
  EXPECT_EQ(cleaned->blocks[0].text, kBody);
  EXPECT_EQ(cleaned->blocks[1].text, kBody2);
  EXPECT_EQ(cleaned->found.title, "Council approves cycle lanes");
  EXPECT_EQ(cleaned->found.outlet, "City Herald");
  EXPECT_EQ(cleaned->found.author, "Jane Doe");
  ASSERT_FALSE(cleaned->removed.empty());
  EXPECT_EQ(cleaned->removed.front(), "Home City");
}

TEST_F(HtmlCleanerTest, ParseOptionsReachTheParser) {
  HtmlParseOptions parse;
  parse.default_charset = "windows-1252";
  HtmlCleaner cleaner(lexicon_, parse);
  auto cleaned = cleaner.Clean(
      "<html><body><article><p>The mayor\x92s office confirmed on Tuesday that the new lanes "
      "would be finished before the summer, despite the objections of several shop owners.</p>"
      "</article></body></html>");
  ASSERT_TRUE(cleaned.ok()) << cleaned.status().ToString();
  ASSERT_EQ(cleaned->blocks.size(), 1u);
  EXPECT_EQ(cleaned->blocks[0].text.rfind("The mayor\u2019s office confirmed", 0), 0u)
      << cleaned->blocks[0].text;
}

}  // namespace
}  // namespace dossier
