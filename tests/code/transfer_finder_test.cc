#include "dossier/code/transfer_finder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dossier/code/event_coder.h"
#include "dossier/recognize/recognizer.h"
#include "dossier/text/text_analyzer.h"
#include "dossier/time/time_finder.h"

namespace dossier::code {
namespace {

class TransferFinderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    kb::KbOptions options;
    options.data_dir = DOSSIER_SOURCE_DATA_DIR;
    options.kb_dir = std::string(DOSSIER_TEST_DATA_DIR) + "/kb";
    auto kb = kb::KnowledgeBase::Load(options);
    ASSERT_TRUE(kb.ok()) << kb.status().ToString();
    kb_ = std::move(kb).value().release();
    auto r = recognize::Recognizer::Create(*kb_, DOSSIER_SOURCE_DATA_DIR);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    recognizer_ = std::move(r).value().release();
    auto a = text::TextAnalyzer::Load(DOSSIER_SOURCE_DATA_DIR);
    ASSERT_TRUE(a.ok());
    analyzer_ = std::move(a).value().release();
    auto p = EventPatterns::Load(std::string(DOSSIER_SOURCE_DATA_DIR) + "/events");
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    patterns_ = new EventPatterns(std::move(p).value());
    auto l = TransferLexicon::Load(std::string(DOSSIER_SOURCE_DATA_DIR) + "/events/transfers.tsv");
    ASSERT_TRUE(l.ok()) << l.status().ToString();
    lexicon_ = new TransferLexicon(std::move(l).value());
    coder_ = new EventCoder(*patterns_, recognizer_->cues());
    finder_ = new TransferFinder(*lexicon_, *patterns_, recognizer_->cues());
  }

  // A fixture that did not load fails each test instead of skipping it.
  void SetUp() override { ASSERT_NE(analyzer_, nullptr) << "the fixture's data did not load"; }

  // Codes `s` as one article published on `date`; returns its transfers.
  const std::vector<Transfer>& Run(std::string_view s, const char* date = "2024-06-13") {
    text_ = s;
    analyzer_->Analyze(text_, analyzed_);
    recognizer_->Recognize(analyzed_, *kb::ParseIsoDay(date), recognition_, recognizer_scratch_);
    times_ = time::TimeFinder().Find(text_, time::ParseIsoDate(date));
    size_t k = 0;
    for (time::TimeMention& t : times_) {
      while (k + 1 < analyzed_.sentences.size() && analyzed_.sentences[k].end <= t.begin) ++k;
      t.sentence = static_cast<uint32_t>(k);
    }
    coding_.Clear();
    coder_->Code(analyzed_, recognition_, times_, coding_.events, coder_scratch_);
    finder_->Find(analyzed_, recognition_, times_, coding_.events, coding_.transfers, scratch_);
    return coding_.transfers;
  }

  static std::vector<std::string> Items(const Transfer& t) {
    std::vector<std::string> v;
    for (const TransferItem& i : t.items) v.push_back(i.name + "=" + i.category);
    return v;
  }

  static kb::KnowledgeBase* kb_;
  static recognize::Recognizer* recognizer_;
  static text::TextAnalyzer* analyzer_;
  static EventPatterns* patterns_;
  static TransferLexicon* lexicon_;
  static EventCoder* coder_;
  static TransferFinder* finder_;
  std::string text_;
  text::AnalyzedText analyzed_;
  recognize::Recognition recognition_;
  recognize::Recognizer::Scratch recognizer_scratch_;
  std::vector<time::TimeMention> times_;
  Coding coding_;
  EventCoder::Scratch coder_scratch_;
  TransferFinder::Scratch scratch_;
};
kb::KnowledgeBase* TransferFinderTest::kb_ = nullptr;
recognize::Recognizer* TransferFinderTest::recognizer_ = nullptr;
text::TextAnalyzer* TransferFinderTest::analyzer_ = nullptr;
EventPatterns* TransferFinderTest::patterns_ = nullptr;
TransferLexicon* TransferFinderTest::lexicon_ = nullptr;
EventCoder* TransferFinderTest::coder_ = nullptr;
TransferFinder* TransferFinderTest::finder_ = nullptr;

TEST_F(TransferFinderTest, ActiveClauseWithListQuantityAndPeriod) {
  const auto& t =
      Run("Poland supplied 12 drones, artillery targeting equipment and ammunition to "
          "Turkey between 2018 and 2022.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].supplier.code, "POL");
  EXPECT_EQ(t[0].recipient.code, "TUR");
  EXPECT_EQ(Items(t[0]), (std::vector<std::string>{
                             "drones=drone", "artillery targeting equipment=artillery/fire_control",
                             "ammunition=ammunition"}));
  EXPECT_EQ(t[0].items[0].quantity, "12");
  EXPECT_EQ(t[0].period_start, "2018");
  EXPECT_EQ(t[0].period_end, "2022");
  EXPECT_EQ(t[0].status, TransferStatus::kDelivered);
  ASSERT_EQ(t[0].mentions.size(), 1u);
  EXPECT_GE(t[0].mentions[0].event, 0);
}

TEST_F(TransferFinderTest, RecipientAsSubjectAndKnownSystems) {
  const auto& t = Run("Azerbaijan received two batteries of S-400 missiles from Russia in 2021.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].supplier.code, "RUS");
  EXPECT_EQ(t[0].recipient.code, "AZE");
  ASSERT_EQ(t[0].items.size(), 1u);
  EXPECT_EQ(t[0].items[0].name, "S-400");
  EXPECT_EQ(t[0].items[0].category, "air_defence");
  EXPECT_GE(t[0].items[0].entity, 0);
  EXPECT_EQ(t[0].items[0].quantity, "two batteries");
  EXPECT_EQ(t[0].period_start, "2021");
}

TEST_F(TransferFinderTest, PassiveVoice) {
  const auto& t = Run("Anti-tank missiles were delivered to Armenia by Russia in 2019.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].supplier.code, "RUS");
  EXPECT_EQ(t[0].recipient.code, "ARM");
  EXPECT_EQ(Items(t[0]), (std::vector<std::string>{"Anti-tank missiles=missile"}));
  const auto& u = Run("Azerbaijan was supplied with howitzers by Russia.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].supplier.code, "RUS");
  EXPECT_EQ(u[0].recipient.code, "AZE");
}

TEST_F(TransferFinderTest, ParticipleAndListingVerb) {
  const auto& t =
      Run("Rifles sold by Israel to Poland include sniper rifles and night-vision scopes.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].supplier.code, "ISR");
  EXPECT_EQ(t[0].recipient.code, "POL");
  EXPECT_EQ(Items(t[0]),
            (std::vector<std::string>{"Rifles=small_arms", "sniper rifles=small_arms"}));
}

TEST_F(TransferFinderTest, StatusFromVerbsAndModality) {
  EXPECT_EQ(Run("Israel offered to sell air defence interceptors to Poland.").at(0).status,
            TransferStatus::kOffered);
  EXPECT_EQ(Run("Poland ordered 180 K2 tanks from South Korea.").at(0).status,
            TransferStatus::kOrdered);
  EXPECT_EQ(Run("Turkey agreed to buy 40 drones from Israel.").at(0).status,
            TransferStatus::kOrdered);
  EXPECT_EQ(Run("Belarus upgraded howitzers for Armenia.").at(0).status,
            TransferStatus::kModernised);
  EXPECT_EQ(Run("Turkey licensed production of drones to Azerbaijan.").at(0).status,
            TransferStatus::kLicensed);
  EXPECT_TRUE(Run("Belarus did not supply drones to Azerbaijan.").empty());
  EXPECT_TRUE(Run("Poland declined to send tanks to Turkey.").empty());
}

TEST_F(TransferFinderTest, DealSignedToSell) {
  const auto& t = Run("Israel signed a contract to sell 40 drones to Poland in 2021.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].supplier.code, "ISR");
  EXPECT_EQ(t[0].recipient.code, "POL");
  EXPECT_EQ(t[0].status, TransferStatus::kOrdered);
  EXPECT_EQ(t[0].items.at(0).quantity, "40");
  EXPECT_TRUE(t[0].evidence.empty());  // the contract is the deal, not a document cited
}

TEST_F(TransferFinderTest, NoWeaponNoTransfer) {
  EXPECT_TRUE(Run("Russia provided humanitarian aid to Armenia.").empty());
  EXPECT_TRUE(Run("Poland sold grain to Turkey.").empty());
  EXPECT_TRUE(Run("Turkey sent a delegation to Azerbaijan.").empty());
}

TEST_F(TransferFinderTest, TransferNouns) {
  const auto& t = Run("The supply of drones from Turkey to Azerbaijan began in 2020.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].supplier.code, "TUR");
  EXPECT_EQ(t[0].recipient.code, "AZE");
  EXPECT_EQ(t[0].period_start, "2020");
  const auto& u = Run("Russian deliveries of tanks to Armenia continued.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].supplier.code, "RUS");
  EXPECT_EQ(Items(u[0]), (std::vector<std::string>{"tanks=armoured_vehicle"}));
}

TEST_F(TransferFinderTest, PurposeGivesCategory) {
  const auto& t = Run("Belarus provided new gear used for electronic warfare to Azerbaijan.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(Items(t[0]),
            (std::vector<std::string>{"new gear used for electronic warfare=electronic_warfare"}));
}

TEST_F(TransferFinderTest, EvidenceFromTheSentenceAndTheText) {
  const auto& t =
      Run("Invoices and export records show that Russia delivered tanks to Armenia. "
          "Leaked contracts between Russia and Armenia describe the deal.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].evidence,
            (std::vector<std::string>{"invoices", "export records", "leaked contracts"}));
}

TEST_F(TransferFinderTest, MergesMentionsOfOnePair) {
  const auto& t =
      Run("Russia sold tanks to Armenia in 2019. Turkey sold drones to Azerbaijan. "
          "Russia also delivered howitzers to Armenia in 2021.");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].supplier.code, "RUS");
  EXPECT_EQ(Items(t[0]),
            (std::vector<std::string>{"tanks=armoured_vehicle", "howitzers=artillery"}));
  EXPECT_EQ(t[0].period_start, "2019");
  EXPECT_EQ(t[0].period_end, "2021");
  ASSERT_EQ(t[0].mentions.size(), 2u);
  EXPECT_EQ(t[0].mentions[0].sentence, 0u);
  EXPECT_EQ(t[0].mentions[1].sentence, 2u);
  EXPECT_EQ(t[1].supplier.code, "TUR");
}

TEST_F(TransferFinderTest, MentionsWithoutPartiesJoinTheTransferTheyReferTo) {
  const auto& t =
      Run("Turkey sold drones to Azerbaijan in 2020. The deliveries also included "
          "spare parts and jamming equipment. Officials said the shipments helped.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(Items(t[0]), (std::vector<std::string>{"drones=drone", "spare parts=",
                                                   "jamming equipment=electronic_warfare"}));
  EXPECT_EQ(t[0].mentions.size(), 2u);
  // One party is enough when only one transfer fits it.
  const auto& u = Run("Israel sold radars to Poland. The supply of radars from Israel grew.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].mentions.size(), 2u);
}

TEST_F(TransferFinderTest, SpansQuoteTheText) {
  const auto& t =
      Run("In 2021, Turkey sold drones to Azerbaijan. Azerbaijan bought more drones "
          "from Turkey in 2022.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].period_start, "2021");
  EXPECT_EQ(t[0].period_end, "2022");
  for (const TransferMention& m : t[0].mentions) {
    ASSERT_LT(m.begin, m.end);
    ASSERT_LE(m.end, text_.size());
    const text::Sentence& s = analyzed_.sentences[m.sentence];
    EXPECT_GE(m.begin, s.begin);
    EXPECT_LE(m.end, s.end);
  }
  EXPECT_EQ(text_.substr(t[0].mentions[0].begin, t[0].mentions[0].end - t[0].mentions[0].begin),
            "Turkey sold drones to Azerbaijan.");
}

TEST_F(TransferFinderTest, LimitsAreOptions) {
  TransferOptions one;
  one.max_transfers = 1;
  TransferFinder capped(*lexicon_, *patterns_, recognizer_->cues(), one);
  Run("Russia sold tanks to Armenia. Turkey sold drones to Azerbaijan.");
  std::vector<Transfer> out;
  capped.Find(analyzed_, recognition_, times_, coding_.events, out, scratch_);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].supplier.code, "RUS");
  TransferOptions short_sentences;
  short_sentences.max_sentence_tokens = 4;
  TransferFinder strict(*lexicon_, *patterns_, recognizer_->cues(), short_sentences);
  out.clear();
  strict.Find(analyzed_, recognition_, times_, coding_.events, out, scratch_);
  EXPECT_TRUE(out.empty());
}

TEST(TransferLexiconTest, RejectsBadLines) {
  TransferLexicon lexicon;
  EXPECT_TRUE(lexicon.AddLine("verb", "sell", "delivered", "supplier").ok());
  EXPECT_FALSE(lexicon.AddLine("verb", "sell", "sold", "supplier").ok());
  EXPECT_FALSE(lexicon.AddLine("verb", "sell", "delivered", "buyer").ok());
  EXPECT_FALSE(lexicon.AddLine("colour", "red", "", "").ok());
  EXPECT_FALSE(lexicon.AddLine("modality", "maybe", "offered", "").ok());
  std::string path = ::testing::TempDir() + "/transfers_bad.tsv";
  std::ofstream(path) << "# comment\ncode\t072\tdelivered\nnoun\tsale\tshipped\tsupplier\n";
  auto loaded = TransferLexicon::Load(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), StatusCode::kCorruptInput);
  EXPECT_EQ(loaded.status().line(), 3);
  std::filesystem::remove(path);
  EXPECT_EQ(TransferLexicon::Load(path).status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dossier::code
