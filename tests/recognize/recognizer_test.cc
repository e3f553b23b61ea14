#include "dossier/recognize/recognizer.h"

#include <gtest/gtest.h>

#include "dossier/text/text_analyzer.h"

namespace dossier::recognize {
namespace {

class RecognizerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    kb::KbOptions options;
    options.data_dir = DOSSIER_SOURCE_DATA_DIR;
    options.kb_dir = std::string(DOSSIER_TEST_DATA_DIR) + "/kb";
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

  // "text=code" for each mention.
  std::vector<std::string> Run(std::string_view s, const char* date = "2024-06-13") {
    analyzer_->Analyze(s, text_);
    recognizer_->Recognize(text_, *kb::ParseIsoDay(date), out_);
    std::vector<std::string> v;
    for (const Mention& m : out_.mentions)
      v.push_back(std::string(s.substr(m.begin, m.end - m.begin)) + "=" + m.code);
    return v;
  }
  const RecognizedEntity& EntityNamed(std::string_view name) {
    for (const auto& e : out_.entities) {
      if (e.name == name) return e;
    }
    static RecognizedEntity none;
    ADD_FAILURE() << "no entity " << name;
    return none;
  }

  static kb::KnowledgeBase* kb_;
  static Recognizer* recognizer_;
  static text::TextAnalyzer* analyzer_;
  text::AnalyzedText text_;
  Recognition out_;
};
kb::KnowledgeBase* RecognizerTest::kb_ = nullptr;
Recognizer* RecognizerTest::recognizer_ = nullptr;
text::TextAnalyzer* RecognizerTest::analyzer_ = nullptr;

TEST_F(RecognizerTest, CountriesAdjectivesAndSectors) {
  EXPECT_EQ(Run("Israeli troops and the Turkish government met in Minsk."),
            (std::vector<std::string>{"Israeli troops=ISRMIL", "Turkish government=TURGOV",
                                      "Minsk=BLR"}));
  EXPECT_EQ(Run("The Kremlin said Russia's military would stay."),
            (std::vector<std::string>{"Kremlin=RUSGOV", "Russia's military=RUSMIL"}));
  EXPECT_EQ(Run("the government of Belarus"),
            (std::vector<std::string>{"government of Belarus=BLRGOV"}));
}

TEST_F(RecognizerTest, WorldRegionsTakeRegionCodes) {
  EXPECT_EQ(Run("European leaders met in Europe; Western powers and the Belarusian military."),
            (std::vector<std::string>{"European leaders=EURGOV", "Europe=EUR",
                                      "Western powers=WST", "Belarusian military=BLRMIL"}));
}

TEST_F(RecognizerTest, RolesResolveToTheIncumbentAtTheDate) {
  Run("The Belarusian president spoke.");
  ASSERT_EQ(out_.mentions.size(), 1u);
  EXPECT_EQ(out_.entities[out_.mentions[0].entity].name, "Alexander Lukashenko");
  EXPECT_EQ(out_.mentions[0].code, "BLRGOV");
  EXPECT_EQ(Run("Armenian Prime Minister Nikol Pashinyan met Defence Minister Suren Papikyan."),
            (std::vector<std::string>{"Armenian Prime Minister Nikol Pashinyan=ARMGOV",
                                      "Defence Minister Suren Papikyan=ARMGOV"}));
  EXPECT_EQ(Run("the president of Armenia", "2012-05-01")[0], "president of Armenia=ARMGOV");
  EXPECT_EQ(out_.entities[out_.mentions[0].entity].name, "Serzh Sargsyan");
}

TEST_F(RecognizerTest, SurnamesCorefer) {
  Run("Nikol Pashinyan arrived. Later Pashinyan left. Lukashenko stayed.");
  EXPECT_EQ(EntityNamed("Nikol Pashinyan").mentions.size(), 2u);
}

TEST_F(RecognizerTest, KnownSurnameAloneNeedsTheCountryAndARecentRole) {
  EXPECT_EQ(Run("Armenia voted. Sargsyan said so.", "2012-05-01"),
            (std::vector<std::string>{"Armenia=ARM", "Sargsyan=ARMGOV"}));
  EXPECT_EQ(Run("Armenia voted. Sargsyan said so.", "2024-05-01"),
            (std::vector<std::string>{"Armenia=ARM"}));  // out of office for years
  EXPECT_EQ(Run("Sargsyan said so.", "2012-05-01"), (std::vector<std::string>{}));
}

TEST_F(RecognizerTest, GivenNameSpeltDifferently) {
  EXPECT_EQ(Run("President Aleksander Lukashenko of Belarus spoke."),
            (std::vector<std::string>{"President Aleksander Lukashenko=BLRGOV", "Belarus=BLR"}));
  EXPECT_EQ(Run("A. Lukashenko spoke."), (std::vector<std::string>{"A. Lukashenko=BLRGOV"}));
}

TEST_F(RecognizerTest, WhatAPersonDoesIsNotTheirName) {
  Run("Interior Secretary Dirk A. Kempthorne said the Founder and CEO of the firm agreed.");
  ASSERT_EQ(out_.entities.size(), 1u);
  EXPECT_EQ(out_.entities[0].name, "Dirk A. Kempthorne");
}

TEST_F(RecognizerTest, Bylines) {
  Run("Lorena Okonkwo\n\nArmenia left. Next Article\nBy Jane Doe\n");
  EXPECT_EQ(EntityNamed("Lorena Okonkwo").type, "person");
  EXPECT_EQ(EntityNamed("Jane Doe").type, "person");
  EXPECT_EQ(out_.entities.size(), 3u);  // and Armenia
}

TEST_F(RecognizerTest, WeekdaysAreNotPeople) {
  Run("Also on Saturday, a German military spokesman said the talks failed.");
  for (const auto& e : out_.entities) EXPECT_NE(e.type, "person") << e.name;
}

TEST_F(RecognizerTest, BareRoleRefersToTheLastPersonHoldingIt) {
  EXPECT_EQ(Run("Prime Minister Nikol Pashinyan met Lukashenko. The prime minister said the "
                "president lied."),
            (std::vector<std::string>{"Prime Minister Nikol Pashinyan=ARMGOV", "Lukashenko=BLRGOV",
                                      "prime minister=ARMGOV", "president=BLRGOV"}));
  EXPECT_EQ(Run("The president spoke."), (std::vector<std::string>{}));
}

TEST_F(RecognizerTest, PeopleAndOrganisationsByPattern) {
  Run("\"It is over,\" said military analyst Eduard Petrosyan of the Armenian Center for "
      "Strategic Studies (ACSS). Petrosyan added that ACSS staff agreed.");
  const RecognizedEntity& person = EntityNamed("Eduard Petrosyan");
  EXPECT_EQ(person.type, "person");
  EXPECT_EQ(person.affiliation, "Armenian Center for Strategic Studies");
  EXPECT_EQ(person.country, "ARM");
  EXPECT_EQ(person.mentions.size(), 2u);
  const RecognizedEntity& org = EntityNamed("Armenian Center for Strategic Studies");
  EXPECT_EQ(org.type, "organization");
  EXPECT_EQ(org.code, "ARMNGO");
  EXPECT_EQ(org.mentions.size(), 3u);  // name, "(ACSS)", "ACSS"
}

TEST_F(RecognizerTest, GarbledOrganisationNameResolvesWithANote) {
  Run("The Colective Security Treaty Organisation met.");
  const RecognizedEntity& csto = EntityNamed("Collective Security Treaty Organization");
  EXPECT_EQ(csto.code, "CSTO");
  EXPECT_NE(csto.note.find("Colective"), std::string::npos);
}

TEST_F(RecognizerTest, ReorderedOrganisationNameResolvesWhenTheArticleNamesIt) {
  Run("Armenia may leave the CSTO. Pashinyan criticized the Organization for Collective "
      "Security Cooperation.");
  const RecognizedEntity& csto = EntityNamed("Collective Security Treaty Organization");
  EXPECT_EQ(csto.mentions.size(), 2u);
  EXPECT_NE(csto.note.find("Organization for Collective Security Cooperation"), std::string::npos);
  // Alone, the same words are too far from the known name.
  Run("Pashinyan criticized the Organization for Collective Security Cooperation.");
  EXPECT_EQ(EntityNamed("Organization for Collective Security Cooperation").code, "");
}

TEST_F(RecognizerTest, OrganisationNamesAfterAPlaceOrWithACountryWord) {
  EXPECT_EQ(Run("He works at Yerevan's Regional Center for Democracy and Security."),
            (std::vector<std::string>{"Yerevan=ARM",
                                      "Regional Center for Democracy and Security=ARMNGO"}));
  EXPECT_EQ(Run("Letters from the Belarusian State Arms Export Agency arrived."),
            (std::vector<std::string>{"Belarusian State Arms Export Agency=BLRGOV"}));
}

TEST_F(RecognizerTest, UnknownWeaponsByDesignationAndDescription) {
  EXPECT_EQ(Run("Belarus-made Kvant-R counter-drone stations and Zorya-7 attack drones."),
            (std::vector<std::string>{"Belarus=BLR", "Kvant-R=", "Zorya-7="}));
  EXPECT_EQ(EntityNamed("Kvant-R").kind, "counter_drone");
  EXPECT_EQ(EntityNamed("Kvant-R").country, "BLR");
  EXPECT_EQ(EntityNamed("Zorya-7").kind, "drone");
  // A designation before a word that is no weapon, or a bare "system".
  EXPECT_EQ(Run("The SMW3 cable system and COVID-19 vaccines."), (std::vector<std::string>{}));
}

TEST_F(RecognizerTest, WarsNamedAfterTheirPlaceAndYear) {
  Run("Drones decided the 2020 Artsakh War.");
  ASSERT_EQ(out_.mentions.size(), 1u);
  EXPECT_EQ(out_.entities[out_.mentions[0].entity].name, "Second Nagorno-Karabakh War");
  // Without a year the article's date picks; after the conflict ended, nothing does.
  Run("The Karabakh war went on.", "2021-03-01");
  EXPECT_EQ(out_.entities[out_.mentions[0].entity].name, "Nagorno-Karabakh conflict");
  Run("The Karabakh war is over.", "2025-03-01");
  EXPECT_EQ(out_.entities[out_.mentions[0].entity].type, "territory");
}

TEST_F(RecognizerTest, WeaponsAndPlaces) {
  EXPECT_EQ(Run("Poland ordered K2 tanks from Hanwha Aerospace; Gyumri (formerly Leninakan)."),
            (std::vector<std::string>{"Poland=POL", "K2=", "Hanwha Aerospace=KORBUS",
                                      "Gyumri=ARM", "Leninakan=ARM"}));
}

}  // namespace
}  // namespace dossier::recognize
