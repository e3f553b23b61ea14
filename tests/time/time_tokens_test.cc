// The lexicon and the token window the grammar reads.
#include "dossier/time/time_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "dossier/time/calendar_words.h"

namespace dossier::time {
namespace {

std::string_view TextOf(std::string_view s, const Token& t) {
  return s.substr(t.begin, t.end - t.begin);
}

TEST(CalendarWordsTest, LookupIgnoresCase) {
  EXPECT_EQ(LookupWord("June").lex, Lex::kMonth);
  EXPECT_EQ(LookupWord("JUNE").value, 6);
  EXPECT_EQ(LookupWord("may").lex, Lex::kMonth);  // capitalisation is the grammar's call
  EXPECT_EQ(LookupWord("Sept").lex, Lex::kMonthAbbrev);
  EXPECT_EQ(LookupWord("Thursday").value, 3);
  EXPECT_EQ(LookupWord("Q3").lex, Lex::kQuarterCode);
  EXPECT_EQ(LookupWord("nineteenth").value, 19);
  EXPECT_EQ(LookupWord("until").lex, Lex::kTo);
  EXPECT_EQ(LookupWord("junes").lex, Lex::kNone);
  EXPECT_EQ(LookupWord("").lex, Lex::kNone);
  EXPECT_EQ(LookupWord("a-very-long-word-indeed").lex, Lex::kNone);
}

TEST(CalendarWordsTest, HeadsOnly) {
  EXPECT_EQ(LookupHead("March").lex, Lex::kMonth);
  EXPECT_EQ(LookupHead("years").lex, Lex::kYearUnit);
  EXPECT_EQ(LookupHead("yesterday").value, -1);
  EXPECT_EQ(LookupHead("the").lex, Lex::kNone);   // a word, not a head
  EXPECT_EQ(LookupHead("last").lex, Lex::kNone);
  EXPECT_EQ(LookupHead("house").lex, Lex::kNone);
}

TEST(TokenWindowTest, NumbersWordsAndCodes) {
  std::string s = "Since 12th June, 2,000 K2 tanks and 1990s 9am";
  TokenWindow w(s, 0, 0);
  EXPECT_EQ(w[0].lex, Lex::kCue);  // "Since"
  EXPECT_EQ(w[1].kind, TokenKind::kNumber);
  EXPECT_EQ(w[1].value, 12);
  EXPECT_EQ(w[1].suffix, NumberSuffix::kOrdinal);
  EXPECT_EQ(w[2].lex, Lex::kMonth);
  EXPECT_TRUE(w[2].capitalised);
  EXPECT_TRUE(w[3].IsPunct(','));
  EXPECT_FALSE(w[3].spaced);
  EXPECT_TRUE(w[4].grouped);
  EXPECT_EQ(w[4].value, 2000);
  EXPECT_EQ(TextOf(s, w[4]), "2,000");
  EXPECT_EQ(w[5].kind, TokenKind::kCode);  // K2
  EXPECT_EQ(w[8].suffix, NumberSuffix::kPlural);
  EXPECT_EQ(w[8].DigitsEnd() - w[8].begin, 4u);
  EXPECT_EQ(w[9].kind, TokenKind::kCode);  // 9am
  EXPECT_EQ(w[10].kind, TokenKind::kEnd);
  EXPECT_EQ(w[23].kind, TokenKind::kEnd);
}

TEST(TokenWindowTest, UnicodePunctuation) {
  // en dash, curly apostrophe, no-break space
  std::string s = "2018\xE2\x80\x93" "22 in the \xE2\x80\x99" "90s 2022\xE2\x80\x99s\xC2\xA0" "end";
  TokenWindow w(s, 0, 0);
  EXPECT_EQ(w[0].value, 2018);
  EXPECT_TRUE(w[1].IsPunct('-'));
  EXPECT_FALSE(w[2].spaced);
  EXPECT_EQ(w[2].value, 22);
  EXPECT_TRUE(w[5].IsPunct('\''));
  EXPECT_EQ(w[6].suffix, NumberSuffix::kPlural);
  EXPECT_EQ(w[7].suffix, NumberSuffix::kApostropheS);
  EXPECT_EQ(TextOf(s, w[7]), "2022\xE2\x80\x99s");
  EXPECT_TRUE(w[8].spaced);
  EXPECT_EQ(w[8].lex, Lex::kPeriodNoun);
}

TEST(TokenWindowTest, LooksBackFromTheAnchor) {
  std::string s = "It happened in the early 1990s here";
  size_t anchor = s.find("1990s");
  TokenWindow w(s, 0, anchor);
  EXPECT_EQ(TextOf(s, w[0]), "1990s");
  EXPECT_EQ(w[-1].lex, Lex::kEarly);
  EXPECT_EQ(w[-2].lex, Lex::kThe);
  EXPECT_EQ(w[-3].lex, Lex::kCue);
  EXPECT_EQ(TextOf(s, w[-4]), "happened");
  EXPECT_EQ(TextOf(s, w[1]), "here");
}

TEST(TokenWindowTest, StopsAtTheFloorAndAtLineBreaks) {
  std::string s = "since\n2019 and";
  TokenWindow w(s, 0, s.find("2019"));
  EXPECT_EQ(w[-1].kind, TokenKind::kEnd);
  EXPECT_TRUE(w[0].spaced);
  std::string t = "in 2019 and 2020";
  TokenWindow v(t, t.find(" and"), t.find("2020"));
  EXPECT_EQ(v[-1].lex, Lex::kAnd);
  EXPECT_EQ(v[-2].kind, TokenKind::kEnd);
  std::string u = "2019\nJune";
  TokenWindow x(u, 0, 0);
  EXPECT_EQ(x[1].kind, TokenKind::kEnd);
}

TEST(TokenWindowTest, RunsFollowTheTokenRules) {
  std::string s = "Niinist\xC3\xB6 2018\xE2\x80\x93" "22";
  EXPECT_EQ(RunEnd(s, 0), s.find(' '));
  EXPECT_EQ(RunEnd(s, s.find("2018")), s.find("2018") + 4);  // the dash ends it
  EXPECT_TRUE(IsRunByte(s, 0));
  EXPECT_FALSE(IsRunByte(s, s.find("2018") + 4));
}

}  // namespace
}  // namespace dossier::time
