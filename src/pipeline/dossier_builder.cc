#include "dossier/pipeline/dossier_builder.h"

namespace dossier {

Result<std::unique_ptr<DossierBuilder>> DossierBuilder::Load(const RecognitionEngine& engine,
                                                             const DossierOptions&) {
  corroborate::FactMergeOptions merge;
  auto cues = corroborate::SourceCues::Load(engine.data_dir());
  if (!cues.ok()) return cues.status();
  merge.cues = std::move(cues).value();
  auto merger = std::make_unique<corroborate::FactMerger>(&engine.kb(), std::move(merge));
  return std::unique_ptr<DossierBuilder>(new DossierBuilder(std::move(merger)));
}

void DossierBuilder::Build(corroborate::StoryDossier& dossier) const {
  merger_->Merge(dossier);
}

}  // namespace dossier
