#include "dossier/clean/text_cleaner.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/lexicon_test_base.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr char kTitle[] = "Glacier retreat forces alpine village to move its water supply";
constexpr char kBody1[] =
    "The alpine village of Oberwald will move its drinking water intake higher up the valley "
    "after the glacier that feeds it retreated by more than forty metres last summer, "
    "officials said.";
constexpr char kBody2[] =
    "Engineers expect the new intake, which will cost the village about two million francs, "
    "to be ready before the winter, when the old pipes usually freeze.";
constexpr char kBody3[] =
    "Residents were told at a meeting on Tuesday that water would not be rationed during the "
    "works, although some households may see brief interruptions.";
constexpr char kComment[] =
    "I grew up in that valley and the glacier was huge when I was a child, it is sad to see.";

// `lines` joined, each ended by a newline.
std::string Lines(std::initializer_list<std::string_view> lines) {
  std::string text;
  for (std::string_view line : lines) {
    text += line;
    text += '\n';
  }
  return text;
}

// A scraped news page: chrome above, in and below the story.
std::string ScrapedPage() {
  return Lines({
      "Home | World | Business | Opinion",
      "Podcast of the week",
      kTitle,
      "By Jane Doe",
      "March 3, 2024",
      kBody1,
      "",
      kBody2,
      "Podcast of the week",
      "- The glacier lost forty metres last summer",
      "- Two million francs will pay for the new intake",
      kBody3,
      "Share this article",
      "Related articles",
      "Ski resorts prepare for shorter seasons across the Alps",
      "Farmers adapt to drier summers in the high valleys",
      "New rail tunnel opens beneath the mountain pass",
      "Comments",
      kComment,
  });
}

std::vector<std::string> BlockTexts(const CleanedDocument& doc) {
  std::vector<std::string> texts;
  for (const CleanBlock& b : doc.blocks) texts.push_back(b.text);
  return texts;
}

class TextCleanerTest : public LexiconTestBase {
 protected:
  CleanedDocument Clean(std::string_view text) const { return TextCleaner(lexicon_).Clean(text); }

};

TEST_F(TextCleanerTest, FindsTitleBylineAndDate) {
  CleanedDocument out = Clean(ScrapedPage());
  EXPECT_EQ(out.found.title, kTitle);
  EXPECT_EQ(out.found.author, "Jane Doe");
  EXPECT_EQ(out.found.published, "March 3, 2024");
}

TEST_F(TextCleanerTest, KeepsBodyAndListItemsInOrder) {
  CleanedDocument out = Clean(ScrapedPage());
  EXPECT_THAT(BlockTexts(out),
              ElementsAre(kBody1, kBody2, "The glacier lost forty metres last summer",
                          "Two million francs will pay for the new intake", kBody3));
  ASSERT_EQ(out.blocks.size(), 5u);
  EXPECT_EQ(out.blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(out.blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(out.blocks[2].kind, BlockKind::kListItem);
  EXPECT_EQ(out.blocks[3].kind, BlockKind::kListItem);
  EXPECT_EQ(out.blocks[4].kind, BlockKind::kParagraph);
}

TEST_F(TextCleanerTest, ChromeIsRemovedInDocumentOrder) {
  CleanedDocument out = Clean(ScrapedPage());
  // The title is neither body nor chrome.
  EXPECT_THAT(
      out.removed,
      ElementsAre("Home | World | Business | Opinion", "Podcast of the week", "By Jane Doe",
                  "March 3, 2024", "Podcast of the week", "Share this article", "Related articles",
                  "Ski resorts prepare for shorter seasons across the Alps",
                  "Farmers adapt to drier summers in the high valleys",
                  "New rail tunnel opens beneath the mountain pass", "Comments", kComment));
}

TEST_F(TextCleanerTest, EmptyAndBlankText) {
  for (const char* text : {"", "\n\n", "   \n\t\n"}) {
    CleanedDocument out = Clean(text);
    EXPECT_THAT(out.blocks, IsEmpty());
    EXPECT_THAT(out.removed, IsEmpty());
    EXPECT_EQ(out.found.title, "");
  }
}

TEST_F(TextCleanerTest, OnlyChromeKeepsNothing) {
  CleanedDocument out = Clean("Home | News | Sport\nShare\nFacebook Twitter WhatsApp\n");
  EXPECT_THAT(out.blocks, IsEmpty());
  EXPECT_THAT(out.removed,
              ElementsAre("Home | News | Sport", "Share", "Facebook Twitter WhatsApp"));
}

// Each of these stories opens with a title line that shares words with the
// body, as scraped pages usually do.
constexpr char kCouncilTitle[] = "Council approves protected cycle lanes\n";
constexpr char kCouncilLead[] =
    "The city council approved a network of protected cycle lanes on Wednesday, after a "
    "debate that lasted most of the afternoon.";
constexpr char kCouncilMore[] =
    "The first lanes will run along the river, linking the main station with the university "
    "campus, the council said.";

TEST_F(TextCleanerTest, HardWrappedLinesAreJoined) {
  CleanedDocument out =
      Clean(std::string(kCouncilTitle) +
            "The city council approved a network of protected cycle lanes on Wednesday,\n"
            "after a debate that lasted most of the afternoon and drew a large crowd.\n"
            "\n"
            "Work on the first lanes along the river is expected to start in the spring, the "
            "council said.\n");
  EXPECT_EQ(out.found.title, "Council approves protected cycle lanes");
  EXPECT_THAT(BlockTexts(out),
              ElementsAre("The city council approved a network of protected cycle lanes on "
                          "Wednesday, after a debate that lasted most of the afternoon and drew "
                          "a large crowd.",
                          "Work on the first lanes along the river is expected to start in the "
                          "spring, the council said."));
}

TEST_F(TextCleanerTest, SubheadingInsideBodyIsAHeading) {
  CleanedDocument out = Clean(std::string(kCouncilTitle) + kCouncilLead +
                              "\nWhere the lanes will go\n" + kCouncilMore + "\n");
  EXPECT_THAT(BlockTexts(out), ElementsAre(kCouncilLead, "Where the lanes will go", kCouncilMore));
  ASSERT_EQ(out.blocks.size(), 3u);
  EXPECT_EQ(out.blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(out.blocks[1].kind, BlockKind::kHeading);
  EXPECT_EQ(out.blocks[2].kind, BlockKind::kParagraph);
}

TEST_F(TextCleanerTest, RunOfTitleLinesInsideBodyIsALinkList) {
  CleanedDocument out = Clean(std::string(kCouncilTitle) + kCouncilLead +
                              "\n"
                              "Ski Resorts Prepare For Shorter Seasons\n"
                              "Farmers Adapt To Drier Summers\n"
                              "New Rail Tunnel Opens Beneath The Pass\n" +
                              kCouncilMore + "\n");
  EXPECT_THAT(BlockTexts(out), ElementsAre(kCouncilLead, kCouncilMore));
  EXPECT_THAT(out.removed, ElementsAre("Ski Resorts Prepare For Shorter Seasons",
                                       "Farmers Adapt To Drier Summers",
                                       "New Rail Tunnel Opens Beneath The Pass"));
}

TEST_F(TextCleanerTest, LinkedTitlesAfterReadMoreLeadInAreRemoved) {
  CleanedDocument out =
      Clean(std::string(kCouncilTitle) + kCouncilLead +
            "\nRead more:\nCouncil Votes On Parking Charges\n" + kCouncilMore + "\n");
  EXPECT_THAT(BlockTexts(out), ElementsAre(kCouncilLead, kCouncilMore));
  EXPECT_THAT(out.removed, ElementsAre("Read more:", "Council Votes On Parking Charges"));
}

TEST_F(TextCleanerTest, LeadParagraphNamesThePageAndStaysInTheBody) {
  CleanedDocument out = Clean(std::string(kCouncilLead) + "\n" + kCouncilMore + "\n");
  EXPECT_THAT(BlockTexts(out), ElementsAre(kCouncilLead, kCouncilMore));
  EXPECT_EQ(out.found.title, kCouncilLead);
}

TEST_F(TextCleanerTest, CopyrightLineNamesTheOutlet) {
  CleanedDocument out = Clean(std::string(kCouncilTitle) + kCouncilLead +
                              "\nCopyright \u00a9 2024 City Herald. All rights reserved.\n");
  EXPECT_EQ(out.blocks.size(), 1u);
  EXPECT_THAT(out.removed, ElementsAre("Copyright \u00a9 2024 City Herald. All rights reserved."));
  EXPECT_EQ(out.found.outlet, "City Herald");
}

TEST_F(TextCleanerTest, BareCopyrightSignLineIsChrome) {
  CleanedDocument out = Clean(std::string(kCouncilTitle) + kCouncilLead +
                              "\n\u00a9 2024 City Herald. All rights reserved.\n");
  EXPECT_EQ(out.blocks.size(), 1u);
  EXPECT_THAT(out.removed, ElementsAre("\u00a9 2024 City Herald. All rights reserved."));
  EXPECT_EQ(out.found.outlet, "City Herald");
}

TEST_F(TextCleanerTest, CapitalisedMastheadIsTheOutlet) {
  CleanedDocument out = Clean(
      "THE ALPINE COURIER\n"
      "Glacier retreat forces village to move water supply\n"
      "The alpine village of Oberwald will move its water intake after the glacier that "
      "feeds it retreated by forty metres, officials said.\n");
  EXPECT_EQ(out.found.outlet, "THE ALPINE COURIER");
  EXPECT_EQ(out.found.title, "Glacier retreat forces village to move water supply");
  EXPECT_EQ(out.blocks.size(), 1u);
}

}  // namespace
}  // namespace dossier
