#include "dossier/pipeline/article_builder.h"

#include <gtest/gtest.h>

#include "testing/lexicon_test_base.h"

namespace dossier {
namespace {

class ArticleBuilderTest : public LexiconTestBase {};

TEST_F(ArticleBuilderTest, GivenMetadataWinsAndSpansMatchText) {
  RawDocument doc;
  doc.path = "feed.jsonl";
  doc.location = "line 4";
  doc.given.outlet = "Harbour Daily";
  doc.given.url = "https://www.harbourdaily.example/2024/05/02/port";
  doc.body =
      "Port reopens after storm\n\n"
      "The port reopened on Tuesday after repairs, the harbour authority said in a statement.\n\n"
      "Share this article\n\n"
      "Shipping lines said the first vessels would dock on Thursday, according to Coastal Wire.\n";
  auto a = ArticleBuilder(lexicon_).Build(doc);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->path, "feed.jsonl (line 4)");
  EXPECT_EQ(a->meta.outlet, "Harbour Daily");
  EXPECT_EQ(a->meta.title, "Port reopens after storm");
  EXPECT_EQ(a->meta.published, "2024-05-02");  // from the URL
  ASSERT_EQ(a->blocks.size(), 2u);
  for (const Block& b : a->blocks) {
    std::string_view span = std::string_view(a->text).substr(b.begin, b.end - b.begin);
    EXPECT_EQ(span.find("\n"), std::string_view::npos);
    EXPECT_FALSE(span.empty());
  }
  EXPECT_EQ(a->removed, std::vector<std::string>{"Share this article"});
  EXPECT_EQ(a->cites, std::vector<std::string>{"Coastal Wire"});
  EXPECT_EQ(a->id, a->content_hash);
}

TEST_F(ArticleBuilderTest, HashIgnoresSpacingAndCase) {
  EXPECT_EQ(ContentHash("The  port\nreopened"), ContentHash("the port reopened"));
  EXPECT_NE(ContentHash("the port reopened"), ContentHash("the port closed"));
}

TEST_F(ArticleBuilderTest, EmptyDocumentIsAnErrorNamingIt) {
  RawDocument doc;
  doc.path = "empty.html";
  doc.format = BodyFormat::kHtml;
  doc.body = "<html><body><nav>Home</nav></body></html>";
  auto a = ArticleBuilder(lexicon_).Build(doc);
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().ToString().find("empty.html"), std::string::npos);
}

}  // namespace
}  // namespace dossier
