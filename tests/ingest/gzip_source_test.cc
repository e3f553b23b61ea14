#include "gzip_source.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "dossier/ingest/document_reader.h"
#include "ingest_test_util.h"

namespace dossier {
namespace {

using testing::Gzip;
using testing::ReadLog;
using testing::ReadPath;
using testing::TempDir;

// JSONL whose bodies are random letters, so that gzip cannot shrink it much
// and a cut lands well inside the data.
std::string RandomJsonl(int lines) {
  std::mt19937 random(7);
  std::string out;
  for (int i = 1; i <= lines; ++i) {
    std::string body;
    for (int k = 0; k < 400; ++k) body += static_cast<char>('a' + random() % 26);
    out += fmt::format("{{\"id\":\"{}\",\"text\":\"{}\"}}\n", i, body);
  }
  return out;
}

TEST(GzipSourceTest, TruncatedGzipDeliversWhatCameBeforeAndReportsTheOffset) {
  TempDir dir;
  std::string jsonl = RandomJsonl(300);
  std::string gz = Gzip(jsonl);
  std::string cut = gz.substr(0, gz.size() * 6 / 10);
  std::string path = dir.Write("cut.jsonl.gz", cut);
  ReadLog log = ReadPath(path);
  EXPECT_EQ(log.status.code(), StatusCode::kCorruptInput);
  EXPECT_EQ(log.status.path(), path);
  EXPECT_EQ(log.status.offset(), static_cast<int64_t>(cut.size()));
  EXPECT_NE(log.status.message().find("truncated"), std::string::npos);
  EXPECT_TRUE(log.errors.empty());
  ASSERT_GT(log.documents.size(), 100u);
  ASSERT_LT(log.documents.size(), 300u);
  for (size_t i = 0; i < log.documents.size(); ++i) {
    EXPECT_EQ(log.documents[i].id, std::to_string(i + 1));
    EXPECT_EQ(log.documents[i].body.size(), 400u);
  }
}

TEST(GzipSourceTest, CorruptGzipIsReportedWithACompressedOffset) {
  TempDir dir;
  std::string gz = Gzip(RandomJsonl(300));
  for (size_t i = gz.size() / 2; i < gz.size() / 2 + 64; ++i) gz[i] = static_cast<char>(~gz[i]);
  ReadLog log = ReadPath(dir.Write("bad.jsonl.gz", gz));
  EXPECT_EQ(log.status.code(), StatusCode::kCorruptInput);
  EXPECT_GT(log.status.offset(), 0);
  EXPECT_LE(log.status.offset(), static_cast<int64_t>(gz.size()));
  EXPECT_LT(log.documents.size(), 300u);
}

TEST(GzipSourceTest, TruncatedGzipTextGivesNoPartialDocument) {
  TempDir dir;
  std::string gz = Gzip(RandomJsonl(20));
  ReadLog log = ReadPath(dir.Write("cut.txt.gz", gz.substr(0, gz.size() - 10)));
  EXPECT_EQ(log.status.code(), StatusCode::kCorruptInput);
  EXPECT_TRUE(log.documents.empty());
}

TEST(GzipSourceTest, MultiMemberGzipIsOneStream) {
  TempDir dir;
  std::string path = dir.Write("two.txt.gz", Gzip("first half, ") + Gzip("second half"));
  ReadLog log = ReadPath(path);
  ASSERT_TRUE(log.status.ok()) << log.status.ToString();
  ASSERT_EQ(log.documents.size(), 1u);
  EXPECT_EQ(log.documents[0].body, "first half, second half");
}

TEST(GzipSourceTest, GarbageAfterTheLastMemberIsCorrupt) {
  TempDir dir;
  std::string gz = Gzip("{\"text\":\"kept\"}\n");
  ReadLog log = ReadPath(dir.Write("tail.jsonl.gz", gz + "garbage"));
  EXPECT_EQ(log.status.code(), StatusCode::kCorruptInput);
  EXPECT_EQ(log.status.offset(), static_cast<int64_t>(gz.size()));
  EXPECT_EQ(log.documents.size(), 1u);
}

TEST(GzipSourceTest, InflateToStringStopsAtTheLimit) {
  std::string gz = Gzip(std::string(1000, 'z'));
  Result<std::string> fits = ingest::InflateToString(gz, 1000);
  ASSERT_TRUE(fits.ok()) << fits.status().ToString();
  EXPECT_EQ(fits->size(), 1000u);
  EXPECT_EQ(ingest::InflateToString(gz, 999).status().code(), StatusCode::kTooLarge);
  EXPECT_EQ(ingest::InflateToString("not compressed", 99).status().code(),
            StatusCode::kCorruptInput);
}

}  // namespace
}  // namespace dossier
