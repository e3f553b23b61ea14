#include "dossier/store/article_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <fstream>

#include "article_store_fixture.h"

namespace dossier {
namespace {

TEST_F(ArticleStoreTest, ReopenKeepsDataAndVersion) {
  {
    auto store = OpenStore();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->PutBatch(batch_).ok());
  }
  auto store = OpenStore();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->schema_version(), ArticleStore::kSchemaVersion);
  EXPECT_EQ(Count(*store), 2);
}

TEST_F(ArticleStoreTest, MarksFileWithVersionApplicationIdAndWal) {
  ASSERT_TRUE(OpenStore());
  RawDb raw(path_);
  EXPECT_EQ(raw.Text("PRAGMA user_version"),
            std::to_string(ArticleStore::kSchemaVersion));
  EXPECT_EQ(raw.Text("PRAGMA application_id"), std::to_string(0x446F7373));
  EXPECT_EQ(raw.Text("PRAGMA journal_mode"), "wal");
}

TEST_F(ArticleStoreTest, ReingestingSameBatchIsIdempotent) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  Result<PutStats> first = store->PutBatch(batch_);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->inserted, 2);
  EXPECT_EQ(first->duplicates, 0);
  Result<PutStats> second = store->PutBatch(batch_);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_EQ(second->inserted, 0);
  EXPECT_EQ(second->duplicates, 2);
  EXPECT_EQ(Count(*store), 2);
  Result<std::vector<SearchHit>> hits = store->Search("ceasefire");
  ASSERT_TRUE(hits.ok());
  EXPECT_EQ(hits->size(), 1u);
  RawDb raw(path_);
  EXPECT_EQ(raw.Text("SELECT count(*) FROM article_blocks"), "2");
}

TEST_F(ArticleStoreTest, CountsDuplicatesWithinOneBatch) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  std::vector<Article> batch = {batch_[0], batch_[1], batch_[0]};
  Result<PutStats> stats = store->PutBatch(batch);
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->inserted, 2);
  EXPECT_EQ(stats->duplicates, 1);
  EXPECT_EQ(Count(*store), 2);
}

TEST_F(ArticleStoreTest, RefusesNewerSchemaVersion) {
  ASSERT_TRUE(OpenStore());
  RawDb(path_).Exec("PRAGMA user_version = 7");
  auto store = ArticleStore::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kDatabase);
  EXPECT_EQ(store.status().message(),
            "database schema version 7 is newer than this build supports (1)");
  EXPECT_EQ(store.status().path(), path_);
}

TEST_F(ArticleStoreTest, RefusesNonDatabaseFileNamingPath) {
  std::ofstream(path_) << "id,title\n1,this is a CSV file, not SQLite\n";
  auto store = ArticleStore::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kDatabase);
  EXPECT_NE(store.status().ToString().find(path_), std::string::npos);
  EXPECT_NE(store.status().message().find("not an SQLite database"),
            std::string::npos)
      << store.status().message();
}

TEST_F(ArticleStoreTest, RefusesAnotherApplicationsDatabase) {
  RawDb(path_).Exec("CREATE TABLE contacts (name TEXT)");
  auto store = ArticleStore::Open(path_);
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("not a Dossier database"),
            std::string::npos)
      << store.status().message();
  RawDb raw(path_);
  EXPECT_EQ(raw.Text("PRAGMA journal_mode"), "delete");
  EXPECT_EQ(raw.Text("PRAGMA user_version"), "0");
}

TEST_F(ArticleStoreTest, FailedBatchRollsBackWholly) {
  auto store = OpenStore();
  ASSERT_TRUE(store && store->PutBatch({batch_[0]}).ok());
  // The second article reuses a stored id with other content: the id's
  // UNIQUE constraint fails after the first article was inserted.
  Article clash = MakeArticle("h9", "Other", "Other text entirely.");
  clash.id = batch_[0].id;
  Result<PutStats> failed = store->PutBatch({batch_[1], clash});
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), StatusCode::kDatabase);
  EXPECT_NE(failed.status().message().find("UNIQUE"), std::string::npos)
      << failed.status().message();
  EXPECT_EQ(failed.status().path(), path_);
  EXPECT_EQ(Count(*store), 1);
  Result<std::optional<Article>> missing = store->Get(batch_[1].id);
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
  Result<std::vector<SearchHit>> hits = store->Search("dock");
  ASSERT_TRUE(hits.ok());
  EXPECT_TRUE(hits->empty());
  Result<PutStats> retry = store->PutBatch(batch_);
  ASSERT_TRUE(retry.ok()) << retry.status().ToString();
  EXPECT_EQ(retry->inserted, 1);
}

TEST_F(ArticleStoreTest, LockedDatabaseFailsBatchAndKeepsEarlierOnes) {
  auto store = OpenStore({.busy_timeout_ms = 20});
  ASSERT_TRUE(store && store->PutBatch({batch_[0]}).ok());
  RawDb other(path_);
  ASSERT_EQ(other.Exec("BEGIN IMMEDIATE"), SQLITE_OK);
  Result<PutStats> failed = store->PutBatch({batch_[1]});
  ASSERT_FALSE(failed.ok());
  EXPECT_NE(failed.status().message().find("locked"), std::string::npos)
      << failed.status().message();
  ASSERT_EQ(other.Exec("ROLLBACK"), SQLITE_OK);
  EXPECT_EQ(Count(*store), 1);
  EXPECT_TRUE(store->PutBatch({batch_[1]}).ok());
  EXPECT_EQ(Count(*store), 2);
}

TEST_F(ArticleStoreTest, RejectsUnstorableArticleBeforeWriting) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  Article no_hash = batch_[1];
  no_hash.content_hash.clear();
  Article bad_block = batch_[1];
  bad_block.blocks[0].end = 10000;
  for (const Article& bad : {no_hash, bad_block}) {
    Result<PutStats> put = store->PutBatch({batch_[0], bad});
    ASSERT_FALSE(put.ok());
    EXPECT_EQ(put.status().code(), StatusCode::kInvalidArgument);
  }
  EXPECT_EQ(Count(*store), 0);
}

TEST_F(ArticleStoreTest, GetRoundTripsArticle) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  Article article =
      MakeArticle("g1", "Heading", "Heading\n\nBody line.\n\n- item");
  article.meta = {"Heading", "Le Monde", "https://x.test/a", "2024-06-13",
                  "A. Writer"};
  article.blocks = {{BlockKind::kHeading, 0, 7},
                    {BlockKind::kParagraph, 9, 19},
                    {BlockKind::kListItem, 21, 27}};
  article.removed = {"Subscribe now", "Share this"};
  article.cites = {"Reuters", "AFP"};
  ASSERT_TRUE(store->PutBatch({article}).ok());
  Result<std::optional<Article>> got = store->Get(article.id);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  ASSERT_TRUE(got->has_value());
  const Article& back = **got;
  EXPECT_EQ(back.id, article.id);
  EXPECT_EQ(back.content_hash, article.content_hash);
  EXPECT_EQ(back.path, article.path);
  EXPECT_EQ(back.meta.outlet, "Le Monde");
  EXPECT_EQ(back.meta.url, article.meta.url);
  EXPECT_EQ(back.meta.published, "2024-06-13");
  EXPECT_EQ(back.meta.author, "A. Writer");
  EXPECT_EQ(back.text, article.text);
  ASSERT_EQ(back.blocks.size(), 3u);
  EXPECT_EQ(back.blocks[2].kind, BlockKind::kListItem);
  EXPECT_EQ(back.text.substr(back.blocks[1].begin,
                             back.blocks[1].end - back.blocks[1].begin),
            "Body line.");
  EXPECT_EQ(back.removed, article.removed);
  EXPECT_EQ(back.cites, article.cites);
  Result<std::optional<Article>> missing = store->Get("no-such-id");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

}  // namespace
}  // namespace dossier
