// The five seed articles (../shared/data/seeds, read in place): site chrome
// is removed and body paragraphs are kept. The checks are on the shape of
// the result (which kinds of lines went where), with the chrome lines found
// by what they are (repeated labels, lines after a comment marker, lines
// before the headline), not by a list of the seeds' lines.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "dossier/core/spaces.h"
#include "dossier/pipeline/analyzer.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

std::vector<Article> CleanSeeds() {
  AnalyzeOptions options;
  options.inputs = {std::string(DOSSIER_SHARED_DATA_DIR) + "/seeds"};
  std::vector<Article> out;
  Analyzer analyzer(options, [](const Status&) {});
  auto stats = analyzer.Run([&](const Article& a) { out.push_back(a); });
  EXPECT_TRUE(stats.ok());
  return out;
}

TEST(SeedsTest, ChromeRemovedParagraphsKept) {
  if (!fs::is_directory(std::string(DOSSIER_SHARED_DATA_DIR) + "/seeds")) {
    GTEST_SKIP() << "../shared/data/seeds not present";
  }
  std::vector<Article> seeds = CleanSeeds();
  ASSERT_EQ(seeds.size(), 5u);
  for (const Article& a : seeds) {
    SCOPED_TRACE(a.path);
    EXPECT_FALSE(a.meta.title.empty());
    // Every paragraph-length line of the source is kept.
    std::ifstream in(a.path);
    std::string line;
    int long_lines = 0;
    while (std::getline(in, line)) {
      if (line.size() < 200) continue;
      ++long_lines;
      std::string body_line = CollapseSpaces(line);
      EXPECT_NE(a.text.find(body_line.substr(0, 120)), std::string::npos) << line.substr(0, 80);
    }
    EXPECT_GT(long_lines, 3);
    // Nothing kept is short chrome: every kept block either reads as text
    // (several words) or is a heading shared with the body's vocabulary.
    for (const Block& b : a.blocks) {
      std::string_view t = std::string_view(a.text).substr(b.begin, b.end - b.begin);
      EXPECT_GE(std::count(t.begin(), t.end(), ' '), 2) << t;
    }
  }
  // Widget labels repeated on a page, navigation to other articles, comment
  // policies and typo notices end up in `removed`.
  size_t removed = 0;
  for (const Article& a : seeds) removed += a.removed.size();
  EXPECT_GE(removed, 15u);
  for (const Article& a : seeds) {
    for (const std::string& r : a.removed) EXPECT_EQ(a.text.find(r), std::string::npos) << r;
  }
}

}  // namespace
}  // namespace dossier
