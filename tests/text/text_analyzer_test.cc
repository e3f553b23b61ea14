#include "dossier/text/text_analyzer.h"

#include <gtest/gtest.h>

#include "dossier/core/data_dir.h"
#include "dossier/text/normalizer.h"

namespace dossier::text {
namespace {

class TextAnalyzerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = TextAnalyzer::Load(DOSSIER_SOURCE_DATA_DIR);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    analyzer_ = std::move(loaded).value();
  }
  std::vector<std::string> Sentences(std::string_view s) {
    analyzer_->Analyze(s, out_);
    std::vector<std::string> v;
    for (const Sentence& x : out_.sentences) v.emplace_back(s.substr(x.begin, x.end - x.begin));
    return v;
  }
  std::vector<std::string> Tokens(std::string_view s) {
    analyzer_->Analyze(s, out_);
    std::vector<std::string> v;
    for (const Token& t : out_.tokens) v.emplace_back(out_.Surface(t));
    return v;
  }
  std::unique_ptr<TextAnalyzer> analyzer_;
  AnalyzedText out_;
};

TEST(NormalizerTest, FoldsCaseDiacriticsAndPunctuation) {
  EXPECT_EQ(Normalized("Erdoğan"), "erdogan");
  EXPECT_EQ(Normalized("Łukaszenka"), "lukaszenka");
  EXPECT_EQ(Normalized("Côte d’Ivoire"), "cote d'ivoire");
  EXPECT_EQ(Normalized("Türkiye"), "turkiye");
  EXPECT_EQ(Normalized("NATO"), "nato");
  EXPECT_EQ(Normalized("Zaporizhzhia–Kherson"), "zaporizhzhia-kherson");
  EXPECT_EQ(Normalized("Москва"), "москва");
}

TEST_F(TextAnalyzerTest, TokensKeepSpansAndSplitPossessivesAndJoiners) {
  EXPECT_EQ(Tokens("Russia's S-400 and O'Brien’s 2,000 troops in the U.S."),
            (std::vector<std::string>{"Russia", "'s", "S", "-", "400", "and", "O'Brien", "’s",
                                      "2,000", "troops", "in", "the", "U.S."}));
  analyzer_->Analyze("Su-35 jets", out_);
  EXPECT_TRUE(out_.tokens[1].Has(kJoiner));
  EXPECT_TRUE(out_.tokens[0].Has(kCapitalized));
  analyzer_->Analyze("the CSTO summit", out_);
  EXPECT_TRUE(out_.tokens[1].Has(kAllCaps));
  EXPECT_EQ(out_.Norm(out_.tokens[1]), "csto");
  EXPECT_EQ(Tokens("Wait... what? 3.5 km"),
            (std::vector<std::string>{"Wait", "...", "what", "?", "3.5", "km"}));
}

TEST_F(TextAnalyzerTest, ContractionsSplitAsInThePennTreebank) {
  EXPECT_EQ(Tokens("They didn't go; we can't, we'll see, I'm sure they're here."),
            (std::vector<std::string>{"They", "did", "n't", "go", ";", "we", "ca", "n't", ",",
                                      "we", "'ll", "see", ",", "I", "'m", "sure", "they", "'re",
                                      "here", "."}));
  EXPECT_EQ(Tokens("O'Neill won't, D'Alema isn't."),
            (std::vector<std::string>{"O'Neill", "wo", "n't", ",", "D'Alema", "is", "n't", "."}));
}

TEST_F(TextAnalyzerTest, PluralNounBeforeAPastTenseIsNoVerb) {
  analyzer_->Analyze("It came almost five years after crowds trashed its embassy.", out_);
  EXPECT_EQ(out_.tokens[6].Tag(), Pos::kNNS);  // crowds
  EXPECT_EQ(out_.tokens[7].Tag(), Pos::kVBD);  // trashed
  analyzer_->Analyze("The embassy has trashed its files.", out_);
  EXPECT_EQ(out_.tokens[2].Tag(), Pos::kVBZ);  // an auxiliary stays a verb
}

TEST_F(TextAnalyzerTest, SentencesRespectAbbreviations) {
  EXPECT_EQ(Sentences("Gen. Mark Milley met Mr. Smith. They talked."),
            (std::vector<std::string>{"Gen. Mark Milley met Mr. Smith.", "They talked."}));
  EXPECT_EQ(Sentences("He moved to the U.S. State Department in Jan. 2020. It was cold."),
            (std::vector<std::string>{"He moved to the U.S. State Department in Jan. 2020.",
                                      "It was cold."}));
  EXPECT_EQ(Sentences("Weapons went to the U.S. The ministry denied it."),
            (std::vector<std::string>{"Weapons went to the U.S.", "The ministry denied it."}));
  EXPECT_EQ(Sentences("See No. 5 on the list."),
            (std::vector<std::string>{"See No. 5 on the list."}));
}

TEST_F(TextAnalyzerTest, SentencesKeepQuotesTogether) {
  EXPECT_EQ(Sentences("He said: \"We will go. They won't.\" Then he left."),
            (std::vector<std::string>{"He said: \"We will go.", "They won't.\"", "Then he left."}));
  EXPECT_EQ(Sentences("\"We are ready,\" the minister said. \"Really?\" she asked."),
            (std::vector<std::string>{"\"We are ready,\" the minister said.",
                                      "\"Really?\" she asked."}));
}

TEST_F(TextAnalyzerTest, HeadlinesAndListItemsStandAlone) {
  EXPECT_EQ(Sentences("Armenia Freezes Its Membership\n\nThe decision came.\n- first item\n- second item"),
            (std::vector<std::string>{"Armenia Freezes Its Membership", "The decision came.",
                                      "- first item", "- second item"}));
  EXPECT_EQ(Sentences("a sentence wrapped\nacross two lines."),
            (std::vector<std::string>{"a sentence wrapped\nacross two lines."}));
}

TEST_F(TextAnalyzerTest, SentenceOfFindsTheSentence) {
  analyzer_->Analyze("One. Two three. Four.", out_);
  ASSERT_EQ(out_.sentences.size(), 3u);
  EXPECT_EQ(out_.SentenceOf(0), 0u);
  EXPECT_EQ(out_.SentenceOf(2), 1u);
  EXPECT_EQ(out_.SentenceOf(out_.tokens.size() - 1), 2u);
}

}  // namespace
}  // namespace dossier::text
