#include "dossier/ingest/input_expander.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest_test_util.h"

namespace dossier {
namespace {

using testing::TempDir;
using Paths = std::vector<std::string>;

TEST(InputExpanderTest, FolderIsWalkedRecursivelyKeepingSupportedFilesSorted) {
  TempDir dir;
  std::string b = dir.Write("in/b.txt", "b");
  std::string a = dir.Write("in/sub/a.jsonl.gz", "a");
  std::string c = dir.Write("in/sub/deeper/c.WARC", "c");
  dir.Write("in/notes.md", "skipped");
  dir.Write("in/sub/image.png", "skipped");
  Result<Paths> paths = ExpandInputs({dir.Path("in")});
  ASSERT_TRUE(paths.ok()) << paths.status().ToString();
  EXPECT_EQ(*paths, (Paths{b, a, c}));
}

TEST(InputExpanderTest, GlobPatternsAreExpanded) {
  TempDir dir;
  std::string one = dir.Write("x1.txt", "1");
  std::string two = dir.Write("x2.txt", "2");
  dir.Write("y.txt", "y");
  Result<Paths> paths = ExpandInputs({dir.Path("x?.txt")});
  ASSERT_TRUE(paths.ok()) << paths.status().ToString();
  EXPECT_EQ(*paths, (Paths{one, two}));
}

TEST(InputExpanderTest, GlobMatchingAFolderWalksIt) {
  TempDir dir;
  std::string inside = dir.Write("2024-06/a.html", "<p>");
  Result<Paths> paths = ExpandInputs({dir.Path("2024-*")});
  ASSERT_TRUE(paths.ok()) << paths.status().ToString();
  EXPECT_EQ(*paths, (Paths{inside}));
}

TEST(InputExpanderTest, PatternMatchingNothingIsNotFound) {
  TempDir dir;
  Result<Paths> paths = ExpandInputs({dir.Path("*.jsonl")});
  ASSERT_FALSE(paths.ok());
  EXPECT_EQ(paths.status().code(), StatusCode::kNotFound);
  EXPECT_NE(paths.status().ToString().find("*.jsonl"), std::string::npos);
}

TEST(InputExpanderTest, MissingPathIsNotFoundAndNamed) {
  TempDir dir;
  std::string missing = dir.Path("nope.txt");
  Result<Paths> paths = ExpandInputs({missing});
  ASSERT_FALSE(paths.ok());
  EXPECT_EQ(paths.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(paths.status().path(), missing);
}

TEST(InputExpanderTest, FolderWithoutSupportedFilesIsNotFound) {
  TempDir dir;
  dir.Write("empty/readme.md", "x");
  Result<Paths> paths = ExpandInputs({dir.Path("empty")});
  ASSERT_FALSE(paths.ok());
  EXPECT_EQ(paths.status().code(), StatusCode::kNotFound);
}

TEST(InputExpanderTest, PlainFileIsKeptWhateverItsExtension) {
  TempDir dir;
  std::string notes = dir.Write("notes.md", "x");
  Result<Paths> paths = ExpandInputs({notes});
  ASSERT_TRUE(paths.ok());
  EXPECT_EQ(*paths, (Paths{notes}));
}

TEST(InputExpanderTest, FileNameWithBracketsIsNotTakenForAPattern) {
  TempDir dir;
  std::string odd = dir.Write("report[1].txt", "x");
  Result<Paths> paths = ExpandInputs({odd});
  ASSERT_TRUE(paths.ok()) << paths.status().ToString();
  EXPECT_EQ(*paths, (Paths{odd}));
}

TEST(InputExpanderTest, StdinStaysAndDuplicatesAreDroppedFirstKept) {
  TempDir dir;
  std::string a = dir.Write("d/a.txt", "a");
  Result<Paths> paths = ExpandInputs({"-", a, dir.Path("d/./a.txt"), dir.Path("d"), "-"});
  ASSERT_TRUE(paths.ok()) << paths.status().ToString();
  EXPECT_EQ(*paths, (Paths{"-", a}));
}

TEST(InputExpanderTest, SupportedExtensions) {
  for (const char* path : {"a.txt", "a.text", "a.html", "a.htm", "a.xhtml", "a.jsonl", "a.ndjson",
                           "a.warc", "a.warc.gz", "A.JSONL.GZ", "d/x.txt.gz"}) {
    EXPECT_TRUE(HasSupportedExtension(path)) << path;
  }
  for (const char* path : {"a.gz", "a.json", "a.pdf", "txt", "a.txt.bz2", "a.md"}) {
    EXPECT_FALSE(HasSupportedExtension(path)) << path;
  }
}

}  // namespace
}  // namespace dossier
