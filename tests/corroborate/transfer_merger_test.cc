#include "dossier/corroborate/transfer_merger.h"

#include <gtest/gtest.h>

#include "corroborate/hand_facts.h"

namespace dossier::corroborate {
namespace {

using testing::HandArticle;
using testing::Item;
using testing::Pointers;

struct Story {
  std::vector<HandArticle> articles;
  std::vector<const story::ArticleFacts*> ptrs;
  StoryEntityMap entities;
  std::vector<StoryEvent> events;
  std::vector<StoryTransfer> transfers;
  std::vector<std::vector<std::vector<TransferRef>>> givers;
  void Merge() {
    ptrs = Pointers(articles);
    MergeEntities(ptrs, entities);
    EventMerger event_merger(ptrs, entities);
    events = event_merger.Merge();
    TransferMerger merger(ptrs, entities, event_merger);
    transfers = merger.Merge();
    givers = merger.item_reports();
  }
};

HandArticle Reporting(const std::string& outlet, const std::string& text) {
  HandArticle a(outlet, text);
  a.Entity("Hungary", "country", "HUN", 20);
  a.Entity("Peru", "country", "PER", 21);
  return a;
}

TEST(TransferMergerTest, OnePairOfPartiesIsOneTransferWithItemsUnited) {
  Story s;
  s.articles = {Reporting("Andes Daily", "Hungary sold armoured trucks and radars to Peru."),
                Reporting("Pampas Post", "Hungary delivered armoured cargo trucks to Peru.")};
  s.articles[0].Event("Hungary sold armoured trucks and radars to Peru", "071", 0, 1);
  auto& t0 = s.articles[0].Transfer("Hungary sold armoured trucks and radars to Peru", 0, 1,
                                    {Item("armoured trucks", "armoured_vehicle"), Item("radars", "sensor")}, 0);
  t0.period_start = "2019", t0.period_end = "2020", t0.status = code::TransferStatus::kOrdered;
  t0.evidence = {"Invoices"};
  s.articles[1].Event("Hungary delivered armoured cargo trucks to Peru", "071", 0, 1);
  auto& t1 = s.articles[1].Transfer("Hungary delivered armoured cargo trucks to Peru", 0, 1,
                                    {Item("armoured cargo trucks", "armoured_vehicle")}, 0);
  t1.period_start = "2018-06", t1.period_end = "2021-02", t1.status = code::TransferStatus::kDelivered;
  t1.evidence = {"invoice", "export passports"};
  s.Merge();
  ASSERT_EQ(s.transfers.size(), 1u);
  const code::Transfer& t = s.transfers[0].transfer;
  ASSERT_EQ(t.items.size(), 2u);
  EXPECT_EQ(t.period_start, "2018-06");
  EXPECT_EQ(t.period_end, "2021-02");
  EXPECT_EQ(t.status, code::TransferStatus::kDelivered);
  EXPECT_EQ(t.evidence, (std::vector<std::string>{"Invoices", "export passports"}));
  EXPECT_EQ(s.transfers[0].mentions.size(), 2u);
  EXPECT_EQ(s.transfers[0].events, (std::vector<uint32_t>{0}));
  EXPECT_EQ(t.supplier.entity, 0);
  ASSERT_EQ(s.givers[0].size(), 2u);
  EXPECT_EQ(s.givers[0][0].size(), 2u);  // trucks: both articles
  EXPECT_EQ(s.givers[0][1].size(), 1u);  // radars: one
}

TEST(TransferMergerTest, OtherPartiesAreAnotherTransfer) {
  Story s;
  s.articles = {Reporting("Andes Daily", "Hungary sold trucks to Peru. Peru sold trucks to Hungary.")};
  s.articles[0].Transfer("Hungary sold trucks to Peru", 0, 1, {Item("trucks", "")});
  s.articles[0].Transfer("Peru sold trucks to Hungary", 1, 0, {Item("trucks", "")});
  s.Merge();
  EXPECT_EQ(s.transfers.size(), 2u);
}

TEST(TransferMergerTest, AnUnknownRecipientJoinsOnlyThroughASharedItem) {
  Story s;
  s.articles = {Reporting("Andes Daily", "Hungary sold radars to Peru. Hungary also sold radars. Hungary sold boats.")};
  s.articles[0].Transfer("Hungary sold radars to Peru", 0, 1, {Item("radars", "sensor")});
  s.articles[0].Transfer("Hungary also sold radars", 0, -1, {Item("radar", "sensor")});
  s.articles[0].Transfer("Hungary sold boats", 0, -1, {Item("boats", "ship")});
  s.Merge();
  ASSERT_EQ(s.transfers.size(), 2u);
  EXPECT_EQ(s.transfers[0].transfer.items.size(), 1u);
}

TEST(TransferMergerTest, ItemVariants) {
  std::vector<HandArticle> articles = {Reporting("Andes Daily", "x"), Reporting("Pampas Post", "y")};
  auto ptrs = Pointers(articles);
  StoryEntityMap entities;
  MergeEntities(ptrs, entities);
  EventMerger events(ptrs, entities);
  TransferMerger m(ptrs, entities, events);
  EXPECT_TRUE(m.SameItem(Item("targeting equipment", "fire_control"), 0,
                         Item("artillery targeting equipment", "fire_control"), 1));
  EXPECT_FALSE(m.SameItem(Item("targeting equipment", "fire_control"), 0, Item("targeting equipment", "sensor"), 1));
  EXPECT_FALSE(m.SameItem(Item("patrol boats", "ship"), 0, Item("cargo trucks", ""), 1));
}

}  // namespace
}  // namespace dossier::corroborate
