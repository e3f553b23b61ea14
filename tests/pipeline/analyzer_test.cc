// The streaming job on a batch that mixes good and bad input: every bad
// document is reported with its file (and line), the good ones are stored,
// and a re-run adds nothing.
#include "dossier/pipeline/analyzer.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "dossier/store/article_store.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

const char* kStory =
    "Ministers agree on new river treaty\n\n"
    "Delegates from both countries signed the river treaty on Monday after three years of "
    "talks, officials said, ending a long dispute over water rights along the border.\n\n"
    "The agreement sets quotas for irrigation and creates a joint commission that will meet "
    "twice a year, according to a statement released by the foreign ministry.\n";

void Write(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(compressBound(data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

class AnalyzerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dossier_analyzer_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override { fs::remove_all(dir_); }

  Result<AnalyzeStats> Run(std::vector<std::string>* messages, size_t max_bytes = 8u << 20) {
    AnalyzeOptions options;
    options.inputs = {(dir_ / "in").string()};
    options.db_path = (dir_ / "test.db").string();
    options.batch_size = 2;
    options.read.max_article_bytes = max_bytes;
    Analyzer analyzer(options, [&](const Status& s) { messages->push_back(s.ToString()); });
    return analyzer.Run([&](const Article& a) { paths_.push_back(a.path); });
  }

  bool AnyMentions(const std::vector<std::string>& messages, const std::string& what) {
    for (const auto& m : messages) {
      if (m.find(what) != std::string::npos) return true;
    }
    return false;
  }

  fs::path dir_;
  std::vector<std::string> paths_;
};

TEST_F(AnalyzerTest, BadInputIsReportedAndTheRestIsStored) {
  Write(dir_ / "in/good.txt", kStory);
  Write(dir_ / "in/binary.txt", std::string("\x7f" "ELF\0\0\0\x01\x02\x03", 10) + std::string(600, '\0'));
  Write(dir_ / "in/bad_utf8.txt", std::string(kStory) + "Caf\xC3\x28 menu\n");
  std::string gz = Gzip(std::string(kStory) + "A second copy with one more paragraph about the treaty.\n");
  Write(dir_ / "in/truncated.txt.gz", gz.substr(0, gz.size() / 2));
  std::string good_line =
      R"({"id":"a1","title":"Port reopens","outlet":"Harbour Daily","text":"The port reopened on Tuesday after repairs, the harbour authority said in a statement to reporters."})";
  Write(dir_ / "in/feed.jsonl", good_line + "\n{\"id\": \"broken\", \"text\": \n" +
                                    R"({"id":"a3","text":"Grain ships left the port on Wednesday, the first convoy since the blockade ended, officials said."})" "\n");
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>Rescue teams reached the flooded valley on Friday, the regional governor said, "
          "and began moving families to higher ground before the next storm.</p>";
  Write(dir_ / "in/deep.html", deep);
  Write(dir_ / "in/huge.txt", std::string(700000, 'a') + "\n");

  std::vector<std::string> messages;
  auto stats = Run(&messages, 600000);
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_TRUE(AnyMentions(messages, "binary.txt")) << ::testing::PrintToString(messages);
  EXPECT_TRUE(AnyMentions(messages, "bad_utf8.txt"));
  EXPECT_TRUE(AnyMentions(messages, "truncated.txt.gz"));
  EXPECT_TRUE(AnyMentions(messages, "feed.jsonl:line 2"));
  EXPECT_TRUE(AnyMentions(messages, "huge.txt"));
  // good.txt, two JSONL lines and the deeply nested page survive.
  EXPECT_EQ(stats->articles, 4) << ::testing::PrintToString(paths_);
  EXPECT_EQ(stats->stored_new, 4);

  auto store = ArticleStore::Open((dir_ / "test.db").string());
  ASSERT_TRUE(store.ok());
  auto count = (*store)->CountArticles();
  ASSERT_TRUE(count.ok());
  EXPECT_EQ(*count, 4);
}

TEST_F(AnalyzerTest, ReRunIsIdempotent) {
  Write(dir_ / "in/a.txt", kStory);
  Write(dir_ / "in/copy.txt", std::string(kStory) + "\n\n");  // same text, other spacing
  std::vector<std::string> messages;
  auto first = Run(&messages);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->articles, 1);
  EXPECT_EQ(first->duplicates, 1);
  auto second = Run(&messages);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->stored_new, 0);
  EXPECT_EQ(second->stored_existing, 1);
  EXPECT_TRUE(messages.empty()) << ::testing::PrintToString(messages);
}

TEST_F(AnalyzerTest, MissingInputIsAnError) {
  AnalyzeOptions options;
  options.inputs = {(dir_ / "nothing-here").string()};
  Analyzer analyzer(options, [](const Status&) {});
  auto stats = analyzer.Run(nullptr);
  ASSERT_FALSE(stats.ok());
  EXPECT_EQ(stats.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dossier
