#include "dossier/corroborate/source_independence.h"

#include <gtest/gtest.h>

#include "corroborate/hand_facts.h"
#include "dossier/corroborate/content_words.h"

namespace dossier::corroborate {
namespace {

using testing::HandArticle;
using testing::Pointers;

SourceCues Cues() {
  auto cues = SourceCues::Load(DOSSIER_SOURCE_DATA_DIR);
  EXPECT_TRUE(cues.ok()) << cues.status().ToString();
  return cues.ok() ? *cues : SourceCues();
}

std::vector<Report> EveryArticle(size_t n) {
  std::vector<Report> reports;
  for (uint32_t a = 0; a < n; ++a) reports.push_back({a});
  return reports;
}

TEST(SourceIndependenceTest, OutletsRelyingOnOneNamedOrUnnamedSourceAreOneOrigin) {
  std::vector<HandArticle> articles = {
      HandArticle("Andes Daily", "The Lima Herald reported that Peru bought rifles from Chile.", {"Lima Herald"}),
      HandArticle("Pampas Post", "Peru bought rifles from Chile, LIMA HERALD reported.", {"LIMA HERALD"}),
      HandArticle("Coast News", "According to the publication, Peru bought rifles from Chile."),
  };
  auto ptrs = Pointers(articles);
  SourceCues cues = Cues();
  SourceIndependence sources(ptrs, &cues, nullptr);
  for (uint32_t a = 0; a < 3; ++a) EXPECT_EQ(FoldName(sources.ArticleOrigin(a)), "lima herald") << a;
  Sourcing s = sources.Of(EveryArticle(3));
  EXPECT_EQ(s.outlets, (std::vector<std::string>{"Andes Daily", "Pampas Post", "Coast News"}));
  ASSERT_EQ(s.origins.size(), 1u);
  EXPECT_EQ(s.independent_sources, 1);
  EXPECT_EQ(s.origins[0], "Lima Herald");  // the spelling most used
}

TEST(SourceIndependenceTest, AnArticleCitingNothingIsItsOwnOrigin) {
  std::vector<HandArticle> articles = {
      HandArticle("Andes Daily", "The Lima Herald reported that Peru bought rifles.", {"Lima Herald"}),
      HandArticle("Pampas Post", "Peru bought rifles, officials in Lima said."),
  };
  auto ptrs = Pointers(articles);
  SourceCues cues = Cues();
  SourceIndependence sources(ptrs, &cues, nullptr);
  EXPECT_EQ(sources.ArticleOrigin(1), "Pampas Post");
  Sourcing s = sources.Of(EveryArticle(2));
  EXPECT_EQ(s.independent_sources, 2);
  EXPECT_EQ(sources.IndependentOutlets(), 2u);
}

TEST(SourceIndependenceTest, UnnamedSourceWithNoNamedOneStaysItsOwnOrigin) {
  std::vector<HandArticle> articles = {
      HandArticle("Andes Daily", "According to the newspaper, Peru bought rifles."),
      HandArticle("Pampas Post", "Peru bought rifles."),
  };
  auto ptrs = Pointers(articles);
  SourceCues cues = Cues();
  SourceIndependence sources(ptrs, &cues, nullptr);
  EXPECT_EQ(sources.Of(EveryArticle(2)).independent_sources, 2);
}

TEST(SourceIndependenceTest, CopiesAddAnOutletButNoOrigin) {
  std::vector<HandArticle> articles = {
      HandArticle("Andes Daily", "Peru bought rifles from Chile."),
      HandArticle("Pampas Post", "Peru bought rifles from Chile."),
  };
  articles[1].facts().copy_of = 0;
  auto ptrs = Pointers(articles);
  SourceIndependence sources(ptrs, nullptr, nullptr);
  Sourcing s = sources.Of(EveryArticle(2));
  EXPECT_EQ(s.outlets.size(), 2u);
  EXPECT_EQ(s.origins, (std::vector<std::string>{"Andes Daily"}));
  EXPECT_EQ(sources.IndependentOutlets(), 1u);
  EXPECT_TRUE(sources.SameOutlet(0, 1));
}

TEST(SourceIndependenceTest, ArticlesOfUnknownOutletAreDistinctOrigins) {
  std::vector<HandArticle> articles = {HandArticle("", "Peru bought rifles."), HandArticle("", "Peru bought rifles.")};
  auto ptrs = Pointers(articles);
  SourceIndependence sources(ptrs, nullptr, nullptr);
  EXPECT_EQ(sources.Of(EveryArticle(2)).independent_sources, 2);
  EXPECT_FALSE(sources.SameOutlet(0, 1));
}

TEST(SourceIndependenceTest, AnAttributedFactTakesTheNamedSource) {
  std::vector<HandArticle> articles = {
      HandArticle("Andes Daily", "Peru bought rifles. Chile sold trucks, the Quito Times reported.",
                  {"Quito Times", "Lima Herald"}),
      HandArticle("Pampas Post", "Chile sold trucks, the Lima Herald said.", {"Lima Herald"}),
  };
  auto ptrs = Pointers(articles);
  SourceIndependence sources(ptrs, nullptr, nullptr);
  // Two named sources: the article is no rewrite of either.
  EXPECT_EQ(sources.ArticleOrigin(0), "Andes Daily");
  EXPECT_EQ(sources.OriginOf({0, nullptr, 0}), "Andes Daily");
  EXPECT_EQ(sources.OriginOf({0, nullptr, 1}), "Quito Times");
  std::vector<code::Attribution> attribution(1);
  attribution[0].text = "documents seen by the Lima Herald";
  EXPECT_EQ(sources.OriginOf({0, &attribution, 0}), "Lima Herald");
}

}  // namespace
}  // namespace dossier::corroborate
