#include "dossier/text/lemmatizer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace dossier::text {
namespace {

using WC = WordClass;

std::string Lemma(std::string_view word, WordClass cls) {
  return std::string(Lemmatizer().Lemma(word, cls));
}

TEST(LemmatizerTest, RegularInflections) {
  EXPECT_EQ(Lemma("supplies", WC::kVerb), "supply");
  EXPECT_EQ(Lemma("delivered", WC::kVerb), "deliver");
  EXPECT_EQ(Lemma("delivering", WC::kVerb), "deliver");
  EXPECT_EQ(Lemma("raised", WC::kVerb), "raise");      // "-ed" -> "-e" before "-ed" -> ""
  EXPECT_EQ(Lemma("deliveries", WC::kNoun), "delivery");
  EXPECT_EQ(Lemma("troops", WC::kNoun), "troop");
  EXPECT_EQ(Lemma("boxes", WC::kNoun), "box");
  EXPECT_EQ(Lemma("churches", WC::kNoun), "church");
  EXPECT_EQ(Lemma("glasses", WC::kNoun), "glass");
  EXPECT_EQ(Lemma("congressmen", WC::kNoun), "congressman");
  EXPECT_EQ(Lemma("larger", WC::kAdjective), "large");
  EXPECT_EQ(Lemma("smallest", WC::kAdjective), "small");
}

TEST(LemmatizerTest, ExceptionListsComeFirst) {
  EXPECT_EQ(Lemma("supplied", WC::kVerb), "supply");
  EXPECT_EQ(Lemma("went", WC::kVerb), "go");
  EXPECT_EQ(Lemma("was", WC::kVerb), "be");
  EXPECT_EQ(Lemma("stopped", WC::kVerb), "stop");
  EXPECT_EQ(Lemma("children", WC::kNoun), "child");
  EXPECT_EQ(Lemma("feet", WC::kNoun), "foot");
  EXPECT_EQ(Lemma("better", WC::kAdjective), "good");
  EXPECT_EQ(Lemma("bigger", WC::kAdjective), "big");
  EXPECT_EQ(Lemma("better", WC::kAdverb), "well");
}

TEST(LemmatizerTest, TheClassDecides) {
  EXPECT_EQ(Lemma("found", WC::kVerb), "find");
  EXPECT_EQ(Lemma("found", WC::kNoun), "found");  // no noun rule applies
  EXPECT_EQ(Lemma("saw", WC::kVerb), "see");
  EXPECT_EQ(Lemma("saw", WC::kNoun), "saw");
  EXPECT_EQ(Lemma("better", WC::kNoun), "better");
}

TEST(LemmatizerTest, NounsThatKeepTheirFinalS) {
  EXPECT_EQ(Lemma("glass", WC::kNoun), "glass");  // "-ss" is never stripped
  EXPECT_EQ(Lemma("news", WC::kNoun), "news");    // "new" is no noun
  EXPECT_EQ(Lemma("us", WC::kNoun), "us");        // two letters
}

TEST(LemmatizerTest, FulNouns) {
  EXPECT_EQ(Lemma("handfuls", WC::kNoun), "handful");
  EXPECT_EQ(Lemma("spoonsful", WC::kNoun), "spoonful");
  EXPECT_EQ(Lemma("handful", WC::kNoun), "handful");
}

TEST(LemmatizerTest, AdverbsUseOnlyExceptions) {
  EXPECT_EQ(Lemma("quickly", WC::kAdverb), "quickly");
  EXPECT_EQ(Lemma("best", WC::kAdverb), "well");
}

TEST(LemmatizerTest, UnknownWordsComeBackUnchanged) {
  EXPECT_EQ(Lemma("pashinyan", WC::kNoun), "pashinyan");
  EXPECT_EQ(Lemma("blorfed", WC::kVerb), "blorfed");
  EXPECT_EQ(Lemma("", WC::kNoun), "");
  const std::string long_word(200, 's');
  EXPECT_EQ(Lemma(long_word, WC::kNoun), long_word);
  EXPECT_EQ(Lemma(long_word + "ful", WC::kNoun), long_word + "ful");
}

TEST(LemmatizerTest, CaseIsTheCallersJob) {
  // The tables are lower case; "Ministries" must be folded first.
  EXPECT_EQ(Lemma("Ministries", WC::kNoun), "Ministries");
  EXPECT_EQ(Lemma("ministries", WC::kNoun), "ministry");
}

TEST(LemmatizerTest, ResultIsTheInputOrAStaticView) {
  Lemmatizer lemmatizer;
  std::string word = "deliveries";
  std::string_view lemma = lemmatizer.Lemma(word, WC::kNoun);
  word.assign("xxxxxxxxxx");  // the lemma does not point into the input
  EXPECT_EQ(lemma, "delivery");
  std::string_view same = "troop";
  EXPECT_EQ(lemmatizer.Lemma(same, WC::kNoun).data(), same.data());
}

TEST(LemmatizerTest, IsLemma) {
  Lemmatizer lemmatizer;
  EXPECT_TRUE(lemmatizer.IsLemma("supply", WC::kVerb));
  EXPECT_TRUE(lemmatizer.IsLemma("supply", WC::kNoun));
  EXPECT_FALSE(lemmatizer.IsLemma("supplied", WC::kVerb));
  EXPECT_TRUE(lemmatizer.IsLemma("quickly", WC::kAdverb));
  EXPECT_FALSE(lemmatizer.IsLemma("quickly", WC::kNoun));
  EXPECT_FALSE(lemmatizer.IsLemma("prime_minister", WC::kNoun));  // single words only
  EXPECT_FALSE(lemmatizer.IsLemma("", WC::kNoun));
}

}  // namespace
}  // namespace dossier::text
