// DossierBuilder: the stages after `story/` run on one story: corroborate
// (facts merged across articles with their independent sources,
// contradictions between outlets, flags from the knowledge base and the
// reference register) and summarize (summary, key points, what preceded
// it), in that order, each filling its part of the StoryDossier.
//
// Loaded once from the engine's data folder; immutable after Load, so Build
// may run on several stories from several threads at once.
#ifndef DOSSIER_PIPELINE_DOSSIER_BUILDER_H_
#define DOSSIER_PIPELINE_DOSSIER_BUILDER_H_

#include <memory>
#include <string>

#include "dossier/core/status.h"
#include "dossier/corroborate/contradiction_finder.h"
#include "dossier/corroborate/fact_merger.h"
#include "dossier/corroborate/flag_finder.h"
#include "dossier/corroborate/reference_register.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/pipeline/recognition_engine.h"
#include "dossier/summarize/summarizer.h"

namespace dossier {

struct DossierOptions {
  // A SIPRI arms-transfer register (CSV, either layout) to check the news'
  // transfers against; empty: no register flags.
  std::string reference_register;
};

class DossierBuilder {
 public:
  // Errors: the stages' data files or the reference register cannot be read
  // (the Status names the file and line).
  static Result<std::unique_ptr<DossierBuilder>> Load(const RecognitionEngine& engine,
                                                      const DossierOptions& options = {});

  // Fills everything but `articles`, `id` and `title`, which the caller
  // (StoryAssembler) sets.
  void Build(corroborate::StoryDossier& dossier) const;

  // Null without --reference-register.
  const corroborate::ReferenceRegister* reference_register() const { return register_.get(); }
  const corroborate::FlagFinder& flag_finder() const { return *flags_; }

 private:
  DossierBuilder() = default;
  std::unique_ptr<corroborate::FactMerger> merger_;
  std::unique_ptr<corroborate::ReferenceRegister> register_;
  std::unique_ptr<corroborate::FlagFinder> flags_;
  std::unique_ptr<corroborate::ContradictionFinder> contradictions_;
  std::unique_ptr<summarize::Summarizer> summarizer_;
};

}  // namespace dossier

#endif  // DOSSIER_PIPELINE_DOSSIER_BUILDER_H_
