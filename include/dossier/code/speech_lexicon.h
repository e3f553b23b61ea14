// SpeechLexicon: the verbs, phrases and nouns of saying that the quote finder
// looks for around quotes (data/events/speech.tsv, format in
// docs/event-patterns.md), matched on the tokens of an analysed text.
#ifndef DOSSIER_CODE_SPEECH_LEXICON_H_
#define DOSSIER_CODE_SPEECH_LEXICON_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/core/status.h"
#include "dossier/kb/flat_maps.h"
#include "dossier/text/token.h"

namespace dossier::code {

struct SpeechCue {
  enum class Kind : uint8_t {
    kVerb,    // its subject is the speaker ("the minister said")
    kSource,  // the noun phrase after it is the speaker ("according to X")
    kNoun,    // names something said ("remarks", "statement")
  };
  Kind kind = Kind::kVerb;
  bool indirect = false;           // "X VERB (that) S" is reported speech of S
  bool hearer = false;             // the noun phrase after the verb is the one spoken to
  std::vector<std::string> words;  // normal forms; each matches a token's norm or lemma
  std::string text;                // the words joined by spaces ("according to")
};

// Immutable after Load; safe to share between threads.
class SpeechLexicon {
 public:
  // Reads a speech.tsv file. Errors: kNotFound; kCorruptInput naming the file
  // and line (unknown kind or flag, no words).
  static Result<SpeechLexicon> Load(const std::string& path);

  // Adds a cue whose `words` are not empty.
  void Add(SpeechCue cue);

  // The longest cue whose words match the tokens from `i` on, or nullptr;
  // `length` receives the number of tokens it covers. Between a verb and a
  // noun of one spelling, the token's part of speech decides.
  const SpeechCue* Match(const text::AnalyzedText& text, uint32_t i, uint32_t& length) const;

  size_t size() const { return cues_.size(); }

 private:
  std::vector<SpeechCue> cues_;
  kb::StringIds first_words_;                    // a cue's first word -> id
  std::vector<std::vector<uint32_t>> by_first_;  // id - 1 -> indexes into cues_
};

}  // namespace dossier::code

#endif  // DOSSIER_CODE_SPEECH_LEXICON_H_
