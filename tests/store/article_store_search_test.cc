#include "dossier/store/article_store.h"

#include <gtest/gtest.h>

#include "article_store_fixture.h"

namespace dossier {
namespace {

TEST_F(ArticleStoreTest, SearchFindsWordsWithSnippets) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->PutBatch(batch_).ok());
  Result<std::vector<SearchHit>> hits = store->Search("strike");
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].id, "id-h2");
  EXPECT_EQ((*hits)[0].title, "Harbour strike");
  EXPECT_NE((*hits)[0].snippet.find("[strike]"), std::string::npos)
      << (*hits)[0].snippet;
  Result<std::vector<SearchHit>> none = store->Search("volcano");
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_F(ArticleStoreTest, SearchIgnoresCaseAndDiacritics) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->PutBatch(batch_).ok());
  Result<std::vector<SearchHit>> hits = store->Search("ZURICH");
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_NE((*hits)[0].snippet.find("[Zürich]"), std::string::npos);
}

TEST_F(ArticleStoreTest, SearchRanksBestFirstAndHonoursLimit) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  std::vector<Article> batch = {
      MakeArticle("r1", "Markets", "Grain prices rose; the strike ended."),
      MakeArticle("r2", "Strike", "Strike, strike: the strike spreads.")};
  ASSERT_TRUE(store->PutBatch(batch).ok());
  Result<std::vector<SearchHit>> hits = store->Search("strike");
  ASSERT_TRUE(hits.ok());
  ASSERT_EQ(hits->size(), 2u);
  EXPECT_EQ((*hits)[0].id, "id-r2");
  EXPECT_LE((*hits)[0].rank, (*hits)[1].rank);
  Result<std::vector<SearchHit>> one = store->Search("strike", 1);
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->size(), 1u);
}

TEST_F(ArticleStoreTest, QueryWithSyntaxErrorIsRetriedAsPhrase) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->PutBatch(batch_).ok());
  struct Case {
    const char* query;
    size_t hits;
  };
  // Retried as phrases: "(ceasefire" finds the word; "ceasefire AND" looks
  // for the phrase "ceasefire and", which no article has.
  for (Case c : {Case{"(ceasefire", 1}, Case{"\"ceasefire", 1},
                 Case{"ceasefire holds)", 1}, Case{"ceasefire AND", 0},
                 Case{"nosuchcolumn:ceasefire", 0}, Case{"", 0}}) {
    Result<std::vector<SearchHit>> hits = store->Search(c.query);
    ASSERT_TRUE(hits.ok()) << c.query << ": " << hits.status().ToString();
    EXPECT_EQ(hits->size(), c.hits) << c.query;
  }
}

}  // namespace
}  // namespace dossier
