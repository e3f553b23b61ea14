#include "dossier/corroborate/fact_merger.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "corroborate/hand_facts.h"
#include "testing/story_facts.h"

namespace dossier::corroborate {
namespace {

using testing::HandArticle;
using testing::Item;
using testing::Pointers;

FactMergeOptions Options() {
  FactMergeOptions options;
  auto cues = SourceCues::Load(DOSSIER_SOURCE_DATA_DIR);
  EXPECT_TRUE(cues.ok()) << cues.status().ToString();
  if (cues.ok()) options.cues = *cues;
  return options;
}

// One leak by the Lima Herald, re-reported three times, and one outlet that
// reports the sale on its own.
std::vector<HandArticle> LeakStory() {
  const std::string sale = "Chile sold patrol boats to Peru in 2019.";
  std::vector<HandArticle> articles = {
      HandArticle("Andes Daily", "The Lima Herald reported that " + sale, {"Lima Herald"}),
      HandArticle("Pampas Post", sale + " Documents were seen by LIMA HERALD.", {"LIMA HERALD"}),
      HandArticle("Coast News", "According to the publication, " + sale),
      HandArticle("Sierra Wire", sale + " Its own reporters confirmed the sale in Callao."),
  };
  for (HandArticle& a : articles) {
    a.Entity("Chile", "country", "CHL", 11);
    a.Entity("Peru", "country", "PER", 21);
    a.Event("Chile sold patrol boats to Peru", "071", 0, 1, "2019");
    a.Transfer("Chile sold patrol boats to Peru", 0, 1, {Item("patrol boats", "ship")}, 0);
    a.Time("2019", "2019");
  }
  articles[3].Entity("Callao", "place", "PER", 22);
  return articles;
}

TEST(FactMergerTest, ReReportsOfOneLeakAreOneOrigin) {
  std::vector<HandArticle> articles = LeakStory();
  StoryDossier d;
  d.articles = Pointers(articles);
  d.articles.pop_back();  // without the outlet reporting on its own
  FactMerger(nullptr, Options()).Merge(d);
  ASSERT_EQ(d.events.size(), 1u);
  ASSERT_EQ(d.transfers.size(), 1u);
  EXPECT_EQ(d.entities.size(), 2u);
  EXPECT_EQ(d.entities[0].mentions.size(), 3u);
  for (const Sourcing* s : {&d.events[0].sourcing, &d.transfers[0].sourcing}) {
    EXPECT_EQ(s->outlets.size(), 3u);
    EXPECT_EQ(s->independent_sources, 1);
    EXPECT_EQ(s->origins, (std::vector<std::string>{"Lima Herald"}));
  }
  EXPECT_EQ(d.transfers[0].events, (std::vector<uint32_t>{0}));
  ASSERT_EQ(d.timeline.size(), 1u);
  EXPECT_EQ(d.timeline[0].event, 0);
}

TEST(FactMergerTest, AnOutletCitingNothingAddsAnOrigin) {
  std::vector<HandArticle> articles = LeakStory();
  StoryDossier d;
  d.articles = Pointers(articles);
  FactMerger(nullptr, Options()).Merge(d);
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].sourcing.independent_sources, 2);
  EXPECT_EQ(d.events[0].sourcing.origins, (std::vector<std::string>{"Lima Herald", "Sierra Wire"}));
  ASSERT_EQ(d.single_source_claims.size(), 1u);
  EXPECT_EQ(d.single_source_claims[0].text, "Its own reporters confirmed the sale in Callao.");
}

TEST(FactMergerTest, MergeReplacesEarlierResults) {
  std::vector<HandArticle> articles = LeakStory();
  StoryDossier d;
  d.articles = Pointers(articles);
  FactMerger merger(nullptr, Options());
  merger.Merge(d);
  merger.Merge(d);
  EXPECT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.timeline.size(), 1u);
}

// Invariants on real articles, whatever they say: every place is inside its
// article and every fact has a place and an origin.
TEST(FactMergerTest, RealStoryKeepsPlacesAndOrigins) {
  const std::string seeds = std::string(DOSSIER_SHARED_DATA_DIR) + "/seeds";
  if (!std::filesystem::exists(seeds)) GTEST_SKIP() << "shared data absent: " << seeds;
  auto facts = dossier::testing::FactsOf(seeds);
  ASSERT_FALSE(facts.empty());
  StoryDossier d;
  for (const story::ArticleFacts& f : facts) d.articles.push_back(&f);
  FactMerger(nullptr, Options()).Merge(d);
  auto inside = [&](const FactMention& m) {
    return m.article < d.articles.size() && m.begin <= m.end && m.end <= d.articles[m.article]->text.size();
  };
  size_t reports = 0;
  for (const auto* f : d.articles) reports += f->coding.events.size();
  EXPECT_LE(d.events.size(), reports);
  for (const StoryEvent& e : d.events) {
    ASSERT_FALSE(e.mentions.empty());
    for (const FactMention& m : e.mentions) EXPECT_TRUE(inside(m));
    EXPECT_GE(e.sourcing.independent_sources, 1);
    EXPECT_LE(e.sourcing.origins.size(), e.mentions.size());
  }
  for (const StoryQuote& q : d.quotes) {
    for (const FactMention& m : q.mentions) EXPECT_TRUE(inside(m));
  }
  for (const SingleSourceClaim& c : d.single_source_claims) {
    ASSERT_TRUE(inside(c.place));
    EXPECT_EQ(d.articles[c.place.article]->Span(c.place.begin, c.place.end), c.text);
  }
  for (size_t i = 1; i < d.timeline.size(); ++i) EXPECT_LE(d.timeline[i - 1].start, d.timeline[i].start);
}

}  // namespace
}  // namespace dossier::corroborate
