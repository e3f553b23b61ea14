// Tagging accuracy on news-like sentences tagged by hand (Penn Treebank
// conventions, punctuation as the training data tags it). Written for this
// test, so none of it is in the tagger's training text. The tokens are
// separated by spaces as a tokenizer would cut them; "word/TAG" each.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/text/pos_tagger.h"

namespace dossier::text {
namespace {

constexpr std::string_view kGold[] = {
    "Armenia/NNP has/VBZ frozen/VBN its/PRP$ participation/NN in/IN the/DT Russian-led/JJ military/JJ alliance/NN ,/, Prime/NNP Minister/NNP Nikol/NNP Pashinyan/NNP said/VBD on/IN Friday/NNP ./.",
    "Russia/NNP failed/VBD to/TO deliver/VB weapons/NNS that/WDT Yerevan/NNP had/VBD already/RB paid/VBN for/IN ,/, he/PRP told/VBD lawmakers/NNS ./.",
    "The/DT Collective/NNP Security/NNP Treaty/NNP Organization/NNP did/VBD not/RB respond/VB to/TO a/DT request/NN for/IN comment/NN ./.",
    "Poland/NNP signed/VBD a/DT contract/NN with/IN South/NNP Korea/NNP for/IN 180/CD tanks/NNS and/CC 212/CD howitzers/NNS last/JJ year/NN ./.",
    "The/DT first/JJ deliveries/NNS were/VBD supplied/VBN by/IN Hyundai/NNP Rotem/NNP in/IN December/NNP ,/, months/NNS ahead/RB of/IN schedule/NN ./.",
    "Officials/NNS in/IN Warsaw/NNP say/VBP the/DT other/JJ vehicles/NNS will/MD be/VB built/VBN locally/RB under/IN a/DT licence/NN ./.",
    "Finland/NNP became/VBD the/DT 31st/JJ member/NN of/IN NATO/NNP in/IN April/NNP 2023/CD ,/, ending/VBG decades/NNS of/IN neutrality/NN ./.",
    "Its/PRP$ border/NN with/IN Russia/NNP stretches/VBZ for/IN 1,340/CD kilometres/NNS ./.",
    "A/DT missile/NN struck/VBD a/DT grain/NN terminal/NN in/IN the/DT port/NN of/IN Odesa/NNP overnight/RB ,/, the/DT regional/JJ governor/NN said/VBD ./.",
    "Two/CD workers/NNS were/VBD killed/VBN and/CC several/JJ others/NNS were/VBD wounded/VBN ./.",
    "Ukraine/NNP exported/VBD nearly/RB 33/CD million/CD tonnes/NNS of/IN grain/NN under/IN the/DT deal/NN before/IN Moscow/NNP withdrew/VBD from/IN it/PRP ./.",
    "“/`` We/PRP will/MD not/RB allow/VB anyone/NN to/TO block/VB our/PRP$ exports/NNS ,/, ”/'' the/DT minister/NN told/VBD reporters/NNS ./.",
    "Prices/NNS of/IN wheat/NN rose/VBD sharply/RB after/IN the/DT attack/NN ,/, according/VBG to/TO traders/NNS in/IN Chicago/NNP ./.",
    "The/DT government/NN is/VBZ expected/VBN to/TO approve/VB the/DT new/JJ budget/NN next/JJ week/NN ./.",
    "Helsinki/NNP has/VBZ closed/VBN all/DT crossings/NNS on/IN its/PRP$ eastern/JJ border/NN because/IN of/IN a/DT surge/NN of/IN migrants/NNS ./.",
    "Defence/NNP Minister/NNP Antti/NNP Häkkänen/NNP said/VBD the/DT decision/NN was/VBD necessary/JJ to/TO protect/VB national/JJ security/NN ./.",
    "The/DT United/NNP States/NNPS and/CC its/PRP$ allies/NNS have/VBP sent/VBN billions/NNS of/IN dollars/NNS in/IN military/JJ aid/NN to/TO Kyiv/NNP since/IN 2022/CD ./.",
    "Shipping/NN companies/NNS remain/VBP reluctant/JJ to/TO send/VB vessels/NNS into/IN the/DT Black/NNP Sea/NNP ./.",
    "He/PRP added/VBD that/IN the/DT talks/NNS would/MD continue/VB in/IN Brussels/NNP on/IN Monday/NNP ./.",
    // Written after the tagger was tuned on the sentences above.
    "The/DT ministry/NN said/VBD it/PRP had/VBD received/VBN no/DT notice/NN of/IN the/DT strike/NN ./.",
    "Moscow/NNP has/VBZ repeatedly/RB said/VBN that/IN the/DT agreement/NN favours/VBZ Western/JJ buyers/NNS ./.",
    "Inspectors/NNS checked/VBD each/DT ship/NN before/IN it/PRP left/VBD the/DT Bosphorus/NNP ./.",
    "Analysts/NNS expect/VBP grain/NN prices/NNS to/TO climb/VB further/RB if/IN exports/NNS stop/VBP ./.",
    "Lithuania/NNP ,/, Latvia/NNP and/CC Estonia/NNP have/VBP pledged/VBN to/TO spend/VB at/IN least/JJS 2/CD %/NN of/IN their/PRP$ economic/JJ output/NN on/IN defence/NN ./.",
    "The/DT howitzers/NNS ,/, which/WDT can/MD hit/VB targets/NNS 40/CD kilometres/NNS away/RB ,/, are/VBP being/VBG tested/VBN near/IN Gdansk/NNP ./.",
    "President/NNP Andrzej/NNP Duda/NNP signed/VBD the/DT bill/NN into/IN law/NN on/IN Wednesday/NNP ./.",
    "Few/JJ experts/NNS believe/VBP the/DT ceasefire/NN will/MD hold/VB through/IN the/DT winter/NN ./.",
    "Its/PRP$ economy/NN grew/VBD by/IN 3.1/CD %/NN in/IN the/DT third/JJ quarter/NN ,/, the/DT statistics/NNS office/NN reported/VBD ./.",
};

struct Counts {
  int tokens = 0;
  int correct = 0;
  int words = 0;  // tokens that are not punctuation
  int words_correct = 0;
};

TEST(PosAccuracyTest, HandTaggedNewsSentences) {
  PosTagger tagger;
  Counts counts;
  for (std::string_view line : kGold) {
    std::vector<std::string_view> words;
    std::vector<Pos> gold;
    while (!line.empty()) {
      size_t space = line.find(' ');
      std::string_view item = line.substr(0, space);
      line = space == std::string_view::npos ? "" : line.substr(space + 1);
      size_t slash = item.rfind('/');
      ASSERT_NE(slash, std::string_view::npos) << item;
      words.push_back(item.substr(0, slash));
      gold.push_back(PosFromName(item.substr(slash + 1)));
      ASSERT_NE(gold.back(), Pos::kNone) << item;
    }
    std::vector<Pos> tags(words.size());
    tagger.Tag(words, tags);
    for (size_t i = 0; i < words.size(); ++i) {
      const bool ok = tags[i] == gold[i];
      counts.tokens++;
      counts.correct += ok;
      if (!IsPunctuation(gold[i])) {
        counts.words++;
        counts.words_correct += ok;
      }
      if (!ok) {
        std::printf("  miss: %.*s gold %.*s got %.*s\n", static_cast<int>(words[i].size()),
                    words[i].data(), static_cast<int>(PosName(gold[i]).size()),
                    PosName(gold[i]).data(), static_cast<int>(PosName(tags[i]).size()),
                    PosName(tags[i]).data());
      }
    }
  }
  const double accuracy = static_cast<double>(counts.correct) / counts.tokens;
  const double word_accuracy = static_cast<double>(counts.words_correct) / counts.words;
  std::printf("  accuracy %.4f on %d tokens; %.4f on %d non-punctuation tokens\n", accuracy,
              counts.tokens, word_accuracy, counts.words);
  RecordProperty("tokens", counts.tokens);
  RecordProperty("accuracy_permille", static_cast<int>(accuracy * 1000));
  EXPECT_GE(counts.tokens, 150);
  EXPECT_GE(accuracy, 0.95);
  EXPECT_GE(word_accuracy, 0.93);
}

}  // namespace
}  // namespace dossier::text
