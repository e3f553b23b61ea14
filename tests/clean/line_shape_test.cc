#include "dossier/clean/line_shape.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>

namespace dossier {
namespace {

using Words = std::unordered_set<std::string>;

TEST(LineShapeTest, EmptyLine) {
  LineShape s = ShapeOf("");
  EXPECT_EQ(s.words, 0);
  EXPECT_FALSE(s.paragraph);
  EXPECT_FALSE(s.headline);
  EXPECT_FALSE(s.name);
  EXPECT_FALSE(s.date);
  EXPECT_FALSE(s.menu);
  EXPECT_FALSE(s.list_item);
  EXPECT_TRUE(s.no_letters);
}

TEST(LineShapeTest, Paragraph) {
  LineShape s = ShapeOf(
      "The harbour bridge reopened to cars and buses on Monday morning, ending months of "
      "closures.");
  EXPECT_EQ(s.words, 15);
  EXPECT_TRUE(s.ends_sentence);
  EXPECT_TRUE(s.paragraph);
  EXPECT_FALSE(s.headline);
  EXPECT_FALSE(s.name);
  EXPECT_FALSE(s.menu);
}

TEST(LineShapeTest, ParagraphNeedsLengthOrSentences) {
  EXPECT_TRUE(ShapeOf("It was cold. Then it rained all day long here.").paragraph);  // 10 words
  EXPECT_FALSE(ShapeOf("Harbour bridge reopens.").paragraph);                        // too short
  // Twenty words are a paragraph even without a full stop.
  EXPECT_TRUE(ShapeOf("one two three four five six seven eight nine ten eleven twelve thirteen "
                      "fourteen fifteen sixteen seventeen eighteen nineteen twenty")
                  .paragraph);
  EXPECT_FALSE(ShapeOf("Eight words without any full stop at the end").paragraph);
}

TEST(LineShapeTest, SentenceEnds) {
  EXPECT_TRUE(ShapeOf("He said the plan was \"fine.\"").ends_sentence);
  EXPECT_TRUE(ShapeOf("\u201cIt is over.\u201d").ends_sentence);
  EXPECT_TRUE(ShapeOf("Really?").ends_sentence);
  EXPECT_TRUE(ShapeOf("Wait\u2026").ends_sentence);
  EXPECT_FALSE(ShapeOf("No ending here").ends_sentence);
  EXPECT_FALSE(ShapeOf("Figures:").ends_sentence);
}

TEST(LineShapeTest, Headline) {
  LineShape s = ShapeOf("Harbour bridge reopens to traffic after months of repairs");
  EXPECT_TRUE(s.headline);
  EXPECT_FALSE(s.paragraph);
  EXPECT_FALSE(s.ends_sentence);
  EXPECT_FALSE(ShapeOf("Harbour bridge reopens.").headline);       // final period
  EXPECT_FALSE(ShapeOf("harbour bridge reopens today").headline);  // not capitalised
  EXPECT_FALSE(ShapeOf("Bridge reopens").headline);                // two words
}

TEST(LineShapeTest, Names) {
  EXPECT_TRUE(ShapeOf("By Jane Doe").name);
  EXPECT_TRUE(ShapeOf("by Jane Doe").name);
  EXPECT_TRUE(ShapeOf("BY JANE DOE").name);
  EXPECT_TRUE(ShapeOf("Jane Doe").name);
  EXPECT_TRUE(ShapeOf("By Jane Doe and John Roe").name);
  EXPECT_TRUE(ShapeOf("Ludwig van Beethoven").name);
  EXPECT_TRUE(ShapeOf("\u00c9mile Zola").name);
  EXPECT_FALSE(ShapeOf("jane doe").name);
  EXPECT_FALSE(ShapeOf("Jane").name);
  EXPECT_FALSE(ShapeOf("Home | World").name);
  EXPECT_FALSE(ShapeOf("Updated 2024").name);
  EXPECT_FALSE(ShapeOf("One Two Three Four Five").name);  // five capitalised words, no "By"
}

TEST(LineShapeTest, DateFormats) {
  for (const char* date :
       {"March 3, 2024", "Mar. 3, 2024", "3 March 2024", "2024-03-03", "03/03/2024", "3.3.2024",
        "Mon, 3 Mar 2024", "Monday, March 3, 2024", "2024-03-03T14:05", "Updated 2024-03-03 14:05",
        "Published: March 3, 2024 at 10:30 a.m. EST", "March 3, 2024 10:30 am"}) {
    EXPECT_TRUE(ShapeOf(date).date) << date;
  }
  for (const char* not_date : {"March 2024", "The 2024 budget", "2024",
                               "March 3 was a busy day for the council", "In 2024-03-03 news"}) {
    EXPECT_FALSE(ShapeOf(not_date).date) << not_date;
  }
}

TEST(LineShapeTest, Menus) {
  EXPECT_TRUE(ShapeOf("Home | World | Business | Opinion").menu);
  EXPECT_TRUE(ShapeOf("Home / World / Business").menu);
  EXPECT_TRUE(ShapeOf("News \u203a World \u203a Europe").menu);
  EXPECT_TRUE(ShapeOf("Home \u00b7 Local News \u00b7 Sport").menu);
  EXPECT_FALSE(ShapeOf("Home | World").menu);  // one separator
  EXPECT_FALSE(ShapeOf("Prices rose 3 / 4 of a point | analysts were surprised by it").menu);
}

TEST(LineShapeTest, ListItems) {
  EXPECT_TRUE(ShapeOf("- a point").list_item);
  EXPECT_TRUE(ShapeOf("* a point").list_item);
  EXPECT_TRUE(ShapeOf("\u2022 a point").list_item);
  EXPECT_TRUE(ShapeOf("\u2013 a point").list_item);
  EXPECT_FALSE(ShapeOf("-no space").list_item);
  EXPECT_FALSE(ShapeOf("- ").list_item);
  EXPECT_FALSE(ShapeOf("A plain line").list_item);
}

TEST(LineShapeTest, NoLetters) {
  EXPECT_TRUE(ShapeOf("12:30 - 4/5").no_letters);
  EXPECT_TRUE(ShapeOf("***").no_letters);
  EXPECT_TRUE(ShapeOf("2024").no_letters);
  EXPECT_FALSE(ShapeOf("Page 2").no_letters);
  EXPECT_FALSE(ShapeOf("\u00e9t\u00e9").no_letters);
  EXPECT_FALSE(ShapeOf("\u6771\u4eac").no_letters);  // 東京
}

TEST(LineShapeTest, NoLettersWithNonAsciiSymbols) {
  EXPECT_TRUE(ShapeOf("12:30 \u2014 4/5").no_letters);
  EXPECT_TRUE(ShapeOf("\u00a9 2024").no_letters);
  EXPECT_TRUE(ShapeOf("\u2605\u2605\u2605\u2606").no_letters);
}

TEST(LineShapeTest, AllCaps) {
  EXPECT_TRUE(ShapeOf("THE COASTAL LEDGER").all_caps);
  EXPECT_FALSE(ShapeOf("The Coastal Ledger").all_caps);
  EXPECT_FALSE(ShapeOf("ONE TWO THREE FOUR FIVE SIX").all_caps);  // more than five words
  EXPECT_FALSE(ShapeOf("2024").all_caps);                         // no letters
}

TEST(ContentWordsTest, DropsFunctionWordsAndShortWords) {
  EXPECT_EQ(ContentWords("The government said that the budget would rise with them"),
            (Words{"government", "budget", "rise"}));
  EXPECT_EQ(ContentWords("THE Mayor's PLAN"), (Words{"mayor", "plan"}));
  EXPECT_EQ(ContentWords("this that with from have been"), Words{});
  EXPECT_EQ(ContentWords(""), Words{});
  EXPECT_EQ(ContentWords("Z\u00fcrich voters"), (Words{"z\u00fcrich", "voters"}));
}

TEST(StripListMarkerTest, StripsOneMarker) {
  EXPECT_EQ(StripListMarker("- point"), "point");
  EXPECT_EQ(StripListMarker("* point"), "point");
  EXPECT_EQ(StripListMarker("\u2022 point"), "point");
  EXPECT_EQ(StripListMarker("\u2013 point"), "point");
  EXPECT_EQ(StripListMarker("point"), "point");
  EXPECT_EQ(StripListMarker("- - point"), "- point");
}

TEST(BylineNameTest, DropsTheByPrefix) {
  EXPECT_EQ(BylineName("By Jane Doe and John Roe"), "Jane Doe and John Roe");
  EXPECT_EQ(BylineName("by Jane Doe"), "Jane Doe");
  EXPECT_EQ(BylineName("BY JANE DOE"), "JANE DOE");
  EXPECT_EQ(BylineName("Jane Doe"), "Jane Doe");
  EXPECT_EQ(BylineName("   "), "");
}

}  // namespace
}  // namespace dossier
