#include "dossier/code/quote_finder.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "dossier/pipeline/recognition_engine.h"

namespace dossier::code {
namespace {

class QuoteFinderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    EngineOptions options;
    options.data_dir = DOSSIER_SOURCE_DATA_DIR;
    auto engine = RecognitionEngine::Load(options);
    ASSERT_TRUE(engine.ok()) << engine.status().ToString();
    engine_ = std::move(engine).value().release();
    auto finder = QuoteFinder::Load(DOSSIER_SOURCE_DATA_DIR);
    ASSERT_TRUE(finder.ok()) << finder.status().ToString();
    finder_ = new QuoteFinder(std::move(finder).value());
  }

  // The quotes of `text`; checks that every span lies in the text and
  // starts and ends with the quote's words.
  std::vector<Quote> Find(std::string text, const char* date = "2024-06-13") {
    text_ = std::move(text);
    engine_->Process(text_, *kb::ParseIsoDay(date), scratch_);
    std::vector<Quote> out;
    finder_->Find(scratch_.text, scratch_.recognition, out);
    for (const Quote& q : out) {
      EXPECT_LT(q.begin, q.end);
      EXPECT_LE(q.end, text_.size());
      std::string_view span = Span(q);
      EXPECT_EQ(span.substr(0, 3), std::string_view(q.text).substr(0, 3)) << q.text;
      EXPECT_EQ(span.back(), q.text.back()) << q.text;
    }
    return out;
  }
  std::string_view Span(const Quote& q) const {
    return std::string_view(text_).substr(q.begin, q.end - q.begin);
  }

  static RecognitionEngine* engine_;
  static QuoteFinder* finder_;
  std::string text_;
  RecognitionEngine::Scratch scratch_;
};
RecognitionEngine* QuoteFinderTest::engine_ = nullptr;
QuoteFinder* QuoteFinderTest::finder_ = nullptr;

TEST_F(QuoteFinderTest, StraightQuoteWithSpeakerAfterIt) {
  auto quotes = Find("\"We are ready to talk,\" Emmanuel Macron said on Tuesday.");
  ASSERT_EQ(quotes.size(), 1u);
  const Quote& q = quotes[0];
  EXPECT_EQ(q.text, "We are ready to talk");
  EXPECT_EQ(Span(q), q.text);
  EXPECT_FALSE(q.indirect);
  EXPECT_EQ(q.speaker.name, "Emmanuel Macron");
  EXPECT_EQ(q.speaker.code, "FRAGOV");
  EXPECT_GE(q.speaker.entity, 0);
  EXPECT_GE(q.speaker.mention, 0);
  EXPECT_EQ(q.how, "said");
  EXPECT_EQ(q.sentence, 0u);
}

TEST_F(QuoteFinderTest, CurlyQuoteWithInvertedVerb) {
  auto quotes = Find("“The border will stay open for trucks,” said Olaf Scholz.", "2023-03-01");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "The border will stay open for trucks");
  EXPECT_EQ(quotes[0].speaker.name, "Olaf Scholz");
  EXPECT_EQ(quotes[0].speaker.code, "DEUGOV");
}

TEST_F(QuoteFinderTest, GuillemetsAndSingleCurlyQuotes) {
  auto quotes = Find(
      "«Nothing has changed», a spokeswoman said. ‘We have not received any request from the "
      "embassy,’ the spokeswoman told reporters.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].text, "Nothing has changed");
  EXPECT_EQ(quotes[0].speaker.name, "a spokeswoman");
  EXPECT_EQ(quotes[0].speaker.entity, -1);
  EXPECT_EQ(quotes[1].text, "We have not received any request from the embassy");
  EXPECT_EQ(quotes[1].speaker.name, "the spokeswoman");
  EXPECT_EQ(quotes[1].how, "told");
}

TEST_F(QuoteFinderTest, ApostrophesAreNotQuoteMarks) {
  auto quotes = Find("The farmers’ union said it’s the workers’ right to strike.");
  for (const Quote& q : quotes) EXPECT_TRUE(q.indirect) << q.text;
}

TEST_F(QuoteFinderTest, QuoteSplitByItsAttributionIsOneQuote) {
  auto quotes = Find(
      "Jacinda Ardern spoke in Wellington. “We will not sign,” she said, “unless the border "
      "is reopened.”",
      "2019-05-01");
  ASSERT_EQ(quotes.size(), 1u);
  const Quote& q = quotes[0];
  EXPECT_EQ(q.text, "We will not sign unless the border is reopened.");
  EXPECT_EQ(Span(q), "We will not sign,” she said, “unless the border is reopened.");
  EXPECT_EQ(q.speaker.name, "Jacinda Ardern");
  EXPECT_EQ(q.how, "pronoun");
}

TEST_F(QuoteFinderTest, QuoteRunsOverParagraphs) {
  auto quotes = Find(
      "Analyst Maria Lindqvist said the talks had stalled.\n\n"
      "“There is no trust left between the two sides. Every meeting ends in accusations.\n\n"
      "“Nobody expects a deal before the winter,” she added.\n");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_TRUE(quotes[0].indirect);
  const Quote& q = quotes[1];
  EXPECT_FALSE(q.indirect);
  EXPECT_EQ(q.text,
            "There is no trust left between the two sides. Every meeting ends in accusations. "
            "Nobody expects a deal before the winter");
  EXPECT_EQ(q.speaker.name, "Maria Lindqvist");
}

TEST_F(QuoteFinderTest, UnclosedQuoteIsDropped) {
  auto quotes = Find(
      "The mayor wrote: “The bridge is closed until further notice.\n\nTraffic "
      "was diverted to the ring road.\n");
  for (const Quote& q : quotes) EXPECT_TRUE(q.indirect) << q.text;
}

TEST_F(QuoteFinderTest, SpeakerBeforeTheQuote) {
  auto quotes =
      Find("Emmanuel Macron told Olaf Scholz: \"We need a common answer to this crisis.\"",
           "2023-03-01");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "We need a common answer to this crisis.");
  EXPECT_EQ(quotes[0].speaker.name, "Emmanuel Macron");  // not the one spoken to
  EXPECT_EQ(quotes[0].how, "told");
}

TEST_F(QuoteFinderTest, AccordingTo) {
  auto quotes = Find("According to the ministry, “the shipment left the port on Monday morning.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "the ministry");
  EXPECT_EQ(quotes[0].how, "according to");
}

TEST_F(QuoteFinderTest, SpeakerDescribedBetweenCommas) {
  auto quotes = Find(
      "“Prices will keep rising this year,” Tomas Berg, an economist at the central bank, said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Tomas Berg");
  EXPECT_GE(quotes[0].speaker.entity, 0);  // a person found by pattern
}

TEST_F(QuoteFinderTest, AttributionAfterTheQuote) {
  auto quotes = Find(
      "“We will rebuild the bridge before the winter,” Olaf Scholz, the chancellor, said. “The "
      "first convoy has reached the border crossing,” according to the ministry.",
      "2023-03-01");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker.name, "Olaf Scholz");
  EXPECT_EQ(quotes[1].speaker.name, "the ministry");
  EXPECT_EQ(quotes[1].how, "according to");
}

TEST_F(QuoteFinderTest, NounOrVerbAfterTheQuote) {
  auto quotes = Find(
      "“The strikes hit three fuel depots overnight,” state media reported. “The documents show "
      "a clear pattern of deliveries,” states the report.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker.name, "state media");
  EXPECT_EQ(quotes[0].how, "reported");
  EXPECT_EQ(quotes[1].speaker.name, "the report");
}

TEST_F(QuoteFinderTest, PronounStandsForTheLastPersonNamedOutsideQuotes) {
  auto quotes = Find(
      "Emmanuel Macron met farmers in Lyon. “We hear your anger, and Olaf Scholz hears it too,” "
      "he told them.",
      "2023-03-01");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Emmanuel Macron");
  EXPECT_EQ(quotes[0].how, "pronoun");
}

TEST_F(QuoteFinderTest, PronounWithoutAntecedentGivesNoSpeaker) {
  auto quotes = Find("“We hear your anger and we will act on it,” she said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_TRUE(quotes[0].speaker.empty());
  EXPECT_EQ(quotes[0].how, "");
}

TEST_F(QuoteFinderTest, ParagraphThatIsOnlyAQuoteTakesThePreviousParagraphsSpeaker) {
  auto quotes = Find(
      "Olaf Scholz arrived in Kyiv on Monday for talks with the government.\n\n"
      "“Germany will stand by its partners for as long as it takes.”\n",
      "2023-03-01");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Olaf Scholz");
  EXPECT_EQ(quotes[0].how, "position");
}

TEST_F(QuoteFinderTest, NextQuoteInAParagraphKeepsTheSpeaker) {
  auto quotes =
      Find("“The army is ready,” Olaf Scholz told the parliament. “Our allies can count on us.”",
           "2023-03-01");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker.name, "Olaf Scholz");
  EXPECT_EQ(quotes[1].how, "position");
}

TEST_F(QuoteFinderTest, SentenceAfterTheQuoteNamesTheSpeaker) {
  auto quotes = Find("“The harvest is lost.” Emmanuel Macron made the remark in Lyon.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Emmanuel Macron");
}

TEST_F(QuoteFinderTest, IndirectSpeech) {
  auto quotes = Find(
      "Olaf Scholz said that the pipeline would not reopen this year. The ministry said the "
      "convoy had crossed the border. Emmanuel Macron told reporters on Friday that France "
      "would send more aid, officials said.",
      "2023-03-01");
  ASSERT_EQ(quotes.size(), 3u);
  for (const Quote& q : quotes) {
    EXPECT_TRUE(q.indirect);
    EXPECT_EQ(Span(q), q.text);
  }
  EXPECT_EQ(quotes[0].text, "the pipeline would not reopen this year");
  EXPECT_EQ(quotes[0].speaker.name, "Olaf Scholz");
  EXPECT_EQ(quotes[1].text, "the convoy had crossed the border");
  EXPECT_EQ(quotes[1].speaker.name, "The ministry");
  EXPECT_EQ(quotes[2].text, "France would send more aid");
  EXPECT_EQ(quotes[2].speaker.name, "Emmanuel Macron");
}

TEST_F(QuoteFinderTest, NotIndirectSpeech) {
  EXPECT_TRUE(Find("The army said nothing.").empty());
  EXPECT_TRUE(Find("The engineers added a second pump to the station.").empty());
  EXPECT_TRUE(Find("Officials denied that the strike took place.").empty());
  EXPECT_TRUE(Find("It is said that the river froze.").empty());
  EXPECT_TRUE(Find("The agency reported that the plant had closed.").empty());
}

TEST_F(QuoteFinderTest, ReportedSpeechBySubjectOfAnEarlierVerb) {
  auto quotes = Find(
      "Jacinda Ardern, who visited the site, met the families and said the inquiry would "
      "start next week.",
      "2019-05-01");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Jacinda Ardern");
  EXPECT_EQ(quotes[0].text, "the inquiry would start next week");
}

TEST_F(QuoteFinderTest, ParticipleOfSayingSharesTheSubject) {
  auto quotes = Find(
      "Emmanuel Macron announced a new plan on Monday, saying it would “protect every farm in "
      "the country.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker.name, "Emmanuel Macron");
  EXPECT_EQ(quotes[0].how, "saying");
}

TEST_F(QuoteFinderTest, ScareQuotesAreNotQuotes) {
  EXPECT_TRUE(Find("The government called the plan a “temporary measure” on Friday.").empty());
  EXPECT_TRUE(Find("The so-called \"peace plan\" failed.").empty());
  EXPECT_TRUE(Find("Emmanuel Macron answered: “...,” he said.").empty());
  auto quotes = Find("Emmanuel Macron was asked about the plan. “No,” he said.");
  ASSERT_EQ(quotes.size(), 1u);  // short, but a whole answer
  EXPECT_EQ(quotes[0].text, "No");
}

TEST_F(QuoteFinderTest, QuoteInsideAQuoteBelongsToIt) {
  auto quotes =
      Find("Emmanuel Macron visited the farm. “He told me ‘never again’ and left,” he said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "He told me ‘never again’ and left");
}

TEST_F(QuoteFinderTest, SpansAreByteOffsetsAfterMultibyteText) {
  auto quotes =
      Find("In Zürich — a city of banks — the président said: “Talks will résumé in Genève.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(Span(quotes[0]), "Talks will résumé in Genève.");
  EXPECT_EQ(quotes[0].text, Span(quotes[0]));
}

TEST_F(QuoteFinderTest, QuotesComeInTextOrder) {
  auto quotes = Find(
      "Olaf Scholz said the talks had failed. “We tried everything,” he said. Emmanuel Macron "
      "said that a new round would start in May.",
      "2023-03-01");
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_LT(quotes[0].begin, quotes[1].begin);
  EXPECT_LT(quotes[1].begin, quotes[2].begin);
  EXPECT_EQ(quotes[1].speaker.name, "Olaf Scholz");
  EXPECT_EQ(quotes[2].speaker.name, "Emmanuel Macron");
}

TEST_F(QuoteFinderTest, ManyUnbalancedMarksStayCheap) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "He said \" the road said \" that they said that \" ";
  text += ".";
  auto quotes = Find(text);
  EXPECT_LT(quotes.size(), 4000u);
}

class QuoteFinderLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("quote_finder_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_ / "events");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& content) {
    std::ofstream(dir_ / "events" / "speech.tsv") << content;
  }
  std::filesystem::path dir_;
};

TEST_F(QuoteFinderLoadTest, MissingFile) {
  std::filesystem::remove_all(dir_ / "events");
  auto finder = QuoteFinder::Load(dir_.string());
  ASSERT_FALSE(finder.ok());
  EXPECT_EQ(finder.status().code(), StatusCode::kNotFound);
}

TEST_F(QuoteFinderLoadTest, BadLinesNameTheirPlace) {
  Write("# comment\nverb\tsay\tindirect\nverb\tshout\tloudly\n");
  auto finder = QuoteFinder::Load(dir_.string());
  ASSERT_FALSE(finder.ok());
  EXPECT_EQ(finder.status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(finder.status().line(), 3);
  Write("phrase\taccording to\n");
  EXPECT_EQ(QuoteFinder::Load(dir_.string()).status().code(), StatusCode::kCorruptInput);
  Write("source\taccording to\thearer\n");
  EXPECT_EQ(QuoteFinder::Load(dir_.string()).status().code(), StatusCode::kCorruptInput);
  Write("verb\tsay\tindirect\nsource\taccording to\n");
  EXPECT_TRUE(QuoteFinder::Load(dir_.string()).ok());
}

}  // namespace
}  // namespace dossier::code
