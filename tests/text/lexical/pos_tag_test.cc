#include "dossier/text/pos_tag.h"

#include <gtest/gtest.h>

#include "dossier/text/pos_tagger.h"

namespace dossier::text {
namespace {

TEST(PosTagTest, NamesRoundTrip) {
  for (size_t i = 1; i < kPosCount; ++i) {
    const Pos p = static_cast<Pos>(i);
    EXPECT_EQ(PosFromName(PosName(p)), p) << PosName(p);
    EXPECT_EQ(PosFromName(kPosNames[i].data), p) << kPosNames[i].data;
  }
  EXPECT_EQ(PosName(Pos::kPRPS), "PRP$");
  EXPECT_EQ(PosName(Pos::kSentenceEnd), ".");
  EXPECT_EQ(PosFromName("det"), Pos::kDT);
  EXPECT_EQ(PosFromName("XYZ"), Pos::kNone);
  EXPECT_EQ(PosName(Pos::kNone), "");
}

TEST(PosTagTest, ZeroIsUntagged) {
  // Token::pos stores a Pos in a byte; zero-initialised tokens are untagged.
  EXPECT_EQ(static_cast<int>(Pos::kNone), 0);
  EXPECT_EQ(kPosCount, 45u);
}

TEST(PosTagTest, Predicates) {
  static_assert(IsNoun(Pos::kNNS) && IsNoun(Pos::kNNP) && !IsNoun(Pos::kPRP));
  static_assert(IsProperNoun(Pos::kNNPS) && !IsProperNoun(Pos::kNN));
  static_assert(IsVerb(Pos::kVB) && IsVerb(Pos::kVBZ) && !IsVerb(Pos::kMD));
  static_assert(IsAdjective(Pos::kJJR) && !IsAdjective(Pos::kRB));
  static_assert(IsAdverb(Pos::kRBS) && !IsAdverb(Pos::kWRB));
  static_assert(IsPunctuation(Pos::kComma) && IsPunctuation(Pos::kCloseBracket) &&
                !IsPunctuation(Pos::kSYM));
  static_assert(IsPronoun(Pos::kWPS) && IsNumber(Pos::kCD));
  static_assert(IsContentWord(Pos::kVBN) && !IsContentWord(Pos::kDT));
  SUCCEED();
}

TEST(PosTagTest, WordClassOf) {
  EXPECT_EQ(WordClassOf(Pos::kNNS), WordClass::kNoun);
  EXPECT_EQ(WordClassOf(Pos::kVBD), WordClass::kVerb);
  EXPECT_EQ(WordClassOf(Pos::kJJS), WordClass::kAdjective);
  EXPECT_EQ(WordClassOf(Pos::kRBR), WordClass::kAdverb);
  EXPECT_EQ(WordClassOf(Pos::kNNP), std::nullopt);  // names keep their form
  EXPECT_EQ(WordClassOf(Pos::kMD), std::nullopt);
  EXPECT_EQ(WordClassOf(Pos::kDT), std::nullopt);
}

}  // namespace
}  // namespace dossier::text
