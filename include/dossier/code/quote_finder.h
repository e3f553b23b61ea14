// QuoteFinder: direct quotes (straight and curly marks, split by "he said",
// running over paragraphs) and indirect speech, with speakers resolved to
// recognised entities.
#ifndef DOSSIER_CODE_QUOTE_FINDER_H_
#define DOSSIER_CODE_QUOTE_FINDER_H_

#include <string>
#include <vector>

#include "dossier/code/coding.h"
#include "dossier/code/speech_lexicon.h"
#include "dossier/core/status.h"
#include "dossier/recognize/recognition.h"
#include "dossier/text/token.h"

namespace dossier::code {

// A direct quote is the text between two quote marks of one kind; a short one
// (three words or fewer) inside a sentence is a scare quote or a term, not a
// quote, unless it is a whole utterance ("“No,” he said."). Its speaker is
// found, in this order, from a verb of saying or "according to" next to it
// (after it when the quote starts its sentence, else before it first), then
// from its position: the speaker of the previous quote in its paragraph, a
// following sentence that names who spoke, or, for a paragraph that is only a
// quote, the paragraph before. "he"/"she" stand for the last person named
// before them outside quotes. Indirect speech is "X said (that) S" with S
// outside quote marks. Paragraphs are separated by blank lines when the text
// has any, else by line breaks. Quote::how is the cue as written ("said",
// "according to"), "pronoun", "position", or empty when no speaker was
// found. All work is linear in the text's tokens.
//
// Immutable after Load; safe to share between threads.
class QuoteFinder {
 public:
  // Reads the verbs of saying and the other cues it needs from
  // `data_dir`/events/speech.tsv. Errors: kNotFound, kCorruptInput naming
  // the file and line.
  static Result<QuoteFinder> Load(const std::string& data_dir);

  // Appends the quotes of `text` to `out`, in text order. Every quote's
  // span lies inside text.text: text.text.substr(begin, end - begin) is the
  // quote's `text`, except for a quote split by its attribution ("“We will
  // not,” he said, “give in.”"), whose span runs from the first word to the
  // last and whose `text` joins the parts with a space (so does a quote that
  // runs over paragraphs). `recognition` must be the recognition of `text`.
  void Find(const text::AnalyzedText& text, const recognize::Recognition& recognition,
            std::vector<Quote>& out) const;

 private:
  SpeechLexicon lexicon_;
};

}  // namespace dossier::code

#endif  // DOSSIER_CODE_QUOTE_FINDER_H_
