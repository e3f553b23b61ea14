#include "dossier/pipeline/story_assembler.h"

#include <gtest/gtest.h>

#include "testing/story_facts.h"

namespace dossier {
namespace {

Article MakeArticle(const std::string& id, const std::string& text) {
  Article a;
  a.id = id;
  a.path = id + ".txt";
  a.meta.title = text.substr(0, text.find('.'));
  a.text = text;
  return a;
}

TEST(StoryAssemblerTest, ArticlesOfOneStoryShareADossierAndCopiesAreMarked) {
  const RecognitionEngine* engine = dossier::testing::SharedEngine();
  ASSERT_NE(engine, nullptr);
  const std::string quake =
      "A strong earthquake struck southern Chile on Monday, killing 12 people in Temuco. "
      "Rescue teams searched collapsed buildings in Temuco while the Chilean government "
      "declared an emergency in the Araucania region.";
  const std::string quake2 =
      "Rescuers in Temuco pulled survivors from collapsed buildings after the earthquake in "
      "southern Chile killed 12 people. The Chilean government declared an emergency in Araucania.";
  const std::string vote =
      "Kenya's parliament voted on Tuesday to raise taxes on fuel. Opposition lawmakers in "
      "Nairobi walked out of the chamber before the budget vote.";
  std::vector<Article> articles = {MakeArticle("a1", quake), MakeArticle("a2", vote),
                                   MakeArticle("a3", quake2), MakeArticle("a4", quake)};
  StoryAssembler assembler;
  RecognitionEngine::Scratch scratch;
  for (const Article& a : articles) {
    engine->Process(a.text, kb::kNoDay, scratch);
    assembler.Add(a, scratch);
  }
  auto dossiers = assembler.Dossiers();
  ASSERT_EQ(dossiers.size(), 2u);
  EXPECT_EQ(dossiers[0].id, "s1");
  ASSERT_EQ(dossiers[0].articles.size(), 3u);
  EXPECT_EQ(dossiers[0].articles[0]->id, "a1");
  EXPECT_EQ(dossiers[0].articles[2]->id, "a4");
  EXPECT_EQ(dossiers[0].articles[0]->copy_of, -1);
  EXPECT_EQ(dossiers[0].articles[2]->copy_of, 0);
  EXPECT_EQ(dossiers[0].title, articles[0].meta.title);
  ASSERT_EQ(dossiers[1].articles.size(), 1u);
  EXPECT_EQ(dossiers[1].articles[0]->id, "a2");
}

TEST(StoryAssemblerTest, UndatedArticlesTakeTheStorysNewsYear) {
  const RecognitionEngine* engine = dossier::testing::SharedEngine();
  ASSERT_NE(engine, nullptr);
  const std::string dated =
      "In May 2023, Chile's president visited Lima to sign a copper pipeline accord with Peru. "
      "The Peruvian government said the Lima accord on the copper pipeline would cut costs.";
  const std::string undated =
      "Chile and Peru first discussed the copper pipeline in 2019. On 12 June, Chile's president "
      "signed the copper pipeline accord in Lima, the Peruvian government said.";
  StoryAssembler assembler;
  RecognitionEngine::Scratch scratch;
  for (const Article& a : {MakeArticle("d1", dated), MakeArticle("u1", undated)}) {
    engine->Process(a.text, kb::kNoDay, scratch);
    assembler.Add(a, scratch);
  }
  auto june = [](const story::ArticleFacts& f) {
    for (const auto& t : f.times) {
      if (f.Span(t.begin, t.end) == "12 June") return t.start;
    }
    return std::string();
  };
  std::vector<corroborate::StoryDossier> before = assembler.Dossiers();
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(june(*before[0].articles[1]), "2019-06-12");
  EXPECT_EQ(assembler.RedateUndated(*engine), 1u);
  std::vector<corroborate::StoryDossier> after = assembler.Dossiers();
  EXPECT_EQ(june(*after[0].articles[1]), "2023-06-12");
  EXPECT_EQ(assembler.RedateUndated(*engine), 0u);  // nothing left to redo
}

}  // namespace
}  // namespace dossier
