// Summarizer: the summarize stage. Fills a story dossier's extractive summary
// (3-7 sentences, each the exact text of one sentence of one article), its key
// points (short lines built from the merged facts) and "what preceded it"
// (timeline entries dated before the story's news). How sentences are chosen:
// docs/stories.md, "Summaries".
//
// Ownership: Load() reads everything it needs (data/text/abbreviations.tsv,
// data/events/cameo.tsv, data/summarize/cues.tsv) and keeps it; the Summarizer
// holds no pointer into the dossier. Thread safety: immutable after Load, so
// one instance may summarize many stories from many threads at once (each
// call uses its own scratch).
#ifndef DOSSIER_SUMMARIZE_SUMMARIZER_H_
#define DOSSIER_SUMMARIZE_SUMMARIZER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "dossier/code/cameo_codes.h"
#include "dossier/core/status.h"
#include "dossier/corroborate/story_dossier.h"
#include "dossier/summarize/sentence_salience.h"
#include "dossier/summarize/sentence_selection.h"
#include "dossier/summarize/summary_cues.h"
#include "dossier/text/text_analyzer.h"

namespace dossier::summarize {

struct SummarizerOptions {
  SalienceOptions salience;
  SelectionOptions selection;
  size_t max_key_points = 7;  // lines of key points at most
  size_t max_preceded = 5;    // "what preceded it" entries at most
};

class Summarizer {
 public:
  // Errors: kNotFound / kCorruptInput from the data files, naming the file.
  static Result<Summarizer> Load(const std::string& data_dir,
                                 const SummarizerOptions& options = {});

  // Replaces dossier.summary, dossier.key_points and dossier.preceded. Reads
  // the dossier's articles (which must be alive) and, when present, its merged
  // facts; never fails: a story with no usable sentence gets an empty summary.
  void Summarize(corroborate::StoryDossier& dossier) const;

  const SummarizerOptions& options() const { return options_; }

 private:
  Summarizer(std::shared_ptr<const text::TextAnalyzer> analyzer, code::CameoCodes cameo,
             SummaryCues cues, const SummarizerOptions& options);

  std::shared_ptr<const text::TextAnalyzer> analyzer_;
  code::CameoCodes cameo_;
  SummaryCues cues_;
  SummarizerOptions options_;
};

}  // namespace dossier::summarize

#endif  // DOSSIER_SUMMARIZE_SUMMARIZER_H_
