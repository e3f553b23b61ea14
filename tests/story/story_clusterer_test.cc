#include "dossier/story/story_clusterer.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "story/story_test_articles.h"

namespace dossier::story {
namespace {

using testing::MakeArticle;
using testing::Words;

// Background articles on other subjects, so that document frequencies mean
// something; they open stories of their own.
void AddBackground(StoryClusterer& clusterer, int n) {
  for (int i = 0; i < n; ++i) clusterer.Add(MakeArticle(Words(fmt::format("bg{}w", i), 30)));
}

TEST(StoryClustererTest, SimilarArticleJoinsDifferentOneOpens) {
  StoryClusterer clusterer;
  AddBackground(clusterer, 5);
  Placement first = clusterer.Add(MakeArticle(Words("quake", 20) + Words("common", 5)));
  EXPECT_TRUE(first.opened);
  Placement second = clusterer.Add(MakeArticle(Words("quake", 16, 2) + "aftershock tsunami"));
  EXPECT_FALSE(second.opened);
  EXPECT_EQ(second.story, first.story);
  EXPECT_GE(second.score, clusterer.options().join_threshold);
  Placement third = clusterer.Add(MakeArticle(Words("election", 20) + Words("common", 5)));
  EXPECT_TRUE(third.opened);
  EXPECT_NE(third.story, first.story);
  EXPECT_EQ(clusterer.StoryOf(second.article), first.story);
  EXPECT_EQ(clusterer.stories()[first.story].articles,
            (std::vector<uint32_t>{first.article, second.article}));
}

TEST(StoryClustererTest, NearDuplicateIsFlaggedAsCopyOfTheOriginal) {
  StoryClusterer clusterer;
  AddBackground(clusterer, 3);
  std::string text = Words("leak", 60);
  Placement original = clusterer.Add(MakeArticle(text));
  Placement copy = clusterer.Add(MakeArticle(text + "updated"));
  ASSERT_TRUE(copy.copy_of.has_value());
  EXPECT_EQ(*copy.copy_of, original.article);
  EXPECT_EQ(copy.story, original.story);
  Placement copy_of_copy = clusterer.Add(MakeArticle(text + "updated again"));
  ASSERT_TRUE(copy_of_copy.copy_of.has_value());
  EXPECT_EQ(*copy_of_copy.copy_of, original.article);  // chains resolve to the original
  EXPECT_EQ(clusterer.stories()[original.story].copies, 2u);
  EXPECT_FALSE(clusterer.CopyOf(original.article).has_value());
  EXPECT_EQ(clusterer.CopyOf(copy.article), original.article);
}

TEST(StoryClustererTest, ShortArticlesAreNeverCalledCopies) {
  StoryClusterer clusterer;
  clusterer.Add(MakeArticle("storm hits coast"));
  Placement again = clusterer.Add(MakeArticle("storm hits coast"));
  EXPECT_FALSE(again.copy_of.has_value());
}

TEST(StoryClustererTest, TimeWindowKeepsDistantDatesApart) {
  ClustererOptions options;
  options.window_days = 3;
  options.duplicates.enabled = false;
  StoryClusterer clusterer(options);
  std::string text = Words("flood", 20);
  Placement first = clusterer.Add(MakeArticle(text, 1000));
  Placement next_day = clusterer.Add(MakeArticle(text, 1001));
  EXPECT_EQ(next_day.story, first.story);
  Placement a_year_later = clusterer.Add(MakeArticle(text, 1365));
  EXPECT_TRUE(a_year_later.opened);
  Placement undated = clusterer.Add(MakeArticle(text));
  EXPECT_FALSE(undated.opened);  // no date: the window does not apply
}

TEST(StoryClustererTest, WithoutWindowDatesDoNotMatter) {
  ClustererOptions options;
  options.duplicates.enabled = false;
  StoryClusterer clusterer(options);
  std::string text = Words("flood", 20);
  Placement first = clusterer.Add(MakeArticle(text, 1000));
  EXPECT_EQ(clusterer.Add(MakeArticle(text, 1365)).story, first.story);
}

TEST(StoryClustererTest, ProfileKeepsAtMostTheCap) {
  ClustererOptions options;
  options.profile_features = 12;
  options.join_threshold = 0.01;
  StoryClusterer clusterer(options);
  for (int i = 0; i < 10; ++i) clusterer.Add(MakeArticle(Words("shared", 5) + Words("x", 20, 20 * i)));
  for (const Story& s : clusterer.stories()) EXPECT_LE(s.profile.terms().size(), 12u);
}

TEST(StoryClustererTest, StoriesMergeWhenProfilesMeet) {
  ClustererOptions options;
  options.join_threshold = 1.1;   // every article opens a story...
  options.merge_floor = 0.5;      // ...and identical ones then merge, as
  options.split_min_articles = 1; // the cut between them is high
  options.duplicates.enabled = false;
  StoryClusterer clusterer(options);
  Placement a = clusterer.Add(MakeArticle(Words("summit", 20)));
  Placement b = clusterer.Add(MakeArticle(Words("summit", 20)));
  EXPECT_TRUE(b.opened);
  ASSERT_EQ(b.absorbed.size(), 1u);
  EXPECT_EQ(b.story, a.story);  // the older story survives a tie
  EXPECT_EQ(clusterer.StoryOf(b.article), a.story);
  EXPECT_EQ(clusterer.live_stories(), 1u);
  EXPECT_EQ(clusterer.stories()[b.absorbed[0]].merged_into, a.story);
}

// Two events of one kind: every article shares the kind's vocabulary, so
// all join one story, but each event's articles share their own specifics.
// Below twice the smallest part, a cut means nothing: small stories merge
// only as an article joins, at the join threshold.
TEST(StoryClustererTest, SmallStoriesMergeOnlyAtTheJoinThreshold) {
  ClustererOptions options;
  options.join_threshold = 1.1;
  options.merge_floor = 0.5;
  options.duplicates.enabled = false;
  StoryClusterer clusterer(options);
  clusterer.Add(MakeArticle(Words("summit", 20)));
  Placement b = clusterer.Add(MakeArticle(Words("summit", 20)));
  EXPECT_TRUE(b.absorbed.empty());
  EXPECT_EQ(clusterer.live_stories(), 2u);
}

TEST(StoryClustererTest, StorySplitsWhenItHoldsTwoEvents) {
  ClustererOptions options;
  options.duplicates.enabled = false;
  StoryClusterer clusterer(options);
  AddBackground(clusterer, 5);
  std::vector<uint32_t> first_event, second_event;
  std::optional<uint32_t> split_off;
  for (int i = 0; i < 12; ++i) {
    bool second = i % 2 == 1;
    std::string text = Words("quake", 12) + Words(second ? "bravo" : "alpha", 8) +
                       Words("x", 2, 2 * i);
    Placement p = clusterer.Add(MakeArticle(text));
    (second ? second_event : first_event).push_back(p.article);
    if (p.split_off) split_off = p.split_off;
  }
  ASSERT_TRUE(split_off.has_value());
  EXPECT_EQ(clusterer.stories()[*split_off].split_from, clusterer.StoryOf(first_event[0]));
  for (uint32_t a : first_event) EXPECT_EQ(clusterer.StoryOf(a), clusterer.StoryOf(first_event[0]));
  for (uint32_t a : second_event) EXPECT_EQ(clusterer.StoryOf(a), clusterer.StoryOf(second_event[0]));
  EXPECT_NE(clusterer.StoryOf(first_event[0]), clusterer.StoryOf(second_event[0]));
  size_t placed = 0;
  for (const Story& s : clusterer.stories()) placed += s.articles.size();
  EXPECT_EQ(placed, clusterer.articles());
}

TEST(StoryClustererTest, OneEventDoesNotSplit) {
  ClustererOptions options;
  options.duplicates.enabled = false;
  StoryClusterer clusterer(options);
  AddBackground(clusterer, 5);
  Placement first = clusterer.Add(MakeArticle(Words("quake", 20)));
  for (int i = 1; i < 12; ++i) {
    Placement p = clusterer.Add(MakeArticle(Words("quake", 16, i % 4) + Words("x", 2, 2 * i)));
    EXPECT_FALSE(p.split_off.has_value());
    EXPECT_EQ(p.story, first.story);
  }
}

TEST(StoryClustererTest, SplitOffMeansNeverSplit) {
  ClustererOptions options;
  options.split_ncut = 0;
  options.merge_floor = 2;
  options.duplicates.enabled = false;
  StoryClusterer clusterer(options);
  AddBackground(clusterer, 5);
  for (int i = 0; i < 12; ++i) {
    std::string text = Words("quake", 12) + Words(i % 2 ? "bravo" : "alpha", 8);
    EXPECT_FALSE(clusterer.Add(MakeArticle(text)).split_off.has_value());
  }
  for (const Story& s : clusterer.stories()) EXPECT_TRUE(s.members.empty());
}

TEST(StoryClustererTest, EmptyArticleOpensAStory) {
  StoryClusterer clusterer;
  Placement p = clusterer.Add(ArticleFeatures{});
  EXPECT_TRUE(p.opened);
  EXPECT_EQ(clusterer.articles(), 1u);
}

TEST(StoryClustererTest, SameInputSameStories) {
  auto run = [] {
    StoryClusterer clusterer;
    std::vector<uint32_t> stories;
    for (int i = 0; i < 40; ++i) {
      std::string text = Words(fmt::format("t{}w", i % 7), 15) + Words("n", 3, i);
      stories.push_back(clusterer.Add(MakeArticle(text)).story);
    }
    for (uint32_t a = 0; a < clusterer.articles(); ++a) stories.push_back(clusterer.StoryOf(a));
    return stories;
  };
  EXPECT_EQ(run(), run());
}

}  // namespace
}  // namespace dossier::story
