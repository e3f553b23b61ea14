#include "dossier/clean/html_document.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dossier/core/utf8.h"

namespace dossier {
namespace {

using ::testing::ElementsAre;

HtmlDocument ParseOrDie(std::string_view html, const HtmlParseOptions& options = {}) {
  auto doc = HtmlDocument::Parse(html, options);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? std::move(doc).value() : HtmlDocument();
}

std::vector<HtmlTag> Tags(const HtmlDocument& doc) {
  std::vector<HtmlTag> tags;
  for (const HtmlNode& n : doc.nodes()) tags.push_back(n.tag);
  return tags;
}

// Every structural invariant the extractor relies on: pre-order (a parent
// precedes its children), depth = parent depth + 1, and child/sibling links
// that agree with the parent links.
void ExpectWellFormedTree(const HtmlDocument& doc) {
  ASSERT_GT(doc.size(), 0u);
  EXPECT_EQ(doc.node(0).tag, HtmlTag::kDocument);
  EXPECT_EQ(doc.node(0).parent, kNoNode);
  EXPECT_EQ(doc.node(0).depth, 0u);
  std::vector<uint32_t> children_seen(doc.size(), 0);
  for (uint32_t i = 1; i < doc.size(); ++i) {
    const HtmlNode& n = doc.node(i);
    ASSERT_LT(n.parent, i) << "node " << i << " precedes its parent";
    ASSERT_EQ(n.depth, doc.node(n.parent).depth + 1) << "node " << i;
  }
  for (uint32_t p = 0; p < doc.size(); ++p) {
    uint32_t last = p;
    for (uint32_t c = doc.node(p).first_child; c != kNoNode; c = doc.node(c).next_sibling) {
      ASSERT_EQ(doc.node(c).parent, p) << "child " << c << " of " << p;
      ASSERT_GT(c, last) << "siblings out of document order under " << p;
      last = c;
      ++children_seen[c];
    }
  }
  for (uint32_t i = 1; i < doc.size(); ++i) {
    EXPECT_EQ(children_seen[i], 1u) << "node " << i << " not linked exactly once";
  }
}

// A page of `levels` nested <div>s around one sentence.
std::string NestedDivs(int levels, std::string_view text) {
  std::string html = "<html><body>";
  html.reserve(static_cast<size_t>(levels) * 11 + 64);
  for (int i = 0; i < levels; ++i) html += "<div>";
  html += text;
  for (int i = 0; i < levels; ++i) html += "</div>";
  html += "<p>After the nest.</p></body></html>";
  return html;
}

uint32_t MaxDepth(const HtmlDocument& doc) {
  uint32_t depth = 0;
  for (const HtmlNode& n : doc.nodes()) depth = std::max(depth, n.depth);
  return depth;
}

TEST(HtmlDocumentTest, ParsesIntoPreOrderNodes) {
  HtmlDocument doc = ParseOrDie(
      "<html><head><title>T</title></head>"
      "<body><div><p>One</p><p>Two</p></div></body></html>");
  EXPECT_THAT(Tags(doc), ElementsAre(HtmlTag::kDocument, HtmlTag::kHtml, HtmlTag::kHead,
                                     HtmlTag::kTitle, HtmlTag::kText, HtmlTag::kBody, HtmlTag::kDiv,
                                     HtmlTag::kP, HtmlTag::kText, HtmlTag::kP, HtmlTag::kText));
  ExpectWellFormedTree(doc);
  EXPECT_EQ(doc.Text(4), "T");
  EXPECT_EQ(doc.Text(8), "One");
  EXPECT_EQ(doc.Text(10), "Two");
  EXPECT_EQ(doc.node(7).parent, 6u);
  EXPECT_EQ(doc.node(9).parent, 6u);
  EXPECT_EQ(doc.node(6).first_child, 7u);
  EXPECT_EQ(doc.node(7).next_sibling, 9u);
  EXPECT_EQ(doc.node(9).next_sibling, kNoNode);
}

TEST(HtmlDocumentTest, ParserRepairsUnclosedTags) {
  HtmlDocument doc = ParseOrDie("<ul><li>one<li>two</ul><p>first<p>second");
  ExpectWellFormedTree(doc);
  uint32_t ul = doc.Find(HtmlTag::kUl);
  ASSERT_NE(ul, kNoNode);
  int items = 0;
  for (uint32_t c = doc.node(ul).first_child; c != kNoNode; c = doc.node(c).next_sibling) {
    EXPECT_EQ(doc.node(c).tag, HtmlTag::kLi);
    ++items;
  }
  EXPECT_EQ(items, 2);
  uint32_t p = doc.Find(HtmlTag::kP);
  ASSERT_NE(p, kNoNode);
  EXPECT_EQ(doc.InnerText(p), "first");  // the second <p> closes the first
}

TEST(HtmlDocumentTest, EmptyInputIsAnEmptyDocument) {
  HtmlDocument doc = ParseOrDie("");
  ExpectWellFormedTree(doc);
  EXPECT_EQ(doc.Find(HtmlTag::kP), kNoNode);
  EXPECT_EQ(doc.InnerText(0), "");
}

TEST(HtmlDocumentTest, AttributeLookup) {
  HtmlDocument doc =
      ParseOrDie("<P CLASS=\"Lead Story\" Data-Id=7 hidden><a href='/x?a=1&amp;b=2'>link</a></P>");
  uint32_t p = doc.Find(HtmlTag::kP);
  ASSERT_NE(p, kNoNode);
  EXPECT_EQ(doc.Attribute(p, "class"), "Lead Story");  // names lower case, values as written
  EXPECT_EQ(doc.Attribute(p, "data-id"), "7");
  EXPECT_TRUE(doc.HasAttribute(p, "hidden"));
  EXPECT_EQ(doc.Attribute(p, "hidden"), "");
  EXPECT_FALSE(doc.HasAttribute(p, "id"));
  EXPECT_EQ(doc.Attribute(p, "id"), "");
  uint32_t a = doc.Find(HtmlTag::kA);
  ASSERT_NE(a, kNoNode);
  EXPECT_EQ(doc.Attribute(a, "href"), "/x?a=1&b=2");
  EXPECT_FALSE(doc.HasAttribute(a, "class"));  // attributes belong to their element only
  uint32_t text = doc.node(a).first_child;
  ASSERT_NE(text, kNoNode);
  EXPECT_EQ(doc.node(text).tag, HtmlTag::kText);
  EXPECT_EQ(doc.Attribute(text, "href"), "");
}

TEST(HtmlDocumentTest, FindReturnsFirstElementOrNoNode) {
  HtmlDocument doc = ParseOrDie("<h2>first</h2><h2>second</h2>");
  uint32_t h2 = doc.Find(HtmlTag::kH2);
  ASSERT_NE(h2, kNoNode);
  EXPECT_EQ(doc.InnerText(h2), "first");
  EXPECT_EQ(doc.Find(HtmlTag::kTable), kNoNode);
}

TEST(HtmlDocumentTest, InnerTextCollapsesWhitespace) {
  HtmlDocument doc =
      ParseOrDie("<div id=outer>\n   Hello,\t<b>brave</b>\n\n  new \r\n  <i>world</i>  \n</div>");
  uint32_t div = doc.Find(HtmlTag::kDiv);
  ASSERT_NE(div, kNoNode);
  EXPECT_EQ(doc.InnerText(div), "Hello, brave new world");
  uint32_t b = doc.Find(HtmlTag::kB);
  ASSERT_NE(b, kNoNode);
  EXPECT_EQ(doc.InnerText(b), "brave");
  // Text() stays raw.
  uint32_t first_text = doc.node(div).first_child;
  EXPECT_EQ(doc.Text(first_text), "\n   Hello,\t");
}

TEST(HtmlDocumentTest, InnerTextExcludesScriptAndStyle) {
  HtmlDocument doc = ParseOrDie(
      "<div>Visible<script>var hidden = 1;</script><style>p { color: red }</style> text</div>");
  EXPECT_EQ(doc.InnerText(doc.Find(HtmlTag::kDiv)), "Visible text");
}

TEST(HtmlDocumentTest, DecodesCharacterReferences) {
  HtmlDocument doc = ParseOrDie(
      "<p>Fish &amp; chips at the caf&eacute;&#8217;s door: &lt;b&gt; &#x41;&#66; "
      "&quot;quoted&quot;</p>");
  EXPECT_EQ(doc.InnerText(doc.Find(HtmlTag::kP)),
            "Fish & chips at the caf\u00e9\u2019s door: <b> AB \"quoted\"");
}

TEST(HtmlDocumentTest, MetaCharsetWindows1252DecodesSmartQuote) {
  std::string html =
      "<html><head><meta charset=\"windows-1252\"></head>"
      "<body><p>It\x92s a caf\xe9 \x93quote\x94</p></body></html>";
  HtmlDocument doc = ParseOrDie(html);
  std::string text = doc.InnerText(doc.Find(HtmlTag::kP));
  EXPECT_EQ(text, "It\u2019s a caf\u00e9 \u201cquote\u201d");
  EXPECT_EQ(FindInvalidUtf8(text), std::string_view::npos);
}

TEST(HtmlDocumentTest, HttpEquivCharsetIsHonoured) {
  HtmlDocument doc = ParseOrDie(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=iso-8859-1\"></head><body><p>na\xefve caf\xe9</p></body></html>");
  EXPECT_EQ(doc.InnerText(doc.Find(HtmlTag::kP)), "na\u00efve caf\u00e9");
}

TEST(HtmlDocumentTest, DefaultCharsetAppliesOnlyWhenNoneDeclared) {
  HtmlParseOptions options;
  options.default_charset = "windows-1252";
  HtmlDocument guessed = ParseOrDie("<p>It\x92s here</p>", options);
  EXPECT_EQ(guessed.InnerText(guessed.Find(HtmlTag::kP)), "It\u2019s here");

  HtmlDocument declared = ParseOrDie("<meta charset=\"utf-8\"><p>It\u2019s here</p>", options);
  EXPECT_EQ(declared.InnerText(declared.Find(HtmlTag::kP)), "It\u2019s here");
}

TEST(HtmlDocumentTest, InvalidUtf8WithoutCharsetBecomesReplacementCharacter) {
  HtmlDocument doc = ParseOrDie("<p>It\x92s</p>");
  std::string text = doc.InnerText(doc.Find(HtmlTag::kP));
  EXPECT_EQ(FindInvalidUtf8(text), std::string_view::npos);
  EXPECT_EQ(text, "It\uFFFDs");
}

TEST(HtmlDocumentTest, ByteOrderMarkIsNotText) {
  HtmlDocument doc = ParseOrDie("\xEF\xBB\xBF<html><body><p>bom</p></body></html>");
  EXPECT_EQ(doc.InnerText(0), "bom");
  EXPECT_EQ(doc.InnerText(doc.Find(HtmlTag::kBody)), "bom");
}

TEST(HtmlDocumentTest, Utf16PageWithBomIsDecoded) {
  std::string html("\xFF\xFE", 2);  // UTF-16LE
  for (char c : std::string("<p>caf\xe9</p>")) {
    html += c;
    html += '\0';
  }
  HtmlDocument doc = ParseOrDie(html);
  uint32_t p = doc.Find(HtmlTag::kP);
  ASSERT_NE(p, kNoNode);
  EXPECT_EQ(doc.InnerText(p), "caf\u00e9");
}

TEST(HtmlDocumentTest, NestingDeeperThanMaxDepthIsFlattened) {
  HtmlParseOptions options;
  options.max_depth = 6;  // document 0, html 1, body 2, divs from 3
  HtmlDocument doc = ParseOrDie(NestedDivs(20, "Deep <b>bold</b> words."), options);
  ExpectWellFormedTree(doc);
  EXPECT_EQ(MaxDepth(doc), 6u);
  uint32_t body = doc.Find(HtmlTag::kBody);
  ASSERT_NE(body, kNoNode);
  EXPECT_EQ(doc.InnerText(body), "Deep bold words. After the nest.");
  uint32_t p = doc.Find(HtmlTag::kP);
  ASSERT_NE(p, kNoNode);
  EXPECT_EQ(doc.node(p).parent, body);  // the page after the nest keeps its place
}

TEST(HtmlDocumentTest, TenThousandNestedDivsKeepTheirText) {
  HtmlDocument doc = ParseOrDie(NestedDivs(10'000, "The needle sentence."));
  ExpectWellFormedTree(doc);
  EXPECT_LE(MaxDepth(doc), HtmlParseOptions().max_depth);
  EXPECT_EQ(doc.InnerText(doc.Find(HtmlTag::kBody)), "The needle sentence. After the nest.");
}

TEST(HtmlDocumentTest, HundredThousandNestedDivsKeepTheirText) {
  // Without the nesting limiter MyHTML's scope checks make this quadratic
  // (about 24 s); a slow run here is the sign of that regression.
  HtmlDocument doc = ParseOrDie(NestedDivs(100'000, "The needle sentence."));
  ExpectWellFormedTree(doc);
  EXPECT_LE(MaxDepth(doc), HtmlParseOptions().max_depth);
  EXPECT_EQ(doc.InnerText(doc.Find(HtmlTag::kBody)), "The needle sentence. After the nest.");
}

}  // namespace
}  // namespace dossier
