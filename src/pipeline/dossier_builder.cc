#include "dossier/pipeline/dossier_builder.h"

namespace dossier {

Result<std::unique_ptr<DossierBuilder>> DossierBuilder::Load(const RecognitionEngine& engine,
                                                             const DossierOptions& options) {
  std::unique_ptr<DossierBuilder> builder(new DossierBuilder());
  corroborate::FactMergeOptions merge;
  auto cues = corroborate::SourceCues::Load(engine.data_dir());
  if (!cues.ok()) return cues.status();
  merge.cues = std::move(cues).value();
  builder->merger_ = std::make_unique<corroborate::FactMerger>(&engine.kb(), std::move(merge));
  if (!options.reference_register.empty()) {
    auto reg = corroborate::ReferenceRegister::Load(options.reference_register);
    if (!reg.ok()) return reg.status();
    builder->register_ = std::make_unique<corroborate::ReferenceRegister>(std::move(reg).value());
  }
  auto contradictions = corroborate::ContradictionFinder::Load(engine.data_dir(), &engine.kb());
  if (!contradictions.ok()) return contradictions.status();
  builder->contradictions_ =
      std::make_unique<corroborate::ContradictionFinder>(std::move(contradictions).value());
  auto summarizer = summarize::Summarizer::Load(engine.data_dir());
  if (!summarizer.ok()) return summarizer.status();
  builder->summarizer_ = std::make_unique<summarize::Summarizer>(std::move(summarizer).value());
  builder->flags_ = std::make_unique<corroborate::FlagFinder>(engine.kb(), builder->register_.get());
  return builder;
}

void DossierBuilder::Build(corroborate::StoryDossier& dossier) const {
  merger_->Merge(dossier);
  contradictions_->Find(dossier);
  flags_->Find(dossier);
  summarizer_->Summarize(dossier);
}

}  // namespace dossier
