#include "dossier/code/event_coder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dossier/pipeline/recognition_engine.h"

namespace dossier::code {
namespace {

class EventCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    EngineOptions options;
    options.data_dir = DOSSIER_SOURCE_DATA_DIR;
    options.code = false;
    auto engine = RecognitionEngine::Load(options);
    ASSERT_TRUE(engine.ok()) << engine.status().ToString();
    engine_ = std::move(engine).value().release();
    auto patterns = EventPatterns::Load(std::string(DOSSIER_TEST_DATA_DIR) + "/events");
    ASSERT_TRUE(patterns.ok()) << patterns.status().ToString();
    patterns_ = new EventPatterns(std::move(patterns).value());
    coder_ = new EventCoder(*patterns_, engine_->recognizer().cues());
  }

  // "CODE SOURCE->TARGET modality" per event.
  std::vector<std::string> Code(std::string_view s) {
    text_ = std::string(s);
    engine_->Process(text_, *kb::ParseIsoDay("2024-06-13"), scratch_);
    events_.clear();
    coder_->Code(scratch_.text, scratch_.recognition, scratch_.times, events_, coder_scratch_);
    std::vector<std::string> out;
    for (const Event& e : events_) {
      out.push_back(e.cameo + " " + e.source.code + "->" + e.target.code + " " +
                    ModalityName(e.modality));
    }
    return out;
  }

  static RecognitionEngine* engine_;
  static EventPatterns* patterns_;
  static EventCoder* coder_;
  std::string text_;
  RecognitionEngine::Scratch scratch_;
  EventCoder::Scratch coder_scratch_;
  std::vector<Event> events_;
};

RecognitionEngine* EventCoderTest::engine_ = nullptr;
EventPatterns* EventCoderTest::patterns_ = nullptr;
EventCoder* EventCoderTest::coder_ = nullptr;

using ::testing::ElementsAre;

TEST_F(EventCoderTest, ActiveVoice) {
  EXPECT_THAT(Code("Belarus supplied drones to Azerbaijan."), ElementsAre("072 BLR->AZE asserted"));
  const Event& e = events_[0];
  EXPECT_EQ(e.plover, "AID");
  EXPECT_EQ(e.mode, "military");
  EXPECT_EQ(text_.substr(e.verb_begin, e.verb_end - e.verb_begin), "supplied");
  EXPECT_EQ(text_.substr(e.begin, e.end - e.begin), "Belarus supplied drones to Azerbaijan.");
}

TEST_F(EventCoderTest, PassiveVoiceWithAgent) {
  EXPECT_THAT(Code("Azerbaijan was supplied with drones by Belarus."),
              ElementsAre("072 BLR->AZE asserted"));
  EXPECT_THAT(Code("Drones were supplied to Azerbaijan by Belarus."),
              ElementsAre("072 BLR->AZE asserted"));
}

TEST_F(EventCoderTest, SourceWrittenAfterTheVerb) {
  EXPECT_THAT(Code("Azerbaijan received drones from Belarus."), ElementsAre("072 BLR->AZE asserted"));
}

TEST_F(EventCoderTest, CompoundActorsGiveOneEventEach) {
  EXPECT_THAT(Code("Russia and Belarus sold tanks to Serbia."),
              ElementsAre("072 RUS->SRB asserted", "072 BLR->SRB asserted"));
}

TEST_F(EventCoderTest, Negation) {
  EXPECT_THAT(Code("Belarus did not supply weapons to Armenia."), ElementsAre("072 BLR->ARM negated"));
}

TEST_F(EventCoderTest, AttributionChainInnermostFirst) {
  EXPECT_THAT(Code("Politico reported that documents show that Belarus supplied drones to Azerbaijan."),
              ElementsAre("072 BLR->AZE reported"));
  ASSERT_EQ(events_[0].attribution.size(), 2u);
  EXPECT_EQ(events_[0].attribution[0].text, "documents");
  EXPECT_EQ(events_[0].attribution[1].text, "Politico");
}

TEST_F(EventCoderTest, ReporterAtTheEnd) {
  EXPECT_THAT(Code("Belarus sold missiles to Azerbaijan, the newspaper reported."),
              ElementsAre("072 BLR->AZE reported"));
  EXPECT_THAT(Code("Belarus sold missiles to Azerbaijan, according to leaked documents."),
              ElementsAre("072 BLR->AZE reported"));
  EXPECT_EQ(events_[0].attribution.at(0).text, "leaked documents");
}

TEST_F(EventCoderTest, ParticipleReviewedByIsPartOfTheAttribution) {
  Code("Documents reviewed by the newspaper show that Belarus sold drones to Azerbaijan.");
  ASSERT_EQ(events_.size(), 1u);
  EXPECT_EQ(events_[0].attribution.at(0).text, "Documents reviewed by the newspaper");
}

TEST_F(EventCoderTest, GoverningVerbsSetModality) {
  EXPECT_THAT(Code("Russia plans to sell tanks to Serbia."), ElementsAre("072 RUS->SRB planned"));
  EXPECT_THAT(Code("Russia threatened to sell missiles to Iran."),
              ElementsAre("072 RUS->IRN threatened"));
  EXPECT_THAT(Code("Belarus denied that it sold drones to Azerbaijan."),
              ElementsAre("072 BLR->AZE denied"));
  EXPECT_THAT(Code("Belarus could sell drones to Azerbaijan."),
              ElementsAre("072 BLR->AZE hypothetical"));
}

TEST_F(EventCoderTest, PronounTakesTheLastFittingActor) {
  EXPECT_THAT(Code("Belarus is a member of the alliance. It sold drones to Azerbaijan."),
              ElementsAre("072 BLR->AZE asserted"));
}

TEST_F(EventCoderTest, RelativeClauseDoesNotStealTheSubject) {
  EXPECT_THAT(Code("Belarus, which borders Poland, sold drones to Azerbaijan."),
              ElementsAre("072 BLR->AZE asserted"));
}

TEST_F(EventCoderTest, NounEvents) {
  EXPECT_THAT(Code("Belarus's deliveries of drones to Azerbaijan continued."),
              ElementsAre("072 BLR->AZE asserted"));
  EXPECT_THAT(Code("Belarus continued the supply of drones to Azerbaijan."),
              ElementsAre("072 BLR->AZE asserted"));
}

TEST_F(EventCoderTest, PairedVisitAndHost) {
  EXPECT_THAT(Code("Armenia hosted Georgia."), ElementsAre("043 ARM->GEO asserted"));
  EXPECT_THAT(Code("Armenia recalled its ambassador from Belarus."),
              ElementsAre("161 ARM->BLR asserted"));
}

TEST_F(EventCoderTest, BlockingPatternCodesNothing) {
  EXPECT_TRUE(Code("Belarus supplied water to Azerbaijan.").empty());
}

TEST_F(EventCoderTest, DateComesFromTheSentence) {
  Code("In 2021 Belarus sold drones to Azerbaijan.");
  ASSERT_EQ(events_.size(), 1u);
  EXPECT_EQ(events_[0].date_start, "2021");
}

TEST_F(EventCoderTest, LongSentencesAreSkippedAtTheLimit) {
  std::string s = "Belarus sold drones to Azerbaijan";
  for (int i = 0; i < 300; ++i) s += " and more";
  s += ".";
  EXPECT_TRUE(Code(s).empty());
}

TEST(EventPatternsTest, BadLinesNameFileAndLine) {
  EventPatterns p;
  Status st = p.AddVerbPattern("072", "$ supply &NOSUCH to +", "x.tsv:3");
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.ToString().find("x.tsv:3"), std::string::npos) << st.ToString();
  EXPECT_FALSE(p.AddVerbPattern("072", "$ +", "x.tsv:4").ok());
}

TEST(EventPatternsTest, AdjacencyAndWordSets) {
  EventPatterns p;
  p.AddSynset("DIP_TIES", {"tie", "relation"});
  ASSERT_TRUE(p.AddVerbPattern("064", "$ restore diplomatic_&DIP_TIES with +", "x.tsv:1").ok());
  p.Finish();
  const auto& list = p.ForVerb("restore");
  ASSERT_EQ(list.size(), 1u);
  ASSERT_EQ(list[0].after.size(), 4u);
  EXPECT_FALSE(list[0].after[0].adjacent);
  EXPECT_TRUE(list[0].after[1].adjacent);
  EXPECT_EQ(list[0].after[1].words, (std::vector<std::string>{"tie", "relation"}));
  EXPECT_EQ(list[0].specificity, 3);
}

TEST(CameoCodesTest, RejectsBadTables) {
  EXPECT_FALSE(CameoCodes::Load("/nonexistent/cameo.tsv").ok());
  EXPECT_TRUE(IsCameoCodeShape("0332"));
  EXPECT_FALSE(IsCameoCodeShape("21"));
  EXPECT_FALSE(IsCameoCodeShape("00"));
  EXPECT_FALSE(IsCameoCodeShape("12345"));
}

}  // namespace
}  // namespace dossier::code
