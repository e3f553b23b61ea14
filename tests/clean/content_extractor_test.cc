#include "dossier/clean/content_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/lexicon_test_base.h"

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dossier {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

constexpr char kParagraph1[] =
    "The harbour bridge reopened to cars and buses on Monday morning, ending eight months of "
    "closures that had forced commuters onto a lengthy detour through the industrial district.";
constexpr char kParagraph2[] =
    "Engineers replaced corroded steel cables, resurfaced the deck and installed new lighting "
    "along the pedestrian walkway, according to the regional transport authority, which "
    "oversaw the work.";
constexpr char kParagraph3[] =
    "Local shop owners, who said trade had fallen sharply during the closure, welcomed the "
    "reopening, although several warned that parking near the waterfront remained scarce.";
constexpr char kParagraph4[] =
    "The authority said the final cost of the repairs, originally estimated at twelve million, "
    "would be published in its annual report later this year, alongside a review of the delays.";

// A news page with the usual furniture around one <article>; $P1..$P4 stand
// for the article's paragraphs.
constexpr char kNewsPageTemplate[] = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour Bridge Reopens After Repairs - The Coastal Ledger</title>
<script>window.dataLayer = [{"page": "article"}];</script>
<style>.story { font-family: serif; }</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">The Coastal Ledger</a>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/local">Local News</a></li>
      <li><a href="/business">Business Desk</a></li>
      <li><a href="/sport">Sport Results</a></li>
    </ul>
  </nav>
</header>
<div id="cookie-consent" class="cookie-banner">
  <p>We use cookies to improve your experience on our website. By continuing to browse you agree to
    our use of cookies.</p>
  <button>Accept all</button>
</div>
<main>
<article class="story">
  <h1>Harbour bridge reopens to traffic after months of repairs</h1>
  <div class="share-bar social">
    <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a>
  </div>
  <div class="article-body">
    <p>$P1</p>
    <p>$P2</p>
    <figure>
      <img src="bridge.jpg" alt="The bridge">
      <figcaption>Workers inspect the new cables on the eastern span of the bridge.</figcaption>
    </figure>
    <p>$P3</p>
    <p>$P4</p>
  </div>
  <aside class="related-links">
    <h2>Related stories</h2>
    <ul>
      <li><a href="/a">Ferry timetable changes announced for the summer season</a></li>
      <li><a href="/b">Council approves budget for coastal road improvements</a></li>
    </ul>
  </aside>
  <div class="newsletter-signup">
    <p>Sign up for our morning briefing and get the day's top stories in your inbox.</p>
    <form><input type="email" placeholder="Your email"><button>Subscribe</button></form>
  </div>
</article>
<section id="comments" class="comments">
  <h2>Comments</h2>
  <div class="comment"><p>Finally! My commute has been a nightmare since the spring, glad this is
    over at last.</p></div>
  <div class="comment"><p>Twelve million seems like a lot for some cables, I would like to see the
    full breakdown of costs.</p></div>
</section>
</main>
<footer class="site-footer">
  <p>Copyright &copy; 2024 The Coastal Ledger. All rights reserved.</p>
  <p><a href="/privacy">Privacy policy</a> &middot; <a href="/terms">Terms of use</a></p>
</footer>
</body>
</html>
)";

// `tmpl` with each key replaced by its text.
std::string Fill(std::string_view tmpl,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> texts) {
  std::string out(tmpl);
  for (const auto& [key, text] : texts) {
    size_t at = out.find(key);
    if (at != std::string::npos) out.replace(at, key.size(), text);
  }
  return out;
}

std::string NewsPage() {
  return Fill(
      kNewsPageTemplate,
      {{"$P1", kParagraph1}, {"$P2", kParagraph2}, {"$P3", kParagraph3}, {"$P4", kParagraph4}});
}

std::vector<std::string> BlockTexts(const CleanedDocument& doc) {
  std::vector<std::string> texts;
  for (const CleanBlock& b : doc.blocks) texts.push_back(b.text);
  return texts;
}

// Index of the first string in `list` containing `needle`, or -1.
int IndexContaining(const std::vector<std::string>& list, std::string_view needle) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (list[i].find(needle) != std::string::npos) return static_cast<int>(i);
  }
  return -1;
}

class ContentExtractorTest : public LexiconTestBase {
 protected:

  CleanedDocument Extract(std::string_view html, ContentExtractorOptions options = {}) {
    auto doc = HtmlDocument::Parse(html);
    EXPECT_TRUE(doc.ok()) << doc.status().ToString();
    if (!doc.ok()) return {};
    return ContentExtractor(lexicon_, options).Extract(*doc);
  }

  // `needle` is in some removed line and in no block.
  void ExpectRemoved(const CleanedDocument& doc, std::string_view needle) {
    EXPECT_NE(IndexContaining(doc.removed, needle), -1) << "not in removed: " << needle;
    EXPECT_EQ(IndexContaining(BlockTexts(doc), needle), -1) << "kept: " << needle;
  }

  // `needle` is neither kept nor listed as removed chrome.
  void ExpectAbsent(const CleanedDocument& doc, std::string_view needle) {
    EXPECT_EQ(IndexContaining(BlockTexts(doc), needle), -1) << "kept: " << needle;
    EXPECT_EQ(IndexContaining(doc.removed, needle), -1) << "in removed: " << needle;
  }

};

TEST_F(ContentExtractorTest, NewsPageKeepsArticleParagraphsInOrder) {
  CleanedDocument out = Extract(NewsPage());
  EXPECT_THAT(BlockTexts(out), ElementsAre(kParagraph1, kParagraph2, kParagraph3, kParagraph4));
  for (const CleanBlock& b : out.blocks) EXPECT_EQ(b.kind, BlockKind::kParagraph);
  // Metadata is HtmlMetadata's job.
  EXPECT_EQ(out.found.title, "");
}

TEST_F(ContentExtractorTest, NewsPageChromeIsRemovedNotKept) {
  CleanedDocument out = Extract(NewsPage());
  ExpectRemoved(out, "Local News");
  ExpectRemoved(out, "Business Desk");
  ExpectRemoved(out, "We use cookies");
  ExpectRemoved(out, "Facebook Twitter WhatsApp Email");
  ExpectRemoved(out, "Related stories");
  ExpectRemoved(out, "Ferry timetable changes");
  ExpectRemoved(out, "Sign up for our morning briefing");
  ExpectRemoved(out, "My commute has been a nightmare");
  ExpectRemoved(out, "full breakdown of costs");
  ExpectRemoved(out, "Copyright \u00a9 2024 The Coastal Ledger");
  ExpectRemoved(out, "Privacy policy \u00b7 Terms of use");
  // The headline and the caption are not body text either.
  ExpectRemoved(out, "Harbour bridge reopens to traffic");
  ExpectRemoved(out, "Workers inspect the new cables");
}

TEST_F(ContentExtractorTest, NewsPageRemovedChromeIsInDocumentOrder) {
  CleanedDocument out = Extract(NewsPage());
  std::vector<int> order;
  for (const char* needle :
       {"Business Desk", "We use cookies", "Facebook Twitter", "Related stories",
        "Sign up for our morning", "My commute", "Copyright"}) {
    order.push_back(IndexContaining(out.removed, needle));
    EXPECT_NE(order.back(), -1) << needle;
  }
  EXPECT_TRUE(std::is_sorted(order.begin(), order.end())) << ::testing::PrintToString(out.removed);
}

TEST_F(ContentExtractorTest, ScriptsStylesAndFormsAreNeverText) {
  CleanedDocument out = Extract(NewsPage());
  ExpectAbsent(out, "dataLayer");
  ExpectAbsent(out, "font-family");
  ExpectAbsent(out, "Accept all");  // <button>
  ExpectAbsent(out, "Your email");
}

TEST_F(ContentExtractorTest, ParagraphsInBareDivsAreExtracted) {
  constexpr char kA[] =
      "Residents of the valley town voted on Sunday to keep their small railway station open, "
      "rejecting a proposal from the operator to replace the service with buses, after a "
      "campaign that lasted two years.";
  constexpr char kB[] =
      "Turnout was high, with almost seven in ten eligible voters taking part, and the result "
      "was clear, according to the town clerk, who announced the count late in the evening.";
  constexpr char kC[] =
      "The operator said it would study the result carefully before deciding on its next "
      "steps, but added that passenger numbers at the station had fallen for five years.";
  std::string html = Fill(R"(<html><body>
<div><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></div>
<div><div>$A</div><div>$B</div><div>$C</div></div>
<div>Contact | Jobs | Advertise</div>
</body></html>)",
                          {{"$A", kA}, {"$B", kB}, {"$C", kC}});
  CleanedDocument out = Extract(html);
  EXPECT_THAT(BlockTexts(out), ElementsAre(kA, kB, kC));
  ExpectRemoved(out, "Home News About us");
  ExpectRemoved(out, "Contact | Jobs | Advertise");
}

TEST_F(ContentExtractorTest, HiddenElementsAreNotText) {
  constexpr char kVisible1[] =
      "The museum opened a new wing on Friday, showing more than two hundred paintings, "
      "sculptures and drawings that had been kept in storage for decades, curators said.";
  constexpr char kVisible2[] =
      "Visitors queued for hours in the rain to see the collection, which includes works by "
      "several local artists who were little known during their lifetimes, the director said.";
  std::string html = Fill(R"(<html><body><article>
<p>$V1</p>
<p style="display: none">Inline style hidden paragraph that no reader should ever see, because it
  is hidden by a style rule.</p>
<div hidden><p>Attribute hidden paragraph, hidden with the hidden attribute, which should never
  reach the text.</p></div>
<p aria-hidden="true">Aria hidden paragraph, which is also invisible to the extractor and should
  not appear.</p>
<p>$V2</p>
<p style="VISIBILITY: hidden">Visibility hidden paragraph of text that should be left out of the
  article, as it is invisible.</p>
</article></body></html>)",
                          {{"$V1", kVisible1}, {"$V2", kVisible2}});
  CleanedDocument out = Extract(html);
  EXPECT_THAT(BlockTexts(out), ElementsAre(kVisible1, kVisible2));
  for (const char* hidden :
       {"Inline style hidden", "Attribute hidden", "Aria hidden", "Visibility hidden"}) {
    ExpectAbsent(out, hidden);
  }
}

TEST_F(ContentExtractorTest, BlockKindsFollowTheirElements) {
  std::string html = R"(<html><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<p>The regional government approved the construction of a new dam on the northern river on Thursday,
  ending a decade of disputes between farmers, fishermen and energy companies.</p>
<h2>What the dam will change</h2>
<p>Supporters say the reservoir will supply water to forty thousand homes, and that the turbines
  will produce enough electricity for the nearby towns, officials said.</p>
<ul>
<li>Forty thousand homes will get water from the reservoir</li>
<li>Construction is due to begin next spring, weather permitting</li>
</ul>
<blockquote>We have waited ten years for this decision, and now the real work begins, said the
  mayor.</blockquote>
<p>Opponents, including a coalition of fishing cooperatives, said they would appeal, arguing that
  the dam would block the migration of salmon, trout and eels.</p>
</article>
</body></html>)";
  CleanedDocument out = Extract(html);
  ASSERT_EQ(out.blocks.size(), 7u) << ::testing::PrintToString(BlockTexts(out));
  EXPECT_EQ(out.blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(out.blocks[1].kind, BlockKind::kHeading);
  EXPECT_EQ(out.blocks[1].text, "What the dam will change");
  EXPECT_EQ(out.blocks[2].kind, BlockKind::kParagraph);
  EXPECT_EQ(out.blocks[3].kind, BlockKind::kListItem);
  EXPECT_EQ(out.blocks[3].text, "Forty thousand homes will get water from the reservoir");
  EXPECT_EQ(out.blocks[4].kind, BlockKind::kListItem);
  EXPECT_EQ(out.blocks[5].kind, BlockKind::kQuote);
  EXPECT_EQ(out.blocks[6].kind, BlockKind::kParagraph);
  EXPECT_THAT(out.removed, ElementsAre("Home World"));
}

TEST_F(ContentExtractorTest, LinkDenseParagraphIsRemoved) {
  std::string html = R"(<html><body><article>
<p>The regional government approved the construction of a new dam on the northern river on Thursday,
  ending a decade of disputes between farmers, fishermen and energy companies.</p>
<p>See the decision <a href="/doc">on the government website, which has the complete text of the
  ruling and all its maps</a>.</p>
<p>Opponents, including a coalition of fishing cooperatives, said they would appeal, arguing that
  the dam would block the migration of salmon, trout and eels.</p>
</article></body></html>)";
  CleanedDocument out = Extract(html);
  ASSERT_EQ(out.blocks.size(), 2u) << ::testing::PrintToString(BlockTexts(out));
  ExpectRemoved(out, "on the government website");
}

// An article whose last section is introduced by `marker`.
std::string PageWithTail(std::string_view marker) {
  return Fill(R"(<html><body><article>
<p>The regional government approved the construction of a new dam on the northern river on Thursday,
  ending a decade of disputes between farmers, fishermen and energy companies.</p>
<p>Opponents, including a coalition of fishing cooperatives, said they would appeal, arguing that
  the dam would block the migration of salmon, trout and eels.</p>
<h3>$MARKER</h3>
<p>Drought threatens harvest in the northern valleys as rivers fall to record lows this summer,
  farmers warn.</p>
</article></body></html>)",
              {{"$MARKER", marker}});
}

TEST_F(ContentExtractorTest, TailMarkerEndsTheArticle) {
  CleanedDocument out = Extract(PageWithTail("Read next"));
  ASSERT_EQ(out.blocks.size(), 2u) << ::testing::PrintToString(BlockTexts(out));
  ExpectRemoved(out, "Read next");
  ExpectRemoved(out, "Drought threatens harvest");
}

TEST_F(ContentExtractorTest, TailMarkerThatIsAlsoAChromeLineEndsTheArticle) {
  CleanedDocument out = Extract(PageWithTail("Related articles"));
  ASSERT_EQ(out.blocks.size(), 2u) << ::testing::PrintToString(BlockTexts(out));
  ExpectRemoved(out, "Related articles");
  ExpectRemoved(out, "Drought threatens harvest");
}

TEST_F(ContentExtractorTest, PathologicallyDeepPageKeepsItsText) {
  std::string html = "<html><body><nav><a href=\"/\">Home</a></nav>";
  for (int i = 0; i < 100'000; ++i) html += "<div>";
  html += std::string("<p>") + kParagraph1 + "</p><p>" + kParagraph2 + "</p>";
  for (int i = 0; i < 100'000; ++i) html += "</div>";
  html += "</body></html>";
  CleanedDocument out = Extract(html);
  EXPECT_THAT(BlockTexts(out), ElementsAre(kParagraph1, kParagraph2));
  EXPECT_THAT(out.removed, ElementsAre("Home"));
}

TEST_F(ContentExtractorTest, EmptyPageGivesNothing) {
  for (const char* html : {"", "<html></html>", "<html><body>  \n </body></html>",
                           "<html><head><script>var a = 1;</script></head><body></body></html>"}) {
    CleanedDocument out = Extract(html);
    EXPECT_THAT(out.blocks, IsEmpty()) << html;
    EXPECT_THAT(out.removed, IsEmpty()) << html;
  }
}

TEST_F(ContentExtractorTest, AlmostEmptyPageKeepsEveryWordSomewhere) {
  CleanedDocument out = Extract("<html><body><p>Hi.</p></body></html>");
  std::vector<std::string> all = BlockTexts(out);
  all.insert(all.end(), out.removed.begin(), out.removed.end());
  EXPECT_THAT(all, ElementsAre("Hi."));
}

TEST_F(ContentExtractorTest, ShortNoticeIsKeptAndMenuRemoved) {
  CleanedDocument out = Extract(
      "<html><body><nav><a href=\"/\">Home</a></nav>"
      "<div>Short note: the office is closed today.</div></body></html>");
  EXPECT_THAT(BlockTexts(out), ElementsAre("Short note: the office is closed today."));
  EXPECT_THAT(out.removed, ElementsAre("Home"));
}

TEST_F(ContentExtractorTest, NavigationOnlyPageKeepsNothing) {
  CleanedDocument out = Extract(
      "<html><body><nav><a href=\"/\">Home</a> <a href=\"/a\">Archive</a></nav>"
      "<footer><p>Copyright 2024 Example Media Group. All rights reserved.</p></footer>"
      "</body></html>");
  EXPECT_THAT(out.blocks, IsEmpty());
  EXPECT_EQ(out.removed.size(), 2u) << ::testing::PrintToString(out.removed);
}

TEST_F(ContentExtractorTest, FallsBackToDenseBlocksWhenNoContainerScores) {
  ContentExtractorOptions options;
  options.min_scored_paragraph = std::numeric_limits<size_t>::max();  // nothing scores
  CleanedDocument out = Extract(NewsPage(), options);
  std::vector<std::string> kept = BlockTexts(out);
  for (const char* body : {kParagraph1, kParagraph2, kParagraph3, kParagraph4}) {
    EXPECT_NE(IndexContaining(kept, body), -1) << body;
  }
  // Furniture roles and link lists stay out even then.
  ExpectRemoved(out, "Business Desk");
  ExpectRemoved(out, "Ferry timetable changes");
  ExpectRemoved(out, "Copyright");
}

}  // namespace
}  // namespace dossier
