// PETRARCH-1's comma-clause trimming on tagged sentences.
#include "dossier/eval/comma_clauses.h"

#include <gtest/gtest.h>

#include "dossier/text/text_analyzer.h"

namespace dossier {
namespace {

class CommaClausesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = text::TextAnalyzer::Load(DOSSIER_SOURCE_DATA_DIR);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    analyzer_ = std::move(loaded).value();
  }
  std::string Trim(std::string_view s, const CommaClauseLimits& limits = {}) {
    analyzer_->Analyze(s, text_);
    return TrimCommaClauses(text_, limits);
  }
  std::unique_ptr<text::TextAnalyzer> analyzer_;
  text::AnalyzedText text_;
};

TEST_F(CommaClausesTest, DropsInternalAndTerminalClausesByDefault) {
  EXPECT_EQ(Trim("The minister, in remarks published on Monday, urged talks, officials said."),
            "The minister urged talks.");
}

TEST_F(CommaClausesTest, KeepsClausesOutsideTheRanges) {
  EXPECT_EQ(Trim("The minister, speaking in the capital on a cold and rainy Monday night, urged "
                 "all sides to return to the table within days."),
            "The minister, speaking in the capital on a cold and rainy Monday night, urged "
            "all sides to return to the table within days.");
  CommaClauseLimits off;
  off.max = off.emax = 0;
  EXPECT_EQ(Trim("The minister, in remarks, urged talks, officials said.", off),
            "The minister, in remarks, urged talks, officials said.");
}

TEST_F(CommaClausesTest, InitialClauseOnlyWhenEnabled) {
  CommaClauseLimits initial;
  initial.bmin = 2;
  initial.bmax = 4;
  const char* late = "Late on Monday, the minister urged both sides to return to the table.";
  EXPECT_EQ(Trim(late), late);
  EXPECT_EQ(Trim(late, initial), "the minister urged both sides to return to the table.");
}

TEST_F(CommaClausesTest, CommasInsideNounPhrasesDelimitNothing) {
  EXPECT_EQ(Trim("Egypt welcomed ties with Jordan, Syria, Lebanon and Iraq after a long rift."),
            "Egypt welcomed ties with Jordan, Syria, Lebanon and Iraq after a long rift.");
  EXPECT_EQ(Trim("They paid 1,000 dollars."), "They paid 1,000 dollars.");
}

}  // namespace
}  // namespace dossier
