#include <fmt/format.h>

#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/terminal.h"
#include "dossier/pipeline/analyzer.h"
#include "dossier/report/article_json.h"

namespace dossier::cli {

int RunExtract(const Argv& argv) {
  static const std::vector<FlagSpec> flags = {
      {"jsonl", false, "", "one JSON object per document instead of plain text", ""},
      {"max-article-bytes", true, "N", "skip documents larger than this", "8388608"},
      {"repair-utf8", false, "", "replace invalid UTF-8 instead of rejecting the document", ""},
      {"help", false, "", "show this help", ""},
  };
  static const std::string usage =
      "Usage: dossier extract INPUT... [--jsonl]\n\n"
      "Prints the main text of each document (site chrome removed). With --jsonl,\n"
      "one JSON object per document: path, title, outlet, published, author,\n"
      "text, removed.\n\n";
  Args parsed;
  if (auto stop = ParseCommandLine(argv, flags, usage, "INPUT", parsed)) return *stop;
  const Args* args = &parsed;
  auto max_bytes = args->GetInt("max-article-bytes");
  if (!max_bytes.ok()) {
    PrintError(max_bytes.status());
    return kExitUsage;
  }
  AnalyzeOptions options;
  options.inputs = args->positional();
  options.batch_size = 1;  // print as soon as each document is clean
  options.read.max_article_bytes = static_cast<size_t>(*max_bytes);
  options.read.repair_utf8 = args->Has("repair-utf8");
  bool jsonl = args->Has("jsonl");
  bool several = false;
  Analyzer analyzer(options, PrintWarning);
  auto stats = analyzer.Run([&](const Article& a) {
    if (jsonl) {
      WriteExtractLine(std::cout, a);
      return;
    }
    if (several) std::cout << '\n';
    several = true;
    std::cout << "==> " << a.path << " <==\n";
    if (!a.meta.title.empty()) std::cout << "# " << a.meta.title << "\n\n";
    std::cout << a.text << '\n';
  });
  std::cout.flush();
  if (!stats.ok()) {
    PrintError(stats.status());
    return stats.status().code() == StatusCode::kNotFound ? kExitUsage : kExitFailure;
  }
  return stats->files_failed + stats->document_errors > 0 ? kExitPartial : kExitOk;
}

}  // namespace dossier::cli
