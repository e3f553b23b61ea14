#include "dossier/clean/boilerplate_lexicon.h"

#include <gtest/gtest.h>

#include "testing/lexicon_test_base.h"

#include <string>

namespace dossier {
namespace {

constexpr char kSmallLexicon[] =
    "# a comment line\n"
    "\n"
    "class+\tarticle\n"
    "class+\tstory\t10\n"
    "class-\tshare\n"
    "class-\tad\t40\n"
    "line\tshare this\n"
    "line\tread the\t4\n"
    "exact\tfacebook\n"
    "exact\ttwitter\n"
    "exact\tread more\n"
    "tail\trelated articles\n";

BoilerplateLexicon ParseOrDie(std::string_view tsv) {
  auto lexicon = BoilerplateLexicon::Parse(tsv, "test.tsv");
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  return lexicon.ok() ? std::move(lexicon).value() : BoilerplateLexicon();
}

class DefaultLexiconTest : public LexiconTestBase {};

TEST(BoilerplateLexiconTest, ParseReadsEveryKind) {
  BoilerplateLexicon lex = ParseOrDie(kSmallLexicon);
  EXPECT_EQ(lex.ClassWeight("article"), 25);  // default weight
  EXPECT_EQ(lex.ClassWeight("story"), 10);
  EXPECT_EQ(lex.ClassWeight("share"), -25);
  EXPECT_EQ(lex.ClassWeight("ad"), -40);
  EXPECT_EQ(lex.ClassWeight("article story-ad"), 25 + 10 - 40);
  EXPECT_EQ(lex.ClassWeight("unknown words only"), 0);
  EXPECT_TRUE(lex.IsChromeLine("Share this page"));
  EXPECT_TRUE(lex.IsChromeLine("Facebook"));
  EXPECT_TRUE(lex.AllWordsChrome("Facebook Twitter"));
  EXPECT_TRUE(lex.IsTailMarker("Related articles"));
  EXPECT_FALSE(lex.IsTailMarker("Share this"));
}

TEST(BoilerplateLexiconTest, ParseAcceptsCrlfLineEndings) {
  BoilerplateLexicon lex = ParseOrDie("class+\tarticle\r\nexact\tfacebook\r\n");
  EXPECT_EQ(lex.ClassWeight("article"), 25);
  EXPECT_TRUE(lex.IsChromeLine("facebook"));
}

TEST(BoilerplateLexiconTest, UnknownKindReportsItsLine) {
  auto lex = BoilerplateLexicon::Parse(
      "# header\n"
      "class+\tarticle\n"
      "\n"
      "klass+\tstory\n",
      "lexicon.tsv");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(lex.status().line(), 4);
  EXPECT_EQ(lex.status().path(), "lexicon.tsv");
  EXPECT_NE(lex.status().message().find("unknown kind 'klass+'"), std::string::npos)
      << lex.status().message();
}

TEST(BoilerplateLexiconTest, BadWeightReportsItsLine) {
  for (const char* weight : {"heavy", "12x", "", "3.5"}) {
    std::string tsv = std::string("class+\tarticle\nclass-\tshare\t") + weight + "\n";
    auto lex = BoilerplateLexicon::Parse(tsv, "lexicon.tsv");
    ASSERT_FALSE(lex.ok()) << "weight '" << weight << "'";
    EXPECT_EQ(lex.status().code(), StatusCode::kCorruptInput);
    EXPECT_EQ(lex.status().line(), 2);
    EXPECT_NE(lex.status().message().find("bad weight"), std::string::npos)
        << lex.status().message();
  }
}

TEST(BoilerplateLexiconTest, BadWordLimitReportsItsLine) {
  auto lex = BoilerplateLexicon::Parse("line\tshare this\tmany\n", "lexicon.tsv");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().line(), 1);
  EXPECT_NE(lex.status().message().find("bad word limit"), std::string::npos);
}

TEST(BoilerplateLexiconTest, MissingValueReportsItsLine) {
  auto lex = BoilerplateLexicon::Parse("exact\tfacebook\nexact\n", "lexicon.tsv");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(lex.status().line(), 2);
  EXPECT_NE(lex.status().message().find("expected KIND<TAB>VALUE"), std::string::npos)
      << lex.status().message();
}

TEST(BoilerplateLexiconTest, LinePrefixWordLimits) {
  BoilerplateLexicon lex = ParseOrDie(kSmallLexicon);
  // "read the" carries its own limit of 4 words, whatever the caller asks.
  EXPECT_TRUE(lex.IsChromeLine("Read the report"));
  EXPECT_TRUE(lex.IsChromeLine("Read the full report"));
  EXPECT_FALSE(lex.IsChromeLine("Read the full report here"));
  EXPECT_FALSE(lex.IsChromeLine("Read the full report here", 50));
  // "share this" uses the caller's limit (12 by default).
  EXPECT_TRUE(lex.IsChromeLine("Share this article with your friends", 6));
  EXPECT_FALSE(lex.IsChromeLine("Share this article with your friends", 5));
  EXPECT_TRUE(lex.IsChromeLine("Share this one two three four five six seven eight nine ten"));
  EXPECT_FALSE(
      lex.IsChromeLine("Share this one two three four five six seven eight nine ten eleven"));
  // Prefixes match at the start only.
  EXPECT_FALSE(lex.IsChromeLine("Please share this"));
}

TEST_F(DefaultLexiconTest, LoadsAndScoresContentAndFurnitureClasses) {
  EXPECT_GT(lexicon_.ClassWeight("article-body main-content"), 0);
  EXPECT_LT(lexicon_.ClassWeight("share-bar social"), 0);
  EXPECT_LT(lexicon_.ClassWeight("comments"), 0);
  EXPECT_EQ(lexicon_.ClassWeight("comments"), lexicon_.ClassWeight("comment"));
  EXPECT_EQ(lexicon_.ClassWeight("Article-Body"), lexicon_.ClassWeight("article-body"));
  EXPECT_EQ(lexicon_.ClassWeight(""), 0);
  EXPECT_EQ(lexicon_.ClassWeight("zq-xv"), 0);
}

TEST_F(DefaultLexiconTest, ChromeLines) {
  EXPECT_TRUE(lexicon_.IsChromeLine("Share this article"));
  EXPECT_TRUE(lexicon_.IsChromeLine("  SHARE   this article "));
  EXPECT_TRUE(lexicon_.IsChromeLine("Advertisement"));
  EXPECT_TRUE(lexicon_.IsChromeLine("Comments:"));
  EXPECT_TRUE(lexicon_.IsChromeLine("Loading..."));
  EXPECT_FALSE(lexicon_.IsChromeLine(""));
  EXPECT_FALSE(lexicon_.IsChromeLine(
      "The council said it would share this year's surplus with the three smaller towns."));
  // A long sentence that merely starts like chrome is not chrome.
  EXPECT_FALSE(lexicon_.IsChromeLine(
      "Share this view of the harbour with anyone who has never seen the town at dawn, "
      "the mayor told the crowd"));
}

TEST_F(DefaultLexiconTest, AllWordsChrome) {
  EXPECT_TRUE(lexicon_.AllWordsChrome("Facebook Twitter WhatsApp Email"));
  EXPECT_TRUE(lexicon_.AllWordsChrome("Facebook, Twitter, WhatsApp, Email!"));
  EXPECT_FALSE(lexicon_.AllWordsChrome("Facebook Twitter WhatsApp Email Harbour"));
  EXPECT_FALSE(lexicon_.AllWordsChrome(""));
  EXPECT_FALSE(lexicon_.AllWordsChrome("| \xC2\xB7 |"));  // no words at all
}

TEST_F(DefaultLexiconTest, TailMarkers) {
  EXPECT_TRUE(lexicon_.IsTailMarker("Related articles"));
  EXPECT_TRUE(lexicon_.IsTailMarker("Comments"));
  EXPECT_TRUE(lexicon_.IsTailMarker("COMMENTS:"));
  EXPECT_FALSE(lexicon_.IsTailMarker("Related articles about the harbour"));
  EXPECT_FALSE(lexicon_.IsTailMarker("The council meets on Monday."));
}

TEST(NormalizeLineTest, LowerCasesAndCollapsesSpaces) {
  EXPECT_EQ(NormalizeLine("  Read \t MORE\n"), "read more");
  EXPECT_EQ(NormalizeLine("Comments:"), "comments:");
  EXPECT_EQ(NormalizeLine(""), "");
  EXPECT_EQ(NormalizeLine("Caf\u00c9"), "caf\u00c9");  // ASCII only
}

TEST(NormalizeLineTest, StripsTrailingPunctuation) {
  EXPECT_EQ(NormalizeLine("Comments:", true), "comments");
  EXPECT_EQ(NormalizeLine("Loading...", true), "loading");
  EXPECT_EQ(NormalizeLine("Read more!", true), "read more");
  EXPECT_EQ(NormalizeLine("Read more\u2026", true), "read more");
  EXPECT_EQ(NormalizeLine("Comments :", true), "comments");
}

TEST(NormalizeLineTest, StripsSpaceBeforeEllipsis) {
  EXPECT_EQ(NormalizeLine("Read more \u2026", true), "read more");
}

TEST(CountWordsTest, CountsSpaceSeparatedWords) {
  EXPECT_EQ(CountWords(""), 0);
  EXPECT_EQ(CountWords("   "), 0);
  EXPECT_EQ(CountWords("one"), 1);
  EXPECT_EQ(CountWords("  a  b\tc\n d "), 4);
}

}  // namespace
}  // namespace dossier
