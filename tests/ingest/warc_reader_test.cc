#include <gtest/gtest.h>

#include <string>

#include "dossier/ingest/document_reader.h"
#include "ingest_test_util.h"

namespace dossier {
namespace {

using testing::Gzip;
using testing::HttpResponse;
using testing::ReadLog;
using testing::ReadPath;
using testing::TempDir;
using testing::WarcRecord;

const char kPage[] = "<html><body><p>Troops held an exercise near Brest.</p></body></html>";

// Records 1..7: warcinfo, request, HTML response, PNG response, 404 HTML
// response, metadata, chunked HTML response.
std::vector<std::string> MixedRecords() {
  return {
      WarcRecord("warcinfo", "", "software: test\r\n"),
      WarcRecord("request", "https://e.by/a", "GET /a HTTP/1.1\r\nHost: e.by\r\n\r\n"),
      WarcRecord("response", "https://e.by/a",
                 HttpResponse(200, "text/html; charset=utf-8", kPage)),
      WarcRecord("response", "https://e.by/logo.png", HttpResponse(200, "image/png", "\x89PNG")),
      WarcRecord("response", "https://e.by/gone", HttpResponse(404, "text/html", "<p>gone</p>")),
      WarcRecord("metadata", "https://e.by/a", "outlinks: none\r\n"),
      WarcRecord(
          "response", "https://e.by/b",
          HttpResponse(200, "application/xhtml+xml", "5\r\n<p>Tw\r\n6\r\no</p>\n\r\n0\r\n\r\n",
                       "Transfer-Encoding: chunked\r\n")),
  };
}

std::string Join(const std::vector<std::string>& records, bool gzip_each) {
  std::string out;
  for (const std::string& record : records) out += gzip_each ? Gzip(record) : record;
  return out;
}

void ExpectMixedPages(const ReadLog& log) {
  ASSERT_TRUE(log.status.ok()) << log.status.ToString();
  ASSERT_TRUE(log.errors.empty()) << log.errors[0].ToString();
  ASSERT_EQ(log.documents.size(), 2u);
  EXPECT_EQ(log.documents[0].body, kPage);
  EXPECT_EQ(log.documents[0].format, BodyFormat::kHtml);
  EXPECT_EQ(log.documents[0].given.url, "https://e.by/a");
  EXPECT_EQ(log.documents[0].location, "record 3");
  EXPECT_EQ(log.documents[1].body, "<p>Two</p>\n");
  EXPECT_EQ(log.documents[1].location, "record 7");
}

TEST(WarcReaderTest, PlainWarcDeliversOnlyHtmlResponses) {
  TempDir dir;
  ExpectMixedPages(ReadPath(dir.Write("crawl.warc", Join(MixedRecords(), false))));
}

TEST(WarcReaderTest, MultiMemberGzipWarcGivesTheSamePages) {
  TempDir dir;
  ExpectMixedPages(ReadPath(dir.Write("crawl.warc.gz", Join(MixedRecords(), true))));
}

TEST(WarcReaderTest, SampleFileFromTestdata) {
  ReadLog log = ReadPath(DOSSIER_TEST_DATA_DIR "/ingest/sample.warc");
  ASSERT_TRUE(log.status.ok()) << log.status.ToString();
  ASSERT_TRUE(log.errors.empty()) << log.errors[0].ToString();
  ASSERT_EQ(log.documents.size(), 1u);
  EXPECT_EQ(log.documents[0].location, "record 3");
  EXPECT_EQ(log.documents[0].given.url, "https://example.by/news/1");
  EXPECT_EQ(log.documents[0].body.rfind("<html>", 0), 0u);
}

TEST(WarcReaderTest, GzipContentEncodingIsDecoded) {
  std::string record =
      WarcRecord("response", "https://e.by/z",
                 HttpResponse(200, "text/html", Gzip(kPage), "Content-Encoding: gzip\r\n"));
  ReadLog log = testing::ReadText(record, InputFormat::kWarc);
  ASSERT_EQ(log.documents.size(), 1u) << log.errors[0].ToString();
  EXPECT_EQ(log.documents[0].body, kPage);
}

TEST(WarcReaderTest, UnsupportedContentEncodingIsReported) {
  std::string record =
      WarcRecord("response", "https://e.by/br",
                 HttpResponse(200, "text/html", "\x1b\x2c", "Content-Encoding: br\r\n"));
  ReadLog log = testing::ReadText(record, InputFormat::kWarc, {}, "br.warc");
  EXPECT_TRUE(log.documents.empty());
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_EQ(log.errors[0].code(), StatusCode::kUnsupported);
  EXPECT_NE(log.errors[0].message().find("record 1"), std::string::npos);
}

TEST(WarcReaderTest, BrokenHeaderIsReportedAndReadingResyncs) {
  std::vector<std::string> records = MixedRecords();
  std::string broken =
      "WARC/1.1\r\nthis line has no colon\r\nContent-Length: 5\r\n\r\nabcde\r\n\r\n";
  std::string input = records[2] + broken + records[6];
  ReadLog log = testing::ReadText(input, InputFormat::kWarc, {}, "broken.warc");
  ASSERT_TRUE(log.status.ok());
  ASSERT_EQ(log.documents.size(), 2u);
  EXPECT_EQ(log.documents[1].location, "record 3");
  ASSERT_EQ(log.errors.size(), 1u);
  const Status& error = log.errors[0];
  EXPECT_EQ(error.code(), StatusCode::kCorruptInput);
  EXPECT_EQ(error.offset(), static_cast<int64_t>(records[2].size()));
  EXPECT_EQ(error.ToString().rfind("broken.warc: byte " + std::to_string(records[2].size()) +
                                       ": record 2: malformed header line",
                                   0),
            0u)
      << error.ToString();
}

TEST(WarcReaderTest, MissingContentLengthIsReported) {
  std::string input =
      "WARC/1.0\r\nWARC-Type: response\r\n\r\nno length\r\n\r\n" + MixedRecords()[2];
  ReadLog log = testing::ReadText(input, InputFormat::kWarc);
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_NE(log.errors[0].message().find("no Content-Length"), std::string::npos);
  ASSERT_EQ(log.documents.size(), 1u);
  EXPECT_EQ(log.documents[0].location, "record 2");
}

TEST(WarcReaderTest, ContentLengthPastTheEndStopsTheFile) {
  std::string good = MixedRecords()[2];
  std::string cut = WarcRecord("response", "https://e.by/c", HttpResponse(200, "text/html", kPage));
  cut.resize(cut.size() - 20);
  ReadLog log = testing::ReadText(good + cut, InputFormat::kWarc);
  ASSERT_TRUE(log.status.ok());
  ASSERT_EQ(log.documents.size(), 1u);
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_EQ(log.errors[0].code(), StatusCode::kCorruptInput);
  EXPECT_EQ(log.errors[0].offset(), static_cast<int64_t>(good.size()));
  EXPECT_NE(log.errors[0].message().find("past the end"), std::string::npos);
}

TEST(WarcReaderTest, HtmlOverTheLimitIsSkippedWithTooLarge) {
  std::string big_page = "<p>" + std::string(200, 'x') + "</p>";
  std::string input =
      WarcRecord("response", "https://e.by/big", HttpResponse(200, "text/html", big_page)) +
      MixedRecords()[2];
  ReadLog log = testing::ReadText(input, InputFormat::kWarc, {.max_article_bytes = 100});
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_EQ(log.errors[0].code(), StatusCode::kTooLarge);
  EXPECT_NE(log.errors[0].message().find("record 1"), std::string::npos);
  ASSERT_EQ(log.documents.size(), 1u);
  EXPECT_EQ(log.documents[0].location, "record 2");
}

TEST(WarcReaderTest, HugeResponsesAreNotLoadedAndOnlyHtmlIsReported) {
  std::string blob(200u << 10, 'b');
  std::string input =
      WarcRecord("response", "https://e.by/v", HttpResponse(200, "video/mp4", blob)) +
      WarcRecord("response", "https://e.by/h", HttpResponse(200, "text/html", blob)) +
      MixedRecords()[2];
  ReadLog log = testing::ReadText(input, InputFormat::kWarc, {.max_article_bytes = 1000});
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_EQ(log.errors[0].code(), StatusCode::kTooLarge);
  EXPECT_NE(log.errors[0].message().find("record 2"), std::string::npos);
  ASSERT_EQ(log.documents.size(), 1u);
  EXPECT_EQ(log.documents[0].location, "record 3");
}

TEST(WarcReaderTest, TruncatedWarcGzKeepsEarlierPages) {
  TempDir dir;
  std::string gz = Join(MixedRecords(), true);
  std::string last = Gzip(MixedRecords()[6]);
  std::string cut = gz.substr(0, gz.size() - last.size() / 2);
  ReadLog log = ReadPath(dir.Write("cut.warc.gz", cut));
  EXPECT_EQ(log.status.code(), StatusCode::kCorruptInput);
  EXPECT_EQ(log.status.offset(), static_cast<int64_t>(cut.size()));
  ASSERT_EQ(log.documents.size(), 1u);
  EXPECT_EQ(log.documents[0].location, "record 3");
}

}  // namespace
}  // namespace dossier
