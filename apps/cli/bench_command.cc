#include <fmt/format.h>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/terminal.h"
#include "dossier/eval/extraction_benchmark.h"

namespace dossier::cli {
namespace {

int BenchExtraction(const Args& args) {
  std::string dir = args.Get("data");
  auto report = RunExtractionBenchmark(dir);
  if (!report.ok()) {
    PrintError(report.status());
    return kExitFailure;
  }
  const auto& r = *report;
  fmt::print("extraction benchmark: {} pages, {}\n", r.pages, dir);
  fmt::print("  precision  {:.4f}\n  recall     {:.4f}\n  F1         {:.4f}\n",
             r.score.precision, r.score.recall, r.score.f1);
  fmt::print("  speed      {:.0f} pages/s, {:.1f} MB/s (one core; parse + extract)\n",
             double(r.pages) / r.seconds, double(r.html_bytes) / r.seconds / 1e6);
  if (args.Has("per-page")) {
    for (const auto& p : r.per_page) {
      double prec = p.counts.tp + p.counts.fp > 0 ? p.counts.tp / (p.counts.tp + p.counts.fp) : 0;
      double rec = p.counts.tp + p.counts.fn > 0 ? p.counts.tp / (p.counts.tp + p.counts.fn) : 0;
      fmt::print("{}\t{:.3f}\t{:.3f}\n", p.id, prec, rec);
    }
  }
  return kExitOk;
}

}  // namespace

int RunBench(const Argv& argv) {
  static const std::vector<FlagSpec> flags = {
      {"data", true, "DIR", "benchmark data folder", "../shared/data/extraction-benchmark"},
      {"per-page", false, "", "also print precision and recall per page", ""},
      {"help", false, "", "show this help", ""},
  };
  auto args = Args::Parse(argv, flags);
  if (!args.ok()) {
    PrintError(args.status());
    return kExitUsage;
  }
  const auto& pos = args->positional();
  if (args->Has("help") || pos.empty()) {
    fmt::print(
        "Usage: dossier bench BENCHMARK [--data DIR]\n\n"
        "Benchmarks:\n"
        "  extraction   main-text extraction on the ScrapingHub article-extraction\n"
        "               benchmark: precision, recall, F1 (word 4-gram shingles,\n"
        "               macro-averaged) and pages/s, MB/s on one core\n\n"
        "Options:\n{}",
        FlagHelp(flags));
    return args->Has("help") ? kExitOk : kExitUsage;
  }
  if (pos[0] == "extraction") return BenchExtraction(*args);
  PrintError(Status(StatusCode::kInvalidArgument, "unknown benchmark '" + pos[0] + "' (see --help)"));
  return kExitUsage;
}

}  // namespace dossier::cli
