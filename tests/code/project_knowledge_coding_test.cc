// The project's own knowledge base and verb patterns (data/) coding made-up
// sentences: peoples named as actors, misspelt country and leader names, and
// patterns whose object words stand apart from the verb.
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

}  // namespace
}  // namespace dossier::code
