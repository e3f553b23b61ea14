#include <gtest/gtest.h>

#include <string>

#include "dossier/ingest/document_reader.h"
#include "ingest_test_util.h"

namespace dossier {
namespace {

using testing::ReadLog;
using testing::ReadPath;
using testing::TempDir;

TEST(JsonlReaderTest, MalformedLinesAreReportedAndGoodOnesDelivered) {
  TempDir dir;
  std::string path = dir.Write("a.jsonl",
                               "{\"id\":\"a1\",\"text\":\"First.\"}\n"
                               "{\"text\": \"cut short\"\n"
                               "\n"
                               "[1, 2]\n"
                               "{\"title\": \"no body\"}\n"
                               "{\"html\":\"<p>Sixth</p>\"}\n");
  ReadLog log = ReadPath(path);
  ASSERT_TRUE(log.status.ok()) << log.status.ToString();
  ASSERT_EQ(log.documents.size(), 2u);
  EXPECT_EQ(log.documents[0].body, "First.");
  EXPECT_EQ(log.documents[0].location, "line 1");
  EXPECT_EQ(log.documents[1].format, BodyFormat::kHtml);
  EXPECT_EQ(log.documents[1].Where(), path + " (line 6)");
  ASSERT_EQ(log.errors.size(), 3u);
  EXPECT_EQ(log.errors[0].code(), StatusCode::kCorruptInput);
  EXPECT_EQ(log.errors[0].line(), 2);
  EXPECT_EQ(log.errors[0].ToString().rfind(path + ":line 2: malformed JSON: ", 0), 0u)
      << log.errors[0].ToString();
  EXPECT_NE(log.errors[0].message().find("column"), std::string::npos);
  EXPECT_EQ(log.errors[1].line(), 4);
  EXPECT_NE(log.errors[1].message().find("object"), std::string::npos);
  EXPECT_EQ(log.errors[2].line(), 5);
  EXPECT_NE(log.errors[2].message().find("\"text\""), std::string::npos);
}

TEST(JsonlReaderTest, MetadataIsTakenFromTheFields) {
  ReadLog log = testing::ReadText(
      "{\"id\": 42, \"url\": \"https://e.by/a\", \"title\": \"T\", \"outlet\": \"Nasha Niva\","
      " \"published\": \"2024-06-13\", \"author\": \"A. B.\", \"text\": \"Body\","
      " \"extra\": [1], \"html\": null}\r\n",
      InputFormat::kJsonl);
  ASSERT_EQ(log.documents.size(), 1u) << (log.errors.empty() ? "" : log.errors[0].ToString());
  const RawDocument& doc = log.documents[0];
  EXPECT_EQ(doc.id, "42");
  EXPECT_EQ(doc.given.url, "https://e.by/a");
  EXPECT_EQ(doc.given.title, "T");
  EXPECT_EQ(doc.given.outlet, "Nasha Niva");
  EXPECT_EQ(doc.given.published, "2024-06-13");
  EXPECT_EQ(doc.given.author, "A. B.");
  EXPECT_EQ(doc.format, BodyFormat::kText);
  EXPECT_EQ(doc.body, "Body");
}

TEST(JsonlReaderTest, FieldOfTheWrongTypeIsReported) {
  ReadLog log = testing::ReadText("{\"text\": \"x\", \"title\": 7}\n", InputFormat::kJsonl);
  EXPECT_TRUE(log.documents.empty());
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_NE(log.errors[0].message().find("\"title\" must be a string"), std::string::npos);
}

TEST(JsonlReaderTest, InvalidUtf8IsReportedWithLineAndOffset) {
  std::string input = "{\"text\":\"ok\"}\n{\"text\":\"b\xC3(d\"}\n";
  ReadLog log = testing::ReadText(input, InputFormat::kJsonl);
  ASSERT_EQ(log.documents.size(), 1u);
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_EQ(log.errors[0].code(), StatusCode::kInvalidUtf8);
  EXPECT_EQ(log.errors[0].line(), 2);
  EXPECT_EQ(log.errors[0].offset(), static_cast<int64_t>(input.find('\xC3')));
  ReadLog repaired = testing::ReadText(input, InputFormat::kJsonl, {.repair_utf8 = true});
  ASSERT_EQ(repaired.documents.size(), 2u);
  EXPECT_EQ(repaired.documents[1].body, "b\xEF\xBF\xBD(d");
}

TEST(JsonlReaderTest, BodyOverTheLimitIsSkippedWithTooLarge) {
  std::string input = "{\"text\":\"0123456789\"}\n{\"text\":\"0123456789A\"}\n{\"text\":\"ok\"}\n";
  ReadLog log =
      testing::ReadText(input, InputFormat::kJsonl, {.max_article_bytes = 10}, "big.jsonl");
  ASSERT_EQ(log.documents.size(), 2u);
  EXPECT_EQ(log.documents[1].location, "line 3");
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_EQ(log.errors[0].code(), StatusCode::kTooLarge);
  EXPECT_EQ(log.errors[0].path(), "big.jsonl");
  EXPECT_EQ(log.errors[0].line(), 2);
}

TEST(JsonlReaderTest, OverlongLineIsSkippedWithoutLosingTheNext) {
  std::string huge = "{\"text\":\"" + std::string(2u << 20, 'x') + "\"}\n";
  ReadLog log = testing::ReadText(huge + "{\"text\":\"after\"}\n", InputFormat::kJsonl,
                                  {.max_article_bytes = 100});
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_EQ(log.errors[0].code(), StatusCode::kTooLarge);
  EXPECT_EQ(log.errors[0].line(), 1);
  ASSERT_EQ(log.documents.size(), 1u);
  EXPECT_EQ(log.documents[0].body, "after");
  EXPECT_EQ(log.documents[0].location, "line 2");
}

TEST(JsonlReaderTest, SampleFileFromTestdata) {
  ReadLog log = ReadPath(DOSSIER_TEST_DATA_DIR "/ingest/articles.jsonl");
  ASSERT_TRUE(log.status.ok()) << log.status.ToString();
  EXPECT_EQ(log.documents.size(), 2u);
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_EQ(log.errors[0].line(), 3);
}

}  // namespace
}  // namespace dossier
