// The text stage as one call: tokens, sentences, parts of speech, lemmas.
#ifndef DOSSIER_TEXT_TEXT_ANALYZER_H_
#define DOSSIER_TEXT_TEXT_ANALYZER_H_

#include <memory>
#include <string>

#include "dossier/core/status.h"
#include "dossier/text/token.h"
#include "dossier/text/tokenizer.h"

namespace dossier::text {

// Immutable after Load, so one instance serves every thread; each thread
// passes its own AnalyzedText, which is reused between articles to keep
// allocations flat.
class TextAnalyzer {
 public:
  // Reads data/text/abbreviations.tsv under `data_dir`.
  static Result<std::unique_ptr<TextAnalyzer>> Load(const std::string& data_dir);

  void Analyze(std::string_view text, AnalyzedText& out) const;

  const Abbreviations& abbreviations() const { return abbreviations_; }

 private:
  explicit TextAnalyzer(Abbreviations abbreviations);
  void TagAndLemmatize(AnalyzedText& out) const;

  Abbreviations abbreviations_;
  Tokenizer tokenizer_;
};

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_TEXT_ANALYZER_H_
