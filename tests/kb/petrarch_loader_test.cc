// PETRARCH/Phoenix dictionaries as the knowledge base's lowest layer: their
// syntax on a small fixture, and the real Phoenix files when the shared data
// are there.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "dossier/kb/knowledge_base.h"
#include "dossier/text/text_analyzer.h"

namespace dossier::kb {
namespace {

namespace fs = std::filesystem;

Day D(const char* iso) { return *ParseIsoDay(iso); }

KbOptions TestOptions(const std::string& petrarch_dir) {
  KbOptions options;
  options.data_dir = DOSSIER_SOURCE_DATA_DIR;
  options.kb_dir = std::string(DOSSIER_TEST_DATA_DIR) + "/kb";
  options.petrarch_dir = petrarch_dir;
  return options;
}

// Writes `files` into a fresh folder under the test's temporary folder.
std::string WriteDir(const std::string& name,
                     const std::vector<std::pair<std::string, std::string>>& files) {
  std::string dir = ::testing::TempDir() + "/" + name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& [file, content] : files) std::ofstream(dir + "/" + file) << content;
  return dir;
}

constexpr const char* kActors =
    R"(# Phoenix syntax: a country's other names, people with dated codes,
# groups, comments.
BELARUS_  [BLR]
+BYELORUSSIAN_SSR_   # a former name
+WHITE_RUSSIA_
+MINSK_              # our capital: keeps its meaning

IVAN_EXAMPLOV_  # CountryInfo.txt
+I._EXAMPLOV_
	[BLRELI 900101-940719]
	[BLRGOV 940720-20191231]
	[BLRELI]

QUEEN_TESTA_II_  # CountryInfo.txt
	[BLRGOV 900101-901231]
XI_TESTPING [BLRGOV >20130314]
HAFEZ_AL-TESTAD_ [BLRELI]

PETR_VARIANTOV_
PIOTR_VARIANTOV_
	[BLRGOV >20200101]
	[BLRMIL 9908223-911221]  # a typo in the date drops this code only

NORTHERN_RESISTANCE_FRONT_(NRF)_ [BLRREB] # a group
+NORTHERN_FRONT_
GREEN_BLOSSOM_SOCIETY_	[NGOBLRENV] [---]
WORLD_TEST_COUNCIL_ [IGOWTC 19900101-20101231] [IGOWTX >20110101]
THE_NORTH_ATLANTIC_TREATY_ORGANIZATION_ [IGOWSTNAT]
+ATLANTIC_ALLIANCE_
BELARUSIAN_GOVERNMENT_ [BLRGOV]   # we compose these ourselves
+PRESIDENT_OF_BELARUS_
THE_NOWHERE_SEA_ [---]
)";

constexpr const char* kAgents = R"(# agents
!PERSON! = MAN, MEN, WOMAN, WOMEN
AGRONOMIST [~AGR]
DAIRY!PERSON! [~AGR]
COUNTRY_DOCTOR {COUNTRY_DOCTORS} [~HLH]
TROOPS {} [~REB]        # ours already: stays MIL
RIOT_SQUAD [~COP]
TRUCE_MONITOR [IGO~]
BUDDHIST_MONK [~BUD]
TREASURY_CLERK [~GOVFRM]
UNFINISHED_ENTRY
HALF_CLOSED [~AGR}
)";

class PetrarchLoaderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto analyzer = text::TextAnalyzer::Load(DOSSIER_SOURCE_DATA_DIR);
    ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
    analyzer_ = std::move(analyzer).value().release();
  }
  static void TearDownTestSuite() { delete analyzer_; }

  // The first dictionary match in `s`: its text and meanings.
  struct Found {
    std::string span;
    std::vector<AliasTarget> targets;
  };
  static Found First(const KnowledgeBase& kb, std::string_view s) {
    text::AnalyzedText t;
    std::vector<uint32_t> ids;
    std::vector<AliasMatch> matches;
    analyzer_->Analyze(s, t);
    kb.trie().WordIds(t, ids);
    kb.trie().MatchAll(t, ids, matches);
    if (matches.empty()) return {};
    const AliasMatch& m = matches[0];
    return {std::string(s.substr(t.tokens[m.first_token].begin,
                                 t.tokens[m.end_token - 1].end - t.tokens[m.first_token].begin)),
            m.targets};
  }
  // The entity a name in `s` means, or nullptr.
  static const Entity* EntityIn(const KnowledgeBase& kb, std::string_view s,
                                uint32_t* index = nullptr) {
    for (const AliasTarget& t : First(kb, s).targets) {
      if (t.kind == AliasKind::kName) {
        if (index != nullptr) *index = t.target;
        return &kb.entity(t.target);
      }
    }
    return nullptr;
  }
  // The sector a sector word in `s` gives, and the layer it comes from.
  static std::pair<std::string, int> SectorIn(const KnowledgeBase& kb, std::string_view s) {
    for (const AliasTarget& t : First(kb, s).targets) {
      if (t.kind == AliasKind::kSectorWord) return {t.sector, t.layer};
    }
    return {"", -1};
  }

  static text::TextAnalyzer* analyzer_;
};
text::TextAnalyzer* PetrarchLoaderTest::analyzer_ = nullptr;

TEST_F(PetrarchLoaderTest, ReadsActorsAgentsAndDatedCodes) {
  std::string dir = WriteDir("petrarch_fixture", {{"Test.actors.txt", kActors},
                                                  {"Test.agents.txt", kAgents},
                                                  {"Test.verbs.txt", "[[[ not read"},
                                                  {"notes.txt", "+ORPHAN [[["}});
  auto loaded = KnowledgeBase::Load(TestOptions(dir));
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const KnowledgeBase& kb = *loaded.value();
  EXPECT_TRUE(kb.warnings().empty()) << kb.warnings().front().message;

  // A bare country code: the names go to our country; ours keep their meaning.
  auto blr = kb.CountryByCode("BLR");
  ASSERT_TRUE(blr);
  for (const char* s : {"once White Russia", "the Byelorussian SSR"}) {
    uint32_t i = 0;
    ASSERT_TRUE(EntityIn(kb, s, &i)) << s;
    EXPECT_EQ(i, *blr) << s;
  }
  ASSERT_TRUE(EntityIn(kb, "in Minsk"));
  EXPECT_EQ(EntityIn(kb, "in Minsk")->type, EntityType::kPlace);

  // A person from a list of office holders, codes following the date.
  uint32_t ivan = 0;
  const Entity* e = EntityIn(kb, "Ivan Examplov said", &ivan);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->name, "Ivan Examplov");
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(e->country, "BLR");
  EXPECT_EQ(e->layer, 2);
  EXPECT_NE(e->defined.find("Test.actors.txt:8"), std::string::npos) << e->defined;
  EXPECT_EQ(kb.CodeAt(ivan, D("1992-01-01")), "BLRELI");
  EXPECT_EQ(kb.CodeAt(ivan, D("2000-01-01")), "BLRGOV");
  EXPECT_EQ(kb.CodeAt(ivan, D("2022-01-01")), "BLRELI");
  ASSERT_EQ(e->roles.size(), 2u);
  EXPECT_EQ(kb.roles()[e->roles[0].role].key, "petrarch");
  EXPECT_EQ(EntityIn(kb, "I. Examplov"), e);

  // Names in the case of news text.
  for (const char* name : {"Queen Testa II", "Xi Testping", "Hafez al-Testad"}) {
    e = EntityIn(kb, name);
    ASSERT_TRUE(e) << name;
    EXPECT_EQ(e->name, name);
    EXPECT_EQ(e->type, EntityType::kPerson) << name;
  }
  EXPECT_TRUE(EntityIn(kb, "HAFEZ AL-TESTAD"));
  EXPECT_TRUE(EntityIn(kb, "Hafez Al-Testad"));
  EXPECT_FALSE(EntityIn(kb, "hafez al-testad"));

  // A name with no code of its own shares the next entry's; an unreadable
  // date drops its code only.
  uint32_t petr = 0;
  e = EntityIn(kb, "Petr Variantov", &petr);
  ASSERT_TRUE(e);
  EXPECT_EQ(EntityIn(kb, "Piotr Variantov"), e);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(e->roles.size(), 1u);
  EXPECT_EQ(kb.CodeAt(petr, D("2021-06-01")), "BLRGOV");
  EXPECT_EQ(kb.CodeAt(petr, D("2010-06-01")), "BLR");

  // Groups: codes kept as they are, an acronym in parentheses as an alias.
  e = EntityIn(kb, "the Northern Resistance Front");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->type, EntityType::kOrganization);
  EXPECT_EQ(e->code, "BLRREB");
  EXPECT_EQ(e->kind, "armed_group");
  EXPECT_EQ(EntityIn(kb, "an NRF unit"), e);
  EXPECT_EQ(EntityIn(kb, "the Northern Front"), e);
  e = EntityIn(kb, "Green Blossom Society");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "NGOBLRENV");
  EXPECT_EQ(e->country, "BLR");
  e = EntityIn(kb, "World Test Council");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "IGOWTX");  // the latest
  // An organisation of ours keeps its code and gains the other names.
  e = EntityIn(kb, "the Atlantic Alliance");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->code, "NATO");
  EXPECT_EQ(e->layer, 0);
  EXPECT_FALSE(EntityIn(kb, "the Nowhere Sea"));  // "[---]": nothing to code
  // What our country, role and sector words compose stays theirs.
  Found f = First(kb, "the Belarusian government");
  EXPECT_EQ(f.span, "Belarusian");
  f = First(kb, "the President of Belarus");
  EXPECT_EQ(f.span, "President");
  ASSERT_FALSE(f.targets.empty());
  EXPECT_EQ(f.targets[0].kind, AliasKind::kRole);

  // Agents: "~XXX" with one known sector, plurals made or given.
  for (const char* s :
       {"agronomists", "an agronomist", "dairywomen", "country doctors", "riot squads"}) {
    EXPECT_EQ(SectorIn(kb, s).second, 2) << s;
  }
  EXPECT_EQ(SectorIn(kb, "agronomists").first, "AGR");
  EXPECT_EQ(SectorIn(kb, "country doctors").first, "HLH");
  EXPECT_EQ(SectorIn(kb, "troops"), (std::pair<std::string, int>{"MIL", 0}));
  for (const char* s :
       {"truce monitor", "buddhist monk", "treasury clerk", "unfinished entry", "half closed"})
    EXPECT_TRUE(First(kb, s).targets.empty()) << s;
}

// The older TABARI-style syntax of the PETRARCH-1 validation dictionaries:
// XML-style comments, ';' comments, codes in lower case, codes standing for
// several actors, "###" as a code, and short names that are not words.
TEST_F(PetrarchLoaderTest, ReadsTheValidationSuiteSyntax) {
  constexpr const char* kOld = R"(<!-- A HEADER -->
<!--
# over several lines
# -->
TESTLAND_  [ TSL ]  ;jw 9/9/91
+TESTLANDIC ; a TABARI comment
KARNOR [krn]
THE_TWIN_CITIES [TWA/TWB]
VORGUL  [###]  # a code, not a comment
THE_SHIRE [SHR]
)";
  auto kb = KnowledgeBase::Load(TestOptions(WriteDir("petrarch_old", {{"Old.actors.txt", kOld}})));
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  auto code = [&](std::string_view s) {
    const Entity* e = EntityIn(**kb, s);
    return e == nullptr ? std::string("none") : e->code;
  };
  EXPECT_EQ(code("Testland"), "TSL");
  EXPECT_EQ(code("Testlandic"), "TSL");
  EXPECT_EQ(code("Karnor"), "KRN");  // five letters, not an English word: a name
  EXPECT_EQ(code("the Twin Cities"), "TWA/TWB");
  EXPECT_EQ(code("Vorgul"), "###");
  EXPECT_EQ(code("HEADER"), "none");
  EXPECT_EQ(code("the Shire"), "SHR");  // an English word, but a name after "THE_"
}

TEST_F(PetrarchLoaderTest, ErrorsNameTheFileAndLine) {
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"Broken.actors.txt", "# fine so far\nGOOD_ENTRY_ [BLRGOV]\nBROKEN_ENTRY_ [BLRGOV\n",
       "Broken.actors.txt:line 3"},
      {"Orphan.actors.txt", "\n+ORPHAN_SYNONYM_\n", "Orphan.actors.txt:line 2"},
      {"Symbol.actors.txt", "A_B_ [BLR]\n\t[BLR=GOV >990101]\n", "Symbol.actors.txt:line 2"},
      {"Words.actors.txt", "A_B_\n\t[BLRGOV since 1999]\n", "Words.actors.txt:line 2"},
      {"Brace.agents.txt", "FARMER [~AGR]\nHERDER {HERDERS [~AGR]\n", "Brace.agents.txt:line 2"},
      {"Set.agents.txt", "CATTLE!PERSON! [~AGR]\n", "Set.agents.txt:line 1"},
  };
  for (const auto& [file, content, where] : cases) {
    auto kb = KnowledgeBase::Load(TestOptions(WriteDir("petrarch_bad", {{file, content}})));
    ASSERT_FALSE(kb.ok()) << file;
    EXPECT_EQ(kb.status().code(), StatusCode::kCorruptInput);
    EXPECT_NE(kb.status().ToString().find(where), std::string::npos) << kb.status().ToString();
  }
  std::string missing = ::testing::TempDir() + "/no_such_petrarch_dir";
  auto kb = KnowledgeBase::Load(TestOptions(missing));
  ASSERT_FALSE(kb.ok());
  EXPECT_EQ(kb.status().code(), StatusCode::kNotFound);
  EXPECT_NE(kb.status().ToString().find(missing), std::string::npos) << kb.status().ToString();
  kb = KnowledgeBase::Load(TestOptions(WriteDir("petrarch_empty", {{"CAMEO.verbs.txt", "x"}})));
  ASSERT_FALSE(kb.ok());
  EXPECT_EQ(kb.status().code(), StatusCode::kNotFound);
}

TEST_F(PetrarchLoaderTest, PhoenixDictionariesLoadQuicklyAndResolve) {
  const std::string dir = std::string(DOSSIER_SHARED_DATA_DIR) + "/petrarch/dictionaries";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no Phoenix dictionaries at " << dir;
  auto since = [](std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
  };
  auto start = std::chrono::steady_clock::now();
  auto base = KnowledgeBase::Load(TestOptions(""));
  double base_ms = since(start);
  ASSERT_TRUE(base.ok()) << base.status().ToString();
  start = std::chrono::steady_clock::now();
  auto loaded = KnowledgeBase::Load(TestOptions(dir));
  double ms = since(start);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  const KnowledgeBase& kb = *loaded.value();
  EXPECT_TRUE(kb.warnings().empty()) << kb.warnings().front().message;

  std::map<EntityType, size_t> added;
  for (const Entity& e : kb.entities()) {
    if (e.layer == 2) ++added[e.type];
  }
  std::string agents_dir = WriteDir("petrarch_agents_loader", {});
  fs::copy_file(dir + "/Phoenix.agents.txt", agents_dir + "/Phoenix.agents.txt");
  auto agents = KnowledgeBase::Load(TestOptions(agents_dir));
  ASSERT_TRUE(agents.ok()) << agents.status().ToString();
  size_t base_aliases = base.value()->trie().alias_count();
  std::cout << "Phoenix dictionaries: " << added[EntityType::kPerson] << " people and "
            << added[EntityType::kOrganization] << " organisations, "
            << kb.trie().alias_count() - base_aliases << " aliases (of which "
            << agents.value()->trie().alias_count() - base_aliases << " agent sector words); "
            << "knowledge base loaded in " << ms << " ms (" << base_ms << " ms without them)\n";

  auto code_of = [&](std::string_view s, const char* iso) {
    uint32_t i = 0;
    const Entity* e = EntityIn(kb, s, &i);
    return e == nullptr ? std::string("(none)") : kb.CodeAt(i, D(iso));
  };
  EXPECT_EQ(code_of("Boko Haram fighters", "2015-01-01"), "NGAREB");
  EXPECT_EQ(code_of("Kofi Annan said", "2000-01-01"), "IGOUNO");
  EXPECT_EQ(code_of("UN Secretary-General Ban Ki-moon said", "2010-01-01"), "IGOUNO");
  EXPECT_EQ(code_of("the Mossad", "2010-01-01"), "ISRSPY");
  EXPECT_EQ(code_of("Gerhard Schroder", "2000-01-01"), "DEUGOV");
  EXPECT_EQ(code_of("Gerhard Schroder", "2010-01-01"), "DEUELI");
  ASSERT_TRUE(EntityIn(kb, "Kofi Annan") && EntityIn(kb, "Boko Haram"));
  EXPECT_EQ(EntityIn(kb, "Kofi Annan")->type, EntityType::kPerson);
  EXPECT_EQ(EntityIn(kb, "Boko Haram")->type, EntityType::kOrganization);
  EXPECT_EQ(SectorIn(kb, "the peasants"), (std::pair<std::string, int>{"AGR", 2}));
  EXPECT_EQ(SectorIn(kb, "the farmers"), (std::pair<std::string, int>{"CVL", 0}));  // ours
  // Ours win: our president and capital keep their meaning.
  ASSERT_TRUE(EntityIn(kb, "Lukashenko") && EntityIn(kb, "in Minsk"));
  EXPECT_EQ(EntityIn(kb, "Lukashenko")->layer, 0);
  EXPECT_EQ(EntityIn(kb, "in Minsk")->type, EntityType::kPlace);
  EXPECT_EQ(EntityIn(kb, "Pennsylvania"), EntityIn(kb, "the United States"));
}

}  // namespace
}  // namespace dossier::kb
