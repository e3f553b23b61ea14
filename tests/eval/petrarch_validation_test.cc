// The PETRARCH-1 validation records reader on a small inline suite, its
// errors, and the runner on the shared suite when it is there (counts
// only: the pass rate is the benchmark's business).
#include "dossier/eval/petrarch_validation.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace dossier {
namespace {

constexpr const char* kSuite = R"(<Validation>
<!-- A comment with <Sentence> inside it -->
<Environment>
    <Verbfile>test.verbs.txt</Verbfile>
    <Discardfile>test.discards.txt</Discardfile>
</Environment>
<Sentences>
<Sentence date="20010203" id="ONE-01" category="ONE" valid="true">
<EventCoding sourcecode="AAA" targetcode="BBB" eventcode="042"></EventCoding>
#<EventCoding sourcecode="AAA" targetcode="CCC" eventcode="042"></EventCoding>
<EventCoding sourcecode='"NEW ACTOR"' targetcode="BBB" eventcode="043"></EventCoding>
<Text>
Aland   visited
  Bland &amp; Cland.
</Text>
<Parse> (ROOT (S (NP (NNP Aland)) ) </Parse>
</Sentence>
<Config option="require_dyad" value="False"></Config>
<Sentence date = "20010203" id ="TWO-01"  category="TWO" valid="false">
<Skip></Skip>
<EventCoding noevents = "True"> </EventCoding>
<Text>Nothing here.</Text>
</Sentence>
<Sentence date="20010203" id="TWO-02" category="TWO" valid="true">
<EventCoding error="sentencediscard"></EventCoding>
<Text>A ball game.</Text>
</Sentence>
<Stop></Stop>
<Sentence date="20010203" id="AFTER" category="TWO" valid="true">
<Text>Not read.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(PetrarchValidationTest, ReadsRecords) {
  auto suite = ReadValidationSuite(kSuite, "suite.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  EXPECT_EQ(suite->environment.verb_file, "test.verbs.txt");
  EXPECT_EQ(suite->environment.discard_file, "test.discards.txt");
  ASSERT_EQ(suite->records.size(), 3u);
  const ValidationRecord& one = suite->records[0];
  EXPECT_EQ(one.id, "ONE-01");
  EXPECT_EQ(one.category, "ONE");
  EXPECT_EQ(one.date, "20010203");
  EXPECT_EQ(one.text, "Aland visited Bland & Cland.");
  ASSERT_EQ(one.expected.size(), 2u);
  EXPECT_EQ(one.expected[0], (ValidationTriple{"AAA", "BBB", "042"}));
  EXPECT_EQ(one.expected[1].source, "\"NEW ACTOR\"");
  EXPECT_TRUE(one.require_dyad);
  EXPECT_EQ(one.line, 8u);
  const ValidationRecord& two = suite->records[1];
  EXPECT_FALSE(two.valid);
  EXPECT_TRUE(two.skip);
  EXPECT_TRUE(two.no_events);
  EXPECT_FALSE(two.require_dyad);
  EXPECT_EQ(suite->records[2].error, "sentencediscard");
  EXPECT_TRUE(suite->records[2].no_events);
}

TEST(PetrarchValidationTest, CommaOptionsApplyToLaterRecords) {
  auto suite = ReadValidationSuite(
      "<Sentence id=\"A\"><Text>a</Text></Sentence>\n"
      "<Config option=\"comma_bmax\" value=\"6\"></Config>\n"
      "<Config option=\"comma_emax\" value=\"0\"></Config>\n"
      "<Sentence id=\"B\"><Text>b</Text></Sentence>\n",
      "suite.xml");
  ASSERT_TRUE(suite.ok()) << suite.status().ToString();
  ASSERT_EQ(suite->records.size(), 2u);
  EXPECT_EQ(suite->records[0].commas.bmax, 0);
  EXPECT_EQ(suite->records[0].commas.emax, 8);
  EXPECT_EQ(suite->records[1].commas.bmax, 6);
  EXPECT_EQ(suite->records[1].commas.emax, 0);
  auto bad = ReadValidationSuite("<Config option=\"comma_min\" value=\"two\"></Config>\n", "s.xml");
  EXPECT_FALSE(bad.ok());
}

TEST(PetrarchValidationTest, MalformedSuitesNameTheLine) {
  struct Case {
    const char* xml;
    int64_t line;
  };
  const Case cases[] = {
      {"<Sentence id=\"A\">\n<Text>x</Text>\n", 3},        // never closed
      {"<Sentence id=\"A\">\n</Sentence>\n", 2},           // no <Text>
      {"\n<!-- open\n", 2},                                // comment never closed
      {"<Sentence id=\"A\">\n<Text>x\n</Sentence>\n", 2},  // <Text> never closed
      {"<Sentence id=A>\n", 1},                            // unquoted value
      {"<Sentence id=\"A\n", 1},                           // quote never closed
      {"</Sentence>\n", 1},                                // no opening tag
  };
  for (const Case& c : cases) {
    auto suite = ReadValidationSuite(c.xml, "suite.xml");
    ASSERT_FALSE(suite.ok()) << c.xml;
    EXPECT_EQ(suite.status().code(), StatusCode::kCorruptInput) << c.xml;
    EXPECT_EQ(suite.status().path(), "suite.xml");
    EXPECT_EQ(suite.status().line(), c.line) << c.xml;
  }
}

TEST(PetrarchValidationTest, MissingSuiteIsNotFound) {
  PetrarchValidationOptions options;
  options.suite_dir = "/nonexistent/suite";
  auto report = RunPetrarchValidation(options);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.status().code(), StatusCode::kNotFound);
}

TEST(PetrarchValidationTest, RunsTheSharedSuite) {
  PetrarchValidationOptions options;
  options.suite_dir = DOSSIER_SHARED_DATA_DIR "/petrarch/validation-petrarch1";
  options.data_dir = DOSSIER_SOURCE_DATA_DIR;
  if (!std::filesystem::is_directory(options.suite_dir)) GTEST_SKIP() << "no shared suite";
  auto report = RunPetrarchValidation(options);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  EXPECT_EQ(report->outcomes.size(), report->suite.records.size());
  EXPECT_EQ(report->total.records + report->total.skipped + report->not_valid.records +
                report->not_valid.skipped,
            report->suite.records.size());
  EXPECT_GT(report->verbs.patterns, 0u);
  EXPECT_GT(report->total.passed, 0u);
}

}  // namespace
}  // namespace dossier
