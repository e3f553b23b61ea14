// EventCoder: events from the clauses of a recognised text. Each verb group
// is matched against the verb patterns of its lemma (in either voice), each
// noun phrase against the noun patterns; the source and target come from the
// clause's subject, object and prepositional phrases, resolved to the
// recognised entities inside them; modality and attribution come from the
// verbs that govern the clause ("reported that", "plans to", "denied").
//
// Immutable; one coder serves all threads, each with its own Scratch.
#ifndef DOSSIER_CODE_EVENT_CODER_H_
#define DOSSIER_CODE_EVENT_CODER_H_

#include <cstddef>
#include <vector>

#include "dossier/code/clause_parser.h"
#include "dossier/code/coding.h"
#include "dossier/code/event_patterns.h"
#include "dossier/recognize/cues.h"
#include "dossier/recognize/recognition.h"
#include "dossier/text/token.h"
#include "dossier/time/time_mention.h"

namespace dossier::code {

struct CoderOptions {
  // Code only events with both a source and a target (PETRARCH's practice);
  // otherwise an event with a source and no target is kept ("X mobilised
  // its troops"), as PLOVER allows.
  bool require_dyad = false;
  // When a pattern names no target: whether the object of a preposition of
  // place or time ("in", "at", "on", "near", "during", "since") may be it,
  // as in PETRARCH ("fired shells at X"); off, "held talks in Singapore"
  // has no target.
  bool locative_targets = false;
  // At most this many events per text; the rest are dropped (a limit, not
  // an error: a text this eventful is almost certainly a list or a table).
  size_t max_events = 2000;
  // Sentences longer than this many tokens are not coded.
  size_t max_sentence_tokens = 200;
};

class EventCoder {
 public:
  struct Scratch {
    SentenceParse parse;
    std::vector<uint32_t> atom_end;   // per token: end of the entity name starting there
    std::vector<int32_t> mention_at;  // per token: the mention covering it, or -1
    std::vector<uint8_t> consumed;    // per sentence token: inside a pattern already coded
    std::vector<uint8_t> deferred;    // per verb: a bare pattern left to its infinitive
  };

  // `patterns` and `cues` must outlive the coder.
  EventCoder(const EventPatterns& patterns, const recognize::Cues& cues, CoderOptions options = {})
      : patterns_(patterns), cues_(cues), options_(options) {}

  // Appends the events of `text` to `out` (times: the text's dates, with
  // their sentences set).
  void Code(const text::AnalyzedText& text, const recognize::Recognition& recognition,
            const std::vector<time::TimeMention>& times, std::vector<Event>& out,
            Scratch& scratch) const;

  const EventPatterns& patterns() const { return patterns_; }
  const CoderOptions& options() const { return options_; }

 // The working state of one Code call (src/code/coder_context.h).
  struct Context;

 private:
  void CodeSentence(Context& c, uint32_t sentence) const;
  // `bare`: also try the patterns of the verb alone when it governs an
  // infinitive (the second pass, when the infinitive coded nothing).
  void CodeVerb(Context& c, uint32_t verb, bool bare = false) const;
  void CodeNouns(Context& c) const;
  void CodeDemands(Context& c, size_t first_event) const;
  bool CodeEllipsis(Context& c, uint32_t verb) const;
  void Finish(Context& c, Event& e, const VerbGroup* v, uint32_t first, uint32_t last) const;
  static bool DateMayBelong(const Context& c, const VerbGroup& v, const time::TimeMention& t);

  const EventPatterns& patterns_;
  const recognize::Cues& cues_;
  CoderOptions options_;
};

}  // namespace dossier::code

#endif  // DOSSIER_CODE_EVENT_CODER_H_
