// Test support: the ArticleFacts of every article in a folder (or file), as
// `dossier analyze` would capture them, with the engine that made them. For
// tests of the stages after `story/`; a test skips when the folder is absent.
#ifndef DOSSIER_TESTS_TESTING_STORY_FACTS_H_
#define DOSSIER_TESTS_TESTING_STORY_FACTS_H_

#include <memory>
#include <string>
#include <vector>

#include "dossier/pipeline/analyzer.h"
#include "dossier/pipeline/article_facts_capture.h"
#include "dossier/pipeline/recognition_engine.h"
#include "dossier/story/article_facts.h"

namespace dossier::testing {

// The engine is loaded once per process (DOSSIER_SOURCE_DATA_DIR).
inline const RecognitionEngine* SharedEngine() {
  static std::unique_ptr<RecognitionEngine> engine = [] {
    EngineOptions options;
    options.data_dir = DOSSIER_SOURCE_DATA_DIR;
    auto loaded = RecognitionEngine::Load(options);
    return loaded.ok() ? std::move(loaded).value() : nullptr;
  }();
  return engine.get();
}

// Articles in input order; empty when the input cannot be read.
inline std::vector<story::ArticleFacts> FactsOf(const std::string& input) {
  std::vector<story::ArticleFacts> out;
  const RecognitionEngine* engine = SharedEngine();
  if (engine == nullptr) return out;
  AnalyzeOptions options;
  options.inputs = {input};
  Analyzer analyzer(options, [](const Status&) {});
  RecognitionEngine::Scratch scratch;
  auto stats = analyzer.Run([&](const Article& a) {
    engine->Process(a.text, PublicationDay(a.meta.published), scratch);
    out.push_back(CaptureFacts(a, scratch));
  });
  if (!stats.ok()) out.clear();
  return out;
}

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_TESTING_STORY_FACTS_H_
