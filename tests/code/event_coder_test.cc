#include "dossier/code/event_coder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "coder_test_support.h"

namespace dossier::code {
namespace {

class EventCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    engine_ = LoadEngineWithoutCoder();
    ASSERT_NE(engine_, nullptr);
    auto patterns = EventPatterns::Load(std::string(DOSSIER_TEST_DATA_DIR) + "/events");
    ASSERT_TRUE(patterns.ok()) << patterns.status().ToString();
    patterns_ = new EventPatterns(std::move(patterns).value());
    coder_ = new EventCoder(*patterns_, engine_->recognizer().cues());
  }

  // A fixture that did not load fails each test instead of skipping it.
  void SetUp() override { ASSERT_NE(coder_, nullptr) << "the fixture's data did not load"; }

  // "CODE SOURCE->TARGET modality" per event.
  std::vector<std::string> Code(std::string_view s) {
    text_ = std::string(s);
    AnalyzeAndCode(*engine_, *coder_, text_, scratch_, coder_scratch_, events_);
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
  EXPECT_THAT(Code("Hungary supplied drones to Kenya."), ElementsAre("072 HUN->KEN asserted"));
  const Event& e = events_[0];
  EXPECT_EQ(e.plover, "AID");
  EXPECT_EQ(e.mode, "military");
  EXPECT_EQ(text_.substr(e.verb_begin, e.verb_end - e.verb_begin), "supplied");
  EXPECT_EQ(text_.substr(e.begin, e.end - e.begin), "Hungary supplied drones to Kenya.");
}

TEST_F(EventCoderTest, PassiveVoiceWithAgent) {
  EXPECT_THAT(Code("Kenya was supplied with drones by Hungary."),
              ElementsAre("072 HUN->KEN asserted"));
  EXPECT_THAT(Code("Drones were supplied to Kenya by Hungary."),
              ElementsAre("072 HUN->KEN asserted"));
}

TEST_F(EventCoderTest, SourceWrittenAfterTheVerb) {
  EXPECT_THAT(Code("Kenya received drones from Hungary."), ElementsAre("072 HUN->KEN asserted"));
}

TEST_F(EventCoderTest, CompoundActorsGiveOneEventEach) {
  EXPECT_THAT(Code("Russia and Hungary sold tanks to Serbia."),
              ElementsAre("072 RUS->SRB asserted", "072 HUN->SRB asserted"));
}

TEST_F(EventCoderTest, Negation) {
  EXPECT_THAT(Code("Hungary did not supply weapons to Chile."), ElementsAre("072 HUN->CHL negated"));
}

TEST_F(EventCoderTest, AttributionChainInnermostFirst) {
  EXPECT_THAT(Code("Reuters reported that documents show that Hungary supplied drones to Kenya."),
              ElementsAre("072 HUN->KEN reported"));
  ASSERT_EQ(events_[0].attribution.size(), 2u);
  EXPECT_EQ(events_[0].attribution[0].text, "documents");
  EXPECT_EQ(events_[0].attribution[1].text, "Reuters");
}

TEST_F(EventCoderTest, ReporterAtTheEnd) {
  EXPECT_THAT(Code("Hungary sold missiles to Kenya, the newspaper reported."),
              ElementsAre("072 HUN->KEN reported"));
  EXPECT_THAT(Code("Hungary sold missiles to Kenya, according to leaked documents."),
              ElementsAre("072 HUN->KEN reported"));
  EXPECT_EQ(events_[0].attribution.at(0).text, "leaked documents");
}

TEST_F(EventCoderTest, ParticipleReviewedByIsPartOfTheAttribution) {
  Code("Documents reviewed by the newspaper show that Hungary sold drones to Kenya.");
  ASSERT_EQ(events_.size(), 1u);
  EXPECT_EQ(events_[0].attribution.at(0).text, "Documents reviewed by the newspaper");
}

TEST_F(EventCoderTest, GoverningVerbsSetModality) {
  EXPECT_THAT(Code("Russia plans to sell tanks to Serbia."), ElementsAre("072 RUS->SRB planned"));
  EXPECT_THAT(Code("Russia threatened to sell missiles to Iran."),
              ElementsAre("072 RUS->IRN threatened"));
  EXPECT_THAT(Code("Hungary denied that it sold drones to Kenya."),
              ElementsAre("072 HUN->KEN denied"));
  EXPECT_THAT(Code("Hungary could sell drones to Kenya."),
              ElementsAre("072 HUN->KEN hypothetical"));
}

TEST_F(EventCoderTest, PronounTakesTheLastFittingActor) {
  EXPECT_THAT(Code("Hungary is a member of the alliance. It sold drones to Kenya."),
              ElementsAre("072 HUN->KEN asserted"));
}

TEST_F(EventCoderTest, RelativeClauseDoesNotStealTheSubject) {
  EXPECT_THAT(Code("Hungary, which borders Poland, sold drones to Kenya."),
              ElementsAre("072 HUN->KEN asserted"));
}

TEST_F(EventCoderTest, NounEvents) {
  EXPECT_THAT(Code("Hungary's deliveries of drones to Kenya continued."),
              ElementsAre("072 HUN->KEN asserted"));
  EXPECT_THAT(Code("Hungary continued the supply of drones to Kenya."),
              ElementsAre("072 HUN->KEN asserted"));
}

TEST_F(EventCoderTest, PairedVisitAndHost) {
  EXPECT_THAT(Code("Chile hosted Georgia."), ElementsAre("043 CHL->GEO asserted"));
  EXPECT_THAT(Code("Chile recalled its ambassador from Hungary."),
              ElementsAre("161 CHL->HUN asserted"));
}

TEST_F(EventCoderTest, BlockingPatternCodesNothing) {
  EXPECT_TRUE(Code("Hungary supplied water to Kenya.").empty());
}

TEST_F(EventCoderTest, DateComesFromTheSentence) {
  Code("In 2021 Hungary sold drones to Kenya.");
  ASSERT_EQ(events_.size(), 1u);
  EXPECT_EQ(events_[0].date_start, "2021");
}

TEST_F(EventCoderTest, LongSentencesAreSkippedAtTheLimit) {
  std::string s = "Hungary sold drones to Kenya";
  for (int i = 0; i < 300; ++i) s += " and more";
  s += ".";
  EXPECT_TRUE(Code(s).empty());
}

TEST_F(EventCoderTest, QuantifiedObjectsAndReducedRelatives) {
  EXPECT_THAT(Code("Hungarian police arrested more than 100 Kenyans on Saturday."),
              ElementsAre("173 HUNCOP->KEN asserted"));
  EXPECT_THAT(Code("Hungary said it had expelled two Kenyan diplomats based in Budapest."),
              ElementsAre("161 HUN->KENGOV reported"));
}

TEST_F(EventCoderTest, NegativeSubjectsNegate) {
  EXPECT_THAT(Code("No official from Hungary will visit Kenya."), ElementsAre("042 HUN->KEN negated"));
  EXPECT_THAT(Code("Neither he nor any Hungarian official would visit Kenya."),
              ElementsAre("042 HUNGOV->KEN negated"));
}

TEST_F(EventCoderTest, ObligationUnderAVerbOfSayingIsADemand) {
  // The demanded release replaces the release itself, and its code follows
  // the demanded action (intent.tsv's DEMANDED column).
  EXPECT_THAT(Code("Hungary said Kenya must release the detainees."),
              ElementsAre("1053 HUN->KEN asserted"));
  EXPECT_THAT(Code("Hungary said that Chile should visit Kenya and that Kenya must release the "
                   "detainees."),
              ElementsAre("100 HUN->CHL asserted", "1053 HUN->KEN asserted"));
  // Not said: no demand.
  EXPECT_THAT(Code("Kenya must release the detainees."), ElementsAre("0841 KEN-> hypothetical"));
}

TEST_F(EventCoderTest, DemandThatClauseNamesTheTarget) {
  EXPECT_THAT(Code("Hungary demanded that Kenya release the detainees."),
              ElementsAre("100 HUN->KEN asserted", "0841 KEN-> hypothetical"));
}

TEST_F(EventCoderTest, DidTheSameRepeatsTheEventWithRolesSwapped) {
  EXPECT_THAT(Code("Hungary recalled its ambassador from Kenya, and Nairobi did the same."),
              ElementsAre("161 HUN->KEN asserted", "161 KEN->HUN asserted"));
  EXPECT_THAT(Code("Hungary recalled its ambassador from Kenya. Chile followed suit."),
              ElementsAre("161 HUN->KEN asserted", "161 CHL->KEN asserted"));
}

TEST_F(EventCoderTest, CommaEnclosedParticipleKeepsTheSubject) {
  EXPECT_THAT(Code("The Hungarian government, noting the attacks when Chile visited Kenya, has recalled "
                   "its ambassador from Kenya."),
              ElementsAre("042 CHL->KEN asserted", "161 HUNGOV->KEN asserted"));
}

TEST_F(EventCoderTest, NationalityAdjectiveBeforeAPluralIsNoSubject) {
  // "Kenyan visits" is a noun phrase, not "Kenyan" doing "visits".
  EXPECT_THAT(Code("Hungary rejected the proposed Kenyan visits to the island."),
              ElementsAre());
}

TEST_F(EventCoderTest, SubjectAfterASubordinatorThroughOf) {
  // "two of its officers" is the subject of the "after" clause; "the
  // release of Kenyan students" stays the object of "demanded".
  EXPECT_THAT(Code("Hungary demanded the release of Kenyan students after two of its officers "
                   "were attacked."),
              ElementsAre("100 HUN->KENCVL asserted"));
}

TEST_F(EventCoderTest, ParticipleBeforeARelativeClauseIsTheMainVerb) {
  // No finite verb of its own clause follows ("where" opens a relative
  // clause, ", police said" closes the sentence): "visited" is the verb.
  EXPECT_THAT(Code("Kenyan students demonstrated on Tuesday in Hungary, where the talks were held, "
                   "police said."),
              ElementsAre("141 KENCVL-> reported"));
}

TEST_F(EventCoderTest, TargetAloneWhenTheAgentIsUnnamed) {
  // An agentless passive, and a subject from &UNNAMED_AGENT that names no
  // actor, give events with the target alone.
  EXPECT_THAT(Code("Kenyan students were arrested on Monday."), ElementsAre("173 ->KENCVL asserted"));
  EXPECT_THAT(Code("Unknown gunmen arrested two Kenyan students."),
              ElementsAre("173 ->KENCVL asserted"));
  // A thing is no agent.
  EXPECT_THAT(Code("The new rules arrested two Kenyan students."), ElementsAre());
}

TEST_F(EventCoderTest, AppositionKeepsTheSubject) {
  EXPECT_THAT(Code("Hungary, a close ally of Chile in the region, has visited Kenya."),
              ElementsAre("042 HUN->KEN asserted"));
}

TEST_F(EventCoderTest, GroupBasedInAPlaceTakesItsCountry) {
  EXPECT_THAT(Code("A group based in Nairobi arrested two Hungarian students."),
              ElementsAre("173 KEN->HUNCVL asserted"));
}

TEST_F(EventCoderTest, FiniteVerbCoordinatesWithTheFiniteClause) {
  // "has visited" joins "has refused", not the infinitive inside it, so it
  // is not refused.
  EXPECT_THAT(Code("Hungary has refused to supply drones to Kenya and has visited Chile."),
              ElementsAre("072 HUN->KEN negated", "042 HUN->CHL asserted"));
}

TEST_F(EventCoderTest, IntentOnAConditionIsAThreat) {
  // intent.tsv recodes the threatened recall as 1313.
  EXPECT_THAT(Code("Hungary will recall its ambassador from Kenya unless Kenya releases the "
                   "students."),
              ElementsAre("1313 HUN->KEN threatened"));
  EXPECT_THAT(Code("Hungary will recall its ambassador from Kenya."),
              ElementsAre("161 HUN->KEN planned"));
}

TEST_F(EventCoderTest, BarePatternOnlyWhenTheInfinitiveCodesNothing) {
  // The infinitive codes: the verb alone ("$ threaten") does not.
  EXPECT_THAT(Code("Hungary threatened to recall its ambassador from Kenya."),
              ElementsAre("1313 HUN->KEN threatened"));
  // It codes nothing: the verb alone does, with the first actor after it.
  EXPECT_THAT(Code("Hungary threatened to close its borders with Kenya."),
              ElementsAre("130 HUN->KEN asserted"));
}

TEST_F(EventCoderTest, HyphenatedPrefixVerbs) {
  EXPECT_THAT(Code("Hungary will re-supply drones to Kenya."), ElementsAre("072 HUN->KEN planned"));
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

// PETRARCH takes the object of any preposition as the target when a
// pattern names none; our own coding leaves places out.
TEST_F(EventCoderTest, LocativeTargetsOnlyWhenAsked) {
  auto patterns = EventPatterns::Load(std::string(DOSSIER_TEST_DATA_DIR) + "/events");
  ASSERT_TRUE(patterns.ok()) << patterns.status().ToString();
  ASSERT_TRUE(patterns->AddVerbPattern("194", "*fire artillery", "test").ok());
  patterns->Finish();
  std::string text = "Hungary fired artillery shells at Kenya on Monday.";
  engine_->Process(text, *kb::ParseIsoDay("2024-06-13"), scratch_);
  for (bool locative : {false, true}) {
    CoderOptions options;
    options.locative_targets = locative;
    EventCoder coder(*patterns, engine_->recognizer().cues(), options);
    events_.clear();
    coder.Code(scratch_.text, scratch_.recognition, scratch_.times, events_, coder_scratch_);
    ASSERT_EQ(events_.size(), 1u);
    EXPECT_EQ(events_[0].target.code, locative ? "KEN" : "") << locative;
  }
}

}  // namespace
}  // namespace dossier::code
