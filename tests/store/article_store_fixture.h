// Shared fixture of the ArticleStore tests: a fresh temporary directory per
// test, a sample batch, and a raw SQLite connection to inspect the file.
#ifndef DOSSIER_TESTS_STORE_ARTICLE_STORE_FIXTURE_H_
#define DOSSIER_TESTS_STORE_ARTICLE_STORE_FIXTURE_H_

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "dossier/store/article_store.h"

namespace dossier {

namespace fs = std::filesystem;

// A plain SQLite connection, to look at and tamper with the file directly.
class RawDb {
 public:
  explicit RawDb(const fs::path& path) {
    EXPECT_EQ(sqlite3_open(path.c_str(), &db_), SQLITE_OK);
  }
  ~RawDb() { sqlite3_close(db_); }
  int Exec(const char* sql) {
    return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  }
  std::string Text(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    std::string out;
    sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr);
    if (sqlite3_step(stmt) == SQLITE_ROW) {
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    return out;
  }

 private:
  sqlite3* db_ = nullptr;
};

inline Article MakeArticle(const std::string& hash, const std::string& title,
                           const std::string& text) {
  Article article;
  article.id = "id-" + hash;
  article.content_hash = hash;
  article.path = "feed.jsonl (line 1)";
  article.meta.title = title;
  article.text = text;
  article.blocks = {
      {BlockKind::kParagraph, 0, static_cast<uint32_t>(text.size())}};
  return article;
}

class ArticleStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dossier_store_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "archive.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<ArticleStore> OpenStore(ArticleStoreOptions options = {}) {
    auto store = ArticleStore::Open(path_, options);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(*store) : nullptr;
  }

  int64_t Count(ArticleStore& store) {
    Result<int64_t> count = store.CountArticles();
    EXPECT_TRUE(count.ok()) << count.status().ToString();
    return count.ok() ? *count : -1;
  }

  fs::path dir_;
  std::string path_;
  std::vector<Article> batch_ = {
      MakeArticle("h1", "Ceasefire talks", "The ceasefire holds in Zürich."),
      MakeArticle("h2", "Harbour strike", "Dock workers strike at dawn.")};
};

}  // namespace dossier

#endif  // DOSSIER_TESTS_STORE_ARTICLE_STORE_FIXTURE_H_
