#include "dossier/clean/html_metadata.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier {
namespace {

ArticleMetadata Read(std::string_view html) {
  auto doc = HtmlDocument::Parse(html);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  if (!doc.ok()) return {};
  return ReadHtmlMetadata(*doc);
}

// A JSON-LD script element around `json`.
std::string JsonLd(std::string_view json) {
  return "<script type=\"application/ld+json\">" + std::string(json) + "</script>";
}

TEST(HtmlMetadataTest, OpenGraphAndMetaTags) {
  ArticleMetadata meta = Read(
      "<html><head><title>Tag title | Daily Example</title>"
      "<meta property=\"og:title\" content=\"  Tram line   extended to the harbour \">"
      "<meta property=\"og:site_name\" content=\"Daily Example\">"
      "<meta property=\"og:url\" content=\"https://daily.example/tram\">"
      "<meta property=\"article:published_time\" content=\"2024-03-03T09:30:00Z\">"
      "<meta name=\"author\" content=\"Jane Doe\">"
      "</head><body><h1>Heading title</h1></body></html>");
  EXPECT_EQ(meta.title, "Tram line extended to the harbour");  // spaces collapsed
  EXPECT_EQ(meta.outlet, "Daily Example");
  EXPECT_EQ(meta.url, "https://daily.example/tram");
  EXPECT_EQ(meta.published, "2024-03-03T09:30:00Z");
  EXPECT_EQ(meta.author, "Jane Doe");
}

TEST(HtmlMetadataTest, MetaKeysAreCaseInsensitive) {
  ArticleMetadata meta = Read(
      "<head><meta property=\"OG:Site_Name\" content=\"Upper Case News\">"
      "<meta name=\"Author\" content=\"Ann Lee\"></head>");
  EXPECT_EQ(meta.outlet, "Upper Case News");
  EXPECT_EQ(meta.author, "Ann Lee");
}

TEST(HtmlMetadataTest, EmptyPageHasNoMetadata) {
  ArticleMetadata meta = Read("<html><body><p>Nothing declared here.</p></body></html>");
  EXPECT_EQ(meta.title, "");
  EXPECT_EQ(meta.outlet, "");
  EXPECT_EQ(meta.url, "");
  EXPECT_EQ(meta.published, "");
  EXPECT_EQ(meta.author, "");
}

TEST(HtmlMetadataTest, TitleFallsBackFromH1ToTitleTag) {
  EXPECT_EQ(Read("<head><title>Tag title</title></head><body><h1>Heading  one</h1></body>").title,
            "Heading one");
  EXPECT_EQ(Read("<head><title>  Only\n a   title </title></head><body></body>").title,
            "Only a title");
}

TEST(HtmlMetadataTest, JsonLdNewsArticle) {
  ArticleMetadata meta = Read("<html><head><title>Tag title</title>" +
                              JsonLd(R"({"@context": "https://schema.org", "@type": "NewsArticle",
                 "headline": "Ferry strike ends after two weeks",
                 "datePublished": "2024-05-01T08:00:00+02:00",
                 "author": {"@type": "Person", "name": "Ann Lee"},
                 "publisher": {"@type": "Organization", "name": "Harbour Times"}})") +
                              "</head><body><h1>Other heading</h1></body></html>");
  EXPECT_EQ(meta.title, "Ferry strike ends after two weeks");  // beats <h1> and <title>
  EXPECT_EQ(meta.published, "2024-05-01T08:00:00+02:00");
  EXPECT_EQ(meta.author, "Ann Lee");
  EXPECT_EQ(meta.outlet, "Harbour Times");
}

TEST(HtmlMetadataTest, JsonLdInsideGraphWithAuthorArray) {
  ArticleMetadata meta = Read("<head>" + JsonLd(R"({"@context": "https://schema.org", "@graph": [
                   {"@type": "WebSite", "name": "Not the article"},
                   {"@type": "BreadcrumbList", "name": "Crumbs"},
                   {"@type": "NewsArticle", "headline": "Graph headline",
                    "datePublished": "2024-06-13",
                    "author": [{"@type": "Person", "name": "Ann Lee"},
                               {"@type": "Person", "name": "Bo Chan"}]}]})") +
                              "</head>");
  EXPECT_EQ(meta.title, "Graph headline");
  EXPECT_EQ(meta.published, "2024-06-13");
  EXPECT_EQ(meta.author, "Ann Lee, Bo Chan");
}

TEST(HtmlMetadataTest, JsonLdTopLevelArrayTypeArrayAndStringAuthor) {
  ArticleMetadata meta = Read("<head>" + JsonLd(R"([{"@type": "Organization", "name": "Org"},
                 {"@type": ["ReportageNewsArticle"], "headline": "Array form",
                  "author": "Plain Name"}])") +
                              "</head>");
  EXPECT_EQ(meta.title, "Array form");
  EXPECT_EQ(meta.author, "Plain Name");
}

TEST(HtmlMetadataTest, JsonLdOfOtherTypesIsIgnored) {
  ArticleMetadata meta =
      Read("<head>" + JsonLd(R"({"@type": "Recipe", "headline": "Soup", "author": "Chef"})") +
           "</head>");
  EXPECT_EQ(meta.title, "");
  EXPECT_EQ(meta.author, "");
}

TEST(HtmlMetadataTest, MalformedJsonLdIsIgnored) {
  ArticleMetadata meta =
      Read("<html><head><title>Tag title</title>" +
           JsonLd(R"({"@type": "NewsArticle", "headline": "Broken", )") +
           "<link rel=\"Canonical\" href=\"https://example.org/c\"></head>"
           "<body><h1>Heading One</h1><p>By <a rel=\"author\" href=\"/x\">Sam Roe</a></p>"
           "<time datetime=\"2024-02-02T10:00\">2 February</time></body></html>");
  EXPECT_EQ(meta.title, "Heading One");
  EXPECT_EQ(meta.url, "https://example.org/c");
  EXPECT_EQ(meta.author, "Sam Roe");
  EXPECT_EQ(meta.published, "2024-02-02T10:00");
}

TEST(HtmlMetadataTest, OpenGraphUrlBeatsCanonical) {
  ArticleMetadata meta = Read(
      "<head><link rel=\"canonical\" href=\"https://example.org/canonical\">"
      "<meta property=\"og:url\" content=\"https://example.org/og\"></head>");
  EXPECT_EQ(meta.url, "https://example.org/og");
  EXPECT_EQ(
      Read("<head><link rel=\"canonical\" href=\"https://example.org/canonical\"></head>").url,
      "https://example.org/canonical");
}

TEST(HtmlMetadataTest, PublishedPrefersMetaThenJsonLdThenTimeElement) {
  std::string time = "<body><time datetime=\"2024-01-01\">1 January</time></body>";
  std::string ld = JsonLd(R"({"@type": "NewsArticle", "datePublished": "2024-01-02"})");
  std::string meta = "<meta property=\"article:published_time\" content=\"2024-01-03\">";
  EXPECT_EQ(Read("<head></head>" + time).published, "2024-01-01");
  EXPECT_EQ(Read("<head>" + ld + "</head>" + time).published, "2024-01-02");
  EXPECT_EQ(Read("<head>" + meta + ld + "</head>" + time).published, "2024-01-03");
}

TEST(HtmlMetadataTest, FirstTimeElementWins) {
  ArticleMetadata meta = Read(
      "<body><time datetime=\"2024-04-01\">first</time><time datetime=\"2023-01-01\">old</time>"
      "</body>");
  EXPECT_EQ(meta.published, "2024-04-01");
}

}  // namespace
}  // namespace dossier
