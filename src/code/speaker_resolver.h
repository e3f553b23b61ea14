// SpeakerResolver: the entity that a verb of saying, an "according to"
// phrase or a pronoun points to. Built for one text; internal to the code
// stage. Every search is bounded by a small window of tokens.
#ifndef DOSSIER_SRC_CODE_SPEAKER_RESOLVER_H_
#define DOSSIER_SRC_CODE_SPEAKER_RESOLVER_H_

#include <cstdint>
#include <vector>

#include "dossier/code/coding.h"
#include "dossier/code/speech_lexicon.h"
#include "dossier/recognize/recognition.h"
#include "dossier/text/token.h"
#include "quote_marks.h"

namespace dossier::code {

struct SpeakerGuess {
  Actor actor;           // empty when nobody was found
  bool pronoun = false;  // the subject was a pronoun: "he" and "she" stand for
                         // the last person named, others for no one
};

class SpeakerResolver {
 public:
  SpeakerResolver(const text::AnalyzedText& text, const recognize::Recognition& recognition,
                  const SpeechLexicon& lexicon);

  // Tokens [first, last) lie inside quote marks: they hold no cue, no
  // speaker and no antecedent. Call IndexAntecedents after the last one.
  void MarkQuoted(uint32_t first, uint32_t last);
  void IndexAntecedents();
  bool Quoted(uint32_t i) const { return quoted_[i] != 0; }
  // The recognised mention covering token i, or -1.
  int32_t MentionCovering(uint32_t i) const { return mention_of_[i]; }
  uint32_t MentionFirstToken(int32_t m) const { return recognition_.mentions[m].first_token; }

  // The cue at token i outside quotes (nullptr when none), with its length
  // in tokens. A verb must be tagged as one, or be a noun-tagged word before
  // "that" or, `after_quote`, before a determiner ("..., states the report").
  const SpeechCue* CueAt(uint32_t i, uint32_t& length, bool after_quote = false) const;

  // The subject of the verb at `verb`, within [floor, verb).
  SpeakerGuess SubjectOf(uint32_t verb, uint32_t floor) const;
  // The noun phrase starting at `i`, before `limit` ("according to X",
  // "..., said X").
  SpeakerGuess PhraseAt(uint32_t i, uint32_t limit) const;
  // The last person named before token i, outside quotes.
  SpeakerGuess LastPersonBefore(uint32_t i) const;
  // The first person named in [first, last), outside quotes.
  SpeakerGuess FirstPersonIn(uint32_t first, uint32_t last) const;

 private:
  SpeakerGuess Subject(uint32_t verb, uint32_t floor, int depth) const;
  SpeakerGuess SubjectEndingAt(uint32_t end, uint32_t floor, bool relative) const;
  SpeakerGuess NounPhrase(uint32_t first, uint32_t last) const;
  SpeakerGuess AppositivePerson(uint32_t floor, uint32_t before) const;
  bool IsPerson(int32_t m) const;
  uint32_t ClauseVerbBefore(uint32_t i, uint32_t floor, bool main) const;
  int64_t SkipBackAuxiliaries(int64_t i, uint32_t floor) const;
  bool IsSpeakerMention(int32_t m) const;
  Actor ActorOf(uint32_t mention) const;
  SpeakerGuess Pronoun(uint32_t i) const;

  const text::AnalyzedText& text_;
  const recognize::Recognition& recognition_;
  const SpeechLexicon& lexicon_;
  std::vector<uint8_t> quoted_;         // by token
  std::vector<int32_t> mention_start_;  // by token: the mention starting there, or -1
  std::vector<int32_t> mention_of_;     // by token: the mention covering it, or -1
  std::vector<int32_t> last_person_;    // by mention: the last person mention up to it, or -1
};

}  // namespace dossier::code

#endif  // DOSSIER_SRC_CODE_SPEAKER_RESOLVER_H_
