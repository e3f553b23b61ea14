// StoryDossier: one story's facts merged across its articles, the value the
// corroborate and summarize stages fill and the report writes (the "stories"
// of the JSON contract, docs/json-output.md).
//
// Articles are referred to by their index in `articles` (FactMention::article);
// the report turns indexes into article ids. Facts are referred to by their
// ids as written in the report: events "v1", "v2" ... (index + 1), transfers
// "t1" ..., quotes "q1" ....
//
// Ownership: the dossier points at the story's ArticleFacts, which the caller
// keeps alive while the dossier is used. A value otherwise; not synchronised.
#ifndef DOSSIER_CORROBORATE_STORY_DOSSIER_H_
#define DOSSIER_CORROBORATE_STORY_DOSSIER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/code/coding.h"
#include "dossier/recognize/recognition.h"
#include "dossier/story/article_facts.h"

namespace dossier::corroborate {

// A place in one of the story's articles where something is stated.
struct FactMention {
  uint32_t article = 0;  // index into StoryDossier::articles
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;  // byte span in that article's text
};

// Who stands behind a fact. An outlet that relies on a source it names
// ("the Lima Herald reported", "documents seen by the Herald") or leaves unnamed ("the
// publication", "a major newspaper", resolved to the origin the other articles
// name) is not an origin itself; copies (ArticleFacts::copy_of) add nothing.
struct Sourcing {
  std::vector<std::string> outlets;  // reporting outlets (else article titles or paths), first-seen order
  std::vector<std::string> origins;  // the independent origins behind them, first-seen order
  int independent_sources = 0;       // origins.size(), at least 1 when any outlet reports it
};

struct EntityMention {
  FactMention place;
  std::string code;  // the mention's own actor code
  std::string how;   // what found it (recognize::Mention::how)
};

// An entity merged across articles (same knowledge-base entity, else same
// type and name). `entity.mentions` is unused; `mentions` holds the places.
struct StoryEntity {
  recognize::RecognizedEntity entity;
  std::vector<EntityMention> mentions;
};

// One event reported by one or more articles.
struct StoryEvent {
  code::Event event;  // the representative report (the most complete one)
  std::vector<FactMention> mentions;  // every clause that states it
  Sourcing sourcing;
};

struct StoryTransfer {
  code::Transfer transfer;  // items, period, status and evidence merged across articles
  std::vector<FactMention> mentions;
  std::vector<uint32_t> events;  // indexes into StoryDossier::events
  Sourcing sourcing;
};

struct StoryQuote {
  code::Quote quote;  // the first (or fullest) rendering
  std::vector<FactMention> mentions;  // every rendering, translations and paraphrases included
  Sourcing sourcing;
};

// One side of a contradiction: a value and who states it.
struct Claim {
  std::string value;
  std::vector<uint32_t> articles;  // indexes into StoryDossier::articles
  std::vector<FactMention> mentions;
};

// Outlets that disagree on one slot of one fact.
struct Contradiction {
  std::string about;  // the fact and slot, in words ("what Groza-S is", "who recalled an ambassador first")
  std::string slot;   // "system", "order", "number", "date", "status", "name", ...
  std::vector<Claim> claims;  // at least two, with different values
};

// A statement only one outlet makes (copies of it not counted).
struct SingleSourceClaim {
  std::string text;
  FactMention place;
};

struct TimelineEntry {
  std::string start, end;  // ISO at the precision written; sorted by start, then end
  std::string text;        // what happened, in words
  int32_t event = -1;      // index into StoryDossier::events, -1 when none
  FactMention place;
};

struct Flag {
  std::string kind;  // "alliance_adversary", "conflict_transfer", "register_missing", "register_differs"
  std::string text;  // one sentence for the reader
  std::vector<std::string> facts;  // fact ids ("t1", "v3")
};

struct SummarySentence {
  std::string text;
  FactMention place;
};

struct StoryDossier {
  std::string id;     // "s1", "s2" ...
  std::string title;  // the title of the story's first original article
  std::vector<const story::ArticleFacts*> articles;  // not owned, in arrival order

  std::vector<StoryEntity> entities;
  std::vector<StoryEvent> events;
  std::vector<StoryTransfer> transfers;
  std::vector<StoryQuote> quotes;
  std::vector<Contradiction> contradictions;
  std::vector<SingleSourceClaim> single_source_claims;
  std::vector<TimelineEntry> timeline;
  std::vector<Flag> flags;

  std::vector<SummarySentence> summary;    // 3-7 sentences, in reading order
  std::vector<std::string> key_points;     // short lines for the reader
  std::vector<TimelineEntry> preceded;     // "what preceded it": timeline entries before the story's news
};

}  // namespace dossier::corroborate

#endif  // DOSSIER_CORROBORATE_STORY_DOSSIER_H_
