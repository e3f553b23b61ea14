// Verb patterns against parsed sentences: words before the verb in order
// and joined to it, words reaching into a that-clause, '%' after the verb,
// intent recoding switched off, and the parses these rely on (lists of
// names, a second past-tense verb after "and").
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "coder_test_support.h"

namespace dossier::code {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

constexpr std::pair<const char*, const char*> kPatterns[] = {
    {"041", "$ *visit +"},
    {"042", "$ recently_*visit +"},
    {"043", "$ never ever *visit +"},
    {"050", "$ *promise"},
    {"060", "*allow"},
    {"024", "*allow really_pleasant"},
    {"081", "*agree"},
    {"031", "*agree with %"},
    {"100", "*act"},
    {"1010", "indicate would *act now"},
};

class VerbMatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    engine_ = LoadEngineWithoutCoder();
    ASSERT_NE(engine_, nullptr);
    for (bool intent : {true, false}) {
      auto p = EventPatterns::Load(DOSSIER_SOURCE_DATA_DIR "/events", PatternParts{false, false, intent});
      ASSERT_TRUE(p.ok()) << p.status().ToString();
      for (const auto& [code, pattern] : kPatterns) ASSERT_TRUE(p->AddVerbPattern(code, pattern, "t").ok());
      p->Finish();
      (intent ? with_intent_ : without_intent_) = new EventPatterns(std::move(p).value());
    }
  }

  // A fixture that did not load fails each test instead of skipping it.
  void SetUp() override { ASSERT_NE(without_intent_, nullptr) << "the fixture's data did not load"; }

  // "CODE SOURCE->TARGET" per event.
  std::vector<std::string> Code(std::string_view s, bool intent = true) {
    text_ = std::string(s);
    const EventCoder coder(intent ? *with_intent_ : *without_intent_, engine_->recognizer().cues());
    AnalyzeAndCode(*engine_, coder, text_, scratch_, coder_scratch_, events_);
    std::vector<std::string> out;
    for (const Event& e : events_) out.push_back(e.cameo + " " + e.source.code + "->" + e.target.code);
    return out;
  }

  static RecognitionEngine* engine_;
  static EventPatterns* with_intent_;
  static EventPatterns* without_intent_;
  std::string text_;
  RecognitionEngine::Scratch scratch_;
  EventCoder::Scratch coder_scratch_;
  std::vector<Event> events_;
};

RecognitionEngine* VerbMatcherTest::engine_ = nullptr;
EventPatterns* VerbMatcherTest::with_intent_ = nullptr;
EventPatterns* VerbMatcherTest::without_intent_ = nullptr;

TEST_F(VerbMatcherTest, WordJoinedToTheVerbMustTouchIt) {
  EXPECT_THAT(Code("Kenya recently visited Uganda."), ElementsAre("042 KEN->UGA"));
  EXPECT_THAT(Code("Kenya recently also visited Uganda."), ElementsAre("041 KEN->UGA"));
}

TEST_F(VerbMatcherTest, WordsBeforeTheVerbComeInOrder) {
  EXPECT_THAT(Code("Kenya has never ever visited Uganda."), ElementsAre("043 KEN->UGA"));
  EXPECT_THAT(Code("Kenya has ever never visited Uganda."), ElementsAre("041 KEN->UGA"));
}

TEST_F(VerbMatcherTest, GoverningVerbLendsItsWordsToAClauseOfSaying) {
  EXPECT_THAT(Code("Kenya indicated it would act now with Uganda."), ElementsAre("1010 KEN->UGA"));
}

TEST_F(VerbMatcherTest, WordsMayReachIntoAThatClause) {
  EXPECT_THAT(Code("Kenya allowed that Uganda is a really pleasant place to visit."),
              ElementsAre("024 KEN->UGA"));
}

TEST_F(VerbMatcherTest, PercentAfterTheVerbIsACompoundTarget) {
  EXPECT_THAT(Code("Kenya agrees with Uganda and Tanzania that the dispute should end."),
              UnorderedElementsAre("031 KEN->UGA", "031 KEN->TZA"));
}

TEST_F(VerbMatcherTest, IntentRecodingCanBeSwitchedOff) {
  EXPECT_THAT(Code("Kenya will visit Uganda.", true), ElementsAre("036 KEN->UGA"));
  EXPECT_THAT(Code("Kenya will visit Uganda.", false), ElementsAre("041 KEN->UGA"));
}

// The list is the subject: each of its names visits (the agent stays with
// the name it is written with).
TEST_F(VerbMatcherTest, ListOfNamesAfterOf) {
  EXPECT_THAT(Code("The ambassadors of Kenya, Tanzania and Rwanda visited Uganda."),
              UnorderedElementsAre("041 KENGOV->UGA", "041 TZA->UGA", "041 RWA->UGA"));
}

TEST_F(VerbMatcherTest, ListConjunctWithDeterminer) {
  EXPECT_THAT(Code("Kenya, the Netherlands, Rwanda and Tanzania visited Uganda."),
              UnorderedElementsAre("041 KEN->UGA", "041 NLD->UGA", "041 RWA->UGA", "041 TZA->UGA"));
}

TEST_F(VerbMatcherTest, PastTenseAfterAndIsAVerb) {
  EXPECT_THAT(Code("Kenya visited Uganda on Thursday and promised aid to the villages."),
              UnorderedElementsAre("041 KEN->UGA", "050 KEN->"));
}

}  // namespace
}  // namespace dossier::code
