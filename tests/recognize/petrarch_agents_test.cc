// PETRARCH's agents composed with actors when the PETRARCH dictionaries'
// codes come first: suffixed and prefixed agent codes, agents found at
// every word of a phrase, redundant codes, agents with no actor.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dossier/recognize/recognizer.h"
#include "dossier/text/text_analyzer.h"

namespace dossier::recognize {
namespace {

constexpr const char* kActors = R"(ARNOR_ [ARN]
GONDOR_ [GON]
+MINAS_TIRITH_
BREE_ [BRE]
+ROMENDACIL_
WEST_GERMAN_ [GMWGOV]
)";

constexpr const char* kAgents = R"(!PERSON! = MAN, MEN, WOMAN, WOMEN
GOVERNMENT [~GOV]
OFFICIAL [~GOV]
SECURITY_OFFICIALS [~GOV]
PRESIDENT [~GOVPRS]
PRIME_MINISTER [~GOV]
AMBASSADOR [~GOV]
SOLDIER [~MILARM]
OPPOSITION_GROUP [~OPP]
MAIN_OPPOSITION_GROUP [~MOP]
WORLD_GOVERNMENT {} [~WGO]
HUMAN_RIGHTS_ACTIVIST [HGM~]
RIGHTS_ACTIVIST [SGM~]
MSF {} [NGO~]
POLICE {} [~COP]
DAIRY!PERSON! [~AGR]
)";

class PetrarchAgentsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string dir = ::testing::TempDir() + "/petrarch_agents_recognize";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/test.actors.txt") << kActors;
    std::ofstream(dir + "/test.agents.txt") << kAgents;
    kb::KbOptions options;
    options.data_dir = DOSSIER_SOURCE_DATA_DIR;
    options.kb_dir = std::string(DOSSIER_TEST_DATA_DIR) + "/kb";
    options.petrarch_dir = dir;
    options.petrarch_codes_first = true;
    auto kb = kb::KnowledgeBase::Load(options);
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = std::move(kb).value().release();
    auto r = Recognizer::Create(*kb_, DOSSIER_SOURCE_DATA_DIR);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    recognizer_ = std::move(r).value().release();
    auto a = text::TextAnalyzer::Load(DOSSIER_SOURCE_DATA_DIR);
    ASSERT_TRUE(a.ok());
    analyzer_ = std::move(a).value().release();
  }
  static void TearDownTestSuite() {
    delete analyzer_;
    delete recognizer_;
    delete kb_;
  }

  // "text=code" for each mention, spans checked against the text.
  std::vector<std::string> Run(std::string_view s) {
    analyzer_->Analyze(s, text_);
    recognizer_->Recognize(text_, *kb::ParseIsoDay("1995-01-01"), out_);
    std::vector<std::string> v;
    for (const Mention& m : out_.mentions)
      v.push_back(std::string(s.substr(m.begin, m.end - m.begin)) + "=" + m.code);
    return v;
  }

  static kb::KnowledgeBase* kb_;
  static Recognizer* recognizer_;
  static text::TextAnalyzer* analyzer_;
  text::AnalyzedText text_;
  Recognition out_;
};
kb::KnowledgeBase* PetrarchAgentsTest::kb_ = nullptr;
Recognizer* PetrarchAgentsTest::recognizer_ = nullptr;
text::TextAnalyzer* PetrarchAgentsTest::analyzer_ = nullptr;

using V = std::vector<std::string>;

TEST_F(PetrarchAgentsTest, AgentsKeepTheirWholeCodes) {
  EXPECT_EQ(kb_->agent_codes().size(), 11u);  // distinct codes
  EXPECT_EQ(Run("Gondor's government met Arnor police."),
            (V{"Gondor's government=GONGOV", "Arnor police=ARNCOP"}));
  EXPECT_EQ(Run("Bree's president met Osgiliath dairymen."),
            (V{"Bree's president=BREGOVPRS", "dairymen=---AGR"}));  // no actor Osgiliath
  EXPECT_EQ(Run("The Gondor soldiers left."), (V{"Gondor soldiers=GONMILARM"}));
}

TEST_F(PetrarchAgentsTest, AnAgentAtEveryWordWithoutRepeats) {
  EXPECT_EQ(Run("Arnor met the Gondor main opposition group."),
            (V{"Arnor=ARN", "Gondor main opposition group=GONMOPOPP"}));
  EXPECT_EQ(Run("Arnor security officials left."), (V{"Arnor security officials=ARNGOV"}));
  // "GOV" is in the code already; "WGO" is not, on a three-letter boundary.
  EXPECT_EQ(Run("West German world government officials left."),
            (V{"West German world government officials=GMWGOVWGO"}));
}

TEST_F(PetrarchAgentsTest, PrefixedAgentsAndAgentsBeforeTheirActor) {
  EXPECT_EQ(Run("An MSF Arnor official left."), (V{"MSF Arnor official=NGOARNGOV"}));
  EXPECT_EQ(Run("Human rights activists in Arnor left."),
            (V{"Human rights activists in Arnor=SGMHGMARN"}));
  EXPECT_EQ(Run("The ambassadors of Arnor, Bree and Gondor left."),
            (V{"ambassadors of Arnor=ARNGOV", "Bree=BREGOV", "Gondor=GONGOV"}));
}

TEST_F(PetrarchAgentsTest, TitleHoldersAndAnonymousAgents) {
  EXPECT_EQ(Run("Bree Prime Minister Romendacil left."),
            (V{"Bree Prime Minister Romendacil=BREGOV"}));
  EXPECT_EQ(Run("A senior official said so."), (V{"official=---GOV"}));
  EXPECT_EQ(Run("Gondor said its government left."), (V{"Gondor=GON"}));
}

}  // namespace
}  // namespace dossier::recognize
