#include "dossier/text/pos_tagger.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace dossier::text {
namespace {

// Tags a sentence whose tokens are separated by single spaces and returns
// the Penn names joined by spaces, for readable expectations.
std::string Tags(std::string_view sentence) {
  std::vector<std::string_view> words;
  while (!sentence.empty()) {
    size_t space = sentence.find(' ');
    words.push_back(sentence.substr(0, space));
    sentence = space == std::string_view::npos ? "" : sentence.substr(space + 1);
  }
  std::vector<Pos> tags(words.size(), Pos::kNone);
  PosTagger().Tag(words, tags);
  std::string out;
  for (Pos p : tags) {
    if (!out.empty()) out += ' ';
    out += PosName(p);
  }
  return out;
}

TEST(PosTaggerTest, PastTenseAgainstParticiple) {
  EXPECT_EQ(Tags("Russia supplied weapons to Armenia ."), "NNP VBD NNS TO NNP .");
  EXPECT_EQ(Tags("The weapons were supplied by Russia ."), "DT NNS VBD VBN IN NNP .");
  EXPECT_EQ(Tags("The rifle was supplied by a contractor ."), "DT NN VBD VBN IN DT NN .");
}

TEST(PosTaggerTest, PluralNounBeforeAPastTense) {
  EXPECT_EQ(Tags("years after crowds trashed its embassy ."), "NNS IN NNS VBD PRP$ NN .");
}

TEST(PosTaggerTest, PastTenseAfterAProperNounSubject) {
  EXPECT_EQ(Tags("Saudi Arabia cut ties with Iran ."), "NNP NNP VBD NNS IN NNP .");
  EXPECT_EQ(Tags("Qatar funded Hamas ."), "NNP VBD NNPS .");
  EXPECT_EQ(Tags("Officials said Qatar funded Hamas ."), "NNS VBD NNP VBD NNPS .");
  // A name modifying a noun inside a noun phrase keeps the noun.
  EXPECT_EQ(Tags("the Qatari funded Hamas militants ."), "DT NNP JJ NNP NNS .");
}

TEST(PosTaggerTest, TearGasIsANoun) {
  EXPECT_EQ(Tags("Police fired tear gas at protesters ."), "NNP VBD NN NN IN NNS .");
}

TEST(PosTaggerTest, AdjectiveInEdAfterHaveIsAParticiple) {
  EXPECT_EQ(Tags("Police have tortured scores of refugees ."), "NNS VBP VBN NNS IN NNS .");
  EXPECT_EQ(Tags("They had repeatedly tortured the prisoners ."), "PRP VBD RB VBN DT NNS .");
}

TEST(PosTaggerTest, ASentenceWithoutAFiniteVerbHasOne) {
  EXPECT_EQ(Tags("A group based in Nairobi arrested two students ."),
            "DT NN VBN IN NNP VBD CD NNS .");
}

TEST(PosTaggerTest, PastFormAfterAPrepositionalNameIsAParticiple) {
  EXPECT_EQ(Tags("Kenya suspended a programme for Uganda aimed at schools ."),
            "NNP VBD DT NN IN NNP VBN IN NNS .");
}

TEST(PosTaggerTest, NoBaseFormAfterAnArticleOrAPreposition) {
  EXPECT_EQ(Tags("Kenya accused Chile of torture ."), "NNP VBD NNP IN NN .");
  EXPECT_EQ(Tags("They condemned the torture of prisoners ."), "PRP VBD DT NN IN NNS .");
  // "to" before a verb stays a verb's base form.
  EXPECT_EQ(Tags("They refused to torture prisoners ."), "PRP VBD TO VB NNS .");
}

TEST(PosTaggerTest, PastFormOfASubordinateClauseAfterAName) {
  EXPECT_EQ(Tags("Chile supplied rifles to Peru as tensions with Bolivia surged ."),
            "NNP VBD NNS TO NNP IN NNS IN NNP VBD .");
}

TEST(PosTaggerTest, ModalAndBaseForm) {
  EXPECT_EQ(Tags("Seoul will deliver 180 tanks by 2025 ."), "NNP MD VB CD NNS IN CD .");
  EXPECT_EQ(Tags("They could not deliver the grain ."), "PRP MD RB VB DT NN .");
}

TEST(PosTaggerTest, Nouns) {
  EXPECT_EQ(Tags("The deliveries of grain resumed ."), "DT NNS IN NN VBD .");
  EXPECT_EQ(Tags("a deal with the ministry"), "DT NN IN DT NN");
}

TEST(PosTaggerTest, ProperNounRuns) {
  EXPECT_EQ(Tags("Prime Minister Nikol Pashinyan said so ."), "NNP NNP NNP NNP VBD RB .");
  EXPECT_EQ(Tags("He criticised the Collective Security Treaty Organization ."),
            "PRP VBD DT NNP NNP NNP NNP .");
}

TEST(PosTaggerTest, UnknownWordsByShape) {
  // Invented words: only suffix and shape can tell.
  EXPECT_EQ(Tags("The troops were blorfing the gorpification quickly ."),
            "DT NNS VBD VBG DT NN RB .");
  EXPECT_EQ(Tags("Officials met Zorblat Quenz in Vrelsk ."), "NNS VBD NNP NNP IN NNP .");
  EXPECT_EQ(Tags("It fell 4.5 % to 1,340 on the 21st ."), "PRP VBD CD NN TO CD IN DT JJ .");
  EXPECT_EQ(Tags("the Su-35 and a state-blorfed firm"), "DT NNP CC DT JJ NN");
}

TEST(PosTaggerTest, CapitalisedCommonWordAtSentenceStart) {
  // "Shipping" is known only as a name with a capital; as the first word
  // its lower-case readings count too.
  const std::string tags = Tags("Shipping companies remain reluctant .");
  EXPECT_NE(tags.substr(0, 4), "NNP ") << tags;
}

TEST(PosTaggerTest, TypographicPunctuation) {
  EXPECT_EQ(Tags("\u201c We will not stop , \u201d he said \u2014 again ."),
            "`` PRP MD RB VB , '' PRP VBD : RB .");
  EXPECT_EQ(Tags("\" We will not stop , \" he said ."), "`` PRP MD RB VB , '' PRP VBD .");
  EXPECT_EQ(Tags("Russia \u2019s army ( the largest )"), "NNP POS NN -LRB- DT JJS -RRB-");
}

TEST(PosTaggerTest, EdgeCases) {
  PosTagger tagger;
  tagger.Tag({}, {});  // nothing to do
  std::vector<std::string_view> words = {"", "\xff\xfe", "-"};
  std::vector<Pos> tags(words.size(), Pos::kNone);
  tagger.Tag(words, tags);
  for (Pos p : tags) EXPECT_NE(p, Pos::kNone);
}

TEST(PosTaggerTest, LongSentencesUseTheHeap) {
  // Past 256 tokens the lattice moves off the stack; results must not change.
  std::vector<std::string_view> words;
  for (int i = 0; i < 200; ++i) {
    for (std::string_view w : {"the", "troops", "were", "supplied", ","}) words.push_back(w);
  }
  std::vector<Pos> tags(words.size());
  PosTagger().Tag(words, tags);
  EXPECT_EQ(tags[0], Pos::kDT);
  EXPECT_EQ(tags[words.size() - 2], Pos::kVBN);
  EXPECT_EQ(tags[words.size() - 4], Pos::kNNS);
}

}  // namespace
}  // namespace dossier::text
