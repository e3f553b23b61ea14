#include "dossier/text/word_memo.h"

#include <gtest/gtest.h>

#include "dossier/text/text_analyzer.h"

namespace dossier::text {
namespace {

// Sentence-initial capitals, quotes, a word read as noun and as verb, an
// unknown word and a lemma from the exception lists.
constexpr std::string_view kTexts[] = {
    "Shipping resumed. The ministry said shipping attacks fell.",
    "\"Attacks continue,\" he said. Russia attacks Kharkiv; the Zorblax went to Minsk.",
    "Shipping attacks and supplied deliveries: Minsk went quiet.",
};

struct Analysis {
  std::vector<std::string> norms, lemmas;
  std::vector<uint8_t> tags;
  bool operator==(const Analysis&) const = default;
};

Analysis Summary(const AnalyzedText& t) {
  Analysis a;
  for (const Token& tok : t.tokens) {
    a.norms.emplace_back(t.Norm(tok));
    a.lemmas.emplace_back(t.Lemma(tok));
    a.tags.push_back(tok.pos);
  }
  return a;
}

class WordMemoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = TextAnalyzer::Load(DOSSIER_SOURCE_DATA_DIR);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    analyzer_ = std::move(loaded).value();
  }
  Analysis Fresh(std::string_view text) {
    AnalyzedText out;
    analyzer_->Analyze(text, out);
    return Summary(out);
  }
  std::unique_ptr<TextAnalyzer> analyzer_;
};

TEST_F(WordMemoTest, RememberedWordsAnalyseAsFreshOnes) {
  AnalyzedText reused;
  for (int round = 0; round < 2; ++round) {
    for (std::string_view text : kTexts) {
      analyzer_->Analyze(text, reused);
      EXPECT_EQ(Summary(reused), Fresh(text)) << text;
    }
  }
  EXPECT_GT(reused.memo.size(), 0u);
}

TEST_F(WordMemoTest, EmptiesItselfWhenFullBeforeANewText) {
  AnalyzedText out;
  out.memo = WordMemo(/*max_words=*/4);
  for (std::string_view text : kTexts) {
    analyzer_->Analyze(text, out);
    EXPECT_EQ(Summary(out), Fresh(text)) << text;
    // Emptied before each text, so it holds one text's words at most.
    EXPECT_LE(out.memo.size(), out.tokens.size());
  }
}

TEST_F(WordMemoTest, CopiesStartEmpty) {
  AnalyzedText out;
  analyzer_->Analyze(kTexts[0], out);
  AnalyzedText copy = out;
  EXPECT_EQ(copy.memo.size(), 0u);
  EXPECT_EQ(Summary(copy), Summary(out));
}

}  // namespace
}  // namespace dossier::text
