// Consistency of the knowledge base shipped in data/kb: it loads without a
// single alias meaning two things, it is as broad as promised, and its
// dates and codes hang together.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "dossier/kb/knowledge_base.h"

namespace dossier::kb {
namespace {

class KbDataTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    KbOptions options;
    options.data_dir = DOSSIER_SOURCE_DATA_DIR;
    auto start = std::chrono::steady_clock::now();
    auto kb = KnowledgeBase::Load(options);
    load_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = std::move(kb).value().release();
  }
  static KnowledgeBase* kb_;
  static double load_ms_;
};
KnowledgeBase* KbDataTest::kb_ = nullptr;
double KbDataTest::load_ms_ = 0;

TEST_F(KbDataTest, NoAliasMeansTwoThings) {
  for (const KbWarning& w : kb_->warnings()) ADD_FAILURE() << w.where << ": " << w.message;
  std::cout << "knowledge base: " << kb_->entities().size() << " entities, "
            << kb_->trie().alias_count() << " aliases, loaded in " << load_ms_ << " ms\n";
}

TEST_F(KbDataTest, CoversAllCountriesAndEnoughWeapons) {
  EXPECT_GE(kb_->OfType(EntityType::kCountry).size(), 249u);
  EXPECT_GE(kb_->OfType(EntityType::kWeapon).size(), 800u);
  for (const char* iso : {"USA", "RUS", "UKR", "CHN", "ARM", "AZE", "BLR", "PSE", "TWN", "XKX"})
    EXPECT_TRUE(kb_->CountryByCode(iso)) << iso;
}

TEST_F(KbDataTest, EveryUnMemberHasAHeadOfStateOrGovernmentIn2024) {
  std::set<uint16_t> heads;
  for (const char* key : {"president", "prime_minister", "monarch", "chancellor", "supreme_leader",
                          "head_of_state", "head_of_government", "acting_president"}) {
    if (auto r = kb_->RoleByKey(key)) heads.insert(*r);
  }
  Day day = *ParseIsoDay("2024-01-01");
  std::set<std::string> covered;
  for (uint32_t p : kb_->OfType(EntityType::kPerson)) {
    for (const RoleHeld& r : kb_->entity(p).roles) {
      if (heads.count(r.role) && r.period.Contains(day)) covered.insert(r.code.substr(0, 3));
    }
  }
  int missing = 0;
  for (uint32_t c : kb_->OfType(EntityType::kCountry)) {
    const Entity& e = kb_->entity(c);
    if (e.kind == "member" && !covered.count(e.country)) {
      ++missing;
      ADD_FAILURE() << "no head of state or government on 2024-01-01 for " << e.country;
    }
  }
  EXPECT_EQ(missing, 0);
}

TEST_F(KbDataTest, RoleCodesBelongToTheirPeopleAndDoNotOverlap) {
  // Two people may not hold the same single-holder role of one country at once.
  std::set<std::string> single = {"president", "prime_minister", "foreign_minister",
                                  "defence_minister", "chancellor", "monarch"};
  std::map<std::string, std::vector<std::pair<DateRange, std::string>>> holders;
  for (uint32_t p : kb_->OfType(EntityType::kPerson)) {
    const Entity& e = kb_->entity(p);
    for (const RoleHeld& r : e.roles) {
      ASSERT_GE(r.code.size(), 3u) << e.defined;
      EXPECT_LE(r.period.first, r.period.last) << e.defined;
      const std::string& key = kb_->roles()[r.role].key;
      if (single.count(key)) holders[key + " " + r.code].push_back({r.period, e.name});
    }
  }
  int overlaps = 0;
  for (auto& [role, list] : holders) {
    for (size_t i = 0; i < list.size(); ++i) {
      for (size_t j = i + 1; j < list.size(); ++j) {
        DateRange a = list[i].first, b = list[j].first;
        // Handovers written to the month or year ("..2024-11", "2022..")
        // expand to the whole month or year and so may touch; more than
        // that imprecision is an error.
        Day overlap = std::min(a.last, b.last) - std::max(a.first, b.first);
        if (overlap > std::max<Day>(std::max(a.slack, b.slack), 1)) {
          ++overlaps;
          ADD_FAILURE() << role << ": " << list[i].second << " and " << list[j].second << " share "
                        << overlap << " days";
        }
      }
    }
  }
  EXPECT_EQ(overlaps, 0);
}

TEST_F(KbDataTest, WorldRegionsHaveOneCodeEach) {
  std::set<std::string> codes;
  for (uint32_t i : kb_->OfType(EntityType::kPlace)) {
    const Entity& e = kb_->entity(i);
    if (e.kind != "world_region") continue;
    EXPECT_EQ(e.code.size(), 3u) << e.name;
    EXPECT_FALSE(kb_->CountryByCode(e.code)) << e.name << " uses a country's code";
    EXPECT_TRUE(codes.insert(e.code).second) << e.code << " names two regions";
  }
  EXPECT_GE(codes.size(), 20u);
}

TEST_F(KbDataTest, ConflictPeriodsAreOrdered) {
  for (uint32_t i : kb_->OfType(EntityType::kConflict)) {
    const Entity& e = kb_->entity(i);
    EXPECT_LE(e.period.first, e.period.last) << e.defined;
  }
}

TEST_F(KbDataTest, MembershipsAreOrderedAndKnown) {
  for (const Membership& m : kb_->memberships()) {
    EXPECT_LE(m.period.first, m.period.last);
    EXPECT_TRUE(kb_->CountryByCode(m.member)) << m.member;
  }
  auto nato = kb_->EntityById("NATO");
  ASSERT_TRUE(nato);
  auto members = [&](const char* iso, const char* date) {
    for (uint32_t o : kb_->MembershipsOf(iso, *ParseIsoDay(date))) {
      if (o == *nato) return true;
    }
    return false;
  };
  EXPECT_TRUE(members("FIN", "2023-04-04"));
  EXPECT_FALSE(members("FIN", "2023-04-03"));
  EXPECT_TRUE(members("POL", "2000-01-01"));
}

}  // namespace
}  // namespace dossier::kb
