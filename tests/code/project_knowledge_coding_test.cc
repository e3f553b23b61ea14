// The project's own knowledge base and verb patterns (data/) coding made-up
// sentences: peoples named as actors, misspelt country and leader names,
// patterns whose object words stand apart from the verb, and the clause
// rules that read the word sets of data/events/synsets.tsv.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "coder_test_support.h"

namespace dossier::code {
namespace {

using ::testing::Contains;
using ::testing::Not;

class ProjectKnowledgeCodingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    engine_ = LoadEngineWithoutCoder();
    ASSERT_NE(engine_, nullptr);
    auto p = EventPatterns::Load(std::string(DOSSIER_SOURCE_DATA_DIR) + "/events");
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    patterns_ = new EventPatterns(std::move(p).value());
  }

  // A fixture that did not load fails each test instead of skipping it.
  void SetUp() override { ASSERT_NE(patterns_, nullptr) << "the fixture's data did not load"; }

  // "CODE SOURCE->TARGET" per event.
  std::vector<std::string> Code(std::string_view s) {
    text_ = std::string(s);
    const EventCoder coder(*patterns_, engine_->recognizer().cues());
    AnalyzeAndCode(*engine_, coder, text_, scratch_, coder_scratch_, events_);
    std::vector<std::string> out;
    for (const Event& e : events_) out.push_back(e.cameo + " " + e.source.code + "->" + e.target.code);
    return out;
  }

  // "text=code [entity name]" per mention of the last coded text.
  std::vector<std::string> Mentions() const {
    std::vector<std::string> out;
    for (const recognize::Mention& m : scratch_.recognition.mentions) {
      out.push_back(text_.substr(m.begin, m.end - m.begin) + "=" + m.code + " [" +
                    scratch_.recognition.entities[m.entity].name + "]");
    }
    return out;
  }

  static RecognitionEngine* engine_;
  static EventPatterns* patterns_;
  std::string text_;
  RecognitionEngine::Scratch scratch_;
  EventCoder::Scratch coder_scratch_;
  std::vector<Event> events_;
};

RecognitionEngine* ProjectKnowledgeCodingTest::engine_ = nullptr;
EventPatterns* ProjectKnowledgeCodingTest::patterns_ = nullptr;

TEST_F(ProjectKnowledgeCodingTest, PeoplesAreActorsOfTheirCountry) {
  Code("Bosnian Serbs met Hungarian officials; Bosnian Serb forces and Chechen rebels stayed.");
  EXPECT_THAT(Mentions(), Contains("Bosnian Serbs=BIH [Bosnian Serbs]"));
  EXPECT_THAT(Mentions(), Contains("Bosnian Serb forces=BIHMIL [Bosnian Serb forces]"));
  EXPECT_THAT(Mentions(), Contains("Chechen rebels=RUSREB [Chechen rebels]"));
}

TEST_F(ProjectKnowledgeCodingTest, MisspeltCountryWithALetterMissingInside) {
  EXPECT_THAT(Code("Argentna has agreed to send aid to Kenya."), Contains("033 ARG->KEN"));
  EXPECT_THAT(Mentions(), Contains("Argentna=ARG [Argentina]"));
  // A letter changed, or dropped at the end, makes another name.
  Code("Columbia and Dominic visited Chile.");
  EXPECT_THAT(Mentions(), Not(Contains("Columbia=COL [Colombia]")));
  EXPECT_THAT(Mentions(), Not(Contains("Dominic=DMA [Dominica]")));
}

TEST_F(ProjectKnowledgeCodingTest, TitledLeaderWrittenAnotherWay) {
  Code("President Michelle Bachellet met Kenyan envoys.");
  EXPECT_THAT(Mentions(), Contains("President Michelle Bachellet=CHLELI [Michelle Bachelet]"));
  Code("President Omar El Bashir met Kenyan envoys.");
  EXPECT_THAT(Mentions(), Contains("President Omar El Bashir=SDNELI [Omar al-Bashir]"));
  // Two presidents of one name: the one in office, else their country.
  Code("President Aliyev met Kenyan envoys.");
  EXPECT_THAT(Mentions(), Contains("President Aliyev=AZEGOV [Ilham Aliyev]"));
  Code("President Bush met Kenyan envoys.");
  EXPECT_THAT(Mentions(), Contains("President Bush=USAGOV [Bush]"));
  // Another given name is another person.
  Code("President Pedro Bachellet met Kenyan envoys.");
  EXPECT_THAT(Mentions(), Contains("President Pedro Bachellet= [Pedro Bachellet]"));
}

TEST_F(ProjectKnowledgeCodingTest, ObjectWordsApartFromTheVerb) {
  EXPECT_THAT(Code("Kenyan troops fired two grenades at targets in Uganda."), Contains("190 KENMIL->UGA"));
  EXPECT_THAT(Code("Chile handed over to Hungary two of its nationals."), Contains("063 CHL->HUN"));
  EXPECT_THAT(Code("Afghan guerillas attacked Kenyan troops."), Contains("190 AFGREB->KENMIL"));
}

TEST_F(ProjectKnowledgeCodingTest, PurposeInfinitiveKeepsTheSubject) {
  // "opened the bridge to allow": the bridge does not allow; Kenya does.
  EXPECT_THAT(Code("Kenya opened the bridge to allow the delivery of grain to Chile."),
              Contains("0863 KEN->CHL"));
  // After a verb that passes its object on, the object acts.
  EXPECT_THAT(Code("Hungary urged Kenya to release the prisoners."), Not(Contains("0841 HUN->")));
  // "it would be wrong for X to": the empty "it" passes on no subject.
  EXPECT_THAT(Code("Hungary said it would be wrong for Kenya to oppose Chile."),
              Not(Contains("110 HUN->CHL")));
}

TEST_F(ProjectKnowledgeCodingTest, IssuedDocumentSpeaksForItsIssuer) {
  EXPECT_THAT(Code("Hungary issued a statement condemning Kenya."), Contains("111 HUN->KEN"));
  EXPECT_THAT(Code("Hungary issued a declaration demanding that Kenya release the prisoners."),
              Contains("1053 HUN->KEN"));
  // Criticising a statement is not issuing it.
  EXPECT_THAT(Code("Hungary criticized a statement condemning Kenya."), Not(Contains("111 HUN->KEN")));
}

TEST_F(ProjectKnowledgeCodingTest, DemandNounWithThatClause) {
  EXPECT_THAT(Code("Hungary reiterated its demand that Kenya release the prisoners."),
              Contains("1053 HUN->KEN"));
  // A base form after "that NAME" is the clause's verb, not a noun.
  EXPECT_THAT(Code("Hungary repeated its demand today that Kenya ease restrictions on workers."),
              Contains("1051 HUN->KEN"));
  // The possessor demands, not the one who rejects the demand.
  std::vector<std::string> events = Code("Hungary rejected Chile's demand that Kenya release the prisoners.");
  EXPECT_THAT(events, Contains("1053 CHL->KEN"));
  EXPECT_THAT(events, Not(Contains("1053 HUN->KEN")));
}

TEST_F(ProjectKnowledgeCodingTest, ThreatIsAimedAtItsCondition) {
  EXPECT_THAT(Code("Hungary threatened to boycott the talks if Kenya expels its diplomats."),
              Contains("134 HUN->KEN"));
  EXPECT_THAT(Code("Hungary threatened to leave the talks unless Kenya releases the prisoners."),
              Contains("134 HUN->KEN"));
}

TEST_F(ProjectKnowledgeCodingTest, ReportingTailAfterADayWithoutAComma) {
  EXPECT_THAT(Code("Kenyan troops killed three Chilean soldiers near the border Sunday sources said."),
              Contains("190 KENMIL->CHLMIL"));
  // A day after a name, before the verb, stays out of the subject's way.
  EXPECT_THAT(Code("Kenyan President William Ruto Wednesday rejected a Chilean offer."),
              Contains("120 KENGOV->CHL"));
}

TEST_F(ProjectKnowledgeCodingTest, PlaceKeptForPeopleNamesThem) {
  EXPECT_THAT(Code("A camp for Kenyan refugees was attacked by Chilean militiamen armed with machetes."),
              Contains("182 CHLREB->KENREF"));
}

TEST_F(ProjectKnowledgeCodingTest, OrderToAnActorIsADemand) {
  EXPECT_THAT(Code("A Hungarian judge has ordered Kenya's former president to appear for questioning."),
              Contains("100 HUNJUD->KENGOV"));
}

TEST_F(ProjectKnowledgeCodingTest, AgreeingThatBothShouldCooperate) {
  EXPECT_THAT(Code("Kenyan and Chilean officials agreed on Monday that their countries should cooperate."),
              Contains("030 KEN->CHLGOV"));
}

TEST_F(ProjectKnowledgeCodingTest, UnnamedAgentTakesThePlacesCountry) {
  // Violence by someone unnamed: CAMEO's unidentified armed forces.
  EXPECT_THAT(Code("A roadside bombing near the town of Kisumu killed two Chilean soldiers."),
              Contains("190 KENUAF->CHLMIL"));
  // An agentless passive: the state where it happened.
  EXPECT_THAT(Code("A Chilean national has been put under investigation in Hungary."),
              Contains("090 HUN->CHL"));
  // No place: the source stays empty.
  EXPECT_THAT(Code("A roadside bombing killed two Chilean soldiers."), Contains("190 ->CHLMIL"));
}

TEST_F(ProjectKnowledgeCodingTest, GroupActingAgainstAGovernmentIsOfItsState) {
  EXPECT_THAT(Code("Students marched on Monday to demand the resignation of the Peruvian interior minister."),
              Contains("1411 PEREDU->PERGOV"));
  EXPECT_THAT(Code("Protesters clashed with Peruvian police."), Contains("145 PEROPP->PERCOP"));
  // Not against a bare country, and not by force: the source stays empty.
  EXPECT_THAT(Code("Protesters denounced Peru."), Contains("111 ->PER"));
  EXPECT_THAT(Code("Rebels killed two Peruvian policemen."), Contains("190 ->PERCOP"));
  // A place named in the clause comes first.
  EXPECT_THAT(Code("Protesters in Nairobi demanded the resignation of the Peruvian interior minister."),
              Contains("1041 KEN->PERGOV"));
}

TEST_F(ProjectKnowledgeCodingTest, GroupThePoliceActOnIsOfTheirState) {
  EXPECT_THAT(Code("Peruvian police arrested two students."), Contains("173 PERCOP->PEREDU"));
  EXPECT_THAT(Code("A Peruvian court sentenced three activists to prison."),
              Contains("173 PERJUD->PEROPP"));
  // Soldiers act abroad as often as at home: no target.
  EXPECT_THAT(Code("Peruvian troops arrested two students."), Not(Contains("173 PERMIL->PEREDU")));
}

TEST_F(ProjectKnowledgeCodingTest, SubordinateClauseAfterTheObjectKeepsItsOwnSubject) {
  EXPECT_THAT(Code("Chile supplied rifles to Peru as tensions with Bolivia surged."),
              Contains("072 CHL->PER"));
}

TEST_F(ProjectKnowledgeCodingTest, DateOfAnotherClauseDoesNotDateTheEvent) {
  auto date_of = [&](std::string_view cameo) {
    for (const Event& e : events_) {
      if (e.cameo == cameo) return e.date_start;
    }
    return std::string("no event");
  };
  Code("The Kenyan government, noting the African Union's inaction when Ugandan forces launched "
       "incursions in September 2022, has suspended its participation in the African Union.");
  EXPECT_EQ(date_of("161"), "");
  EXPECT_EQ(date_of("190"), "2022-09");
  // A date of the clause above it does.
  Code("Kenya said in May 2024 that it will withdraw from the African Union.");
  EXPECT_EQ(date_of("1313"), "2024-05");
}

TEST_F(ProjectKnowledgeCodingTest, SpeakerOfAPronounIsTheTitledPerson) {
  EXPECT_THAT(Code("U.N. Secretary-General Kofi Annan said he will withdraw the inspectors from Kenya."),
              Contains("136 UN->KEN"));
}

TEST_F(ProjectKnowledgeCodingTest, TransnationalNgoBelongsToNoState) {
  EXPECT_THAT(Code("Amnesty International accused Kenya of torture."), Contains("1122 AMNESTY->KEN"));
}

}  // namespace
}  // namespace dossier::code
