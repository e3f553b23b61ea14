// RunExtractionBenchmark over a small benchmark folder written by the test.
#include "dossier/eval/extraction_benchmark.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace dossier {
namespace {

namespace fs = std::filesystem;

constexpr char kP1[] =
    "The harbour bridge reopened to cars and buses on Monday morning, ending eight months of "
    "closures that had forced commuters onto a lengthy detour through the industrial district.";
constexpr char kP2[] =
    "Engineers replaced corroded steel cables, resurfaced the deck and installed new lighting "
    "along the pedestrian walkway, according to the regional transport authority.";
constexpr char kP3[] =
    "Local shop owners, who said trade had fallen sharply during the closure, welcomed the "
    "reopening, although several warned that parking near the waterfront remained scarce.";

std::string ArticlePage(std::initializer_list<const char*> paragraphs) {
  std::string html =
      "<html><body><nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav><article>";
  for (const char* p : paragraphs) html += std::string("<p>") + p + "</p>";
  return html + "</article><footer>Copyright 2024 The Ledger</footer></body></html>";
}

// A benchmark folder (ground-truth.json + html/<id>.html.gz) in a fresh
// temporary directory, removed at the end of the test.
class ExtractionBenchmarkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::path(::testing::TempDir()) /
           ("dossier_extraction_" + std::string(info->name()) + "_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "html");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void WriteFile(const fs::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    ASSERT_TRUE(out.good()) << path;
  }

  void WriteTruth(std::string_view json) { WriteFile(dir_ / "ground-truth.json", json); }

  void WritePage(const std::string& id, std::string_view html) {
    std::string path = (dir_ / "html" / (id + ".html.gz")).string();
    gzFile f = gzopen(path.c_str(), "wb");
    ASSERT_NE(f, nullptr) << path;
    ASSERT_EQ(gzwrite(f, html.data(), static_cast<unsigned>(html.size())),
              static_cast<int>(html.size()));
    ASSERT_EQ(gzclose(f), Z_OK);
  }

  std::string Dir() const { return dir_.string(); }

  fs::path dir_;
};

TEST_F(ExtractionBenchmarkTest, ScoresEveryPage) {
  std::string page_a = ArticlePage({kP1, kP2});
  std::string page_b = ArticlePage({kP1, kP3});
  WritePage("a", page_a);
  WritePage("b", page_b);
  // Page a: the truth is exactly the article. Page b: the truth ends with a
  // paragraph the page does not show.
  WriteTruth(std::string(R"({"a": {"articleBody": ")") + kP1 + "\\n" + kP2 +
             R"(", "url": "https://example.org/a"}, "b": {"articleBody": ")" + kP1 + "\\n" + kP3 +
             "\\n" + kP2 + R"("}})");

  auto report = RunExtractionBenchmark(Dir());
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->pages, 2u);
  EXPECT_EQ(report->score.pages, 2u);
  EXPECT_EQ(report->html_bytes, page_a.size() + page_b.size());
  EXPECT_GE(report->seconds, 0.0);
  ASSERT_EQ(report->per_page.size(), 2u);

  const ExtractionPageResult& a = report->per_page[0];
  EXPECT_EQ(a.id, "a");
  EXPECT_EQ(a.prediction, std::string(kP1) + "\n\n" + kP2);
  EXPECT_DOUBLE_EQ(a.counts.tp, 1.0);

  const ExtractionPageResult& b = report->per_page[1];
  EXPECT_EQ(b.id, "b");
  EXPECT_EQ(b.prediction, std::string(kP1) + "\n\n" + kP3);
  EXPECT_DOUBLE_EQ(b.counts.fp, 0.0);  // everything predicted is in the truth
  EXPECT_GT(b.counts.fn, 0.0);         // but kP2 was never on the page

  EXPECT_DOUBLE_EQ(report->score.precision, 1.0);
  EXPECT_LT(report->score.recall, 1.0);
  EXPECT_GT(report->score.recall, 0.5);
}

TEST_F(ExtractionBenchmarkTest, MissingFolderIsNotFound) {
  auto report = RunExtractionBenchmark(Dir() + "/does-not-exist");
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), StatusCode::kNotFound);
}

TEST_F(ExtractionBenchmarkTest, MalformedGroundTruthIsCorruptInput) {
  WriteTruth("{\"a\": {\"articleBody\": ");
  auto report = RunExtractionBenchmark(Dir());
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(fs::path(report.status().path()).filename(), "ground-truth.json");
}

TEST_F(ExtractionBenchmarkTest, MissingPageIsAnError) {
  WritePage("a", ArticlePage({kP1}));
  WriteTruth(R"({"a": {"articleBody": "x"}, "b": {"articleBody": "y"}})");
  auto report = RunExtractionBenchmark(Dir());
  ASSERT_FALSE(report.ok());
  EXPECT_NE(report.status().ToString().find("b.html.gz"), std::string::npos)
      << report.status().ToString();
}

TEST_F(ExtractionBenchmarkTest, TruncatedGzipIsCorruptInput) {
  std::string html = ArticlePage({kP1, kP2, kP3});
  WritePage("a", html);
  fs::path gz = dir_ / "html" / "a.html.gz";
  fs::resize_file(gz, fs::file_size(gz) / 2);
  WriteTruth(R"({"a": {"articleBody": "x"}})");
  auto report = RunExtractionBenchmark(Dir());
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), StatusCode::kCorruptInput);
}

TEST_F(ExtractionBenchmarkTest, GroundTruthEntryThatIsNotAnObjectIsCorruptInput) {
  WritePage("a", ArticlePage({kP1}));
  for (const char* truth : {R"({"a": "just a string"})", R"({"a": {"articleBody": 42}})"}) {
    WriteTruth(truth);
    Result<ExtractionBenchmarkReport> report = Status(StatusCode::kInternal, "not run");
    EXPECT_NO_THROW(report = RunExtractionBenchmark(Dir())) << truth;
    ASSERT_FALSE(report.ok()) << truth;
    EXPECT_EQ(report.status().code(), StatusCode::kCorruptInput) << truth;
  }
}

}  // namespace
}  // namespace dossier
