#include "dossier/corroborate/flag_finder.h"

#include <gtest/gtest.h>

#include <memory>

// The knowledge base is the project's, plus made-up files (a "TEST_PACT"
// alliance of Chile, Peru and Bolivia from 2026 and an "Altiplano Test War"
// between Bolivia and Peru in 2031) so that the facts tested are fiction the
// shipped data cannot change.
namespace dossier::corroborate {
namespace {

const std::string kDir = DOSSIER_TEST_DATA_DIR "/corroborate/";

class FlagFinderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    kb::KbOptions options;
    options.data_dir = DOSSIER_SOURCE_DATA_DIR;
    for (const char* f : {"organizations", "memberships", "alliances", "conflicts"})
      options.user_paths.push_back(kDir + "kb/" + f + ".tsv");
    auto loaded = kb::KnowledgeBase::Load(options);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    kb_ = std::move(loaded).value();
    auto reg = ReferenceRegister::Load(kDir + "register_deals.csv");
    ASSERT_TRUE(reg.ok()) << reg.status().ToString();
    reg_ = std::make_unique<ReferenceRegister>(std::move(reg).value());
  }

  static StoryTransfer Transfer(const std::string& supplier, const std::string& recipient,
                                const std::string& start, const std::string& end,
                                std::vector<code::TransferItem> items = {}) {
    StoryTransfer t;
    t.transfer.supplier = {-1, -1, supplier, supplier};
    t.transfer.recipient = {-1, -1, recipient, recipient};
    t.transfer.period_start = start;
    t.transfer.period_end = end;
    t.transfer.items = std::move(items);
    return t;
  }

  // A weapon the news names (a recognised entity the knowledge base lacks).
  static code::TransferItem Named(const std::string& name, const std::string& category = "") {
    code::TransferItem item;
    item.name = name;
    item.category = category;
    item.entity = 0;
    return item;
  }

  static std::vector<Flag> Flags(StoryDossier dossier, const std::string& kind,
                                 const ReferenceRegister* reg = nullptr) {
    FlagFinder(*kb_, reg).Find(dossier);
    std::vector<Flag> out;
    for (Flag& f : dossier.flags) {
      if (f.kind == kind) out.push_back(std::move(f));
    }
    return out;
  }

  static std::vector<Flag> Flags(StoryTransfer transfer, const std::string& kind,
                                 const ReferenceRegister* reg = nullptr) {
    StoryDossier d;
    d.transfers.push_back(std::move(transfer));
    return Flags(std::move(d), kind, reg);
  }

  static std::unique_ptr<kb::KnowledgeBase> kb_;
  static std::unique_ptr<ReferenceRegister> reg_;
};
std::unique_ptr<kb::KnowledgeBase> FlagFinderTest::kb_;
std::unique_ptr<ReferenceRegister> FlagFinderTest::reg_;

TEST_F(FlagFinderTest, AllianceMemberArmsTheAdversaryOfAnotherMember) {
  auto flags = Flags(Transfer("CHL", "BOLMIL", "2030", "2032", {Named("Kestrel")}),
                     "alliance_adversary");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].text,
            "Chile, a TEST_PACT member, supplied arms to Bolivia (Kestrel) in 2030-2032, while "
            "Bolivia fought TEST_PACT member Peru (Altiplano Test War, 2031).");
  EXPECT_EQ(flags[0].facts, std::vector<std::string>{"t1"});
}

TEST_F(FlagFinderTest, NoAllianceFlagBeforeTheAllianceHeld) {
  // Members since 2025, but the made-up treaty binds them from 2026 only.
  auto transfer = Transfer("CHL", "BOL", "2025-05", "2025-08");
  EXPECT_TRUE(Flags(transfer, "alliance_adversary").empty());
  auto conflict = Flags(transfer, "conflict_transfer");
  ASSERT_EQ(conflict.size(), 1u);
  EXPECT_EQ(conflict[0].text,
            "Chile supplied arms to Bolivia from 2025-05 to 2025-08 while Bolivia was a party to "
            "armed conflict: Altiplano Test Border Clashes (2025, against Peru).");
}

TEST_F(FlagFinderTest, TransferOutsideAnyConflictGetsNoFlag) {
  StoryDossier d;
  d.transfers.push_back(Transfer("CHL", "BOL", "2028", "2029"));
  FlagFinder(*kb_, nullptr).Find(d);
  EXPECT_TRUE(d.flags.empty());
}

TEST_F(FlagFinderTest, ReportingDateStandsInForAMissingPeriod) {
  story::ArticleFacts during, after;
  during.day = kb::DayFromCivil(2031, 4, 10);
  after.day = kb::DayFromCivil(2033, 1, 5);
  StoryDossier d;
  d.articles = {&after, &during};
  StoryTransfer t = Transfer("CHL", "BOL", "", "");
  t.mentions.push_back(FactMention{1, 0, 0, 0});
  d.transfers.push_back(t);
  auto flags = Flags(d, "alliance_adversary");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_NE(flags[0].text.find("(reported 2031-04-10)"), std::string::npos) << flags[0].text;

  d.transfers[0].mentions[0].article = 0;  // reported only after the war
  EXPECT_TRUE(Flags(d, "alliance_adversary").empty());
}

TEST_F(FlagFinderTest, OrganisationsAndArmedGroupsGetNoCountryFlags) {
  StoryDossier d;
  d.transfers.push_back(Transfer("TEST_PACT", "BOL", "2031", "2031"));
  d.transfers.push_back(Transfer("CHL", "PERREB", "2031", "2031"));
  d.transfers.push_back(Transfer("CHL", "CHLMIL", "2031", "2031"));
  FlagFinder(*kb_, nullptr).Find(d);
  EXPECT_TRUE(d.flags.empty());
}

TEST_F(FlagFinderTest, SupplierAtWarIsFlaggedToo) {
  auto flags = Flags(Transfer("PER", "CHL", "2031", "2031"), "conflict_transfer");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_NE(flags[0].text.find("Peru supplied arms to Chile in 2031 while Peru itself was a party"),
            std::string::npos)
      << flags[0].text;
  EXPECT_NE(flags[0].text.find("Altiplano Test War (2031, against Bolivia)"), std::string::npos)
      << flags[0].text;
}

TEST_F(FlagFinderTest, MilitaryAidEventsCountUnlessATransferCoversThem) {
  StoryEvent aid;
  aid.event.cameo = "072";
  aid.event.source = {-1, -1, "Chile", "CHLGOV"};
  aid.event.target = {-1, -1, "Bolivia", "BOL"};
  aid.event.date_start = "2031-04";
  StoryEvent denied = aid;
  denied.event.modality = code::Modality::kDenied;
  StoryDossier d;
  d.events = {denied, aid};
  auto flags = Flags(d, "alliance_adversary");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].facts, std::vector<std::string>{"v2"});
  EXPECT_NE(flags[0].text.find("gave military aid to Bolivia in 2031-04"), std::string::npos)
      << flags[0].text;

  d.transfers.push_back(Transfer("CHL", "BOL", "2031", "2031"));
  d.transfers[0].events = {1};
  flags = Flags(d, "alliance_adversary");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].facts, std::vector<std::string>{"t1"});
}

TEST_F(FlagFinderTest, RegisterAgreesWhenItListsTheWeaponInThoseYears) {
  auto flags = Flags(Transfer("CHL", "PER", "2031", "2031", {Named("Condor-3")}), "register_differs",
                     reg_.get());
  EXPECT_TRUE(flags.empty());
  EXPECT_TRUE(Flags(Transfer("CHL", "PER", "2031", "2031", {Named("Condor-3")}),
                    "register_missing", reg_.get())
                  .empty());
}

TEST_F(FlagFinderTest, GenericNounsAreNeitherComparedNorNamed) {
  code::TransferItem generic;
  generic.name = "modern weapons";
  auto transfer = Transfer("CHL", "PER", "2031", "2031", {generic});
  EXPECT_TRUE(Flags(transfer, "register_differs", reg_.get()).empty());
  auto conflict = Flags(transfer, "conflict_transfer");
  ASSERT_FALSE(conflict.empty());
  EXPECT_EQ(conflict[0].text.find("modern weapons"), std::string::npos) << conflict[0].text;
}

TEST_F(FlagFinderTest, RegisterDiffersInWeaponOrYears) {
  auto other = Flags(Transfer("CHL", "PER", "2031", "2031", {Named("Puma-X")}), "register_differs",
                     reg_.get());
  ASSERT_EQ(other.size(), 1u);
  EXPECT_EQ(other[0].text,
            "The reference register (register_deals.csv) lists from Chile to Peru in 2031 Condor-3 "
            "(SAM system, 2030-2032), not Puma-X; the news reports that Chile supplied arms to "
            "Peru (Puma-X) in 2031.");

  auto years = Flags(Transfer("CHL", "PER", "2031", "2031", {Named("Falcon-7")}),
                     "register_differs", reg_.get());
  ASSERT_EQ(years.size(), 1u);
  EXPECT_NE(years[0].text.find("lists Falcon-7 in 2016-2022 from Chile to Peru"), std::string::npos)
      << years[0].text;
}

TEST_F(FlagFinderTest, RegisterMissesAPairOrItsYears) {
  auto none = Flags(Transfer("CHL", "ECU", "2031", "2031"), "register_missing", reg_.get());
  ASSERT_EQ(none.size(), 1u);
  EXPECT_NE(none[0].text.find("lists no arms deal from Chile to Ecuador in 2031 nor in any other year"),
            std::string::npos)
      << none[0].text;

  auto gap = Flags(Transfer("CHL", "PER", "2025", "2025"), "register_missing", reg_.get());
  ASSERT_EQ(gap.size(), 1u);
  EXPECT_NE(gap[0].text.find("(its deals for the pair span 2016-2032)"), std::string::npos)
      << gap[0].text;
}

TEST_F(FlagFinderTest, RegisterSaysNothingWhereItCannotKnow) {
  // Years past the register's end, and small arms, which it does not hold.
  EXPECT_TRUE(Flags(Transfer("CHL", "ECU", "2040", "2041"), "register_missing", reg_.get()).empty());
  code::TransferItem rifles = Named("rifles", "small_arms");
  EXPECT_TRUE(
      Flags(Transfer("CHL", "ECU", "2031", "2031", {rifles}), "register_missing", reg_.get()).empty());
  EXPECT_TRUE(Flags(Transfer("CHL", "ECU", "2031", "2031"), "register_missing", nullptr).empty());
  // A country the register never names may be one whose name did not map.
  EXPECT_TRUE(Flags(Transfer("CHL", "URY", "2031", "2031"), "register_missing", reg_.get()).empty());
}

}  // namespace
}  // namespace dossier::corroborate
