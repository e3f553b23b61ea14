// How an Article maps to rows of the store's tables (schema version 1):
// one `articles` row, plus ordered rows in article_blocks, article_removed
// and article_cites keyed by (article_id, ordinal). Block kinds are stored
// as readable words ('heading', 'paragraph', 'list_item', 'quote').
#ifndef DOSSIER_SRC_STORE_ARTICLE_ROWS_H_
#define DOSSIER_SRC_STORE_ARTICLE_ROWS_H_

#include <optional>
#include <string>
#include <utility>

#include "dossier/core/article.h"
#include "dossier/core/status.h"
#include "sqlite_statement.h"

struct sqlite3;

namespace dossier {

// kInvalidArgument unless the article has an id, a content hash and block
// spans inside its text.
Status CheckStorable(const Article& article);

// Inserts articles inside the caller's transaction, reusing its prepared
// statements for every article. Must not outlive that transaction's
// connection.
class ArticleWriter {
 public:
  static Result<ArticleWriter> Prepare(sqlite3* db, const std::string& path);

  // True when the article was inserted; false when an article with the same
  // content_hash is already stored (nothing is written then).
  Result<bool> Put(const Article& article);

 private:
  ArticleWriter(sqlite3* db, SqliteStatement article, SqliteStatement block,
                SqliteStatement removed, SqliteStatement cite)
      : db_(db),
        article_(std::move(article)),
        block_(std::move(block)),
        removed_(std::move(removed)),
        cite_(std::move(cite)) {}

  Result<bool> InsertArticle(const Article& article);
  Status InsertChildren(const Article& article);

  sqlite3* db_;
  SqliteStatement article_;
  SqliteStatement block_;
  SqliteStatement removed_;
  SqliteStatement cite_;
};

// The stored article with its blocks, removed text and cites, or nullopt
// when no article has this id.
Result<std::optional<Article>> LoadArticle(sqlite3* db, const std::string& path,
                                           const std::string& id);

}  // namespace dossier

#endif  // DOSSIER_SRC_STORE_ARTICLE_ROWS_H_
