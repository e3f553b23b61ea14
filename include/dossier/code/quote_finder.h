// QuoteFinder: direct quotes (straight and curly marks, split by "he said",
// running over paragraphs) and indirect speech, with speakers resolved to
// recognised entities.
#ifndef DOSSIER_CODE_QUOTE_FINDER_H_
#define DOSSIER_CODE_QUOTE_FINDER_H_

#include <string>
#include <vector>

#include "dossier/code/coding.h"
#include "dossier/core/status.h"
#include "dossier/recognize/recognition.h"
#include "dossier/text/token.h"

namespace dossier::code {

// Immutable after Load; safe to share between threads.
class QuoteFinder {
 public:
  // Reads the verbs of saying and the other cues it needs from
  // `data_dir`/events/speech.tsv. Errors: kNotFound, kCorruptInput naming
  // the file and line.
  static Result<QuoteFinder> Load(const std::string& data_dir);

  // Appends the quotes of `text` to `out`, in text order. Every quote's
  // span lies inside text.text.
  void Find(const text::AnalyzedText& text, const recognize::Recognition& recognition,
            std::vector<Quote>& out) const;
};

}  // namespace dossier::code

#endif  // DOSSIER_CODE_QUOTE_FINDER_H_
