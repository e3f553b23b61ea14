// StoryAssembler: the stories stage inside `analyze`. Each processed article
// is placed in a story as it arrives (StoryClusterer: joins or opens a story,
// near-duplicate copies marked) and its facts are kept (ArticleFacts); at the
// end, each story becomes a StoryDossier whose articles point into the
// assembler, ready for the corroborate and summarize stages.
//
// Memory: the facts of every article are kept until the dossiers are built
// (a few times the article's text). Thread safety: none; one thread adds.
#ifndef DOSSIER_PIPELINE_STORY_ASSEMBLER_H_
#define DOSSIER_PIPELINE_STORY_ASSEMBLER_H_

#include <deque>
#include <vector>

#include "dossier/core/article.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/pipeline/recognition_engine.h"
#include "dossier/story/article_facts.h"
#include "dossier/story/article_features.h"
#include "dossier/story/story_clusterer.h"

namespace dossier {

class StoryAssembler {
 public:
  explicit StoryAssembler(const story::ClustererOptions& clustering = {},
                          const story::FeatureOptions& features = {});

  // Places the article `scratch` holds the analysis of (engine.Process on
  // article.text) and keeps its facts.
  void Add(const Article& article, const RecognitionEngine::Scratch& scratch);

  size_t articles() const { return facts_.size(); }
  const story::StoryClusterer& clusterer() const { return clusterer_; }

  // Dates the undated articles of each story by the story's news year: the
  // latest publication year of its dated articles, else the latest year
  // written in a specific date (a day or month) in any of its articles.
  // An undated article whose inferred years differ from it is processed
  // again with that year (time::TimeFinder::Find, `news_year`), so "on 12
  // June" in a reprint follows the story rather than the nearest year the
  // reprint happens to write. Returns the number of articles redone.
  size_t RedateUndated(const RecognitionEngine& engine);

  // One dossier per story, ordered by their first article; ids "s1", "s2"
  // ...; articles in arrival order with copy_of set to the story-local index
  // of their original. The dossiers point into this assembler.
  std::vector<corroborate::StoryDossier> Dossiers();

 private:
  story::FeatureExtractor extractor_;
  story::StoryClusterer clusterer_;
  std::deque<story::ArticleFacts> facts_;  // stable addresses
};

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_STORY_ASSEMBLER_H_
