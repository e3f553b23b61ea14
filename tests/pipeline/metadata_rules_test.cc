#include "dossier/pipeline/metadata_rules.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(MetadataRulesTest, DomainOfUrl) {
  EXPECT_EQ(DomainOf("https://www.Example.com/world/x?y=1"), "example.com");
  EXPECT_EQ(DomainOf("http://news.example.org:8080/a"), "news.example.org");
  EXPECT_EQ(DomainOf("not a url"), "");
}

TEST(MetadataRulesTest, DateFromUrl) {
  EXPECT_EQ(DateFromUrl("https://x.example/2024/06/13/story"), "2024-06-13");
  EXPECT_EQ(DateFromUrl("https://x.example/news/story-20230404-abc"), "2023-04-04");
  EXPECT_EQ(DateFromUrl("https://x.example/2024/13/40/story"), "");
  EXPECT_EQ(DateFromUrl("https://x.example/story"), "");
}

TEST(MetadataRulesTest, NormalizesPrintedDates) {
  EXPECT_EQ(NormalizePublished("Saturday 23 July 2022 18.12 BST"), "2022-07-23");
  EXPECT_EQ(NormalizePublished("April 4, 2023 6:42 PM GMT+2"), "2023-04-04");
  EXPECT_EQ(NormalizePublished("13.06.2024"), "2024-06-13");
  EXPECT_EQ(NormalizePublished("2024-06-13T09:30:00Z"), "2024-06-13T09:30:00Z");
  EXPECT_EQ(NormalizePublished("sometime soon"), "sometime soon");
}

TEST(MetadataRulesTest, OutletFromWireDateline) {
  EXPECT_EQ(OutletFromDateline("BRUSSELS, April 4 (Northern Ledger) - Finland joined"), "Northern Ledger");
  EXPECT_EQ(OutletFromDateline("KYIV (Caspian Wire) -- Ukraine said"), "Caspian Wire");
  EXPECT_EQ(OutletFromDateline("The minister (pictured) - said"), "");
}

TEST(MetadataRulesTest, OutletWithoutCompanySuffix) {
  EXPECT_EQ(CleanOutletName("Lakeland Post Media Ltd 2022"), "Lakeland Post");
  EXPECT_EQ(CleanOutletName("Central European Courier Sp"), "Central European Courier");
  EXPECT_EQ(CleanOutletName("Harbour Gazette"), "Harbour Gazette");
}

}  // namespace
}  // namespace dossier
