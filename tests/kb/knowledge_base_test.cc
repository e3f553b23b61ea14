#include "dossier/kb/knowledge_base.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dossier/text/text_analyzer.h"

namespace dossier::kb {
namespace {

std::unique_ptr<KnowledgeBase> LoadTestKb() {
  KbOptions options;
  options.data_dir = DOSSIER_SOURCE_DATA_DIR;
  options.kb_dir = std::string(DOSSIER_TEST_DATA_DIR) + "/kb";
  auto kb = KnowledgeBase::Load(options);
  EXPECT_TRUE(kb.ok()) << kb.status().ToString();
  return kb.ok() ? std::move(kb).value() : nullptr;
}

Day D(const char* iso) { return *ParseIsoDay(iso); }

TEST(DatesTest, ParseAndFormat) {
  EXPECT_EQ(FormatDay(D("2024-02-29")), "2024-02-29");
  EXPECT_EQ(FormatDay(*ParseIsoDay("2023-02", true)), "2023-02-28");
  EXPECT_EQ(FormatDay(*ParseIsoDay("1999", true)), "1999-12-31");
  EXPECT_FALSE(ParseIsoDay("2023-13-01"));
  EXPECT_FALSE(ParseIsoDay("2023-02-30"));
  auto p = ParsePeriod("2019-05-20..");
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->Contains(D("2030-01-01")));
  EXPECT_FALSE(p->Contains(D("2019-05-19")));
  EXPECT_FALSE(ParsePeriod("2020..2019"));
}

TEST(KnowledgeBaseTest, LoadsEntitiesRolesAndMemberships) {
  auto kb = LoadTestKb();
  ASSERT_TRUE(kb);
  EXPECT_TRUE(kb->warnings().empty()) << kb->warnings().front().message;
  auto blr = kb->CountryByCode("BLR");
  ASSERT_TRUE(blr);
  EXPECT_EQ(kb->entity(*blr).name, "Belarus");
  auto president = kb->RoleByKey("president");
  ASSERT_TRUE(president);
  auto incumbents = kb->Incumbents(*president, "BLR", D("2024-06-01"));
  ASSERT_EQ(incumbents.size(), 1u);
  EXPECT_EQ(kb->entity(incumbents[0]).name, "Alexander Lukashenko");
  auto orgs = kb->MembershipsOf("AZE", D("2024-01-01"));
  EXPECT_TRUE(orgs.empty());
  EXPECT_EQ(kb->MembershipsOf("AZE", D("1995-01-01")).size(), 1u);
}

TEST(KnowledgeBaseTest, CodesFollowTheDate) {
  auto kb = LoadTestKb();
  ASSERT_TRUE(kb);
  uint32_t sargsyan = 0;
  for (uint32_t i : kb->OfType(EntityType::kPerson)) {
    if (kb->entity(i).name == "Serzh Sargsyan") sargsyan = i;
  }
  EXPECT_EQ(kb->CodeAt(sargsyan, D("2012-01-01")), "ARMGOV");
  EXPECT_EQ(kb->CodeAt(sargsyan, D("2024-01-01")), "ARMELI");
  EXPECT_EQ(kb->CodeAt(sargsyan, D("2000-01-01")), "ARM");
}

TEST(KnowledgeBaseTest, ConflictingAliasIsReportedAndBadRecordsNameTheLine) {
  std::string dir = ::testing::TempDir() + "/kb_user";
  std::filesystem::create_directories(dir);
  {
    std::ofstream f(dir + "/places.tsv");
    f << "# name\taliases\tcountry\tkind\nYerevan Hills\tMinsk\tARM\tcity\n";
  }
  KbOptions options;
  options.data_dir = DOSSIER_SOURCE_DATA_DIR;
  options.kb_dir = std::string(DOSSIER_TEST_DATA_DIR) + "/kb";
  options.user_paths = {dir};
  auto kb = KnowledgeBase::Load(options);
  ASSERT_TRUE(kb.ok()) << kb.status().ToString();
  ASSERT_EQ(kb.value()->warnings().size(), 1u);
  EXPECT_NE(kb.value()->warnings()[0].message.find("\"Minsk\" already means"), std::string::npos);
  {
    std::ofstream f(dir + "/places.tsv");
    f << "Somewhere\t-\tXXX\tcity\n";
  }
  auto bad = KnowledgeBase::Load(options);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().ToString().find("places.tsv:line 1"), std::string::npos)
      << bad.status().ToString();
  EXPECT_NE(bad.status().ToString().find("XXX"), std::string::npos);
}

TEST(AliasTrieTest, MatchesLongestWithCaseRules) {
  auto kb = LoadTestKb();
  ASSERT_TRUE(kb);
  auto analyzer = text::TextAnalyzer::Load(DOSSIER_SOURCE_DATA_DIR);
  ASSERT_TRUE(analyzer.ok());
  text::AnalyzedText t;
  std::vector<uint32_t> ids;
  std::vector<AliasMatch> matches;
  auto match = [&](std::string_view s) {
    (*analyzer)->Analyze(s, t);
    kb->trie().WordIds(t, ids);
    matches.clear();
    kb->trie().MatchAll(t, ids, matches);
    std::vector<std::string> out;
    for (const auto& m : matches)
      out.emplace_back(s.substr(t.tokens[m.first_token].begin,
                                t.tokens[m.end_token - 1].end - t.tokens[m.first_token].begin));
    return out;
  };
  EXPECT_EQ(match("the Collective Security Treaty Organization met"),
            (std::vector<std::string>{"Collective Security Treaty Organization"}));
  EXPECT_EQ(match("let us go to the US"), (std::vector<std::string>{"US"}));
  EXPECT_EQ(match("S-400 and S 400 and the S-400 Triumf"),
            (std::vector<std::string>{"S-400", "S 400", "S-400 Triumf"}));
  EXPECT_EQ(match("Türkiye and Turkiye, not turkey"), (std::vector<std::string>{"Türkiye", "Turkiye"}));
}

}  // namespace
}  // namespace dossier::kb
