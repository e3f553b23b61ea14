// Golden test: the articles extracted from examples/ (metadata, kept text,
// removed chrome) equal tests/golden/examples.expected.jsonl. After an
// intended change, regenerate with DOSSIER_UPDATE_GOLDEN=1 and review the
// diff like code.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "dossier/pipeline/analyzer.h"
#include "dossier/report/article_json.h"

namespace dossier {
namespace {

std::string RelativePath(const std::string& path) {
  size_t at = path.find("examples/");
  return at == std::string::npos ? path : path.substr(at);
}

TEST(ExamplesGoldenTest, ArticlesMatchExpected) {
  AnalyzeOptions options;
  options.inputs = {DOSSIER_EXAMPLES_DIR};
  std::vector<std::string> issues;
  Analyzer analyzer(options, [&](const Status& s) { issues.push_back(s.ToString()); });
  std::ostringstream actual;
  auto stats = analyzer.Run([&](const Article& a) {
    Article copy = a;
    copy.path = RelativePath(a.path);
    JsonWriter json(actual);
    WriteArticleJson(json, copy);
    actual << '\n';
  });
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_TRUE(issues.empty()) << ::testing::PrintToString(issues);
  EXPECT_GE(stats->articles, 12);

  std::string golden = std::string(DOSSIER_GOLDEN_DIR) + "/examples.expected.jsonl";
  if (std::getenv("DOSSIER_UPDATE_GOLDEN")) {
    std::ofstream(golden, std::ios::binary) << actual.str();
    GTEST_SKIP() << "rewrote " << golden;
  }
  std::ifstream in(golden, std::ios::binary);
  ASSERT_TRUE(in) << "missing " << golden << " (run with DOSSIER_UPDATE_GOLDEN=1)";
  std::stringstream expected;
  expected << in.rdbuf();
  std::istringstream a(actual.str()), e(expected.str());
  std::string al, el;
  int line = 0;
  while (true) {
    bool ha = static_cast<bool>(std::getline(a, al));
    bool he = static_cast<bool>(std::getline(e, el));
    ++line;
    if (!ha && !he) break;
    ASSERT_EQ(ha, he) << "different number of articles at line " << line;
    EXPECT_EQ(al, el) << "article " << line << " differs";
  }
}

}  // namespace
}  // namespace dossier
