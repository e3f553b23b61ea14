#include "dossier/corroborate/reference_register.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>

namespace dossier::corroborate {
namespace {

const std::string kDir = DOSSIER_TEST_DATA_DIR "/corroborate/";

const char kDealsHeader[] =
    "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,"
    "Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,"
    "SIPRI TIV for total order,SIPRI TIV of delivered weapons\n";

std::string WriteTemp(const std::string& name, const std::string& text) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

const RegisterDeal* Only(const ReferenceRegister& reg, const std::string& supplier,
                         const std::string& recipient) {
  auto s = reg.NameIndex(supplier), r = reg.NameIndex(recipient);
  if (!s || !r) return nullptr;
  auto deals = reg.Between(*s, *r);
  return deals.size() == 1 ? deals[0] : nullptr;
}

TEST(ReferenceRegisterTest, ReadsTheDealsLayout) {
  auto reg = ReferenceRegister::Load(kDir + "register_deals.csv");
  ASSERT_TRUE(reg.ok()) << reg.status().ToString();
  EXPECT_EQ(reg->layout(), RegisterLayout::kDeals);
  EXPECT_EQ(reg->stats().rows, 8u);
  EXPECT_EQ(reg->stats().kept, 6u);
  EXPECT_EQ(reg->stats().skipped.at("non-state party"), 1u);
  EXPECT_EQ(reg->stats().skipped.at("unknown party"), 1u);
  EXPECT_EQ(reg->stats().first_year, 2010);
  EXPECT_EQ(reg->stats().last_year, 2032);

  auto s = reg->NameIndex("Chile"), r = reg->NameIndex("Peru");
  ASSERT_TRUE(s && r);
  auto deals = reg->Between(*s, *r);
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0]->designation, "Falcon-7 Mk2");
  EXPECT_EQ(deals[0]->description, "FGA aircraft");
  EXPECT_EQ(deals[0]->order_year, 2016);
  EXPECT_EQ(deals[0]->first_delivery, 2019);
  EXPECT_EQ(deals[0]->last_delivery, 2022);
  EXPECT_EQ(deals[0]->line, 6u);
  EXPECT_TRUE(reg->Between(*r, *s).empty());  // direction matters
}

TEST(ReferenceRegisterTest, JoinsACommentThatRunsOverTwoLines) {
  auto reg = ReferenceRegister::Load(kDir + "register_deals.csv");
  ASSERT_TRUE(reg.ok()) << reg.status().ToString();
  const RegisterDeal* d = Only(*reg, "Chile", "Bolivia");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->designation, "Kestrel");
  EXPECT_EQ(d->order_year, 2031);
  EXPECT_EQ(d->first_delivery, 0);  // nothing delivered yet
  EXPECT_EQ(d->FirstYear(), 2031);
  EXPECT_EQ(d->LastYear(), 2031);
  ASSERT_NE(Only(*reg, "France", "DR Congo"), nullptr);  // the row after it is intact
}

TEST(ReferenceRegisterTest, ReadsTheDeliveriesLayoutAndMergesADealsYears) {
  auto reg = ReferenceRegister::Load(kDir + "register_deliveries.csv");
  ASSERT_TRUE(reg.ok()) << reg.status().ToString();
  EXPECT_EQ(reg->layout(), RegisterLayout::kDeliveries);
  EXPECT_EQ(reg->stats().rows, 4u);
  EXPECT_EQ(reg->deals().size(), 3u);
  auto s = reg->NameIndex("Chile"), r = reg->NameIndex("Peru");
  ASSERT_TRUE(s && r);
  auto deals = reg->Between(*s, *r);
  ASSERT_EQ(deals.size(), 2u);
  EXPECT_EQ(deals[0]->first_delivery, 2019);
  EXPECT_EQ(deals[0]->last_delivery, 2022);
  EXPECT_EQ(deals[0]->category, "Aircraft");
  EXPECT_EQ(deals[1]->category, "Air-defence systems");
  EXPECT_EQ(deals[1]->status, "New");  // trailing ';' and CR are gone from the last field
  ASSERT_NE(Only(*reg, "Turkiye", "Viet Nam"), nullptr);
  EXPECT_TRUE(reg->Covers(2030, 2040));
  EXPECT_FALSE(reg->Covers(2033, 2040));
}

TEST(ReferenceRegisterTest, MissingFileIsNotFound) {
  auto reg = ReferenceRegister::Load(kDir + "no_such_register.csv");
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().code(), StatusCode::kNotFound);
  EXPECT_NE(reg.status().ToString().find("no_such_register.csv"), std::string::npos);
}

TEST(ReferenceRegisterTest, UnknownLayoutNamesTheHeaderLine) {
  auto path = WriteTemp("unknown_layout.csv", "A note\nSupplier,Recipient,Weight\nX,Y,3\n");
  auto reg = ReferenceRegister::Load(path);
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().code(), StatusCode::kUnsupported);
  EXPECT_EQ(reg.status().line(), 2);
  EXPECT_EQ(reg.status().path(), path);
}

TEST(ReferenceRegisterTest, FileWithoutHeaderIsUnsupported) {
  auto reg = ReferenceRegister::Load(WriteTemp("no_header.csv", "just,some\ntext,here\n"));
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().code(), StatusCode::kUnsupported);
}

TEST(ReferenceRegisterTest, RowWithTooManyFieldsIsAnErrorAtItsLine) {
  std::string text = std::string("note\n") + kDealsHeader +
                     "Peru,Chile,2016,,1,,A-1,tank,1,,2017,New,,1,1,1\n"
                     "Peru,Chile,2016,,1,,A-2,tank,1,,2017,New,,1,1,1,extra\n";
  auto path = WriteTemp("too_many.csv", text);
  auto reg = ReferenceRegister::Load(path);
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(reg.status().line(), 4);
  EXPECT_NE(reg.status().message().find("17 fields"), std::string::npos);

  RegisterOptions lenient;
  lenient.skip_malformed_rows = true;
  auto skipped = ReferenceRegister::Load(path, lenient);
  ASSERT_TRUE(skipped.ok()) << skipped.status().ToString();
  EXPECT_EQ(skipped->deals().size(), 1u);
  EXPECT_EQ(skipped->stats().skipped.at("malformed row"), 1u);
}

TEST(ReferenceRegisterTest, MalformedYearIsAnError) {
  auto reg = ReferenceRegister::Load(WriteTemp(
      "bad_year.csv", std::string(kDealsHeader) + "Peru,Chile,20x6,,1,,A-1,tank,1,,2017,New,,1,1,1\n"));
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(reg.status().line(), 2);
  EXPECT_NE(reg.status().message().find("20x6"), std::string::npos);
}

TEST(ReferenceRegisterTest, LineLongerThanTheLimitIsTooLarge) {
  RegisterOptions options;
  options.max_line_bytes = 100;
  std::string text = "note\n" + std::string(500, 'x') + "\n";
  auto reg = ReferenceRegister::Load(WriteTemp("long_line.csv", text), options);
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().code(), StatusCode::kTooLarge);
  EXPECT_EQ(reg.status().line(), 2);
}

TEST(ReferenceRegisterTest, RowSpanningMoreLinesThanTheLimitIsMalformed) {
  std::string text = std::string(kDealsHeader) +
                     "Peru,Chile,2016,,1,,A-1,tank,1,,2017,New,one\ntwo\nthree,1,1,1\n";
  auto path = WriteTemp("long_row.csv", text);
  ASSERT_TRUE(ReferenceRegister::Load(path).ok());
  RegisterOptions options;
  options.max_row_lines = 2;
  auto reg = ReferenceRegister::Load(path, options);
  ASSERT_FALSE(reg.ok());
  EXPECT_EQ(reg.status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(reg.status().line(), 2);
}

TEST(SameDesignationTest, MatchesFamiliesNotNeighbours) {
  EXPECT_TRUE(SameDesignation("T-72", "T-72M1"));
  EXPECT_TRUE(SameDesignation("Polonez", "Polonez MLRS"));
  EXPECT_TRUE(SameDesignation("a-200", "A200"));
  EXPECT_TRUE(SameDesignation("Su-25", "su 25"));
  EXPECT_FALSE(SameDesignation("An-2", "An-26"));
  EXPECT_FALSE(SameDesignation("Tor", "Tornado"));
  EXPECT_FALSE(SameDesignation("Mi", "Mi-8"));  // too short to name a family
  EXPECT_FALSE(SameDesignation("", "T-72"));
}

class RegisterCountriesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    kb::KbOptions options;
    options.data_dir = DOSSIER_SOURCE_DATA_DIR;
    auto loaded = kb::KnowledgeBase::Load(options);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    kb_ = std::move(loaded).value();
  }
  static std::unique_ptr<kb::KnowledgeBase> kb_;
};
std::unique_ptr<kb::KnowledgeBase> RegisterCountriesTest::kb_;

TEST_F(RegisterCountriesTest, MapsNamesAndAliasesAndLeavesAmbiguousNamesOut) {
  auto reg = ReferenceRegister::Load(kDir + "register_deals.csv");
  ASSERT_TRUE(reg.ok()) << reg.status().ToString();
  RegisterCountries countries(*reg, *kb_);
  ASSERT_EQ(countries.NamesOf("CHL").size(), 1u);
  EXPECT_EQ(reg->names()[countries.NamesOf("CHL")[0]], "Chile");
  ASSERT_EQ(countries.NamesOf("COD").size(), 1u);
  EXPECT_EQ(reg->names()[countries.NamesOf("COD")[0]], "DR Congo");
  // "Congo" is an alias of DR Congo in the knowledge base, but the register
  // names DR Congo itself: its "Congo" is another country, left unmapped.
  EXPECT_EQ(countries.unmapped(), std::vector<std::string>{"Congo"});

  auto deliveries = ReferenceRegister::Load(kDir + "register_deliveries.csv");
  ASSERT_TRUE(deliveries.ok()) << deliveries.status().ToString();
  RegisterCountries other(*deliveries, *kb_);
  EXPECT_EQ(other.NamesOf("VNM").size(), 1u);  // "Viet Nam"
  EXPECT_EQ(other.NamesOf("TUR").size(), 1u);  // "Turkiye"
  EXPECT_TRUE(other.unmapped().empty());
}

}  // namespace
}  // namespace dossier::corroborate
