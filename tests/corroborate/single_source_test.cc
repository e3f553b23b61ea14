#include "dossier/corroborate/single_source.h"

#include <gtest/gtest.h>

#include "corroborate/hand_facts.h"

namespace dossier::corroborate {
namespace {

using testing::HandArticle;
using testing::Pointers;

struct Story {
  std::vector<HandArticle> articles;
  StoryDossier dossier;
  StoryEntityMap entities;
  // Chile is entity 0 and Peru entity 1 of every article.
  HandArticle& Add(const std::string& outlet, const std::string& text) {
    articles.emplace_back(outlet, text);
    articles.back().Entity("Chile", "country", "CHL", 11);
    articles.back().Entity("Peru", "country", "PER", 21);
    return articles.back();
  }
  std::vector<SingleSourceClaim> Find() {
    dossier.articles = Pointers(articles);
    MergeEntities(dossier.articles, entities);
    EventMerger events(dossier.articles, entities);
    events.Merge();
    TransferMerger transfers(dossier.articles, entities, events);
    dossier.transfers = transfers.Merge();
    SourceIndependence sources(dossier.articles, nullptr, nullptr);
    return SingleSourceFinder(dossier, sources, transfers).Find();
  }
};

constexpr const char* kShared =
    "Chile sold twelve patrol boats to Peru between 2015 and 2017. "
    "The boats were built in a shipyard near Valparaiso for the coast guard. ";

TEST(SingleSourceTest, AStatementOnlyOneOutletMakesIsAClaim) {
  Story s;
  s.Add("Andes Daily", std::string(kShared) + "Peru also paid for the boats with copper shipments to Chile.");
  s.Add("Pampas Post", std::string(kShared) + "Weather was mild.");
  auto claims = s.Find();
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "Peru also paid for the boats with copper shipments to Chile.");
  EXPECT_EQ(claims[0].place.article, 0u);
  EXPECT_EQ(claims[0].place.sentence, 2u);
  EXPECT_EQ(s.dossier.articles[0]->Span(claims[0].place.begin, claims[0].place.end), claims[0].text);
}

TEST(SingleSourceTest, ReworderedStatementsSupportEachOther) {
  Story s;
  s.Add("Andes Daily", "Chile sold twelve patrol boats to Peru between 2015 and 2017.");
  s.Add("Pampas Post", "Between 2015 and 2017, twelve patrol boats were sold by Chile to Peru.");
  EXPECT_TRUE(s.Find().empty());
}

TEST(SingleSourceTest, CopiesAndOneOutletStoriesGiveNoClaims) {
  Story copies;
  copies.Add("Andes Daily", std::string(kShared) + "Peru also paid for the boats with copper shipments to Chile.");
  copies.Add("Pampas Post", std::string(kShared) + "Peru also paid for the boats with copper shipments to Chile.");
  copies.articles[1].facts().copy_of = 0;
  EXPECT_TRUE(copies.Find().empty());
}

TEST(SingleSourceTest, AnUnsupportedItemIsClaimedInItsOwnWords) {
  Story s;
  HandArticle& first = s.Add("Andes Daily", "Chile sold patrol boats to Peru. Chile also shipped twelve coastal radars to Peru last winter.");
  first.Transfer("Chile sold patrol boats to Peru", 0, 1, {testing::Item("patrol boats", "ship")});
  first.Transfer("Chile also shipped twelve coastal radars to Peru", 0, 1, {testing::Item("coastal radars", "sensor")});
  s.Add("Pampas Post", "Chile sold patrol boats to Peru.")
      .Transfer("Chile sold patrol boats to Peru", 0, 1, {testing::Item("boats", "ship")});
  auto claims = s.Find();
  ASSERT_EQ(claims.size(), 1u);  // the boats are given by both outlets
  EXPECT_EQ(claims[0].text, "Chile also shipped twelve coastal radars to Peru");
  EXPECT_EQ(claims[0].place.sentence, 1u);
}

}  // namespace
}  // namespace dossier::corroborate
