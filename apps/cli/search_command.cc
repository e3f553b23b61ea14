#include <fmt/format.h>

#include <filesystem>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/terminal.h"
#include "dossier/store/article_store.h"

namespace dossier::cli {

int RunSearch(const Argv& argv) {
  static const std::vector<FlagSpec> flags = {
      {"db", true, "FILE", "SQLite archive to search", "dossier-out/dossier.db"},
      {"limit", true, "N", "most hits to show", "20"},
      {"help", false, "", "show this help", ""},
  };
  static const std::string usage =
      "Usage: dossier search QUERY [--db FILE] [--limit N]\n\n"
      "Full-text search over stored articles (SQLite FTS5 syntax: words, \"phrases\",\n"
      "OR, NOT, prefix*). Prints id, date, outlet, title and a snippet per hit.\n\n";
  Args parsed;
  if (auto stop = ParseCommandLine(argv, flags, usage, "QUERY", parsed)) return *stop;
  const Args* args = &parsed;
  auto limit = args->GetInt("limit");
  if (!limit.ok()) {
    PrintError(limit.status());
    return kExitUsage;
  }
  std::string db = args->Get("db");
  if (!std::filesystem::exists(db)) {
    PrintError(Status(StatusCode::kNotFound, "no archive here; run `dossier analyze` or `dossier ingest` first").WithPath(db));
    return kExitFailure;
  }
  auto store = ArticleStore::Open(db);
  if (!store.ok()) {
    PrintError(store.status());
    return kExitFailure;
  }
  std::string query;
  for (const auto& word : args->positional()) query += (query.empty() ? "" : " ") + word;
  auto hits = (*store)->Search(query, static_cast<int>(*limit));
  if (!hits.ok()) {
    PrintError(hits.status());
    return kExitFailure;
  }
  for (const SearchHit& h : *hits) {
    fmt::print("{}  {}  {}  {}\n    {}\n", h.id, h.published.empty() ? "----------" : h.published,
               h.outlet.empty() ? "-" : h.outlet, h.title, h.snippet);
  }
  if (hits->empty()) fmt::print(stderr, "no match for {}\n", query);
  return kExitOk;
}

}  // namespace dossier::cli
