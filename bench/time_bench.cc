// Speed of the time stage: TimeFinder over ordinary news text, in MB/s.
// It runs over every article, so the target is at least 100 MB/s on one
// core.
//
// Text: examples/text/*.txt, concatenated in name order (three real-style
// articles with bylines, menus and footers). Skips with a message when the
// folder is absent. Run: build/bench/time_bench
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/time/time_finder.h"

namespace {

namespace fs = std::filesystem;

const std::string& ExampleText() {
  static const std::string text = [] {
    std::string out;
    fs::path dir = fs::path(DOSSIER_EXAMPLES_DIR) / "text";
    if (!fs::is_directory(dir)) return out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::ifstream in(f);
      std::stringstream ss;
      ss << in.rdbuf();
      out += ss.str();
      out += '\n';
    }
    return out;
  }();
  return text;
}

void RunFinder(benchmark::State& state, std::optional<dossier::time::CivilDate> publication) {
  const std::string& text = ExampleText();
  if (text.empty()) {
    state.SkipWithError("examples/text not found");
    return;
  }
  dossier::time::TimeFinder finder;
  size_t mentions = 0;
  for (auto _ : state) {
    auto found = finder.Find(text, publication);
    mentions = found.size();
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["mentions"] = static_cast<double>(mentions);
}

// With a publication date every relative expression is resolved.
void BM_TimeFinder(benchmark::State& state) {
  RunFinder(state, dossier::time::CivilDate{2023, 4, 4});
}

// Without one, relative expressions are skipped after matching their head.
void BM_TimeFinderNoPublication(benchmark::State& state) { RunFinder(state, std::nullopt); }

BENCHMARK(BM_TimeFinder)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_TimeFinderNoPublication)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
