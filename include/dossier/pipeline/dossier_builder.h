// DossierBuilder: the stages after `story/` run on one story: corroborate
// (facts merged across articles with their independent sources) ... in
// order, each filling its part of the StoryDossier.
//
// Loaded once from the engine's data folder; immutable after Load, so Build
// may run on several stories from several threads at once.
#ifndef DOSSIER_PIPELINE_DOSSIER_BUILDER_H_
#define DOSSIER_PIPELINE_DOSSIER_BUILDER_H_

#include <memory>
#include <string>

#include "dossier/core/status.h"
#include "dossier/corroborate/fact_merger.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/pipeline/recognition_engine.h"

namespace dossier {

struct DossierOptions {};

class DossierBuilder {
 public:
  // Errors: the stages' data files cannot be read (the Status names the file).
  static Result<std::unique_ptr<DossierBuilder>> Load(const RecognitionEngine& engine,
                                                      const DossierOptions& options = {});

  // Fills everything but `articles`, `id` and `title`, which the caller
  // (StoryAssembler) sets.
  void Build(corroborate::StoryDossier& dossier) const;

 private:
  explicit DossierBuilder(std::unique_ptr<corroborate::FactMerger> merger)
      : merger_(std::move(merger)) {}
  std::unique_ptr<corroborate::FactMerger> merger_;
};

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_DOSSIER_BUILDER_H_
