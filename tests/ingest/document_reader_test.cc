#include "dossier/ingest/document_reader.h"

#include <gtest/gtest.h>

#include <iostream>
#include <sstream>
#include <string>

#include "ingest_test_util.h"

namespace dossier {
namespace {

using testing::ReadLog;
using testing::ReadPath;
using testing::TempDir;

bool Mentions(const Status& status, const std::string& text) {
  return status.ToString().find(text) != std::string::npos;
}

TEST(DocumentReaderTest, TextFileIsOneDocumentWithoutBom) {
  TempDir dir;
  std::string path = dir.Write("a.txt", "\xEF\xBB\xBFMinsk, 13 June.\nSecond line.\n");
  ReadLog log = ReadPath(path);
  ASSERT_TRUE(log.status.ok()) << log.status.ToString();
  ASSERT_TRUE(log.errors.empty());
  ASSERT_EQ(log.documents.size(), 1u);
  const RawDocument& doc = log.documents[0];
  EXPECT_EQ(doc.body, "Minsk, 13 June.\nSecond line.\n");
  EXPECT_EQ(doc.format, BodyFormat::kText);
  EXPECT_EQ(doc.path, path);
  EXPECT_EQ(doc.Where(), path);
}

TEST(DocumentReaderTest, HtmlIsPassedOnAsBytesInAnyCharset) {
  TempDir dir;
  std::string latin1 = "<html><meta charset=\"iso-8859-1\"><p>caf\xE9</p></html>";
  std::string path = dir.Write("page.HTM", latin1);
  ReadLog log = ReadPath(path);
  ASSERT_TRUE(log.status.ok()) << log.status.ToString();
  ASSERT_EQ(log.documents.size(), 1u);
  EXPECT_EQ(log.documents[0].format, BodyFormat::kHtml);
  EXPECT_EQ(log.documents[0].body, latin1);
}

TEST(DocumentReaderTest, BinaryFileIsRejectedNamingTheFile) {
  TempDir dir;
  std::string path = dir.Write("report.txt", std::string("PK\x03\x04\0\0\x14\0", 8));
  ReadLog log = ReadPath(path);
  EXPECT_EQ(log.status.code(), StatusCode::kCorruptInput);
  EXPECT_TRUE(Mentions(log.status, path)) << log.status.ToString();
  EXPECT_TRUE(log.documents.empty());
}

TEST(DocumentReaderTest, BinaryHtmlIsRejectedToo) {
  TempDir dir;
  std::string path = dir.Write("page.html", std::string("<html>\0\0\0\0", 10));
  EXPECT_EQ(ReadPath(path).status.code(), StatusCode::kCorruptInput);
}

TEST(DocumentReaderTest, InvalidUtf8IsReportedWithByteOffset) {
  TempDir dir;
  std::string path = dir.Write("bad.txt",
                               "\xEF\xBB\xBF"
                               "abc\xFF"
                               "def");
  ReadLog log = ReadPath(path);
  EXPECT_TRUE(log.status.ok());
  EXPECT_TRUE(log.documents.empty());
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_EQ(log.errors[0].code(), StatusCode::kInvalidUtf8);
  EXPECT_EQ(log.errors[0].offset(), 6);  // counted in the file, BOM included
  EXPECT_TRUE(Mentions(log.errors[0], path + ": byte 6")) << log.errors[0].ToString();
}

TEST(DocumentReaderTest, RepairUtf8ReplacesBadBytes) {
  TempDir dir;
  std::string path = dir.Write("bad.txt", "abc\xFF");
  ReadLog log = ReadPath(path, ReadOptions{.repair_utf8 = true});
  ASSERT_EQ(log.documents.size(), 1u);
  EXPECT_EQ(log.documents[0].body, "abc\xEF\xBF\xBD");
}

TEST(DocumentReaderTest, DocumentOverTheLimitIsSkippedWithTooLarge) {
  TempDir dir;
  std::string big = dir.Write("big.txt", std::string(21, 'x'));
  std::string fits = dir.Write("fits.txt", std::string(20, 'x'));
  ReadOptions options{.max_article_bytes = 20};
  ReadLog log = ReadPath(big, options);
  EXPECT_TRUE(log.status.ok());
  EXPECT_TRUE(log.documents.empty());
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_EQ(log.errors[0].code(), StatusCode::kTooLarge);
  EXPECT_EQ(log.errors[0].path(), big);
  EXPECT_EQ(ReadPath(fits, options).documents.size(), 1u);
}

TEST(DocumentReaderTest, MissingFileIsNotFound) {
  TempDir dir;
  ReadLog log = ReadPath(dir.Path("missing.txt"));
  EXPECT_EQ(log.status.code(), StatusCode::kNotFound);
  EXPECT_EQ(log.status.path(), dir.Path("missing.txt"));
}

TEST(DocumentReaderTest, FolderIsNotAFile) {
  TempDir dir;
  dir.Write("sub/a.txt", "a");
  EXPECT_EQ(ReadPath(dir.Path("sub")).status.code(), StatusCode::kInvalidArgument);
}

TEST(DocumentReaderTest, GzipTextIsDecompressed) {
  TempDir dir;
  std::string path = dir.Write("a.txt.gz", testing::Gzip("gzipped text"));
  ReadLog log = ReadPath(path);
  ASSERT_TRUE(log.status.ok()) << log.status.ToString();
  ASSERT_EQ(log.documents.size(), 1u);
  EXPECT_EQ(log.documents[0].body, "gzipped text");
}

TEST(DocumentReaderTest, FileNamedGzThatIsNotGzipIsCorrupt) {
  TempDir dir;
  std::string path = dir.Write("a.txt.gz", "plain text");
  ReadLog log = ReadPath(path);
  EXPECT_EQ(log.status.code(), StatusCode::kCorruptInput);
  EXPECT_EQ(log.status.path(), path);
}

TEST(DocumentReaderTest, FormatFromPathIgnoresGzAndCase) {
  EXPECT_EQ(FormatFromPath("a/b.HTML.gz"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromPath("b.xhtml"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromPath("b.ndjson"), InputFormat::kJsonl);
  EXPECT_EQ(FormatFromPath("crawl.warc.gz"), InputFormat::kWarc);
  EXPECT_EQ(FormatFromPath("notes.md"), InputFormat::kText);
}

TEST(DocumentReaderTest, SniffFormatLooksAtTheFirstBytes) {
  EXPECT_EQ(SniffFormat("\xEF\xBB\xBF  {\"text\":1}"), InputFormat::kJsonl);
  EXPECT_EQ(SniffFormat("WARC/1.0\r\n"), InputFormat::kWarc);
  EXPECT_EQ(SniffFormat("\n<!doctype html>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("Plain words"), InputFormat::kText);
  EXPECT_EQ(SniffFormat(""), InputFormat::kText);
}

// Reads "-" with std::cin redirected to `content`.
ReadLog ReadStdin(const std::string& content) {
  std::istringstream fake(content);
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  ReadLog log = ReadPath("-");
  std::cin.rdbuf(saved);
  std::cin.clear();
  return log;
}

TEST(DocumentReaderTest, StdinFormatIsSniffed) {
  ReadLog jsonl = ReadStdin("{\"text\":\"one\"}\n{\"text\":\"two\"}\n");
  ASSERT_TRUE(jsonl.status.ok()) << jsonl.status.ToString();
  ASSERT_EQ(jsonl.documents.size(), 2u);
  EXPECT_EQ(jsonl.documents[1].Where(), "- (line 2)");
  ReadLog html = ReadStdin(testing::Gzip("<p>zipped page</p>"));
  ASSERT_EQ(html.documents.size(), 1u);
  EXPECT_EQ(html.documents[0].format, BodyFormat::kHtml);
  EXPECT_EQ(html.documents[0].path, "-");
}

}  // namespace
}  // namespace dossier
