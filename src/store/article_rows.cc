#include "article_rows.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <array>
#include <vector>

namespace dossier {
namespace {

constexpr std::array<const char*, 4> kBlockKindNames = {"heading", "paragraph",
                                                        "list_item", "quote"};

constexpr const char* kInsertArticle =
    "INSERT INTO articles (id, content_hash, path, title, outlet, url, "
    "published, author, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
    "ON CONFLICT (content_hash) DO NOTHING";
constexpr const char* kInsertBlock =
    "INSERT INTO article_blocks (article_id, ordinal, kind, \"begin\", "
    "\"end\") VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr const char* kInsertRemoved =
    "INSERT INTO article_removed (article_id, ordinal, text) "
    "VALUES (?1, ?2, ?3)";
constexpr const char* kInsertCite =
    "INSERT INTO article_cites (article_id, ordinal, source) "
    "VALUES (?1, ?2, ?3)";

constexpr const char* kSelectArticle =
    "SELECT id, content_hash, path, title, outlet, url, published, author, "
    "text FROM articles WHERE id = ?1";
constexpr const char* kSelectBlocks =
    "SELECT kind, \"begin\", \"end\" FROM article_blocks "
    "WHERE article_id = ?1 ORDER BY ordinal";
constexpr const char* kSelectRemoved =
    "SELECT text FROM article_removed WHERE article_id = ?1 ORDER BY ordinal";
constexpr const char* kSelectCites =
    "SELECT source FROM article_cites WHERE article_id = ?1 ORDER BY ordinal";

// The text columns of `articles`, in the order both statements above name
// them; Article or const Article.
template <typename A>
auto ArticleColumns(A& a) {
  return std::array{&a.id, &a.content_hash, &a.path, &a.meta.title, &a.meta.outlet,
                    &a.meta.url, &a.meta.published, &a.meta.author, &a.text};
}

const char* BlockKindName(BlockKind kind) {
  return kBlockKindNames[static_cast<size_t>(kind)];
}

std::optional<BlockKind> ParseBlockKind(const std::string& name) {
  for (size_t i = 0; i < kBlockKindNames.size(); ++i) {
    if (name == kBlockKindNames[i]) return static_cast<BlockKind>(i);
  }
  return std::nullopt;
}

Status InvalidArticle(const Article& article, std::string_view problem) {
  Status status(
      StatusCode::kInvalidArgument,
      fmt::format("article '{}' cannot be stored: {}", article.id, problem));
  status.WithPath(article.path);
  return status;
}

// Binds (article_id, ordinal, value) for each value, in order.
Status InsertOrdered(SqliteStatement& stmt, const std::string& article_id,
                     const std::vector<std::string>& values) {
  for (size_t i = 0; i < values.size(); ++i) {
    DOSSIER_RETURN_IF_ERROR(stmt.BindText(1, article_id));
    DOSSIER_RETURN_IF_ERROR(stmt.BindInt64(2, static_cast<int64_t>(i)));
    DOSSIER_RETURN_IF_ERROR(stmt.BindText(3, values[i]));
    DOSSIER_RETURN_IF_ERROR(stmt.Run());
  }
  return Status::Ok();
}

// Reads the single text column of every row `sql` returns for `id`.
Status LoadOrdered(sqlite3* db, const std::string& path, const char* sql,
                   const std::string& id, std::vector<std::string>* out) {
  Result<SqliteStatement> stmt = SqliteStatement::Prepare(db, path, sql);
  if (!stmt.ok()) return stmt.status();
  DOSSIER_RETURN_IF_ERROR(stmt->BindText(1, id));
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    out->push_back(stmt->ColumnText(0));
  }
}

Status CorruptBlock(const std::string& path, const std::string& id) {
  Status status(StatusCode::kDatabase,
                fmt::format("article '{}' has an invalid stored block", id));
  status.WithPath(path);
  return status;
}

Status LoadBlocks(sqlite3* db, const std::string& path, Article* article) {
  Result<SqliteStatement> stmt =
      SqliteStatement::Prepare(db, path, kSelectBlocks);
  if (!stmt.ok()) return stmt.status();
  DOSSIER_RETURN_IF_ERROR(stmt->BindText(1, article->id));
  const auto size = static_cast<int64_t>(article->text.size());
  for (;;) {
    Result<bool> row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
    std::optional<BlockKind> kind = ParseBlockKind(stmt->ColumnText(0));
    int64_t begin = stmt->ColumnInt64(1);
    int64_t end = stmt->ColumnInt64(2);
    if (!kind || begin < 0 || begin > end || end > size) {
      return CorruptBlock(path, article->id);
    }
    article->blocks.push_back(
        {*kind, static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  }
}

}  // namespace

Status CheckStorable(const Article& article) {
  if (article.id.empty()) return InvalidArticle(article, "empty id");
  if (article.content_hash.empty()) {
    return InvalidArticle(article, "empty content_hash");
  }
  for (const Block& block : article.blocks) {
    if (block.begin > block.end || block.end > article.text.size()) {
      return InvalidArticle(
          article, fmt::format("block [{}, {}) outside the {}-byte text",
                               block.begin, block.end, article.text.size()));
    }
  }
  return Status::Ok();
}

Result<ArticleWriter> ArticleWriter::Prepare(sqlite3* db,
                                             const std::string& path) {
  Result<SqliteStatement> article =
      SqliteStatement::Prepare(db, path, kInsertArticle);
  if (!article.ok()) return article.status();
  Result<SqliteStatement> block =
      SqliteStatement::Prepare(db, path, kInsertBlock);
  if (!block.ok()) return block.status();
  Result<SqliteStatement> removed =
      SqliteStatement::Prepare(db, path, kInsertRemoved);
  if (!removed.ok()) return removed.status();
  Result<SqliteStatement> cite =
      SqliteStatement::Prepare(db, path, kInsertCite);
  if (!cite.ok()) return cite.status();
  return ArticleWriter(db, std::move(*article), std::move(*block),
                       std::move(*removed), std::move(*cite));
}

Result<bool> ArticleWriter::Put(const Article& article) {
  Result<bool> inserted = InsertArticle(article);
  if (!inserted.ok() || !*inserted) return inserted;
  DOSSIER_RETURN_IF_ERROR(InsertChildren(article));
  return true;
}

Result<bool> ArticleWriter::InsertArticle(const Article& article) {
  auto values = ArticleColumns(article);
  for (int i = 0; i < static_cast<int>(values.size()); ++i) {
    DOSSIER_RETURN_IF_ERROR(article_.BindText(i + 1, *values[i]));
  }
  DOSSIER_RETURN_IF_ERROR(article_.Run());
  // ON CONFLICT DO NOTHING changes no row for a known content_hash.
  return sqlite3_changes(db_) > 0;
}

Status ArticleWriter::InsertChildren(const Article& article) {
  for (size_t i = 0; i < article.blocks.size(); ++i) {
    const Block& block = article.blocks[i];
    DOSSIER_RETURN_IF_ERROR(block_.BindText(1, article.id));
    DOSSIER_RETURN_IF_ERROR(block_.BindInt64(2, static_cast<int64_t>(i)));
    DOSSIER_RETURN_IF_ERROR(block_.BindText(3, BlockKindName(block.kind)));
    DOSSIER_RETURN_IF_ERROR(block_.BindInt64(4, block.begin));
    DOSSIER_RETURN_IF_ERROR(block_.BindInt64(5, block.end));
    DOSSIER_RETURN_IF_ERROR(block_.Run());
  }
  DOSSIER_RETURN_IF_ERROR(InsertOrdered(removed_, article.id, article.removed));
  return InsertOrdered(cite_, article.id, article.cites);
}

Result<std::optional<Article>> LoadArticle(sqlite3* db, const std::string& path,
                                           const std::string& id) {
  Result<SqliteStatement> stmt =
      SqliteStatement::Prepare(db, path, kSelectArticle);
  if (!stmt.ok()) return stmt.status();
  DOSSIER_RETURN_IF_ERROR(stmt->BindText(1, id));
  Result<bool> row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<Article>();
  Article article;
  auto fields = ArticleColumns(article);
  for (int i = 0; i < static_cast<int>(fields.size()); ++i) {
    *fields[i] = stmt->ColumnText(i);
  }
  // `stmt` stays active until return, holding one read transaction: the
  // child rows come from the same snapshot as the article row.
  DOSSIER_RETURN_IF_ERROR(LoadBlocks(db, path, &article));
  DOSSIER_RETURN_IF_ERROR(
      LoadOrdered(db, path, kSelectRemoved, id, &article.removed));
  DOSSIER_RETURN_IF_ERROR(
      LoadOrdered(db, path, kSelectCites, id, &article.cites));
  return std::optional<Article>(std::move(article));
}

}  // namespace dossier
