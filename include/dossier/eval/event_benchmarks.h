// Benchmarks of the code stage: event type and actor countries on the
// PLOVER gold records, and coding speed.
#ifndef DOSSIER_EVAL_EVENT_BENCHMARKS_H_
#define DOSSIER_EVAL_EVENT_BENCHMARKS_H_

#include <string>
#include <vector>

#include "dossier/core/status.h"
#include "dossier/pipeline/recognition_engine.h"

namespace dossier {

struct PloverEventScore {
  size_t records = 0;       // gold records with a text and an event type
  size_t coded = 0;         // records where at least one event was coded
  size_t type_right = 0;    // the scored event's PLOVER type equals the gold one
  size_t source_right = 0;  // ... its source's country equals a gold source's
  size_t target_right = 0;
  size_t all_three = 0;     // type, source country and target country all right
  size_t type_any = 0;      // some coded event has the gold type
  // Joint actions: gold records with two or more sources and no target,
  // and among them those whose event is scored right by the joint rule
  // (source and target are two different gold sources).
  size_t joint_records = 0;
  size_t joint_right = 0;
  double seconds = 0;       // text + recognize + code over all records
  std::vector<std::string> lines;  // one per record: "ID gold=... got=..."
};

// Gold PLOVER type names of older releases mapped to the current ones
// (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).
std::string CurrentPloverType(const std::string& type);

// For each gold record: codes its text at its date and scores one event:
// the one whose trigger lies inside the record's marked event words (the
// "(EVT: ...)" of its markup), else the first coded. Countries are compared
// on the first three letters of the actor codes; a gold side without an
// actor is right when the event has none there either. A joint action
// ("Chile and Peru signed an accord"), which PLOVER writes as two sources
// and no target, is right on both sides when the dyadic event (CAMEO's
// convention: one party as source, the other as target) has two different
// gold sources as its source and target.
Result<PloverEventScore> RunPloverEvents(const RecognitionEngine& engine,
                                         const std::string& gold_json);

struct CodeSpeed {
  size_t documents = 0, sentences = 0, bytes = 0, events = 0;
  double code_seconds = 0;  // the code stage alone, best round
  double total_seconds = 0; // text + recognize + dates + code, best round
};

// Runs the whole engine over every ECB+ document `rounds` times on one
// thread, timing the code stage apart (it codes each analysed text again).
Result<CodeSpeed> RunCodeSpeed(const EngineOptions& options, const std::string& ecb_dir, int rounds);

}  // namespace dossier

#endif  // DOSSIER_EVAL_EVENT_BENCHMARKS_H_
