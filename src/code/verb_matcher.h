// VerbMatcher: matches one clause's verb against verb patterns. The words
// after the verb (and, in the passive, the subject before them) form one
// sequence; pattern elements match it in order, words by lemma with gaps,
// slots at the start of a noun phrase.
#ifndef DOSSIER_SRC_CODE_VERB_MATCHER_H_
#define DOSSIER_SRC_CODE_VERB_MATCHER_H_

#include <vector>

#include "coder_context.h"

namespace dossier::code {

struct VerbMatch {
  int32_t source = kNoIndex;  // noun phrases
  int32_t target = kNoIndex;
  bool compound = false;      // the source phrase's conjuncts act on each other
  uint32_t last_token = 0;    // the last token the pattern used
};

class VerbMatcher {
 public:
  VerbMatcher(const EventCoder::Context& c, const EventPatterns& patterns,
              const recognize::Cues& cues, const VerbGroup& verb);

  bool Match(const VerbPattern& pattern, VerbMatch& out);

 private:
  bool MatchFrom(size_t element, size_t pos);
  bool MatchBefore();
  void AddComplementWords(size_t verb_index);
  int32_t PhraseStartingAt(size_t pos) const;
  int32_t FirstActorPhrase(int32_t except, uint32_t last_matched) const;
  bool HasActor(int32_t phrase) const;
  // A target slot may also hold a group its state's police or courts act
  // on ("Police arrested students"): coder::DomesticTarget.
  bool HasTarget(int32_t phrase) const;

  static constexpr size_t kMaxGap = 8;

  const EventCoder::Context& c_;
  const recognize::Cues& cues_;
  const std::vector<std::string>* weapon_words_;
  const VerbGroup& v_;
  std::vector<uint32_t> seq_;     // the tokens after the verb (passive: subject first)
  size_t slots_end_ = 0;          // seq_[slots_end_..]: a that-clause's, for words only
  int32_t agent_ = kNoIndex;      // the "by" phrase of a passive
  int32_t subject_role_ = kNoIndex;  // subject (active) or agent (passive)
  const VerbPattern* pattern_ = nullptr;
  VerbMatch m_;
  mutable std::vector<Actor> actors_;  // reused by HasActor
};

}  // namespace dossier::code

#endif  // DOSSIER_SRC_CODE_VERB_MATCHER_H_
